import { readSpecDocument, deref, isObject } from '../../../src/spec/document';

type Json = Record<string, unknown>;
type FieldType = 'array' | 'string' | 'integer';

interface SeedResponse {
  status: string;
  description: string;
  /** Root Schema printed under the status; absent where the seed prints no body. */
  schema?: 'Login' | 'Error';
  example?: Json;
}

interface SeedOperation {
  seed: string;
  operationId: string;
  method: 'get';
  path: string;
  requiredRoles: string[];
  responses: SeedResponse[];
}

// Read off the seed pages by hand: the spec must agree with this table, not with itself.
const MEDIA_TYPE = 'application/json';
const ROLES_BOTH = ['Administrator', 'SuperUser', 'DetailMonitoringOperator', 'MonitoringOperator', 'CommandLineOperator', 'JobOperator'];
const SEED_FIELDS: Record<'Login' | 'Error', Record<string, { type: FieldType; description: string }>> = {
  Login: {
    roles: { type: 'array', description: 'User roles.' },
    token: { type: 'string', description: 'Authorization token.' },
    userId: { type: 'integer', description: 'User Id' },
  },
  Error: {
    errCode: { type: 'string', description: 'Veridata Error Code.' },
    errMsg: { type: 'string', description: 'Veridata Error Message.' },
  },
};
const ERROR_EXAMPLE = { errCode: 'OGGV-00001', errMsg: 'Error message' };
const ERROR_RESPONSES: SeedResponse[] = [
  { status: '400', description: 'Bad Request.', schema: 'Error', example: ERROR_EXAMPLE },
  { status: '401', description: 'Unauthorized.', schema: 'Error', example: ERROR_EXAMPLE },
  { status: '404', description: 'Not Found.', schema: 'Error', example: ERROR_EXAMPLE },
  { status: '500', description: 'Server Error.', schema: 'Error', example: ERROR_EXAMPLE },
];

const SEED_OPERATIONS: SeedOperation[] = [
  {
    seed: '000_bc046bcfc83e86d4.txt',
    operationId: 'extendSession',
    method: 'get',
    path: '/veridata/v1/session/extend',
    requiredRoles: ROLES_BOTH,
    responses: [
      {
        status: '200',
        description: 'Session extended successful.',
        schema: 'Login',
        example: { roles: ['ADMINISTRATOR'], token: 'eyJraWQiOiJzaWduLXJ..', userId: 1004 },
      },
      ...ERROR_RESPONSES,
    ],
  },
  {
    seed: '002_a37f00870c2dbca3.txt',
    operationId: 'invalidateSession',
    method: 'get',
    path: '/veridata/v1/session/invalidate',
    requiredRoles: ROLES_BOTH,
    responses: [{ status: '200', description: 'Logout Successful.' }, ...ERROR_RESPONSES],
  },
];

const COMPANIONS = [
  { operationId: 'login', method: 'get', path: '/veridata/v1/auth/login' },
  { operationId: 'loginChallenge', method: 'head', path: '/veridata/v1/auth/login' },
];

const doc = readSpecDocument('veridata.yaml');

function operationAt(method: string, path: string): Json {
  const op = doc.paths[path]?.[method];
  if (!isObject(op)) throw new Error(`specs/veridata.yaml has no ${method.toUpperCase()} ${path}`);
  return op;
}

function responseOf(op: SeedOperation, status: string): Json {
  const responses = operationAt(op.method, op.path).responses as Json;
  return deref<Json>(doc, responses[status]);
}

function collectDecisions(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => collectDecisions(child, found));
  if (!isObject(node)) return found;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-decision') found.push(String(value));
    else collectDecisions(value, found);
  }
  return found;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const responseRows = SEED_OPERATIONS.flatMap((op) => op.responses.map((r) => ({ ...r, op, operationId: op.operationId })));
const bodyRows = responseRows.filter((row) => row.schema !== undefined);
const fieldRows = bodyRows.flatMap((row) =>
  Object.entries(SEED_FIELDS[row.schema!]).map(([field, spec]) => ({ ...row, field, ...spec })),
);

test.each(SEED_OPERATIONS)('documents $operationId at GET $path, citing $seed and its required roles', (op) => {
  const operation = operationAt(op.method, op.path);
  expect(operation.operationId).toBe(op.operationId);
  expect(operation['x-seed']).toBe(op.seed);
  expect(operation['x-required-roles']).toEqual(op.requiredRoles);
});

test.each(SEED_OPERATIONS)('documents exactly the statuses the seed prints for $operationId', (op) => {
  const responses = operationAt(op.method, op.path).responses as Json;
  expect(Object.keys(responses).sort()).toEqual(op.responses.map((r) => r.status).sort());
});

test.each(responseRows)('describes $status of $operationId as "$description"', (row) => {
  expect(responseOf(row.op, row.status).description).toBe(row.description);
});

test.each(bodyRows)('answers $status of $operationId as application/json with the $schema schema', (row) => {
  const content = responseOf(row.op, row.status).content as Json;
  expect(Object.keys(content)).toEqual([MEDIA_TYPE]);
  expect((content[MEDIA_TYPE] as Json).schema).toEqual({ $ref: `#/components/schemas/${row.schema}` });
});

test.each(bodyRows)('keeps the example the seed prints for $status of $operationId under "seed"', (row) => {
  const media = (responseOf(row.op, row.status).content as Json)[MEDIA_TYPE] as Json;
  const seed = deref<Json>(doc, (media.examples as Json).seed);
  expect(seed.summary).toBe('Example printed in the seed document');
  expect(seed.value).toEqual(row.example);
});

test.each(fieldRows)('types $field in $status of $operationId as $type, described "$description"', (row) => {
  const media = (responseOf(row.op, row.status).content as Json)[MEDIA_TYPE] as Json;
  const schema = deref<Json>(doc, media.schema);
  const property = (schema.properties as Json)[row.field] as Json;
  expect(property.type).toBe(row.type);
  expect(property.description).toBe(row.description);
});

test('answers the 200 of invalidateSession without a body, as the seed prints no schema for it', () => {
  const ok = responseOf(SEED_OPERATIONS[1]!, '200');
  expect(ok.content).toBeUndefined();
  expect(ok['x-decision']).toEqual(expect.stringContaining('empty body'));
});

test('gives tokens the 1 hour lifetime the extend page prints', () => {
  const bearer = deref<Json>(doc, { $ref: '#/components/securitySchemes/BearerAuth' });
  expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', 'x-token-lifetime': 'PT1H' });
});

test('keeps the DigestAuth scheme the extend page lists, beside Basic for login', () => {
  const schemes = doc.components?.securitySchemes as Json;
  expect(schemes.DigestAuth).toMatchObject({ type: 'http', scheme: 'digest' });
  expect(schemes.BasicAuth).toMatchObject({ type: 'http', scheme: 'basic' });
  expect(operationAt('get', '/veridata/v1/auth/login').security).toEqual([{ DigestAuth: [] }, { BasicAuth: [] }]);
});

test.each(COMPANIONS)('marks $operationId ($method $path) as a companion with its source', (companion) => {
  const operation = operationAt(companion.method, companion.path);
  expect(operation.operationId).toBe(companion.operationId);
  expect(operation['x-companion']).toBe(true);
  expect(operation['x-source']).toEqual(expect.any(String));
  expect(operation['x-seed']).toBeUndefined();
});

test('sends the Digest challenge in WWW-Authenticate and WWW-Authenticate-Custom on every 401 of login', () => {
  for (const method of ['get', 'head']) {
    const unauthorized = deref<Json>(doc, (operationAt(method, '/veridata/v1/auth/login').responses as Json)['401']);
    expect(Object.keys(unauthorized.headers as Json).sort()).toEqual(['WWW-Authenticate', 'WWW-Authenticate-Custom']);
  }
});

test('documents no 403 anywhere, as Veridata answers a missing role with 401', () => {
  for (const item of Object.values(doc.paths)) {
    for (const operation of Object.values(item)) expect(Object.keys((operation as Json).responses as Json)).not.toContain('403');
  }
});

test('lists every x-decision of the document under "## Decisions" in info.description', () => {
  const description = oneLine(String(doc.info.description));
  const decisions = oneLine(description.slice(description.indexOf('## Decisions')));
  const found = collectDecisions(doc);
  expect(description).toContain('## Decisions');
  expect(found.length).toBeGreaterThan(10);
  for (const decision of found) expect(decisions).toContain(oneLine(decision));
});
