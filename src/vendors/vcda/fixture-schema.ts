/** The JSON Schema of fixtures/<dir>/vcda.yaml; `checkFixtures` fills in the defaults. */

const name = { type: 'string', minLength: 1 };
const names = { type: 'array', items: name, uniqueItems: true };
const duration = { type: 'string', pattern: '^P' };

const account = {
  type: 'object',
  additionalProperties: false,
  required: ['user', 'password'],
  properties: { user: name, password: { type: 'string' }, roles: { ...names, default: ['EVERYONE'] } },
};

const vcdUser = {
  type: 'object',
  additionalProperties: false,
  required: ['user', 'password', 'sites'],
  properties: {
    user: { type: 'string', pattern: '^[^@]+@[^@]+$' },
    password: { type: 'string' },
    roles: { ...names, default: ['EVERYONE'] },
    sites: { ...names, minItems: 1 },
  },
};

const issuedTo = (field: string) => ({
  type: 'object',
  additionalProperties: false,
  required: [field, 'user'],
  properties: { [field]: name, user: name },
});

const session = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'token', 'user'],
  properties: { id: name, token: { type: 'string', minLength: 16 }, user: name, idleFor: { ...duration, default: 'PT0S' } },
};

export const vcdaFixtureSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['localSite', 'vcdUsers'],
  properties: {
    idleTimeout: { ...duration, default: 'PT30M' },
    localSite: name,
    pairedSites: { ...names, default: [] },
    localUsers: { type: 'array', items: account, default: [] },
    ssoUsers: { type: 'array', items: account, default: [] },
    vcdUsers: { type: 'array', items: vcdUser },
    vcdCookies: { type: 'array', items: issuedTo('cookie'), default: [] },
    vcdAccessTokens: { type: 'array', items: issuedTo('token'), default: [] },
    sessions: { type: 'array', items: session, default: [] },
  },
};
