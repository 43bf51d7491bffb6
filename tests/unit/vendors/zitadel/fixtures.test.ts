import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FixtureError } from '../../../../src/core/vendor';
import { parseZitadelFixtures } from '../../../../src/vendors/zitadel/fixtures';

const FILE = 'fixtures/default/zitadel.yaml';
type Raw = Record<string, unknown> & { users: Record<string, unknown>[]; sessions: Record<string, unknown>[] };
const defaults = (): Raw => parse(readFileSync(FILE, 'utf8')) as Raw;

test('reads the default fixtures: instance, two PATs, alice and bob, four pre-issued sessions', () => {
  const fixtures = parseZitadelFixtures(defaults(), FILE);
  expect(fixtures.instanceId).toBe('69629023906488334');
  expect(fixtures.serviceUsers.map((u) => u.pat)).toEqual(['zitadel-login-client-pat', 'zitadel-no-permission-pat']);
  expect(fixtures.users.map((u) => u.loginName)).toEqual(['alice@example.com', 'bob@example.com']);
  expect(fixtures.sessions).toHaveLength(4);
});

test.each([
  ['a missing instanceId', (f: ReturnType<typeof defaults>) => delete f.instanceId, 'instanceId'],
  ['a user without password', (f: ReturnType<typeof defaults>) => delete f.users[1]!.password, 'users/1/password'],
  ['an unknown field', (f: ReturnType<typeof defaults>) => (f.users[0]!.role = 'admin'), 'users/0/role'],
  ['a session naming an unknown user', (f: ReturnType<typeof defaults>) => (f.sessions[0]!.user = 'mallory'), 'sessions/0/user'],
  ['a repeated login name', (f: ReturnType<typeof defaults>) => (f.users[1]!.loginName = 'alice@example.com'), 'users/1/loginName'],
  ['an expired session without lifetime', (f: ReturnType<typeof defaults>) => delete f.sessions[2]!.lifetime, 'sessions/2/expired'],
  ['metadata that is not base64', (f: ReturnType<typeof defaults>) => (f.sessions[0]!.metadata = { a: 'not base64' }), 'sessions/0/metadata/a'],
])('throws FixtureError naming the file and field for %s', (_name, breakIt, field) => {
  const raw = defaults();
  breakIt(raw);
  let thrown: unknown;
  try {
    parseZitadelFixtures(raw, FILE);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(FixtureError);
  expect((thrown as FixtureError).file).toBe(FILE);
  expect((thrown as FixtureError).field).toBe(field);
});
