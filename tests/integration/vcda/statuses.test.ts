import type { Test } from 'supertest';
import { loadSpecSet } from '../../../src/spec/spec-set';
import { useMock } from '../../helpers/mock';
import { extend, LOGIN, MEDIA, SEED_EXTEND_BODIES, SEEDED } from './helpers';

const mock = useMock({ apis: ['vcda'] });
const spec = loadSpecSet([{ api: 'vcda', specFile: 'vcda.yaml' }]).apis.get('vcda')!;
const documented = spec.operations.flatMap((operation) => operation.documentedStatuses.map((status) => ({ operation, status, label: `${operation.operationId} ${status}` })));

/** The code each documented error status answers with when forced (the spec's first realistic example). */
const forcedCode: Record<number, string> = { 400: 'BadUserInput', 401: 'NotAuthenticated', 404: 'SiteNotFound', 500: 'GeneralServerFailure' };

function send(method: string, path: string): Test {
  const http = mock.http();
  const target = path.replace('{site}', 'site1');
  return method === 'POST' ? http.post(target) : method === 'DELETE' ? http.delete(target) : http.get(target);
}

test.each(documented)('answers $label on Prefer: code=$status with the documented body and media type', async ({ operation, status }) => {
  const response = await send(operation.method, operation.pathTemplate).set('Prefer', `code=${status}`);
  expect(response.status).toBe(status);
  if (status === 204) return expect(response.text).toBe('');
  expect(response.headers['content-type']).toBe(MEDIA);
  if (status >= 400) expect(response.body).toMatchObject({ code: forcedCode[status], args: expect.any(Array) });
  if (operation.operationId === 'login' && status === 200) expect(response.headers['x-vcav-auth']).toEqual(expect.any(String));
});

test('answers an admin fault with the documented 500 GeneralServerFailure body', async () => {
  mock.mock.admin.addFault({ api: 'vcda', operationId: 'extendSession', status: 500 });
  const response = await extend(mock, SEEDED.active, SEED_EXTEND_BODIES.credentials).expect(500);
  expect(response.body).toEqual({ args: [], code: 'GeneralServerFailure', msg: 'General server failure.', stacktrace: 'com.vmware.h4.api.error.exceptions.GeneralServerFailureException: General server failure.' });
  await extend(mock, SEEDED.active, SEED_EXTEND_BODIES.credentials).expect(200);
});

test('answers 500 GeneralServerFailure on every operation while the API is marked unavailable', async () => {
  mock.mock.admin.setAvailability('vcda', false);
  const response = await mock.http().get('/sessions').set('X-VCAV-Auth', SEEDED.active).expect(500);
  expect(response.body.code).toBe('GeneralServerFailure');
});

test('answers 400 BadRequest naming the documented statuses when Prefer asks for an undocumented one', async () => {
  const response = await extend(mock, SEEDED.active, SEED_EXTEND_BODIES.credentials).set('Prefer', 'code=418').expect(400);
  expect(response.body).toMatchObject({ code: 'BadRequest', msg: expect.stringContaining('200, 400, 401, 404, 500') });
});

const auth = { 'X-VCAV-Auth': SEEDED.active };
const garbage = { 'X-VCAV-Auth': 'garbage' };

/** Every documented status that a real request can cause, with that request; the rest only by Prefer/faults. */
const natural: { label: string; status: number; request: () => Test }[] = [
  { label: 'login 200', status: 200, request: () => mock.http().post('/sessions').send(LOGIN) },
  { label: 'login 400', status: 400, request: () => mock.http().post('/sessions').send({ type: 'ssoToken' }) },
  { label: 'login 401', status: 401, request: () => mock.http().post('/sessions').send({ ...LOGIN, vcdPassword: 'x' }) },
  { label: 'getSession 200', status: 200, request: () => mock.http().get('/sessions').set(auth) },
  { label: 'getSession 401', status: 401, request: () => mock.http().get('/sessions').set(garbage) },
  { label: 'logout 204', status: 204, request: () => mock.http().delete('/sessions').set(auth) },
  { label: 'logout 401', status: 401, request: () => mock.http().delete('/sessions') },
  { label: 'shrinkSession 200', status: 200, request: () => mock.http().delete('/sessions/site2').set(auth) },
  { label: 'shrinkSession 401', status: 401, request: () => mock.http().delete('/sessions/site2').set(garbage) },
  { label: 'shrinkSession 400', status: 400, request: () => mock.http().delete('/sessions/site9').set(auth) },
  { label: 'extendSession 200', status: 200, request: () => extend(mock, SEEDED.active, SEED_EXTEND_BODIES.cookie) },
  { label: 'extendSession 400', status: 400, request: () => extend(mock, SEEDED.active, { site: 'site2', type: 'string' }) },
  { label: 'extendSession 401', status: 401, request: () => extend(mock, SEEDED.idleExpired, SEED_EXTEND_BODIES.cookie) },
  { label: 'extendSession 404', status: 404, request: () => extend(mock, SEEDED.active, { ...SEED_EXTEND_BODIES.cookie, site: 'site9' }) },
];

test.each(natural)('answers $label to a real cause, within the spec', async ({ status, request }) => {
  const response = await request();
  expect(response.status).toBe(status);
  if (status !== 204) expect(response.headers['content-type']).toBe(MEDIA);
});

test('has a real cause for every documented status except the 500s', () => {
  const withoutCause = documented.map((entry) => entry.label).filter((label) => !natural.some((entry) => entry.label === label));
  expect(withoutCause.sort()).toEqual(['extendSession 500', 'getSession 500', 'login 500', 'logout 500', 'shrinkSession 500']);
});
