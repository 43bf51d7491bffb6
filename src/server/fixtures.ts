import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { FixtureError, type VendorModule } from '../core/vendor';

export const DEFAULT_FIXTURES_DIR = resolve(__dirname, '..', '..', 'fixtures', 'default');

/** Reads and checks one vendor's fixture file from a fixtures directory; a bad file throws FixtureError. */
export function loadVendorFixtures<F>(module: VendorModule<F>, dir: string): F {
  const file = join(dir, module.fixtureFile);
  if (!existsSync(file)) throw new FixtureError(file, '(file)', `missing: a fixtures directory needs ${module.fixtureFile} for the ${module.name} API`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureError(file, '(file)', `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return module.parseFixtures(raw, file);
}
