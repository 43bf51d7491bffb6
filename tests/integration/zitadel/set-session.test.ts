import { useMock } from '../../helpers/mock';
import { ALICE, b64, bearer, BOB, NO_PERMISSION_PAT, SEEDED, zitadelErrorBody } from './helpers';

const server = useMock({ apis: ['zitadel'] });
const http = () => server.http();
const set = (id: string, body: object, token = bearer()) => http().patch(`/v2/sessions/${id}`).set(token).send(body);
const get = (id: string) => http().get(`/v2/sessions/${id}`).set(bearer());

async function createWithAlice(extra: object = {}) {
  const created = await http().post('/v2/sessions').set(bearer()).send({ checks: { user: { userId: ALICE.id } }, ...extra });
  expect(created.status).toBe(201);
  return created.body as { sessionId: string; sessionToken: string; details: { sequence: string } };
}

test('refuses checking a different user on a session whose user is checked with 400 code 3', async () => {
  const { sessionId, sessionToken } = await createWithAlice();
  const response = await set(sessionId, { sessionToken, checks: { user: { loginName: BOB.loginName } } });
  expect(response.status).toBe(400);
  // gerrors.ZITADELToGRPCError appends " (<id>)" even when the id is empty.
  expect(response.body).toEqual({ code: 3, message: 'user change not possible ()', details: [{ '@type': 'type.googleapis.com/zitadel.v1.ErrorDetail', message: 'user change not possible' }] });
});

test('refreshes verifiedAt when the same user is checked again and rotates the token', async () => {
  const { sessionId, sessionToken } = await createWithAlice();
  const before = (await get(sessionId)).body.session.factors.user.verifiedAt;
  server.mock.admin.advanceClock(5);
  const again = await set(sessionId, { sessionToken, checks: { user: { loginName: 'ALICE@example.com' } } });
  expect(again.status).toBe(200);
  expect(again.body.sessionToken).not.toBe(sessionToken);
  expect(Date.parse((await get(sessionId)).body.session.factors.user.verifiedAt)).toBeGreaterThan(Date.parse(before));
});

test('refuses a password check before any user check with 400 code 9 COMMAND-Sfw3f', async () => {
  const response = await set(SEEDED.empty.id, { sessionToken: SEEDED.empty.token, checks: { password: { password: ALICE.password } } });
  expect(response.status).toBe(400);
  expect(response.body).toEqual(zitadelErrorBody(9, 'User ID missing', 'COMMAND-Sfw3f'));
});

test('accepts the user and password checks in the same request as two factors', async () => {
  const response = await set(SEEDED.empty.id, { sessionToken: SEEDED.empty.token, checks: { user: { userId: BOB.id }, password: { password: BOB.password } } });
  expect(response.status).toBe(200);
  const { factors } = (await get(SEEDED.empty.id)).body.session;
  expect(factors.user.id).toBe(BOB.id);
  expect(factors.password.verifiedAt).toEqual(expect.any(String));
});

test('answers a wrong password with 400 code 3 COMMAND-3M0fs and changes nothing: same sequence, token still valid', async () => {
  const { sessionId, sessionToken, details } = await createWithAlice({ metadata: { a: b64('1') } });
  const wrong = await set(sessionId, { sessionToken, checks: { password: { password: 'Password2!' } }, metadata: { b: b64('2') } });
  expect(wrong.status).toBe(400);
  expect(wrong.body).toEqual(zitadelErrorBody(3, 'Password is invalid', 'COMMAND-3M0fs'));
  const session = (await get(sessionId)).body.session;
  expect(session.sequence).toBe(details.sequence);
  expect(session.metadata).toEqual({ a: b64('1') });
  expect(session.factors.password).toBeUndefined();
  expect((await set(sessionId, { sessionToken, checks: { password: { password: ALICE.password } } })).status).toBe(200);
});

test('echoes the request token and keeps it valid when an update changes nothing', async () => {
  const { sessionId, sessionToken, details } = await createWithAlice({ metadata: { theme: b64('dark') } });
  const same = await set(sessionId, { sessionToken, metadata: { theme: b64('dark'), absent: '' } });
  expect(same.status).toBe(200);
  expect(same.body).toEqual({ details: expect.objectContaining({ sequence: details.sequence }), sessionToken });
  expect((await set(sessionId, { sessionToken, metadata: { theme: b64('light') } })).status).toBe(200);
});

test('answers an empty sessionToken to a caller who sent none and changed nothing', async () => {
  const response = await set(SEEDED.alice.id, {});
  expect(response.status).toBe(200);
  expect(response.body.sessionToken).toBe('');
});

test('keeps metadata keys such as __proto__ and constructor as plain data', async () => {
  const response = await http()
    .patch(`/v2/sessions/${SEEDED.alice.id}`)
    .set(bearer())
    .set('Content-Type', 'application/json')
    .send('{"metadata":{"__proto__":"eA==","constructor":"eQ==","toString":"eg=="}}');
  expect(response.status).toBe(200);
  const { metadata } = (await get(SEEDED.alice.id)).body.session;
  expect(Object.keys(metadata).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  expect(Object.getOwnPropertyDescriptor(metadata, '__proto__')?.value).toBe('eA==');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('lets a caller without session permission update a session with its current token', async () => {
  const response = await set(SEEDED.alice.id, { sessionToken: SEEDED.alice.token, metadata: { a: 'YQ==' } }, bearer(NO_PERMISSION_PAT));
  expect(response.status).toBe(200);
});

test('refuses a caller without session permission and without a token with 403 code 7', async () => {
  const response = await set(SEEDED.alice.id, { metadata: { a: 'YQ==' } }, bearer(NO_PERMISSION_PAT));
  expect(response.status).toBe(403);
  expect(response.body).toEqual(zitadelErrorBody(7, 'No matching permissions found', 'AUTH-AWfge'));
});

test('refuses to update a session past its lifetime with 400 code 9 COMMAND-Hkl3d', async () => {
  const { sessionId, sessionToken } = await createWithAlice({ lifetime: '60s' });
  expect((await get(sessionId)).body.session.expirationDate).toEqual(expect.any(String));
  server.mock.admin.advanceClock('PT61S');
  const response = await set(sessionId, { sessionToken, metadata: { a: 'YQ==' } });
  expect(response.status).toBe(400);
  expect(response.body).toEqual(zitadelErrorBody(9, 'Session has expired', 'COMMAND-Hkl3d'));
});

test('refuses to update the pre-issued expired session with 400 code 9 COMMAND-Hkl3d', async () => {
  const response = await set(SEEDED.expired.id, { sessionToken: SEEDED.expired.token, metadata: { a: 'YQ==' } });
  expect(response.body).toEqual(zitadelErrorBody(9, 'Session has expired', 'COMMAND-Hkl3d'));
});

test('refuses to update a terminated session with 400 code 9 COMMAND-Hewfq', async () => {
  const response = await set(SEEDED.terminated.id, { sessionToken: SEEDED.terminated.token, metadata: { a: 'YQ==' } });
  expect(response.status).toBe(400);
  expect(response.body).toEqual(zitadelErrorBody(9, 'Session already terminated', 'COMMAND-Hewfq'));
});

test('adds one per event plus one for the new token to the sequence', async () => {
  const response = await set(SEEDED.empty.id, { checks: { user: { userId: ALICE.id }, password: { password: ALICE.password } }, metadata: { a: 'YQ==' } });
  expect(response.body.details.sequence).toBe(String(2 + 3 + 1));
});
