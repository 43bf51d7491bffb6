import { readSpecDocument } from '../../../src/spec/document';
import { readOperations } from '../../../src/spec/operations';
import { useMock } from '../../helpers/mock';
import { basic, bearer, EXTEND, FIXTURE_TOKENS, INVALIDATE, LOGIN } from './veridata-client';

const served = useMock({ apis: ['veridata'] });
const operations = readOperations('veridata', 'veridata.yaml', readSpecDocument('veridata.yaml'));
const rows = operations.flatMap((op) => op.documentedStatuses.map((status) => ({ operationId: op.operationId, method: op.method, path: op.pathTemplate, status })));

function call(method: string, path: string) {
  return method === 'HEAD' ? served.http().head(path) : served.http().get(path);
}

test.each(rows)('answers $operationId ($method) with its documented $status on Prefer: code=$status', async ({ method, path, status }) => {
  const res = await call(method, path).set('prefer', `code=${status}`).expect(status);
  if (method === 'HEAD' || status === 200) return;
  expect(res.body).toEqual({ errCode: expect.stringMatching(/^OGGV-\d{5}$/), errMsg: expect.any(String) });
});

test('answers Prefer: code=401 on login with the Digest challenge in both headers', async () => {
  const res = await served.http().get(LOGIN).set('prefer', 'code=401').expect(401);
  expect(res.headers['www-authenticate']).toMatch(/^Digest /);
  expect(res.headers['www-authenticate-custom']).toBe(res.headers['www-authenticate']);
});

test('answers Prefer: code=200 on login and extend with a realistic JWT-shaped token, not the truncated seed one', async () => {
  for (const path of [LOGIN, EXTEND]) {
    const res = await served.http().get(path).set('prefer', 'code=200').expect(200);
    expect(res.body.token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  }
});

test('refuses Prefer: code=403, which Veridata never documents, with the vendor 400 naming the documented statuses', async () => {
  const res = await served.http().get(EXTEND).set('prefer', 'code=403').expect(400);
  expect(res.body.errCode).toBe('OGGV-00002');
  expect(res.body.errMsg).toMatch(/403.*documented: 200, 400, 401, 404, 500/);
});

const natural = [
  { name: 'login with Basic credentials', method: 'GET', path: LOGIN, auth: basic('veridata', 'Welcome@123'), status: 200 },
  { name: 'HEAD login with Basic credentials', method: 'HEAD', path: LOGIN, auth: basic('veridata', 'Welcome@123'), status: 200 },
  { name: 'HEAD login with a wrong password', method: 'HEAD', path: LOGIN, auth: basic('veridata', 'nope'), status: 401 },
  { name: 'HEAD login as jobop', method: 'HEAD', path: LOGIN, auth: basic('jobop', 'Jobop@123'), status: 401 },
  { name: 'extend with a live token', method: 'GET', path: EXTEND, auth: bearer(FIXTURE_TOKENS.valid), status: 200 },
  { name: 'invalidate with a live token', method: 'GET', path: INVALIDATE, auth: bearer(FIXTURE_TOKENS.valid), status: 200 },
  { name: 'invalidate with an expired token', method: 'GET', path: INVALIDATE, auth: bearer(FIXTURE_TOKENS.expired), status: 401 },
  { name: 'invalidate for a user without roles', method: 'GET', path: INVALIDATE, auth: bearer(FIXTURE_TOKENS.norole), status: 401 },
];

test.each(natural)('answers $name with $status, by its real cause', async ({ method, path, auth, status }) => {
  await call(method, path).set('authorization', auth).expect(status);
});

test.each([LOGIN, EXTEND, INVALIDATE])('answers GET %s with a body that is not valid JSON with the vendor 400', async (path) => {
  const res = await served.http().get(path).set('content-type', 'application/json').send('{"broken":').expect(400);
  expect(res.body).toEqual({ errCode: 'OGGV-00002', errMsg: 'Malformed request: the request could not be parsed.' });
});

test('answers HEAD login with a body that is not valid JSON with a bare 400', async () => {
  const res = await served.http().head(LOGIN).set('content-type', 'application/json').send('{"broken":').expect(400);
  expect(res.text ?? '').toBe('');
});

test.each(['/veridata/v1/session/extnd', '/veridata', '/veridata/v1/auth/login/extra', '/veridata/v2/session/extend'])('answers the unknown path %s with the vendor 404', async (path) => {
  const res = await served.http().get(path).expect(404);
  expect(res.body).toEqual({ errCode: 'OGGV-00010', errMsg: `Resource not found: ${path}` });
});

test('answers a POST to a GET-only path with the vendor 404', async () => {
  expect((await served.http().post(EXTEND).expect(404)).body.errCode).toBe('OGGV-00010');
});

test('ignores a JSON body with __proto__ and constructor keys on a GET', async () => {
  const body = '{"__proto__":{"admin":true,"roles":["ADMINISTRATOR"]},"constructor":{"prototype":{"x":1}}}';
  await served.http().get(LOGIN).set('authorization', basic('norole', 'Norole@123')).set('content-type', 'application/json').send(body).expect(401);
  const res = await served.http().get(EXTEND).set('authorization', bearer(FIXTURE_TOKENS.valid)).set('content-type', 'application/json').send(body).expect(200);
  expect(res.body.roles).toEqual(['ADMINISTRATOR']);
  expect(({} as Record<string, unknown>).admin).toBeUndefined();
});

test('logs in a user named __proto__ as unknown, not as a prototype', async () => {
  expect((await served.http().get(LOGIN).set('authorization', basic('__proto__', 'x')).expect(401)).body.errCode).toBe('OGGV-00004');
  expect((await served.http().get(LOGIN).set('authorization', basic('constructor', 'x')).expect(401)).body.errCode).toBe('OGGV-00004');
});

test('answers a text body on a GET as if there were none', async () => {
  await served.http().get(EXTEND).set('authorization', bearer(FIXTURE_TOKENS.valid)).set('content-type', 'text/plain').send('hello').expect(200);
});

test('answers an admin fault with the documented 500 body, then serves normally again', async () => {
  served.mock.admin.addFault({ api: 'veridata', operationId: 'extendSession', status: 500 });
  const res = await served.http().get(EXTEND).set('authorization', bearer(FIXTURE_TOKENS.valid)).expect(500);
  expect(res.body).toEqual({ errCode: 'OGGV-00011', errMsg: 'Internal server error. See the Veridata server log for details.' });
  await served.http().get(EXTEND).set('authorization', bearer(FIXTURE_TOKENS.valid)).expect(200);
});

test('answers an unavailable API with the serverUnavailable 500 body', async () => {
  served.mock.admin.setAvailability('veridata', false);
  const res = await served.http().get(LOGIN).set('authorization', basic('veridata', 'Welcome@123')).expect(500);
  expect(res.body).toEqual({ errCode: 'OGGV-00013', errMsg: 'The Veridata server is not available. Try again later.' });
});

test('runs HEAD of extend like GET, without a body', async () => {
  const res = await served.http().head(EXTEND).set('authorization', bearer(FIXTURE_TOKENS.valid)).expect(200);
  expect(res.text ?? '').toBe('');
});
