import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { FixtureError } from './vendor';

const ajv = new Ajv2020({ strict: true, allErrors: false, useDefaults: true });
addFormats(ajv);

/**
 * Checks a vendor's parsed fixture file against the vendor's JSON Schema for it (defaults filled in) and returns it
 * typed; the first problem throws FixtureError naming the file and the field, e.g. `users/2/password`.
 */
export function checkFixtures<F>(schema: Record<string, unknown>, raw: unknown, file: string): F {
  // Ajv caches compiled schemas by object identity; a JSON text as key breaks its URI resolution ("URI scheme is malformed").
  const validate = ajv.compile(schema);
  if (validate(raw)) return raw as F;
  const error = validate.errors?.[0];
  const params = (error?.params ?? {}) as Record<string, unknown>;
  const at = (error?.instancePath ?? '').replace(/^\//, '') || '(top level)';
  if (error?.keyword === 'required') throw new FixtureError(file, at === '(top level)' ? String(params.missingProperty) : `${at}/${String(params.missingProperty)}`, 'is required');
  if (error?.keyword === 'additionalProperties') throw new FixtureError(file, at === '(top level)' ? String(params.additionalProperty) : `${at}/${String(params.additionalProperty)}`, 'is not a known field');
  throw new FixtureError(file, at, error?.message ?? 'is invalid');
}

/** Throws FixtureError at the first entry of `list` whose `field` repeats an earlier entry's (`users/2/name`). */
export function requireUnique(values: unknown[], file: string, list: string, field: string): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) throw new FixtureError(file, `${list}/${index}/${field}`, `repeats ${JSON.stringify(value)}; each must be unique`);
    seen.add(value);
  });
}
