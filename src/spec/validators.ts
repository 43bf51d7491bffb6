import type { IncomingHttpHeaders } from 'node:http';
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import type { ValidationProblem } from '../core/vendor';
import { isObject, resolvePointer, type OpenApiDocument } from './document';
import { findDocumentedMediaType, isJsonMediaType } from './media-type';
import { describeAjvErrors } from './problems';
import type { ParameterSpec, ResponseSpec, SpecOperation } from './types';

export interface RequestInput {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  contentType: string | undefined;
  /** Parsed JSON, or undefined when the request had no body. */
  body: unknown;
  hasBody: boolean;
}

export interface ResponseInput {
  status: number;
  contentType: string | undefined;
  headers: Record<string, string | string[] | number | undefined>;
  body: unknown;
}

export interface ResponseProblem {
  kind: 'status' | 'content-type' | 'body' | 'header';
  pointer: string;
  message: string;
}

interface ParameterCheck {
  spec: ParameterSpec;
  type: string | undefined;
}

/**
 * The validators of one operation. Each schema compiles once, on first use or when `warmUp` (run right after the
 * server listens) reaches it, so start-up does not wait for Ajv; no request ever compiles a schema twice.
 */
export class OperationValidators {
  private readonly parameters: ParameterCheck[];
  private readonly compiledByRef = new Map<string, ValidateFunction>();

  constructor(
    readonly operation: SpecOperation,
    private readonly ajv: Ajv2020,
    readonly document: OpenApiDocument,
  ) {
    this.parameters = operation.parameters.map((spec) => {
      const schema = spec.schemaRef ? resolvePointer(document, spec.schemaRef.slice(spec.schemaRef.indexOf('#'))) : undefined;
      return { spec, type: isObject(schema) && typeof schema.type === 'string' ? schema.type : undefined };
    });
  }

  /** Compiles every schema of the operation now (request side first); throws if one does not compile. */
  warmUp(): void {
    const refs = [
      ...this.operation.parameters.map((p) => p.schemaRef),
      ...Object.values(this.operation.requestBody?.content ?? {}).map((m) => m.schemaRef),
      ...Object.values(this.operation.responses).flatMap((r) => [...Object.values(r.content).map((m) => m.schemaRef), ...Object.values(r.headers).map((h) => h.schemaRef)]),
    ];
    for (const ref of refs) if (ref) this.compiled(ref);
  }

  /** Every way the request breaks the spec; empty when it conforms. */
  validateRequest(input: RequestInput): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    for (const parameter of this.parameters) problems.push(...this.checkParameter(parameter, input));
    problems.push(...this.checkBody(input));
    return problems;
  }

  validateResponse(input: ResponseInput): ResponseProblem[] {
    const response = this.operation.responses[String(input.status)] ?? this.operation.responses.default;
    if (!response) {
      return [{ kind: 'status', pointer: '', message: `status ${input.status} is not documented for ${this.operation.operationId} (documented: ${this.operation.documentedStatuses.join(', ')})` }];
    }
    return [...this.checkResponseHeaders(response, input), ...this.checkResponseBody(response, input)];
  }

  /** The schema documented for a response status and media type, as written in the document. */
  responseSchema(status: number, contentType: string | undefined): unknown {
    const response = this.operation.responses[String(status)] ?? this.operation.responses.default;
    if (!response) return undefined;
    const mediaType = findDocumentedMediaType(Object.keys(response.content), contentType);
    const ref = mediaType ? response.content[mediaType]?.schemaRef : undefined;
    return ref ? resolvePointer(this.document, ref.slice(ref.indexOf('#'))) : undefined;
  }

  private checkParameter({ spec, type }: ParameterCheck, input: RequestInput): ValidationProblem[] {
    const raw = readParameter(spec, input);
    const location = spec.in === 'cookie' ? 'header' : spec.in;
    if (raw === undefined) {
      return spec.required ? [{ location, pointer: spec.name, message: `the ${spec.in} parameter ${spec.name} is required` }] : [];
    }
    if (!spec.schemaRef) return [];
    const validate = this.compiled(spec.schemaRef);
    const value = coerce(raw, type);
    if (validate(value)) return [];
    return describeAjvErrors(validate.errors).map((p) => ({ location, pointer: spec.name, message: `${spec.in} parameter ${spec.name} ${p.message}` }));
  }

  private checkBody(input: RequestInput): ValidationProblem[] {
    const requestBody = this.operation.requestBody;
    if (!input.hasBody) {
      return requestBody?.required ? [{ location: 'body', pointer: '', message: 'a request body is required' }] : [];
    }
    if (!requestBody) return [];
    const documented = Object.keys(requestBody.content);
    const mediaType = findDocumentedMediaType(documented, input.contentType);
    if (!mediaType || !isJsonMediaType(mediaType)) {
      const json = documented.filter((m) => isJsonMediaType(m));
      return [{ location: 'header', pointer: 'content-type', message: `Content-Type ${input.contentType ?? '(none)'} is not accepted here; send ${json.join(' or ')}` }];
    }
    const ref = requestBody.content[mediaType]?.schemaRef;
    const validate = ref ? this.compiled(ref) : undefined;
    if (!validate || validate(input.body)) return [];
    return describeAjvErrors(validate.errors).map((p) => ({ location: 'body', pointer: p.pointer, message: p.message }));
  }

  private checkResponseHeaders(response: ResponseSpec, input: ResponseInput): ResponseProblem[] {
    const problems: ResponseProblem[] = [];
    for (const [name, header] of Object.entries(response.headers)) {
      if (name === 'content-type') continue;
      const value = input.headers[name];
      if (value === undefined) {
        if (header.required) problems.push({ kind: 'header', pointer: name, message: `the documented header ${name} is missing` });
        continue;
      }
      const validate = header.schemaRef ? this.compiled(header.schemaRef) : undefined;
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      if (validate && !validate(coerce(text, typeof header.schema?.type === 'string' ? header.schema.type : undefined))) {
        problems.push(...describeAjvErrors(validate.errors).map((p) => ({ kind: 'header' as const, pointer: name, message: `header ${name}: ${JSON.stringify(text)} ${p.message}` })));
      }
    }
    return problems;
  }

  private checkResponseBody(response: ResponseSpec, input: ResponseInput): ResponseProblem[] {
    const documented = Object.keys(response.content);
    if (documented.length === 0) {
      const empty = input.body === undefined || input.body === '' || input.body === null;
      return empty ? [] : [{ kind: 'body', pointer: '', message: `status ${input.status} documents no body, but one was sent` }];
    }
    const mediaType = findDocumentedMediaType(documented, input.contentType);
    if (!mediaType) {
      return [{ kind: 'content-type', pointer: '', message: `Content-Type ${input.contentType ?? '(none)'} is not documented for status ${input.status} (documented: ${documented.join(', ')})` }];
    }
    const validate = this.responseValidator(mediaType, response);
    if (!validate || validate(input.body)) return [];
    return describeAjvErrors(validate.errors).map((p) => ({ kind: 'body', pointer: p.pointer, message: p.message }));
  }

  private responseValidator(mediaType: string, response: ResponseSpec): ValidateFunction | undefined {
    const ref = response.content[mediaType]?.schemaRef;
    return ref ? this.compiled(ref) : undefined;
  }

  private compiled(ref: string): ValidateFunction {
    let validate = this.compiledByRef.get(ref);
    if (!validate) {
      validate = this.ajv.getSchema(ref) ?? this.ajv.compile({ $ref: ref });
      this.compiledByRef.set(ref, validate);
    }
    return validate;
  }
}

function readParameter(spec: ParameterSpec, input: RequestInput): string | undefined {
  switch (spec.in) {
    case 'path':
      return input.pathParams[spec.name];
    case 'query':
      return input.query.get(spec.name) ?? undefined;
    case 'header': {
      const value = input.headers[spec.name];
      return Array.isArray(value) ? value.join(', ') : value;
    }
    default:
      return undefined;
  }
}

function coerce(raw: string, type: string | undefined): unknown {
  if (type === 'integer' || type === 'number') return raw.trim() === '' ? raw : Number(raw);
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
