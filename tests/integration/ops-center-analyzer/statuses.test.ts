import { loadSpecSet } from '../../../src/spec/spec-set';
import { useMock } from '../../helpers/mock';
import { INVOKE, LIST, PREPARE, SEED_ACTION, SEED_BASIC, VIEWER_TOKEN, basic, expectError, expectVendorHeaders, hsso } from './analyzer';

const ctx = useMock({ apis: ['ops-center-analyzer'] });

const spec = loadSpecSet([{ api: 'ops-center-analyzer', specFile: 'ops-center-analyzer.yaml' }]).apis.get('ops-center-analyzer')!;
const PATHS: Record<string, [method: 'get' | 'post', path: string]> = { listKeepAliveActions: ['get', LIST], prepareKeepAlive: ['get', PREPARE], invokeKeepAlive: ['post', INVOKE] };
const everyStatus = spec.operations.flatMap((op) => op.documentedStatuses.map((status) => [op.operationId, status] as const));

function call(operationId: string, authorization?: string) {
  const [method, path] = PATHS[operationId]!;
  const request = method === 'get' ? ctx.http().get(path) : ctx.http().post(path).send(SEED_ACTION);
  return authorization === undefined ? request : request.set('Authorization', authorization);
}

test.each(everyStatus)('answers %s with its documented %s when asked by Prefer: code', async (operationId, status) => {
  const res = await call(operationId, SEED_BASIC).set('Prefer', `code=${status}`);
  expect(res.status).toBe(status);
  expectVendorHeaders(res);
  if (status === 401) expect(res.headers['www-authenticate']).toBe('Basic realm="Analytics"');
  if (status >= 400) expect(res.body.application).toBe('Analytics');
});

test.each(Object.keys(PATHS))('answers %s with the documented 500 body when a fault asks for it', async (operationId) => {
  ctx.mock.admin.addFault({ api: 'ops-center-analyzer', operationId, status: 500 });
  const res = await call(operationId, SEED_BASIC);
  expectError(res, 500, 'KNAQ10007-E');
  expect((await call(operationId, SEED_BASIC)).status).toBe(200);
});

test.each(Object.keys(PATHS))('answers %s with 412 "server not available" only while the API is marked unavailable', async (operationId) => {
  ctx.mock.admin.setAvailability('ops-center-analyzer', false);
  const res = await call(operationId, SEED_BASIC);
  expectError(res, 412, 'KNAQ10006-E');
  expect(res.body.message).toBe('The server is not available. Wait a while, and then retry the operation.');
  ctx.mock.admin.setAvailability('ops-center-analyzer', true);
  expect((await call(operationId, SEED_BASIC)).status).toBe(200);
});

const unauthorized: [string, string | undefined, string, string][] = [
  ['no Authorization', undefined, 'KNAQ10001-E', 'Basic realm="Analytics"'],
  ['a wrong password', basic('system', 'wrong'), 'KNAQ10001-E', 'Basic realm="Analytics"'],
  ['an unknown user', basic('ghost', 'manager'), 'KNAQ10001-E', 'Basic realm="Analytics"'],
  ['a user without login privilege', basic('nologin', 'nologin'), 'KNAQ10003-E', 'Basic realm="Analytics"'],
  ['an unknown HSSO token', hsso('0000000000000000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAA=_V0810'), 'KNAQ10002-E', 'HSSO'],
];

test.each(Object.keys(PATHS).flatMap((op) => unauthorized.map((row) => [op, ...row] as const)))(
  'rejects %s with %s as 401 and names the method to use',
  async (operationId, _why, authorization, messageID, challenge) => {
    const res = await call(operationId, authorization);
    expectError(res, 401, messageID);
    expect(res.headers['www-authenticate']).toBe(challenge);
  },
);

test.each(Object.keys(PATHS))('forbids %s to viewer, who may log in but has no execute permission', async (operationId) => {
  for (const authorization of [basic('viewer', 'viewer'), hsso(VIEWER_TOKEN)]) {
    const res = await call(operationId, authorization);
    expectError(res, 403, 'KNAQ10004-E');
    expect(res.body.message).toBe('The user does not have the permission required to execute this API function. (required permission = Admin, StorageOps, Modify, User Management)');
  }
});

test('answers an unknown path under /Analytics with the vendor 404 naming the URI', async () => {
  const path = '/Analytics/v1/services/KeepAlive/actions/cancel/invoke';
  const res = await ctx.http().post(path).set('Authorization', SEED_BASIC).send(SEED_ACTION);
  expectError(res, 404, 'KNAQ10005-E');
  expect(res.body.message).toBe(`The specified resource was not found. (URI = ${path})`);
  expect(res.body.errorSource).toBe(`http://127.0.0.1:4010${path}`);
});

test('names the request URL as errorSource of an authentication error', async () => {
  const res = await ctx.http().get(LIST).set('Host', 'analyzer.example:22015').set('Authorization', basic('system', 'nope'));
  expect(res.body).toEqual({
    errorSource: `http://analyzer.example:22015${LIST}`,
    message: 'The user ID or password is incorrect.',
    messageID: 'KNAQ10001-E',
    application: 'Analytics',
  });
});
