import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { parse } from 'yaml';
import { createAjv } from './ajv';
import { isObject, type OpenApiDocument } from './document';
import { readOperations } from './operations';
import { describeAjvErrors } from './problems';
import type { MediaTypeSpec } from './types';

export interface LintFinding {
  file: string;
  operation: string | null;
  pointer: string;
  message: string;
}

/** The spec files of a directory, in name order. */
export function specFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name));
}

/**
 * Everything wrong with the given specs: invalid OpenAPI, an operation without operationId, a companion without
 * x-source, or an example that does not validate against its schema (one shared strict Ajv2020 with formats).
 */
export async function lintSpecs(paths: string[]): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  for (const path of paths) findings.push(...(await lintOne(path)));
  return findings;
}

async function lintOne(path: string): Promise<LintFinding[]> {
  const file = basename(path);
  const finding = (operation: string | null, pointer: string, message: string): LintFinding => ({ file: path, operation, pointer, message });
  let doc: OpenApiDocument;
  try {
    doc = parse(readFileSync(path, 'utf8')) as OpenApiDocument;
    if (!isObject(doc) || typeof doc.openapi !== 'string' || !isObject(doc.paths)) return [finding(null, '#', 'not an OpenAPI document (needs "openapi" and "paths")')];
  } catch (error) {
    return [finding(null, '#', `cannot read: ${error instanceof Error ? error.message : String(error)}`)];
  }
  const findings: LintFinding[] = [];
  const result = await validateOpenApi(structuredClone(doc) as never);
  if (!result.valid) for (const error of result.errors) findings.push(finding(null, '#', `invalid OpenAPI: ${error.message}`));

  const ajv = createAjv();
  try {
    ajv.addSchema(doc, file);
  } catch (error) {
    return [...findings, finding(null, '#', `schemas do not compile: ${error instanceof Error ? error.message : String(error)}`)];
  }
  const check = (operation: string | null, schemaRef: string, value: unknown, pointer: string): void => {
    try {
      const validate = ajv.compile({ $ref: schemaRef });
      if (validate(value)) return;
      for (const problem of describeAjvErrors(validate.errors)) findings.push(finding(operation, pointer, `example does not match its schema at ${problem.pointer || '/'}: ${problem.message}`));
    } catch (error) {
      findings.push(finding(operation, schemaRef.slice(file.length), `schema does not compile: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  for (const operation of readOperations('lint', file, doc)) {
    const id = operation.operationId || null;
    const at = `${operation.method} ${operation.pathTemplate}`;
    if (!id) findings.push(finding(null, `#/paths/${operation.pathTemplate}`, `${at} has no operationId`));
    if (operation.companion && typeof operation.raw['x-source'] !== 'string') findings.push(finding(id, `#/paths/${operation.pathTemplate}`, `${at} is x-companion but has no x-source`));
    const media: [string, MediaTypeSpec][] = [
      ...Object.entries(operation.requestBody?.content ?? {}),
      ...Object.values(operation.responses).flatMap((response) => Object.entries(response.content)),
    ];
    for (const response of Object.values(operation.responses)) {
      for (const [name, header] of Object.entries(response.headers)) {
        if (header.schemaRef && header.example !== undefined) check(id ?? at, header.schemaRef, header.example, `responses/${response.status}/headers/${name}`);
      }
    }
    for (const [, content] of media) {
      if (!content.schemaRef) continue;
      for (const [name, value] of Object.entries(content.examples)) check(id ?? at, content.schemaRef, value, `${content.pointer}/examples/${name}`);
    }
  }
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    walkSchemaExamples(schema, `#/components/schemas/${name}`, (pointer, value) => check(null, `${file}${pointer}`, value, `${pointer}/example`));
  }
  return findings;
}

/** Calls `visit` for every `example` written inside a schema (the schema itself, its properties and items). */
function walkSchemaExamples(schema: unknown, pointer: string, visit: (pointer: string, value: unknown) => void): void {
  if (!isObject(schema)) return;
  if ('example' in schema && !('$ref' in schema)) visit(pointer, schema.example);
  for (const [name, child] of Object.entries(isObject(schema.properties) ? schema.properties : {})) walkSchemaExamples(child, `${pointer}/properties/${encodeURIComponent(name)}`, visit);
  if (isObject(schema.items)) walkSchemaExamples(schema.items, `${pointer}/items`, visit);
  if (isObject(schema.additionalProperties)) walkSchemaExamples(schema.additionalProperties, `${pointer}/additionalProperties`, visit);
}
