import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SPECS_DIR } from '../../../src/spec/document';
import { lintSpecs, specFilesIn } from '../../../src/spec/lint';

function writeVariant(file: string, change: (doc: any) => void): string {
  const doc = parse(readFileSync(join(SPECS_DIR, file), 'utf8'));
  change(doc);
  const path = join(mkdtempSync(join(tmpdir(), 'sd-lint-')), file);
  writeFileSync(path, stringify(doc));
  return path;
}

test('every spec of the project lints clean', async () => {
  expect(await lintSpecs(specFilesIn(SPECS_DIR))).toEqual([]);
});

test('a corrupted example fails, naming the file, the operation and the field', async () => {
  const path = writeVariant('veridata.yaml', (doc) => {
    doc.paths['/veridata/v1/session/extend'].get.responses['200'].content['application/json'].examples.seed = { value: { roles: ['ADMINISTRATOR'], token: 'x', userId: 'not-a-number' } };
  });
  const findings = await lintSpecs([path]);
  expect(findings).toEqual([
    expect.objectContaining({ file: path, operation: 'extendSession', pointer: expect.stringContaining('/examples/seed'), message: expect.stringContaining('/userId: must be integer') }),
  ]);
});

test('an operation without operationId fails', async () => {
  const path = writeVariant('vcda.yaml', (doc) => {
    delete doc.paths['/sessions'].get.operationId;
  });
  expect((await lintSpecs([path])).map((f) => f.message)).toContain('GET /sessions has no operationId');
});

test('a companion without x-source fails', async () => {
  const path = writeVariant('zitadel-session-v2.yaml', (doc) => {
    delete doc.paths['/v2/sessions'].post['x-source'];
  });
  expect((await lintSpecs([path])).map((f) => f.message)).toContain('POST /v2/sessions is x-companion but has no x-source');
});

test('an invalid OpenAPI document fails', async () => {
  const path = writeVariant('ops-center-analyzer.yaml', (doc) => {
    doc.info = 'not an object';
  });
  expect((await lintSpecs([path])).some((f) => f.message.startsWith('invalid OpenAPI'))).toBe(true);
});
