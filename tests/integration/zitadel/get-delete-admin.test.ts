import { useMock } from '../../helpers/mock';
import { ALICE, bearer, INSTANCE_ID, NO_PERMISSION_PAT, SEEDED, zitadelErrorBody } from './helpers';

const server = useMock({ apis: ['zitadel'] });
const http = () => server.http();

test('reads a session with its current token as the sessionToken query even without session permission', async () => {
  const response = await http().get(`/v2/sessions/${SEEDED.alice.id}?sessionToken=${SEEDED.alice.token}`).set(bearer(NO_PERMISSION_PAT));
  expect(response.status).toBe(200);
  expect(response.body.session.factors.user.loginName).toBe(ALICE.loginName);
});

test('refuses get with a token that is not the current one with 403 QUERY-dsfr3 (the query layer, not COMMAND-sGr42)', async () => {
  const response = await http().get(`/v2/sessions/${SEEDED.alice.id}?sessionToken=stale`).set(bearer());
  expect(response.status).toBe(403);
  // internal/query/session.go SessionByID; the key Errors.PermissionDenied has no English text, so ZITADEL sends the key.
  expect(response.body).toEqual(zitadelErrorBody(7, 'Errors.PermissionDenied', 'QUERY-dsfr3'));
});

test('shows the pre-issued expired session with an expirationDate in the past', async () => {
  const response = await http().get(`/v2/sessions/${SEEDED.expired.id}`).set(bearer());
  expect(Date.parse(response.body.session.expirationDate)).toBeLessThan(Date.now());
});

test('terminates idempotently: a second delete answers the same details', async () => {
  const first = await http().delete(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: SEEDED.alice.token });
  const second = await http().delete(`/v2/sessions/${SEEDED.alice.id}`).set(bearer());
  expect(first.status).toBe(200);
  expect(second.body).toEqual(first.body);
  expect(first.body.details.resourceOwner).toBe(INSTANCE_ID);
});

test('refuses delete with a stale token with 403 COMMAND-sGr42 and keeps the session', async () => {
  const response = await http().delete(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: 'stale' });
  expect(response.body).toEqual(zitadelErrorBody(7, 'Session Token is invalid', 'COMMAND-sGr42'));
  expect((await http().get(`/v2/sessions/${SEEDED.alice.id}`).set(bearer())).status).toBe(200);
});

test('mints a session with the user checked and answers the default PAT and the session token', async () => {
  const minted = await server.mock.admin.mintSession('zitadel', 'alice');
  expect(minted).toEqual({ api: 'zitadel', id: expect.stringMatching(/^\d{18}$/), user: 'alice', sessionToken: expect.any(String), headers: { Authorization: 'Bearer zitadel-login-client-pat' } });
  const session = await http().get(`/v2/sessions/${minted.id}?sessionToken=${String(minted.sessionToken)}`).set(minted.headers);
  expect(session.body.session).toMatchObject({ sequence: '3', factors: { user: { id: ALICE.id } } });
});

test('refuses to mint for a user the fixtures do not know', async () => {
  await expect(server.mock.admin.mintSession('zitadel', 'mallory')).rejects.toThrow(/no zitadel user "mallory"/);
});

test('lists live, expired and terminated sessions in the admin view', async () => {
  const views = await server.mock.admin.sessions('zitadel');
  const state = (id: string) => views.find((v) => v.id === id)?.state;
  expect([state(SEEDED.alice.id), state(SEEDED.expired.id), state(SEEDED.terminated.id)]).toEqual(['active', 'expired', 'invalidated']);
  expect(views.find((v) => v.id === SEEDED.alice.id)?.user).toBe('alice');
});

test('expires a session in the admin view once the virtual clock passes its lifetime', async () => {
  const created = await http().post('/v2/sessions').set(bearer()).send({ lifetime: '1.5s' });
  server.mock.admin.advanceClock('PT2S');
  const view = (await server.mock.admin.sessions('zitadel')).find((v) => v.id === created.body.sessionId);
  expect(view?.state).toBe('expired');
});

test('restores the pre-issued sessions and their tokens on reset', async () => {
  await http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: SEEDED.alice.token, metadata: { a: 'YQ==' } });
  await server.mock.admin.reset();
  const again = await http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: SEEDED.alice.token, metadata: { a: 'YQ==' } });
  expect(again.status).toBe(200);
});
