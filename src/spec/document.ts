import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** A parsed OpenAPI 3.1 document, kept as plain JSON-like data. */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

export const SPECS_DIR = resolve(__dirname, '..', '..', 'specs');

/** Where the build puts each spec as JSON (dist/specs); absent when running from source. */
const COMPILED_DIR = resolve(__dirname, '..', 'specs');

export function readSpecDocument(file: string, dir: string = SPECS_DIR): OpenApiDocument {
  const path = join(dir, file);
  const compiled = dir === SPECS_DIR ? compiledCopy(path, join(COMPILED_DIR, `${file}.json`)) : undefined;
  const doc = (compiled === undefined ? parse(readFileSync(path, 'utf8')) : JSON.parse(compiled)) as unknown;
  if (!isObject(doc) || typeof doc.openapi !== 'string' || !isObject(doc.paths)) {
    throw new Error(`${path}: not an OpenAPI document (needs "openapi" and "paths")`);
  }
  return doc as OpenApiDocument;
}

/** The build's JSON copy of a spec, when it exists and is not older than the YAML (an edited spec wins). */
function compiledCopy(source: string, compiled: string): string | undefined {
  try {
    return statSync(compiled).mtimeMs >= statSync(source).mtimeMs ? readFileSync(compiled, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Follows a local "#/a/b" JSON pointer inside the document. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) throw new Error(`only local $refs are supported, got ${pointer}`);
  const parts = pointer.slice(1).split('/').filter(Boolean).map(unescapePointer);
  let node: unknown = doc;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || !(part in node)) throw new Error(`$ref ${pointer} does not resolve`);
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Replaces a node that is a {$ref} by its target, repeatedly; other nodes come back unchanged. */
export function deref<T = unknown>(doc: unknown, node: unknown): T {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    current = resolvePointer(doc, current.$ref);
  }
  return current as T;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unescapePointer(part: string): string {
  return decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
}
