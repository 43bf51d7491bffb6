import { parseIsoDuration } from '../../core/duration';
import { checkFixtures, requireUnique } from '../../core/fixture-schema';
import { FixtureError } from '../../core/vendor';
import { vcdaFixtureSchema } from './fixture-schema';

export interface Account {
  user: string;
  password: string;
  roles: string[];
}

export interface VcdUser extends Account {
  sites: string[];
}

export interface SeededSession {
  id: string;
  token: string;
  user: string;
  idleFor: string;
}

/** fixtures/<dir>/vcda.yaml as written (defaults filled in). */
export interface VcdaFixtureFile {
  idleTimeout: string;
  localSite: string;
  pairedSites: string[];
  localUsers: Account[];
  ssoUsers: Account[];
  vcdUsers: VcdUser[];
  vcdCookies: { cookie: string; user: string }[];
  vcdAccessTokens: { token: string; user: string }[];
  sessions: SeededSession[];
}

/** The checked world the vendor runs on: the file plus the durations in milliseconds. */
export interface VcdaFixtures extends VcdaFixtureFile {
  idleTimeoutMs: number;
  idleForMs: Map<string, number>;
}

export function parseVcdaFixtures(raw: unknown, file: string): VcdaFixtures {
  const world = checkFixtures<VcdaFixtureFile>(vcdaFixtureSchema, raw, file);
  const idleTimeoutMs = positiveDuration(world.idleTimeout, file, 'idleTimeout');
  checkSites(world, file);
  world.vcdCookies.forEach((entry, i) => requireVcdUser(world, entry.user, file, `vcdCookies/${i}/user`));
  world.vcdAccessTokens.forEach((entry, i) => requireVcdUser(world, entry.user, file, `vcdAccessTokens/${i}/user`));
  requireUnique(world.sessions.map((session) => session.id), file, 'sessions', 'id');
  requireUnique(world.sessions.map((session) => session.token), file, 'sessions', 'token');
  const idleForMs = new Map<string, number>();
  world.sessions.forEach((session, i) => {
    if (!knownUser(world, session.user)) throw new FixtureError(file, `sessions/${i}/user`, `${session.user} is none of the localUsers, ssoUsers or vcdUsers`);
    idleForMs.set(session.id, duration(session.idleFor, file, `sessions/${i}/idleFor`));
  });
  return { ...world, idleTimeoutMs, idleForMs };
}

function checkSites(world: VcdaFixtureFile, file: string): void {
  if (world.pairedSites.includes(world.localSite)) throw new FixtureError(file, 'pairedSites', `lists the local site ${world.localSite}`);
  const known = [world.localSite, ...world.pairedSites];
  world.vcdUsers.forEach((user, i) => {
    user.sites.forEach((site, j) => {
      if (!known.includes(site)) throw new FixtureError(file, `vcdUsers/${i}/sites/${j}`, `${site} is neither localSite nor one of pairedSites`);
    });
  });
}

function requireVcdUser(world: VcdaFixtureFile, user: string, file: string, field: string): void {
  if (!world.vcdUsers.some((candidate) => candidate.user === user)) throw new FixtureError(file, field, `${user} is not one of vcdUsers`);
}

function knownUser(world: VcdaFixtureFile, user: string): boolean {
  return [...world.localUsers, ...world.ssoUsers, ...world.vcdUsers].some((account) => account.user === user);
}

function duration(text: string, file: string, field: string): number {
  const ms = parseIsoDuration(text);
  if (ms === undefined) throw new FixtureError(file, field, `${JSON.stringify(text)} is not an ISO 8601 duration such as "PT30M"`);
  return ms;
}

function positiveDuration(text: string, file: string, field: string): number {
  const ms = duration(text, file, field);
  if (ms <= 0) throw new FixtureError(file, field, 'must be longer than zero');
  return ms;
}
