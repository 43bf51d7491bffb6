import type { OpenApiDocument } from './document';

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** `<specFile>#<pointer>` of its schema, for the shared Ajv. */
  schemaRef: string | undefined;
}

export interface MediaTypeSpec {
  /** JSON pointer of the media type object in its document. */
  pointer: string;
  schemaRef: string | undefined;
  examples: Record<string, unknown>;
}

export interface ResponseSpec {
  /** "200", "404" or "default". */
  status: string;
  description: string;
  /** Media type as spelled in the spec -> its schema and examples. Empty for a response without a body. */
  content: Record<string, MediaTypeSpec>;
  headers: Record<string, { required: boolean; schema: Record<string, unknown> | undefined; schemaRef: string | undefined; example: unknown }>;
}

export interface SpecOperation {
  api: string;
  specFile: string;
  operationId: string;
  method: string;
  pathTemplate: string;
  companion: boolean;
  seed: string | undefined;
  /** The operation object as written (with its x- extensions). */
  raw: Record<string, unknown>;
  parameters: ParameterSpec[];
  requestBody: { required: boolean; content: Record<string, MediaTypeSpec> } | undefined;
  responses: Record<string, ResponseSpec>;
  /** The numeric statuses the operation documents, ascending. */
  documentedStatuses: number[];
}

/** One API's spec, loaded once. */
export interface SpecApi {
  api: string;
  specFile: string;
  document: OpenApiDocument;
  operations: SpecOperation[];
  operation(operationId: string): SpecOperation;
  /** The response documented for a status: the exact code, else `default`. */
  response(operationId: string, status: number): ResponseSpec | undefined;
  /** A named example of a response body (first media type), or the first example when no name is given. */
  example(operationId: string, status: number, name?: string): unknown;
}
