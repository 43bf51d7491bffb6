import { checkFixtures, requireUnique } from '../../core/fixture-schema';
import { parseIsoDuration } from '../../core/duration';
import { FixtureError } from '../../core/vendor';

export interface VeridataUser {
  name: string;
  password: string;
  userId: number;
  /** Role names as the vendor prints them (`Administrator`, `JobOperator`); bodies upper-case them. */
  roles: string[];
  /** A locked or disabled account: login fails as with a wrong password. */
  disabled: boolean;
  purpose?: string;
}

export interface VeridataFixtureSession {
  id: string;
  user: string;
  /** Fixed, so QA can reproduce with the same token after every start and reset. */
  token: string;
  /** How long before the seed (start or reset) the token was issued. */
  issuedAgo: string;
  /** How long the token lives after it was issued (a real Veridata token: 1 hour). */
  validFor: string;
  state: 'active' | 'invalidated';
  purpose?: string;
}

export interface VeridataFixtures {
  realm: string;
  nonceMaxAge: string;
  /** Signs tokens and Digest nonces; set it when several mock instances share one store. Random when absent. */
  signingKey?: string;
  users: VeridataUser[];
  sessions: VeridataFixtureSession[];
}

// An ISO 8601 duration such as PT1H; parseIsoDuration checks the form.
const DURATION = { type: 'string', pattern: '^P' };

export const fixtureSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['users'],
  properties: {
    realm: { type: 'string', minLength: 1, default: 'Veridata' },
    nonceMaxAge: { ...DURATION, default: 'PT5M' },
    signingKey: { type: 'string', minLength: 16 },
    users: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'password', 'userId', 'roles'],
        properties: {
          name: { type: 'string', minLength: 1, pattern: '^[^:]+$' },
          password: { type: 'string', minLength: 1 },
          userId: { type: 'integer', minimum: 1 },
          roles: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]+$' }, uniqueItems: true },
          disabled: { type: 'boolean', default: false },
          purpose: { type: 'string' },
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
          token: { type: 'string', pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$' },
          issuedAgo: { ...DURATION, default: 'PT0S' },
          validFor: { ...DURATION, default: 'PT1H' },
          state: { type: 'string', enum: ['active', 'invalidated'], default: 'active' },
          purpose: { type: 'string' },
        },
      },
    },
  },
};

/** Checks `veridata.yaml` of a fixtures directory: the schema, then what a schema cannot say (references, duplicates). */
export function parseFixtures(raw: unknown, file: string): VeridataFixtures {
  const fixtures = checkFixtures<VeridataFixtures>(fixtureSchema, raw, file);
  checkDurations(fixtures, file);
  requireUnique(fixtures.users.map((user) => user.name), file, 'users', 'name');
  requireUnique(fixtures.users.map((user) => user.userId), file, 'users', 'userId');
  requireUnique(fixtures.sessions.map((session) => session.id), file, 'sessions', 'id');
  requireUnique(fixtures.sessions.map((session) => session.token), file, 'sessions', 'token');
  fixtures.sessions.forEach((session, i) => {
    if (!fixtures.users.some((user) => user.name === session.user)) {
      throw new FixtureError(file, `sessions/${i}/user`, `names no user of this file (users: ${fixtures.users.map((u) => u.name).join(', ')})`);
    }
  });
  return fixtures;
}

function checkDurations(fixtures: VeridataFixtures, file: string): void {
  if (parseIsoDuration(fixtures.nonceMaxAge) === undefined) throw new FixtureError(file, 'nonceMaxAge', 'is not an ISO 8601 duration such as "PT5M"');
  fixtures.sessions.forEach((session, i) => {
    for (const field of ['issuedAgo', 'validFor'] as const) {
      if (parseIsoDuration(session[field]) === undefined) throw new FixtureError(file, `sessions/${i}/${field}`, 'is not an ISO 8601 duration such as "PT1H"');
    }
  });
}
