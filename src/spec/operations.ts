import { isObject, resolvePointer, type OpenApiDocument } from './document';
import type { MediaTypeSpec, ParameterSpec, ResponseSpec, SpecOperation } from './types';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Located {
  node: Record<string, unknown>;
  pointer: string;
}

/** Reads every operation of a document into SpecOperation values; schemas are named by `<specFile>#<pointer>`. */
export function readOperations(api: string, specFile: string, doc: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [pathTemplate, rawItem] of Object.entries(doc.paths)) {
    const item = follow(doc, rawItem, `#/paths/${escape(pathTemplate)}`);
    const shared = asArray(item.node.parameters).map((p, i) => follow(doc, p, `${item.pointer}/parameters/${i}`));
    for (const method of HTTP_METHODS) {
      const rawOperation = item.node[method];
      if (!isObject(rawOperation)) continue;
      const at = `${item.pointer}/${method}`;
      const own = asArray(rawOperation.parameters).map((p, i) => follow(doc, p, `${at}/parameters/${i}`));
      const operationId = typeof rawOperation.operationId === 'string' ? rawOperation.operationId : '';
      const responses = readResponses(doc, specFile, rawOperation.responses, `${at}/responses`);
      operations.push({
        api,
        specFile,
        operationId,
        method: method.toUpperCase(),
        pathTemplate,
        companion: rawOperation['x-companion'] === true,
        seed: typeof rawOperation['x-seed'] === 'string' ? rawOperation['x-seed'] : undefined,
        raw: rawOperation,
        parameters: mergeParameters(shared, own, specFile),
        requestBody: readRequestBody(doc, specFile, rawOperation.requestBody, `${at}/requestBody`),
        responses,
        documentedStatuses: Object.keys(responses).filter((s) => /^\d{3}$/.test(s)).map(Number).sort((a, b) => a - b),
      });
    }
  }
  return operations;
}

function readResponses(doc: OpenApiDocument, file: string, raw: unknown, pointer: string): Record<string, ResponseSpec> {
  const out: Record<string, ResponseSpec> = {};
  if (!isObject(raw)) return out;
  for (const [status, value] of Object.entries(raw)) {
    const response = follow(doc, value, `${pointer}/${status}`);
    const headers: ResponseSpec['headers'] = {};
    for (const [name, header] of Object.entries(isObject(response.node.headers) ? response.node.headers : {})) {
      const resolved = follow(doc, header, `${response.pointer}/headers/${escape(name)}`);
      headers[name.toLowerCase()] = {
        required: resolved.node.required === true,
        schema: isObject(resolved.node.schema) ? resolved.node.schema : undefined,
        schemaRef: isObject(resolved.node.schema) ? `${file}${resolved.pointer}/schema` : undefined,
        example: headerExample(resolved.node),
      };
    }
    out[status] = {
      status,
      description: typeof response.node.description === 'string' ? response.node.description : '',
      content: readContent(doc, file, response.node.content, `${response.pointer}/content`),
      headers,
    };
  }
  return out;
}

/** A header's example value, wherever the spec wrote it (header example(s), schema example(s), const, enum). */
function headerExample(header: Record<string, unknown>): unknown {
  const schema = isObject(header.schema) ? header.schema : {};
  const named = isObject(header.examples) ? Object.values(header.examples).find(isObject) : undefined;
  const candidates = [header.example, named?.value, schema.example, schema.const, Array.isArray(schema.examples) ? schema.examples[0] : undefined, Array.isArray(schema.enum) ? schema.enum[0] : undefined];
  return candidates.find((candidate) => candidate !== undefined);
}

function readRequestBody(doc: OpenApiDocument, file: string, raw: unknown, pointer: string): SpecOperation['requestBody'] {
  if (raw === undefined) return undefined;
  const body = follow(doc, raw, pointer);
  return { required: body.node.required === true, content: readContent(doc, file, body.node.content, `${body.pointer}/content`) };
}

function readContent(doc: OpenApiDocument, file: string, raw: unknown, pointer: string): Record<string, MediaTypeSpec> {
  const out: Record<string, MediaTypeSpec> = {};
  if (!isObject(raw)) return out;
  for (const [mediaType, value] of Object.entries(raw)) {
    const media = follow(doc, value, `${pointer}/${escape(mediaType)}`);
    const examples: Record<string, unknown> = {};
    if (isObject(media.node.examples)) {
      for (const [name, example] of Object.entries(media.node.examples)) {
        const resolved = follow(doc, example, `${media.pointer}/examples/${escape(name)}`);
        if ('value' in resolved.node) examples[name] = resolved.node.value;
      }
    } else if ('example' in media.node) {
      examples.example = media.node.example;
    }
    out[mediaType] = { pointer: media.pointer, schemaRef: 'schema' in media.node ? `${file}${media.pointer}/schema` : undefined, examples };
  }
  return out;
}

function mergeParameters(shared: Located[], own: Located[], file: string): ParameterSpec[] {
  const byKey = new Map<string, ParameterSpec>();
  for (const { node, pointer } of [...shared, ...own]) {
    const location = node.in as ParameterSpec['in'];
    const name = String(node.name);
    byKey.set(`${location}:${location === 'header' ? name.toLowerCase() : name}`, {
      name: location === 'header' ? name.toLowerCase() : name,
      in: location,
      required: node.required === true || location === 'path',
      schemaRef: isObject(node.schema) ? `${file}${pointer}/schema` : undefined,
    });
  }
  return [...byKey.values()];
}

/** Follows $refs, remembering the pointer of where the final node lives (so Ajv can compile it in place). */
function follow(doc: OpenApiDocument, node: unknown, pointer: string): Located {
  let current = node;
  let at = pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${at}`);
    at = current.$ref;
    current = resolvePointer(doc, current.$ref);
  }
  if (!isObject(current)) throw new Error(`expected an object at ${at}`);
  return { node: current, pointer: at };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** One JSON-pointer segment, URI-encoded so it can stand in a `$ref` fragment (`{site}` -> `%7Bsite%7D`). */
export function escape(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}
