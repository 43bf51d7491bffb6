import { readSpecDocument, deref, isObject } from '../../../src/spec/document';

// Written by reading /work/shared/seeds/003_c14ab5462aef1dd6.txt (VCDA "Extend"); the spec must say the same.
const SEED_FILE = '003_c14ab5462aef1dd6.txt';
const MEDIA = 'application/json;charset=UTF-8';
const CODES_INTRO = 'The returned error codes include (but are not limited to):';

const seed = {
  method: 'post',
  path: '/sessions/extend',
  operationId: 'extendSession',
  header: { name: 'operationID', description: 'Operation ID for correlating logs across multiple services' },
  requestMediaType: 'application/json',
  requestSchema: 'AuthRequest',
  requestFields: [
    { field: 'site', type: 'string', description: 'Identifies the cloud site to which you are logging.' },
    { field: 'type', type: 'string', description: 'type' },
  ],
  bodyTypes: [
    { type: 'credentials', fields: ['vcdUsername', 'vcdPassword'], example: { type: 'credentials', site: 'site1', vcdUsername: 'admin1@org2', vcdPassword: 'password' } },
    { type: 'cookie', fields: ['cookie'], example: { type: 'cookie', site: 'site1', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' } },
    { type: 'vcdAccessToken', fields: ['vcdAccessToken'], example: { type: 'vcdAccessToken', site: 'site1', vcdAccessToken: 'eyJhbGciOiJSUzI1NiJ9....' } },
  ],
  printedAuthRequest: { site: 'site2', type: 'string' },
  statuses: [
    { status: '200', description: 'OK', schema: 'C4SessionDetails', codes: [] as string[] },
    { status: '400', description: CODES_INTRO, schema: 'ApiError', codes: ['BadUserInput', 'BadRequest'] },
    { status: '401', description: CODES_INTRO, schema: 'ApiError', codes: ['NotAuthenticated', 'RemoteAuthenticationFailure'] },
    { status: '404', description: CODES_INTRO, schema: 'ApiError', codes: ['SiteNotFound'] },
    { status: '500', description: CODES_INTRO, schema: 'ApiError', codes: ['GeneralServerFailure'] },
  ],
  responseFields: [
    { schema: 'C4SessionDetails', field: 'authenticatedSites', type: 'array', description: 'VMware Cloud Director sites the current session has authenticated with. The site specified in the request should be present here' },
    { schema: 'C4SessionDetails', field: 'roles', type: 'array of string', description: 'Roles granted to the session' },
    { schema: 'C4SessionDetails', field: 'user', type: 'string', description: 'The currently authenticated user' },
    { schema: 'ApiError', field: 'args', type: 'array of string', description: 'Positional arguments.' },
    { schema: 'ApiError', field: 'code', type: 'string', description: 'Specific error code.' },
    { schema: 'ApiError', field: 'msg', type: 'string', description: 'Detailed error message.' },
    { schema: 'ApiError', field: 'stacktrace', type: 'string', description: 'Exception stacktrace.' },
  ],
  authenticatedSiteFields: ['org', 'site'],
  successExample: { authenticatedSites: [{ org: 'Org1', site: 'site1' }], roles: ['EVERYONE'], user: 'admin1@Org1' },
  errorExample: { args: [], code: 'Forbidden', msg: 'Permission denied.', stacktrace: 'com.vmware.h4.api.error.exceptions.PermissionDeniedException: Permission denied.' },
};

const companions = [
  { operationId: 'login', method: 'post', path: '/sessions', statuses: ['200', '400', '401'] },
  { operationId: 'getSession', method: 'get', path: '/sessions', statuses: ['200', '401'] },
  { operationId: 'logout', method: 'delete', path: '/sessions', statuses: ['204', '401'] },
  { operationId: 'shrinkSession', method: 'delete', path: '/sessions/{site}', statuses: ['200', '400', '401'] },
];

const loginTypes = [
  { type: 'localUser', fields: ['localUser', 'localPassword'] },
  { type: 'vcdCredentials', fields: ['vcdUser', 'vcdPassword'] },
  { type: 'vcdCookie', fields: ['vcdCookie'] },
  { type: 'vcdAccessToken', fields: ['vcdAccessToken'] },
  { type: 'ssoCredentials', fields: ['username', 'password'] },
];

const doc = readSpecDocument('vcda.yaml');
type Node = Record<string, unknown>;

/** Walks the document from `node`, following $refs at every step; fails with the path that is missing. */
function at(node: unknown, ...keys: string[]): Node {
  let current: unknown = deref(doc, node);
  for (const [i, key] of keys.entries()) {
    if (!isObject(current) || !(key in current)) throw new Error(`spec has no ${keys.slice(0, i + 1).join(' > ')}`);
    current = deref(doc, current[key]);
  }
  if (!isObject(current)) throw new Error(`${keys.join(' > ')} is not an object`);
  return current;
}

const operation = (path: string, method: string): Node => at(doc.paths, path, method);
const extend = (): Node => operation(seed.path, seed.method);
const schema = (name: string): Node => at(doc, 'components', 'schemas', name);
const examplesOf = (response: Node): Record<string, Node> =>
  Object.fromEntries(Object.entries(at(response, 'content', MEDIA, 'examples')).map(([k, v]) => [k, at(v)]));
const typeLabel = (property: Node): string =>
  property.type === 'array' ? (isObject(property.items) && property.items.type === 'string' ? 'array of string' : 'array') : String(property.type);
const bodyBranch = (schemaName: string, type: string): Node => {
  const branches = (schema(schemaName).oneOf as unknown[]).map((b) => at(b));
  const branch = branches.find((b) => at(b, 'properties', 'type').const === type);
  if (!branch) throw new Error(`${schemaName} has no oneOf branch with type const ${type}`);
  return branch;
};

function collectDecisions(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => collectDecisions(n, found));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-decision' && typeof value === 'string') found.add(value);
      else collectDecisions(value, found);
    }
  }
  return found;
}
const decisions = [...collectDecisions(doc, new Set<string>())];

test('is an OpenAPI 3.1.0 document with the vendor server and the mock server', () => {
  expect(doc.openapi).toBe('3.1.0');
  const urls = (doc.servers as Node[]).map((s) => s.url);
  expect(urls).toEqual(expect.arrayContaining(['https://{api_host}', 'http://127.0.0.1:4010']));
});

test('serves the seed operation at POST /sessions/extend as extendSession, marked with its seed file', () => {
  const op = extend();
  expect(op.operationId).toBe(seed.operationId);
  expect(op['x-seed']).toBe(SEED_FILE);
});

test('records the seed\'s doubled slash (//sessions/extend) as a decision on the path', () => {
  expect(String(at(doc.paths, seed.path)['x-decision'])).toContain('//sessions/extend');
});

test('accepts the optional operationID header documented by the seed', () => {
  const params = (extend().parameters as unknown[]).map((p) => at(p));
  const header = params.find((p) => p.in === 'header' && p.name === seed.header.name);
  expect(header).toBeDefined();
  expect(header?.required ?? false).toBe(false);
  expect(header?.description).toBe(seed.header.description);
  expect(at(header, 'schema').type).toBe('string');
});

test('requires an AuthRequest body of type application/json', () => {
  const body = at(extend(), 'requestBody');
  expect(body.required).toBe(true);
  expect(Object.keys(at(body, 'content'))).toEqual([seed.requestMediaType]);
  expect(at(body, 'content', seed.requestMediaType, 'schema')).toBe(schema(seed.requestSchema));
});

test.each(seed.requestFields)('requires request field $field as a $type with the seed description', ({ field, type, description }) => {
  const authRequest = schema(seed.requestSchema);
  expect(authRequest.required).toContain(field);
  expect(at(authRequest, 'properties', field)).toMatchObject({ type, description });
});

test.each(seed.bodyTypes)('accepts body type $type with its fields $fields', ({ type, fields }) => {
  expect(at(schema(seed.requestSchema), 'properties', 'type').enum).toContain(type);
  const branch = bodyBranch(seed.requestSchema, type);
  for (const field of fields) expect(at(branch, 'properties', field).type).toBe('string');
});

test.each(seed.bodyTypes)('keeps the seed\'s $type request example as a request-body example', ({ example }) => {
  const values = Object.values(at(extend(), 'requestBody', 'content', seed.requestMediaType, 'examples')).map((e) => at(e).value);
  expect(values).toContainEqual(example);
});

test('keeps the printed AuthRequest sample under x-seed-example with a decision', () => {
  const authRequest = schema(seed.requestSchema);
  expect(authRequest['x-seed-example']).toEqual(seed.printedAuthRequest);
  expect(typeof authRequest['x-decision']).toBe('string');
});

test('accepts login\'s field names (vcdUser, vcdCookie) on extend as decided aliases', () => {
  expect(at(bodyBranch(seed.requestSchema, 'credentials'), 'properties', 'vcdUser')).toMatchObject({ type: 'string' });
  expect(at(bodyBranch(seed.requestSchema, 'cookie'), 'properties', 'vcdCookie')).toMatchObject({ type: 'string' });
});

test('documents exactly the seed\'s statuses on extend', () => {
  expect(Object.keys(at(extend(), 'responses')).sort()).toEqual(seed.statuses.map((s) => s.status).sort());
});

test.each(seed.statuses)('answers $status with the seed description and $schema as application/json;charset=UTF-8', ({ status, description, schema: name }) => {
  const response = at(extend(), 'responses', status);
  expect(String(response.description).startsWith(description)).toBe(true);
  expect(Object.keys(at(response, 'content'))).toEqual([MEDIA]);
  expect(at(response, 'content', MEDIA, 'schema')).toBe(schema(name));
});

const errorCases = seed.statuses.flatMap(({ status, codes }) => codes.map((code) => ({ status, code })));
test.each(errorCases)('lists error code $code under $status with a realistic named example', ({ status, code }) => {
  const response = at(extend(), 'responses', status);
  expect(String(response.description)).toContain(code);
  const name = code.charAt(0).toLowerCase() + code.slice(1);
  const example = at(examplesOf(response)[name], 'value');
  expect(example.code).toBe(code);
  expect(Array.isArray(example.args)).toBe(true);
  expect(example.stacktrace).toBe(`com.vmware.h4.api.error.exceptions.${code}Exception: ${String(example.msg)}`);
});

test.each(seed.statuses.filter((s) => s.status !== '200'))('keeps the seed\'s placeholder error body as the $status seed example, marked as a placeholder', ({ status }) => {
  const example = examplesOf(at(extend(), 'responses', status)).seed;
  expect(example?.value).toEqual(seed.errorExample);
  expect(String(example?.['x-decision'])).toContain('placeholder');
});

test('keeps the seed\'s C4SessionDetails example as the 200 seed example', () => {
  expect(examplesOf(at(extend(), 'responses', '200')).seed?.value).toEqual(seed.successExample);
});

test.each(seed.responseFields)('describes $field of $schema as $type with the seed description', ({ schema: name, field, type, description }) => {
  const property = at(schema(name), 'properties', field);
  expect(typeLabel(property)).toBe(type);
  expect(property.description).toBe(description);
  expect(schema(name).required ?? []).not.toContain(field);
});

test('types authenticatedSites as {org, site} objects, the shape of the seed example, with a decision', () => {
  const property = at(schema('C4SessionDetails'), 'properties', 'authenticatedSites');
  expect(typeof property['x-decision']).toBe('string');
  const item = at(property, 'items');
  expect(item.type).toBe('object');
  for (const field of seed.authenticatedSiteFields) expect(at(item, 'properties', field).type).toBe('string');
});

test('authenticates extend with the X-VCAV-Auth api key', () => {
  expect(at(doc, 'components', 'securitySchemes', 'VcavAuth')).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-VCAV-Auth' });
  expect(extend().security).toEqual([{ VcavAuth: [] }]);
});

test.each(companions)('marks companion $operationId ($method $path) with x-companion and x-source', ({ operationId, method, path }) => {
  const op = operation(path, method);
  expect(op.operationId).toBe(operationId);
  expect(op['x-companion']).toBe(true);
  expect(typeof op['x-source']).toBe('string');
  expect(String(op['x-source']).length).toBeGreaterThan(0);
});

test.each(companions)('documents $statuses on companion $operationId in the seed media type', ({ method, path, statuses }) => {
  const responses = at(operation(path, method), 'responses');
  expect(Object.keys(responses)).toEqual(expect.arrayContaining(statuses));
  for (const status of Object.keys(responses)) {
    const response = at(responses, status);
    if (status === '204') expect(response.content).toBeUndefined();
    else expect(Object.keys(at(response, 'content'))).toEqual([MEDIA]);
  }
});

test('lets login run without a session and answers the token in the X-VCAV-Auth header', () => {
  const login = operation('/sessions', 'post');
  expect(login.security).toEqual([]);
  const header = at(login, 'responses', '200', 'headers', 'X-VCAV-Auth');
  expect(header.required).toBe(true);
  expect(at(header, 'schema').type).toBe('string');
  expect(at(login, 'responses', '200', 'content', MEDIA, 'schema')).toBe(schema('C4SessionDetails'));
});

test.each(loginTypes)('accepts login type $type with its fields $fields', ({ type, fields }) => {
  expect(at(schema('AuthenticationRequest'), 'properties', 'type').enum).toContain(type);
  const branch = bodyBranch('AuthenticationRequest', type);
  for (const field of fields) expect(branch.required).toContain(field);
});

// The vendor's Shrink page (3.5, 4.2, 4.5, latest) lists 200, 400 BadUserInput, 401 and 500: no 404.
test('documents shrink with the vendor\'s statuses and a 400 BadUserInput example for an unknown site', () => {
  const responses = at(operation('/sessions/{site}', 'delete'), 'responses');
  expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '500']);
  expect(at(examplesOf(at(responses, '400')).badUserInput, 'value')).toMatchObject({ code: 'BadUserInput', args: ['site9'] });
});

test.each(companions)('accepts the operationID header on companion $operationId', ({ method, path }) => {
  const params = (operation(path, method).parameters as unknown[]).map((p) => at(p));
  expect(params.some((p) => p.in === 'header' && p.name === seed.header.name && p.required !== true)).toBe(true);
});

test('records decisions in the document', () => {
  expect(decisions.length).toBeGreaterThan(0);
});

test.each(decisions.map((text) => [text.slice(0, 90), text]))('lists decision "%s…" under ## Decisions in info.description', (_, text) => {
  const description = String(doc.info.description);
  const section = description.slice(description.indexOf('## Decisions'));
  expect(description).toContain('## Decisions');
  expect(section).toContain(`- ${text}`);
});
