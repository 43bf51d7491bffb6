import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FixtureError } from '../../../../src/core/vendor';
import { parseFixtures } from '../../../../src/vendors/veridata/fixtures';

const FILE = join(__dirname, '..', '..', '..', '..', 'fixtures', 'default', 'veridata.yaml');
interface Raw {
  users: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
}
const raw = (): Raw => parse(readFileSync(FILE, 'utf8')) as Raw;

test('reads the default fixtures with the users of the vendor examples and the defaults filled in', () => {
  const fixtures = parseFixtures(raw(), FILE);
  expect(fixtures.users.find((user) => user.name === 'veridata')).toMatchObject({ password: 'Welcome@123', userId: 1004, roles: ['Administrator'], disabled: false });
  expect(fixtures.sessions.find((session) => session.id === 'fixture-veridata-expired')).toMatchObject({ issuedAgo: 'PT2H', validFor: 'PT1H', state: 'active' });
  expect(fixtures.realm).toBe('Veridata');
});

function problem(edit: (fixtures: Raw) => unknown): FixtureError {
  const fixtures = raw();
  edit(fixtures);
  try {
    parseFixtures(fixtures, 'veridata.yaml');
  } catch (error) {
    if (error instanceof FixtureError) return error;
    throw error;
  }
  throw new Error('the fixtures were accepted');
}

test.each([
  ['a user without a password', (f: Raw) => delete f.users[1]!.password, 'users/1/password'],
  ['a userId that is not an integer', (f: Raw) => (f.users[0]!.userId = '1004'), 'users/0/userId'],
  ['an unknown field', (f: Raw) => (f.users[2]!.email = 'x@example.com'), 'users/2/email'],
  ['a duplicate user name', (f: Raw) => (f.users[1]!.name = 'veridata'), 'users/1/name'],
  ['a duplicate userId', (f: Raw) => (f.users[1]!.userId = 1004), 'users/1/userId'],
  ['a session of an unknown user', (f: Raw) => (f.sessions[0]!.user = 'nobody'), 'sessions/0/user'],
  ['a token that is not JWT-shaped', (f: Raw) => (f.sessions[1]!.token = 'opaque'), 'sessions/1/token'],
  ['a duplicate token', (f: Raw) => (f.sessions[1]!.token = f.sessions[0]!.token), 'sessions/1/token'],
  ['a duration that is not ISO 8601', (f: Raw) => (f.sessions[0]!.validFor = 'P1H'), 'sessions/0/validFor'],
  ['no users at all', (f: Raw) => Reflect.deleteProperty(f, 'users'), 'users'],
])('names the file and the field of %s', (_name, edit, field) => {
  const error = problem(edit);
  expect(error.file).toBe('veridata.yaml');
  expect(error.field).toBe(field);
  expect(error.message).toContain(`veridata.yaml: ${field}`);
});
