import { checkFixtures, requireUnique } from '../../core/fixture-schema';
import { FixtureError } from '../../core/vendor';

export const PERMISSIONS = ['session.read', 'session.write', 'session.delete'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface ServiceUserFixture {
  name: string;
  id: string;
  pat: string;
  permissions: Permission[];
}

export interface UserFixture {
  name: string;
  id: string;
  loginName: string;
  password: string;
  displayName: string;
  organizationId: string;
}

export interface SessionFixture {
  id: string;
  token: string;
  user?: string;
  passwordChecked?: boolean;
  metadata?: Record<string, string>;
  lifetime?: string;
  expired?: boolean;
  terminated?: boolean;
}

export interface ZitadelFixtures {
  instanceId: string;
  serviceUsers: ServiceUserFixture[];
  users: UserFixture[];
  sessions: SessionFixture[];
}

const numericId = { type: 'string', pattern: '^[0-9]{1,20}$' };
const text = { type: 'string', minLength: 1, maxLength: 200 };
const duration = { type: 'string', pattern: '^[0-9]+(\\.[0-9]{1,9})?s$' };

export const zitadelFixtureSchema = {
  type: 'object',
  required: ['instanceId', 'serviceUsers', 'users'],
  additionalProperties: false,
  properties: {
    instanceId: numericId,
    serviceUsers: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'id', 'pat', 'permissions'],
        additionalProperties: false,
        properties: {
          name: text,
          id: numericId,
          pat: text,
          permissions: { type: 'array', items: { enum: [...PERMISSIONS] }, uniqueItems: true },
        },
      },
    },
    users: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'id', 'loginName', 'password', 'displayName', 'organizationId'],
        additionalProperties: false,
        properties: { name: text, id: numericId, loginName: text, password: text, displayName: text, organizationId: numericId },
      },
    },
    sessions: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        required: ['id', 'token'],
        additionalProperties: false,
        properties: {
          id: numericId,
          token: text,
          user: text,
          passwordChecked: { type: 'boolean' },
          metadata: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
          lifetime: duration,
          expired: { type: 'boolean' },
          terminated: { type: 'boolean' },
        },
      },
    },
  },
};

/** Parses fixtures/<dir>/zitadel.yaml; the first problem throws FixtureError naming the file and field. */
export function parseZitadelFixtures(raw: unknown, file: string): ZitadelFixtures {
  const fixtures = checkFixtures<ZitadelFixtures>(zitadelFixtureSchema, raw, file);
  requireUnique(fixtures.serviceUsers.map((u) => u.pat), file, 'serviceUsers', 'pat');
  requireUnique(fixtures.users.map((u) => u.name), file, 'users', 'name');
  requireUnique(fixtures.users.map((u) => u.id), file, 'users', 'id');
  requireUnique(fixtures.users.map((u) => u.loginName), file, 'users', 'loginName');
  requireUnique(fixtures.sessions.map((s) => s.id), file, 'sessions', 'id');
  fixtures.sessions.forEach((session, index) => checkSession(fixtures, session, `sessions/${index}`, file));
  return fixtures;
}

function checkSession(fixtures: ZitadelFixtures, session: SessionFixture, at: string, file: string): void {
  if (session.user !== undefined && !fixtures.users.some((user) => user.name === session.user)) {
    throw new FixtureError(file, `${at}/user`, `names no user in users (known: ${fixtures.users.map((u) => u.name).join(', ')})`);
  }
  if (session.passwordChecked && session.user === undefined) throw new FixtureError(file, `${at}/passwordChecked`, 'needs a user: a password check requires the user checked first');
  if (session.expired && session.lifetime === undefined) throw new FixtureError(file, `${at}/expired`, 'needs a lifetime: only a session with a lifetime can expire');
  for (const [key, value] of Object.entries(session.metadata ?? {})) {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) throw new FixtureError(file, `${at}/metadata/${key}`, 'must be base64');
  }
}
