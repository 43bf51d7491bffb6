import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FixtureError } from '../../../../src/core/vendor';
import { DEFAULT_FIXTURES_DIR } from '../../../../src/server/fixtures';
import { parseFixtures } from '../../../../src/vendors/ops-center-analyzer/fixtures';

const FILE = join(DEFAULT_FIXTURES_DIR, 'ops-center-analyzer.yaml');
type Entry = Record<string, unknown>;
type RawFixtures = { users: Entry[]; sessions: Entry[]; [field: string]: unknown };
const raw = (): RawFixtures => parse(readFileSync(FILE, 'utf8')) as RawFixtures;

test('reads the default world: the seed user system/manager as Admin and a 1000 s timeout', () => {
  const fixtures = parseFixtures(raw(), FILE);
  expect(fixtures.sessionTimeoutSeconds).toBe(1000);
  expect(fixtures.users.find((u) => u.user === 'system')).toMatchObject({ password: 'manager', roles: ['Admin'], loginPrivilege: true });
  expect(Buffer.from('c3lzdGVtOm1hbmFnZXI=', 'base64').toString()).toBe('system:manager');
});

test('fills in the defaults for a minimal file', () => {
  const fixtures = parseFixtures({ users: [{ user: 'a', password: 'b', roles: [] }] }, 'min.yaml');
  expect(fixtures).toEqual({
    sessionTimeoutSeconds: 1000,
    errorSourceOrigin: 'http://127.0.0.1:4010',
    users: [{ user: 'a', password: 'b', roles: [], loginPrivilege: true }],
    sessions: [],
  });
});

const broken: [string, (f: RawFixtures) => void, string][] = [
  ['a user without a password', (f) => {
    delete f.users[0]!.password;
  }, 'users/0/password'],
  ['a timeout that is not a number', (f) => (f.sessionTimeoutSeconds = 'soon'), 'sessionTimeoutSeconds'],
  ['an unknown field', (f) => (f.users[1]!.admin = true), 'users/1/admin'],
  ['a token not shaped like an HSSO token', (f) => (f.sessions[0]!.token = 'abc'), 'sessions/0/token'],
  ['a session of a user who is not listed', (f) => (f.sessions[1]!.user = 'ghost'), 'sessions/1/user'],
  ['a session of a user without login privilege', (f) => (f.sessions[1]!.user = 'nologin'), 'sessions/1/user'],
  ['a repeated user', (f) => {
    f.users.push({ ...f.users[0] });
  }, `users/4/user`],
  ['a repeated session token', (f) => (f.sessions[2]!.token = f.sessions[0]!.token), 'sessions/2/token'],
];

test.each(broken)('refuses %s with a FixtureError naming the file and field', (_what, breakIt, field) => {
  const fixtures = raw();
  breakIt(fixtures);
  let error: unknown;
  try {
    parseFixtures(fixtures, FILE);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(FixtureError);
  expect(error).toMatchObject({ file: FILE, field });
  expect(String((error as Error).message)).toContain(FILE);
});
