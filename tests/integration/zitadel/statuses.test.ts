import { zitadelErrorCases } from '../../../src/vendors/zitadel/error-cases';
import { useMock } from '../../helpers/mock';
import { ALICE, bearer, NO_PERMISSION_PAT, SEEDED } from './helpers';

const server = useMock({ apis: ['zitadel'] });
const http = () => server.http();

type Call = () => ReturnType<ReturnType<typeof http>['get']>;
const LONG = 'x'.repeat(201);

/** The natural cause of each documented (operation, status) that has one. */
const NATURAL: [string, number, Call, number | undefined][] = [
  ['createSession', 201, () => http().post('/v2/sessions').set(bearer()).send({}), undefined],
  ['createSession', 400, () => http().post('/v2/sessions').set(bearer()).send({ checks: { user: { userId: ALICE.id }, password: { password: 'wrong' } } }), 3],
  ['createSession', 401, () => http().post('/v2/sessions').send({}), 16],
  ['createSession', 403, () => http().post('/v2/sessions').set(bearer(NO_PERMISSION_PAT)).send({}), 7],
  ['createSession', 404, () => http().post('/v2/sessions').set(bearer()).send({ checks: { user: { loginName: 'nobody@example.com' } } }), 5],
  ['getSession', 200, () => http().get(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()), undefined],
  ['getSession', 400, () => http().get(`/v2/sessions/${SEEDED.alice.id}?sessionToken=${LONG}`).set(bearer()), 3],
  ['getSession', 401, () => http().get(`/v2/sessions/${SEEDED.alice.id}`).set(bearer('unknown-pat')), 16],
  ['getSession', 403, () => http().get(`/v2/sessions/${SEEDED.alice.id}?sessionToken=wrong`).set(bearer()), 7],
  ['getSession', 404, () => http().get('/v2/sessions/1').set(bearer()), 5],
  ['setSession', 200, () => http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ metadata: { a: 'YQ==' } }), undefined],
  ['setSession', 400, () => http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ checks: { password: { password: 'wrong' } } }), 3],
  ['setSession', 401, () => http().patch(`/v2/sessions/${SEEDED.alice.id}`).send({}), 16],
  ['setSession', 403, () => http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: 'stale' }), 7],
  ['setSession', 404, () => http().patch('/v2/sessions/1').set(bearer()).send({}), 5],
  ['deleteSession', 200, () => http().delete(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()), undefined],
  ['deleteSession', 400, () => http().delete(`/v2/sessions/${LONG}`).set(bearer()), 3],
  ['deleteSession', 401, () => http().delete(`/v2/sessions/${SEEDED.alice.id}`), 16],
  ['deleteSession', 403, () => http().delete(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: 'stale' }), 7],
  ['deleteSession', 404, () => http().delete('/v2/sessions/1').set(bearer()), 5],
  ['listSessions', 200, () => http().post('/v2/sessions/search').set(bearer()).send({}), undefined],
  ['listSessions', 400, () => http().post('/v2/sessions/search').set(bearer()).send({ queries: [{}] }), 3],
  ['listSessions', 401, () => http().post('/v2/sessions/search').send({}), 16],
  ['listSessions', 403, () => http().post('/v2/sessions/search').set(bearer(NO_PERMISSION_PAT)).send({}), 7],
];

test.each(NATURAL)('answers %s with %i from its natural cause', async (_operationId, status, call, code) => {
  const response = await call();
  expect(response.status).toBe(status);
  if (code !== undefined) expect(response.body.code).toBe(code);
});

const PATHS: Record<string, [string, string]> = {
  createSession: ['post', '/v2/sessions'],
  getSession: ['get', `/v2/sessions/${SEEDED.alice.id}`],
  setSession: ['patch', `/v2/sessions/${SEEDED.alice.id}`],
  deleteSession: ['delete', `/v2/sessions/${SEEDED.alice.id}`],
  listSessions: ['post', '/v2/sessions/search'],
};

test.each(zitadelErrorCases.map((c) => [c.operationId, c.status, c.case] as const))('answers %s with its documented %i (%s) on Prefer: code', async (operationId, status, name) => {
  const [method, path] = PATHS[operationId]!;
  const request = http()[method as 'post'](path).set(bearer()).set('Prefer', `code=${status}`);
  const response = await (method === 'get' ? request : request.send({}));
  expect(response.status).toBe(status);
  if (status >= 400) expect(response.body.code).toEqual(expect.any(Number));
  expect(name).toEqual(expect.any(String));
});

test('refuses a Prefer status the operation does not document with a 400 code 3 naming the documented ones', async () => {
  const response = await http().post('/v2/sessions').set(bearer()).set('Prefer', 'code=418').send({});
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ code: 3, message: expect.stringContaining('documented: 201, 400, 401, 403, 404, 500') });
});

test('every documented status of every operation has a natural cause or a Prefer answer', () => {
  const natural = new Set(NATURAL.map(([op, status]) => `${op} ${status}`));
  const missing = zitadelErrorCases.filter((c) => !natural.has(`${c.operationId} ${c.status}`)).map((c) => `${c.operationId} ${c.status}`);
  expect(missing.sort()).toEqual(['createSession 500', 'deleteSession 500', 'getSession 500', 'listSessions 404', 'listSessions 500', 'setSession 500']);
});
