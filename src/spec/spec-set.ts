import type Ajv2020 from 'ajv/dist/2020';
import { createAjv } from './ajv';
import { readSpecDocument, SPECS_DIR } from './document';
import { readOperations } from './operations';
import { SpecRouter } from './router';
import type { ResponseSpec, SpecApi, SpecOperation } from './types';
import { OperationValidators } from './validators';

export interface SpecEntry {
  api: string;
  specFile: string;
}

/** Every spec the server serves, loaded once: documents, operations, one Ajv, compiled validators, a router. */
export interface SpecSet {
  apis: Map<string, SpecApi>;
  router: SpecRouter;
  validators(api: string, operationId: string): OperationValidators;
  /** Compiles every operation's schemas, one operation per event-loop turn, so requests are never held up long. */
  warmUp(stopped?: () => boolean): Promise<void>;
  ajv: Ajv2020;
}

export function loadSpecSet(entries: SpecEntry[], dir: string = SPECS_DIR): SpecSet {
  const ajv = createAjv();
  const apis = new Map<string, SpecApi>();
  const compiled = new Map<string, OperationValidators>();
  const all: SpecOperation[] = [];
  for (const { api, specFile } of entries) {
    const document = readSpecDocument(specFile, dir);
    ajv.addSchema(document, specFile);
    const operations = readOperations(api, specFile, document);
    const specApi = createSpecApi(api, specFile, document, operations);
    apis.set(api, specApi);
    for (const operation of operations) {
      compiled.set(`${api} ${operation.operationId}`, new OperationValidators(operation, ajv, document));
      all.push(operation);
    }
  }
  return {
    apis,
    router: new SpecRouter(all),
    ajv,
    async warmUp(stopped = () => false) {
      for (const validators of compiled.values()) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (stopped()) return;
        validators.warmUp();
      }
    },
    validators(api, operationId) {
      const found = compiled.get(`${api} ${operationId}`);
      if (!found) throw new Error(`no operation ${operationId} in the ${api} spec`);
      return found;
    },
  };
}

function createSpecApi(api: string, specFile: string, document: SpecApi['document'], operations: SpecOperation[]): SpecApi {
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const operation = (operationId: string): SpecOperation => {
    const found = byId.get(operationId);
    if (!found) throw new Error(`${specFile} has no operation ${operationId}`);
    return found;
  };
  const response = (operationId: string, status: number): ResponseSpec | undefined => {
    const { responses } = operation(operationId);
    return responses[String(status)] ?? responses.default;
  };
  return {
    api,
    specFile,
    document,
    operations,
    operation,
    response,
    example(operationId, status, name) {
      const media = Object.values(response(operationId, status)?.content ?? {})[0];
      if (!media) return undefined;
      return name === undefined ? Object.values(media.examples)[0] : media.examples[name];
    },
  };
}
