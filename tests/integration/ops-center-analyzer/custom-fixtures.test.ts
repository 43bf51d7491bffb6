import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer } from '../../../src/index';
import { useMock } from '../../helpers/mock';
import { INVOKE, SEED_ACTION, basic, expectError, hsso, tokenOf } from './analyzer';

function fixturesDir(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oca-fixtures-'));
  writeFileSync(join(dir, 'ops-center-analyzer.yaml'), yaml);
  return dir;
}

const ctx = useMock({
  apis: ['ops-center-analyzer'],
  fixtures: fixturesDir(['sessionTimeoutSeconds: 60', 'errorSourceOrigin: https://analyzer.example:22016', 'users:', '  - { user: ops, password: s3cret, roles: [Modify] }'].join('\n')),
});

test('slides a session timeout configured in the fixtures and answers it as timeToLive', async () => {
  const opened = await ctx.http().post(INVOKE).set('Authorization', basic('ops', 's3cret')).send(SEED_ACTION);
  expect(opened.body.result).toEqual([{ timeToLive: 60 }]);
  ctx.mock.admin.advanceClock(59);
  expect((await ctx.http().post(INVOKE).set('Authorization', hsso(tokenOf(opened))).send(SEED_ACTION)).status).toBe(200);
  ctx.mock.admin.advanceClock(60);
  expectError(await ctx.http().post(INVOKE).set('Authorization', hsso(tokenOf(opened))).send(SEED_ACTION), 401, 'KNAQ10002-E');
});

test('names the configured origin in errorSource of errors rendered without the request', async () => {
  ctx.mock.admin.setAvailability('ops-center-analyzer', false);
  const res = await ctx.http().post(INVOKE).set('Authorization', basic('ops', 's3cret')).send(SEED_ACTION);
  expect(res.body.errorSource).toBe(`https://analyzer.example:22016${INVOKE}`);
});

test('refuses to start on a malformed fixture file, naming the file and the field', async () => {
  const dir = fixturesDir('users:\n  - { user: ops, roles: [Admin] }\n');
  await expect(createMockServer({ apis: ['ops-center-analyzer'], fixtures: dir, port: false })).rejects.toThrow(`${join(dir, 'ops-center-analyzer.yaml')}: users/0/password: is required`);
});
