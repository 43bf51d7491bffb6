import { deref, isObject } from '../../spec/document';
import type { Check } from '../types';

/** Fields the spec does not document: a warning by default, a failure with --strict (the runner decides). */
export const noUndocumentedFields: Check = ({ exchange, validators }) => {
  if (!validators || exchange.response.text === '') return [];
  const schema = validators.responseSchema(exchange.response.status, exchange.response.contentType);
  if (!schema) return [];
  return findUndocumented(exchange.response.body, schema, validators.document, '').map((pointer) => ({
    severity: 'warning' as const,
    title: `undocumented field ${pointer}`,
    expected: 'only fields the spec documents',
    actual: `${pointer} is present`,
    pointer,
    hint: `document ${pointer} in the spec if the vendor really sends it, or stop sending it`,
  }));
};

function findUndocumented(value: unknown, rawSchema: unknown, document: unknown, pointer: string): string[] {
  const schema = deref<Record<string, unknown>>(document, rawSchema);
  if (!isObject(schema)) return [];
  if (Array.isArray(value)) {
    return schema.items === undefined ? [] : value.flatMap((item, i) => findUndocumented(item, schema.items, document, `${pointer}/${i}`));
  }
  if (!isObject(value)) return [];
  const properties = collectProperties(schema, document);
  if (properties === undefined) return [];
  const extra = isObject(schema.additionalProperties) ? schema.additionalProperties : undefined;
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const at = `${pointer}/${key}`;
    if (key in properties) found.push(...findUndocumented(child, properties[key], document, at));
    else if (extra) found.push(...findUndocumented(child, extra, document, at));
    else if (!isObject(schema.patternProperties)) found.push(at);
  }
  return found;
}

/** The properties an object schema documents, through allOf/oneOf/anyOf; undefined when it names none. */
function collectProperties(schema: Record<string, unknown>, document: unknown): Record<string, unknown> | undefined {
  let properties: Record<string, unknown> | undefined = isObject(schema.properties) ? { ...schema.properties } : undefined;
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const resolved = deref<Record<string, unknown>>(document, branch);
      const nested = isObject(resolved) ? collectProperties(resolved, document) : undefined;
      if (nested) properties = { ...(properties ?? {}), ...nested };
    }
  }
  return properties;
}
