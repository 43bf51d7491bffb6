import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FixtureError } from '../../../../src/core/vendor';
import { parseVcdaFixtures } from '../../../../src/vendors/vcda/fixtures';

const FILE = join(__dirname, '..', '..', '..', '..', 'fixtures', 'default', 'vcda.yaml');
const raw = () => parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;

test('reads the default fixtures with a 30-minute idle timeout, site1 local and site2 paired', () => {
  const world = parseVcdaFixtures(raw(), FILE);
  expect(world).toMatchObject({ idleTimeoutMs: 30 * 60_000, localSite: 'site1', pairedSites: ['site2'] });
  expect(world.idleForMs.get('qa-idle-expired')).toBe(31 * 60_000);
});

test('fills in the defaults of a minimal file', () => {
  const world = parseVcdaFixtures({ localSite: 'a', vcdUsers: [{ user: 'u@o', password: 'p', sites: ['a'] }] }, 'min.yaml');
  expect(world).toMatchObject({ idleTimeoutMs: 30 * 60_000, pairedSites: [], sessions: [], vcdUsers: [{ roles: ['EVERYONE'] }] });
});

const broken: { problem: string; change: (file: Record<string, unknown>) => void; field: string }[] = [
  { problem: 'no localSite', change: (f) => delete f.localSite, field: 'localSite' },
  { problem: 'an unknown top-level field', change: (f) => (f.sites = []), field: 'sites' },
  { problem: 'a VCD user without @org', change: (f) => ((f.vcdUsers as { user: string }[])[1]!.user = 'admin1'), field: 'vcdUsers/1/user' },
  { problem: 'a VCD user at an unknown site', change: (f) => ((f.vcdUsers as { sites: string[] }[])[0]!.sites = ['site7']), field: 'vcdUsers/0/sites/0' },
  { problem: 'a cookie of an unknown user', change: (f) => ((f.vcdCookies as { user: string }[])[0]!.user = 'ghost@org'), field: 'vcdCookies/0/user' },
  { problem: 'an idle timeout that is no duration', change: (f) => (f.idleTimeout = 'P30 minutes'), field: 'idleTimeout' },
  { problem: 'a zero idle timeout', change: (f) => (f.idleTimeout = 'PT0S'), field: 'idleTimeout' },
  { problem: 'the local site among the paired ones', change: (f) => (f.pairedSites = ['site1']), field: 'pairedSites' },
  { problem: 'a session of an unknown user', change: (f) => ((f.sessions as { user: string }[])[0]!.user = 'ghost'), field: 'sessions/0/user' },
  { problem: 'two sessions with one token', change: (f) => ((f.sessions as { token: string }[])[1]!.token = (f.sessions as { token: string }[])[0]!.token), field: 'sessions/1/token' },
  { problem: 'a password that is a number', change: (f) => ((f.localUsers as { password: unknown }[])[0]!.password = 1234), field: 'localUsers/0/password' },
];

test.each(broken)('throws a FixtureError naming the file and field for $problem', ({ change, field }) => {
  const file = raw();
  change(file);
  let error: unknown;
  try {
    parseVcdaFixtures(file, FILE);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(FixtureError);
  expect(error).toMatchObject({ file: FILE, field });
});
