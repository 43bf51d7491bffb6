import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './run-cli';

test('lint passes on the project specs', async () => {
  const result = await runCli(['lint']);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/4 spec\(s\) valid/);
});

test('lint fails with exit 1 on a broken example, naming the file, the operation and the field', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sd-lint-')), 'veridata.yaml');
  const text = readFileSync(resolve(__dirname, '..', '..', '..', 'specs', 'veridata.yaml'), 'utf8');
  writeFileSync(file, text.replace(/userId: 1004/g, 'userId: "one thousand and four"'));
  const result = await runCli(['lint', file]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`${file} extendSession .*examples/seed: example does not match its schema at /userId: must be integer`));
});

test('errors prints the catalogue of one API; an unknown API is exit 2', async () => {
  const result = await runCli(['errors', '--api', 'ops-center-analyzer']);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/ops-center-analyzer invokeKeepAlive \(POST \/Analytics\/v1\/services\/KeepAlive\/actions\/submit\/invoke\)/);
  expect(result.stdout).toMatch(/412 Precondition Failed/);
  expect(result.stdout).not.toMatch(/^vcda/m);
  const json = JSON.parse((await runCli(['errors', '--json'])).stdout) as unknown[];
  expect(json.length).toBeGreaterThan(50);
  expect((await runCli(['errors', '--api', 'nope'])).code).toBe(2);
});

test('contract against an unreachable target is a setup error (exit 2) naming the target', async () => {
  const result = await runCli(['contract', '--target', 'http://127.0.0.1:9', '--api', 'vcda']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/cannot reach the vcda target http:\/\/127\.0\.0\.1:9/);
});

test.each([
  [['contract'], /no target for veridata/],
  [['contract', '--target', 'http://127.0.0.1:9', '--report', 'xml:out.xml'], /the kinds are junit:FILE and json:FILE/],
  [['contract', '--target', 'ftp://x', '--api', 'vcda'], /must be http:\/\/ or https:\/\//],
  [['contract', '--target', 'http://127.0.0.1:9', '--mock-controls', 'maybe'], /Allowed choices are auto, on, off/],
])('contract %p is a usage error (exit 2)', async (args, message) => {
  const cwd = mkdtempSync(join(tmpdir(), 'sd-contract-'));
  writeFileSync(join(cwd, '.keep'), '');
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
});
