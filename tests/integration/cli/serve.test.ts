import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli, startServe } from './run-cli';

test('serve prints the URL, the APIs and the admin API, answers, and closes cleanly on SIGTERM', async () => {
  const { child, url, output } = await startServe(['--port', '0']);
  const health = await fetch(`${url}/__admin/health`).then((r) => r.json() as Promise<{ apis: string[] }>);
  expect(health.apis).toEqual(['veridata', 'ops-center-analyzer', 'vcda', 'zitadel']);
  const login = await fetch(`${url}/veridata/v1/auth/login`, { headers: { authorization: `Basic ${Buffer.from('veridata:Welcome@123').toString('base64')}` } });
  expect(login.status).toBe(200);
  await new Promise((r) => setTimeout(r, 50));
  expect(output()).toMatch(/veridata\s+http:\/\/127\.0\.0\.1:\d+\/veridata/);
  expect(output()).toMatch(/admin API\s+http:\/\/127\.0\.0\.1:\d+\/__admin/);
  const exit = new Promise((r) => child.on('close', r));
  child.kill('SIGTERM');
  expect(await exit).toBe(0);
});

test('serve --api narrows what is served; other vendors paths get the plain 404', async () => {
  const { child, url } = await startServe(['--port', '0', '--api', 'vcda']);
  try {
    expect((await fetch(`${url}/__admin/health`).then((r) => r.json() as Promise<{ apis: string[] }>)).apis).toEqual(['vcda']);
    const res = await fetch(`${url}/veridata/v1/auth/login`);
    expect(res.status).toBe(404);
  } finally {
    child.kill('SIGTERM');
  }
});

test.each([
  [['--api', 'nope'], /unknown API nope; choose from veridata, ops-center-analyzer, vcda, zitadel/],
  [['--port', 'eighty'], /a port is a whole number/],
  [['--store', 'redis://127.0.0.1:6379'], /keeps sessions in memory only/],
  [['--fixtures', '/nonexistent-dir'], /veridata\.yaml: \(file\): missing/],
])('serve %p exits 2 with a message', async (args, message) => {
  const result = await runCli(['serve', '--port', '0', ...args]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
});

test('a malformed fixture file stops start-up naming the file and the field (exit 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-fixtures-'));
  cpSync(resolve(__dirname, '..', '..', '..', 'fixtures', 'default'), dir, { recursive: true });
  writeFileSync(join(dir, 'vcda.yaml'), 'idleTimeout: PT30M\nlocalSite: 42\n');
  const result = await runCli(['serve', '--port', '0', '--fixtures', dir]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(join(dir, 'vcda.yaml'));
});

test('a port in use is exit 2 with a hint', async () => {
  const { child, url } = await startServe(['--port', '0']);
  try {
    const port = new URL(url).port;
    const result = await runCli(['serve', '--port', port]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`port ${port} on 127.0.0.1 is in use`));
  } finally {
    child.kill('SIGTERM');
  }
});
