import { checkFixtures, requireUnique } from '../../core/fixture-schema';
import { FixtureError } from '../../core/vendor';

export interface AnalyzerUser {
  user: string;
  password: string;
  /** Analyzer roles; one of the operation's `x-required-roles` grants execute permission. */
  roles: string[];
  /** false: valid credentials, but no right to use the product (401 "No login privilege."). */
  loginPrivilege: boolean;
  purpose?: string;
}

export interface PreIssuedSession {
  id: string;
  user: string;
  token: string;
  /** Seconds since the session was last used, at start-up and on reset; at or past the timeout it is expired. */
  idleSeconds: number;
  purpose?: string;
}

export interface AnalyzerFixtures {
  sessionTimeoutSeconds: number;
  /** Scheme, host and port put before the path in `errorSource` when the request's Host is not known. */
  errorSourceOrigin: string;
  users: AnalyzerUser[];
  sessions: PreIssuedSession[];
}

export const HSSO_TOKEN_PATTERN = '^[0-9a-f]+_[A-Za-z0-9+/]+={0,2}_V[0-9]{4}$';

const purpose = { type: 'string' };

const fixtureSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['users'],
  properties: {
    sessionTimeoutSeconds: { type: 'integer', minimum: 1, default: 1000 },
    errorSourceOrigin: { type: 'string', pattern: '^https?://[^/\\s]+$', default: 'http://127.0.0.1:4010' },
    users: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['user', 'password', 'roles'],
        properties: {
          user: { type: 'string', minLength: 1, pattern: '^[^:]+$' },
          password: { type: 'string' },
          roles: { type: 'array', items: { type: 'string', minLength: 1 } },
          loginPrivilege: { type: 'boolean', default: true },
          purpose,
        },
      },
    },
    sessions: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'user', 'token'],
        properties: {
          id: { type: 'string', minLength: 1 },
          user: { type: 'string', minLength: 1 },
          token: { type: 'string', pattern: HSSO_TOKEN_PATTERN },
          idleSeconds: { type: 'integer', minimum: 0, default: 0 },
          purpose,
        },
      },
    },
  },
};

/** Parses `ops-center-analyzer.yaml`; a malformed file throws FixtureError naming the file and the field. */
export function parseFixtures(raw: unknown, file: string): AnalyzerFixtures {
  const fixtures = checkFixtures<AnalyzerFixtures>(fixtureSchema, raw, file);
  requireUnique(fixtures.users.map((u) => u.user), file, 'users', 'user');
  requireUnique(fixtures.sessions.map((s) => s.id), file, 'sessions', 'id');
  requireUnique(fixtures.sessions.map((s) => s.token), file, 'sessions', 'token');
  fixtures.sessions.forEach((session, i) => {
    const owner = fixtures.users.find((u) => u.user === session.user);
    if (!owner) throw new FixtureError(file, `sessions/${i}/user`, `names no user of users (${JSON.stringify(session.user)})`);
    if (!owner.loginPrivilege) throw new FixtureError(file, `sessions/${i}/user`, `${owner.user} has loginPrivilege false and cannot hold a session`);
  });
  return fixtures;
}

