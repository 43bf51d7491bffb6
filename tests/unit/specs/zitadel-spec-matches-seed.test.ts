import { readSpecDocument, deref } from '../../../src/spec/document';

// The facts below are read off /work/shared/seeds/004_637c1cbc11039a03.txt (ZITADEL SetSession).
const SEED_FILE = '004_637c1cbc11039a03.txt';
const SEED_MEDIA_TYPES = ['application/json', 'application/grpc', 'application/grpc-web+proto'];

type Json = Record<string, unknown>;

const doc = readSpecDocument('zitadel-session-v2.yaml');
const node = (value: unknown): Json => deref<Json>(doc, value);
const setSession = node(node(doc.paths['/v2/sessions/{sessionId}']).patch);
const responses = node(setSession.responses);
const response = (status: string): Json => node(responses[status]);
const content = (holder: Json): Json => node(holder.content);

/** Walks "a.b.*" (additionalProperties) or "a.[]" (items) through properties, following $refs. */
function schemaAt(root: unknown, path: string): Json {
  let schema = node(root);
  for (const step of path.split('.')) {
    if (step === '*') schema = node(schema.additionalProperties);
    else if (step === '[]') schema = node(schema.items);
    else schema = node(node(schema.properties)[step]);
  }
  return schema;
}

const requestSchema = (mediaType: string): unknown => node(content(node(setSession.requestBody))[mediaType]).schema;
const responseSchema = (status: string, mediaType: string): unknown => node(content(response(status))[mediaType]).schema;
const example = (status: string, mediaType: string, name: string): Json =>
  node(node(node(content(response(status))[mediaType]).examples)[name]);

const STATUSES: [string, string][] = [
  ['200', 'OK'],
  ['403', 'Returned when the user does not have permission to access the resource.'],
  ['404', 'Returned when the resource does not exist.'],
  ['default', 'An unexpected error response.'],
];
const ERROR_STATUSES = ['403', '404', 'default'];

const NON_EMPTY_200 = { minLength: 1, maxLength: 200 };
const REQUEST_FIELDS: [string, string, Json][] = [
  ['sessionToken', 'string', { ...NON_EMPTY_200, description: 'token of the session, previously returned on the create / update request' }],
  ['checks', 'object', { description: 'Check for user and password. Successful checks will be stated as factors on the session.' }],
  ['checks.user', 'object', { description: 'checks the user and updates the session on success' }],
  ['checks.user.userId', 'string', NON_EMPTY_200],
  ['checks.user.loginName', 'string', NON_EMPTY_200],
  [
    'checks.password',
    'object',
    { description: 'Checks the password and updates the session on success. Requires that the user is already checked, either in the previous or the same request.' },
  ],
  ['checks.password.password', 'string', NON_EMPTY_200],
  ['metadata', 'object', { description: 'custom key value list to be stored on the session' }],
  ['metadata.*', 'string', { format: 'byte' }],
];

const SEQUENCE_LINES = [
  'on read: the sequence of the last event reduced by the projection',
  'on manipulation: the timestamp of the event(s) added by the manipulation',
];
const CHANGE_DATE_LINES = [
  'on read: the timestamp of the last event reduced by the projection',
  'on manipulation: the timestamp of the event(s) added by the manipulation',
];
const RESPONSE_FIELDS: [string, string, string, string[]][] = [
  ['details', 'object', 'none', []],
  ['details.sequence', 'string', 'uint64', SEQUENCE_LINES],
  ['details.changeDate', 'string', 'date-time', CHANGE_DATE_LINES],
  ['details.resourceOwner', 'string', 'none', ['resource_owner is the organization or instance_id an object belongs to']],
  ['sessionToken', 'string', 'none', ['token of the session, which is required for further updates of the session or the request other resources']],
];

const ERROR_FIELDS: [string, string, string][] = [
  ['code', 'integer', 'int32'],
  ['message', 'string', 'none'],
  ['details', 'array', 'none'],
  ['details.[]', 'object', 'none'],
  ['details.[].@type', 'string', 'none'],
];

const SEED_200_EXAMPLE = {
  details: { sequence: '2', changeDate: '2023-05-12', resourceOwner: '69629023906488334' },
  sessionToken: 'string',
};
const SEED_ERROR_EXAMPLE = { code: 0, message: 'string', details: [{ '@type': 'string' }] };

test('documents setSession as PATCH /v2/sessions/{sessionId} and names the seed file', () => {
  expect(setSession.operationId).toBe('setSession');
  expect(setSession['x-seed']).toBe(SEED_FILE);
  expect(setSession.summary).toBe('Update an existing session');
  expect(setSession.description).toBe('Update an existing session with new information.');
});

test('takes sessionId as a required string path parameter described "id of the session to update"', () => {
  const parameters = (setSession.parameters as unknown[]).map(node);
  const sessionId = parameters.find((p) => p.name === 'sessionId');
  expect(sessionId).toMatchObject({ in: 'path', required: true, description: 'id of the session to update' });
  expect(node(sessionId?.schema).type).toBe('string');
});

test('requires a request body in the three seed media types, each with the same schema', () => {
  const body = node(setSession.requestBody);
  expect(body.required).toBe(true);
  expect(Object.keys(content(body)).sort()).toEqual([...SEED_MEDIA_TYPES].sort());
  const schemas = SEED_MEDIA_TYPES.map((mt) => JSON.stringify(requestSchema(mt)));
  expect(new Set(schemas).size).toBe(1);
});

test.each(STATUSES)('documents status %s as "%s" in the three seed media types with one schema', (status, description) => {
  expect(response(status).description).toBe(description);
  expect(Object.keys(content(response(status))).sort()).toEqual([...SEED_MEDIA_TYPES].sort());
  const schemas = SEED_MEDIA_TYPES.map((mt) => JSON.stringify(responseSchema(status, mt)));
  expect(new Set(schemas).size).toBe(1);
});

test.each(REQUEST_FIELDS)('accepts request field %s as %s with the seed constraints', (path, type, constraints) => {
  for (const mediaType of SEED_MEDIA_TYPES) {
    const field = schemaAt(requestSchema(mediaType), path);
    expect(field.type).toBe(type);
    expect(field).toMatchObject(constraints);
  }
});

test.each(RESPONSE_FIELDS)('answers 200 with field %s as %s (format %s) and the seed description', (path, type, format, lines) => {
  for (const mediaType of SEED_MEDIA_TYPES) {
    const field = schemaAt(responseSchema('200', mediaType), path);
    expect(field.type).toBe(type);
    expect(field.format).toBe(format === 'none' ? undefined : format);
    for (const line of lines) expect(field.description).toContain(line);
  }
});

test.each(ERROR_STATUSES.flatMap((status) => ERROR_FIELDS.map(([path, type, format]) => [status, path, type, format] as const)))(
  'answers %s with the rpc status field %s as %s (format %s)',
  (status, path, type, format) => {
    for (const mediaType of SEED_MEDIA_TYPES) {
      const field = schemaAt(responseSchema(status, mediaType), path);
      expect(field.type).toBe(type);
      expect(field.format).toBe(format === 'none' ? undefined : format);
    }
  },
);

test.each(SEED_MEDIA_TYPES)('keeps the seed 200 example for %s as printed under x-seed-example and corrects only changeDate', (mediaType) => {
  const seed = example('200', mediaType, 'seed');
  expect(seed.summary).toBe('Example printed in the seed document');
  expect(seed['x-seed-example']).toEqual(SEED_200_EXAMPLE);
  expect(typeof seed['x-decision']).toBe('string');
  const value = seed.value as typeof SEED_200_EXAMPLE;
  expect({ ...value, details: { ...value.details, changeDate: '2023-05-12' } }).toEqual(SEED_200_EXAMPLE);
  expect(value.details.changeDate).toMatch(/^2023-05-12T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
});

test('keeps the printed changeDate "2023-05-12" beside a corrected date-time example on the schema', () => {
  const changeDate = schemaAt(responseSchema('200', 'application/json'), 'details.changeDate');
  expect(changeDate['x-seed-example']).toBe('2023-05-12');
  expect(changeDate.example).toMatch(/^2023-05-12T/);
  expect(typeof changeDate['x-decision']).toBe('string');
});

test.each(ERROR_STATUSES.flatMap((status) => SEED_MEDIA_TYPES.map((mt) => [status, mt])))(
  'answers %s in %s with the seed error example exactly as printed',
  (status, mediaType) => {
    const seed = example(status, mediaType, 'seed');
    expect(seed.summary).toBe('Example printed in the seed document');
    expect(seed.value).toEqual(SEED_ERROR_EXAMPLE);
  },
);

// vendors.md: the realistic error cases and the grpc-gateway status each one is answered with.
const ERROR_CASES: [string, string, number, string][] = [
  ['403', 'tokenInvalid', 7, 'Session Token is invalid (COMMAND-sGr42)'],
  ['404', 'sessionNotFound', 5, 'Session does not exist (QUERY-SFeaa)'],
  ['400', 'passwordInvalid', 3, 'Password is invalid (COMMAND-3M0fs)'],
  ['400', 'userCheckMissing', 9, 'User ID missing (COMMAND-Sfw3f)'],
  ['400', 'sessionTerminated', 9, 'Session already terminated (COMMAND-Hewfq)'],
  ['400', 'sessionExpired', 9, 'Session has expired (COMMAND-Hkl3d)'],
  ['401', 'unauthenticated', 16, 'Token is invalid (AUTH-7fs1e)'],
  ['500', 'internal', 13, 'An internal error occurred (COMMAND-9oe3e)'],
  ['403', 'sessionReadDenied', 7, 'Errors.PermissionDenied (QUERY-dsfr3)'],
  ['403', 'permissionDenied', 7, 'No matching permissions found (AUTH-AWfge)'],
];

test.each(ERROR_CASES)('documents status %s with the named example %s (code %i) in every seed media type', (status, name, code, message) => {
  for (const mediaType of SEED_MEDIA_TYPES) {
    const value = example(status, mediaType, name).value as { code: number; message: string; details: Json[] };
    expect(value).toMatchObject({ code, message });
    const id = /\(([A-Z]+-\w+)\)$/.exec(message)?.[1];
    expect(value.details[0]).toEqual({ '@type': 'type.googleapis.com/zitadel.v1.ErrorDetail', id, message: message.replace(/ \(.*\)$/, '') });
  }
});

test('writes out 400, 401 and 500 beside the seed default and records why', () => {
  expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '404', '500', 'default']);
  expect(setSession['x-decision']).toEqual(expect.stringContaining('default'));
});

const COMPANIONS: [string, string, string][] = [
  ['createSession', 'post', '/v2/sessions'],
  ['getSession', 'get', '/v2/sessions/{sessionId}'],
  ['deleteSession', 'delete', '/v2/sessions/{sessionId}'],
  ['listSessions', 'post', '/v2/sessions/search'],
];

test.each(COMPANIONS)('marks the companion %s (%s %s) with x-companion and x-source', (operationId, method, path) => {
  const operation = node(node(doc.paths[path])[method]);
  expect(operation.operationId).toBe(operationId);
  expect(operation['x-companion']).toBe(true);
  expect(operation['x-source']).toEqual(expect.any(String));
  expect((operation['x-source'] as string).length).toBeGreaterThan(0);
});

test('answers createSession with 201 and {details, sessionId, sessionToken}', () => {
  const created = node(node(node(doc.paths['/v2/sessions']).post).responses);
  const schema = node(node(content(node(created['201']))['application/json']).schema);
  expect(schema.required).toEqual(['details', 'sessionId', 'sessionToken']);
});

function collectDecisions(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectDecisions(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'x-decision' && typeof child === 'string') found.add(child);
      else collectDecisions(child, found);
    }
  }
  return found;
}

test('lists every x-decision of the document under "## Decisions" in info.description', () => {
  const description = String(doc.info.description);
  const decisionsSection = description.slice(description.indexOf('## Decisions'));
  expect(description).toContain('## Decisions');
  const decisions = [...collectDecisions(doc, new Set())];
  expect(decisions.length).toBeGreaterThanOrEqual(10);
  const missing = decisions.filter((decision) => !decisionsSection.includes(`- ${decision}`));
  expect(missing).toEqual([]);
});
