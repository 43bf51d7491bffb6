import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Annotation keywords our specs may use inside schemas; they never change what validates. */
const ANNOTATIONS = ['example', 'x-decision', 'x-seed-example', 'x-source', 'xml', 'externalDocs', 'discriminator'];

/**
 * Each OpenAPI document is added to Ajv whole, so that `<file>#/components/...` and `<file>#/paths/...` resolve in
 * place; Ajv then compiles the document root, whose OpenAPI keys must be known (they never validate anything).
 */
const OPENAPI_ROOT_KEYS = ['openapi', 'info', 'servers', 'paths', 'components', 'tags', 'security', 'webhooks', 'jsonSchemaDialect'];

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** The one Ajv configuration every spec schema is compiled with: JSON Schema 2020-12, strict, with formats. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, allowUnionTypes: true, validateFormats: true });
  addFormats(ajv);
  ajv.addVocabulary([...ANNOTATIONS, ...OPENAPI_ROOT_KEYS]);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('uint64', { type: 'string', validate: (s: string) => /^(0|[1-9][0-9]{0,19})$/.test(s) && BigInt(s) < 2n ** 64n });
  ajv.addFormat('byte', { type: 'string', validate: (s: string) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) });
  return ajv;
}
