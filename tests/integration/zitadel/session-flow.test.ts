import { useMock } from '../../helpers/mock';
import { ALICE, b64, bearer, INSTANCE_ID, zitadelErrorBody } from './helpers';

const server = useMock({ apis: ['zitadel'] });
const http = () => server.http();

const create = (body: object = {}) => http().post('/v2/sessions').set(bearer()).send(body);
const set = (id: string, body: object) => http().patch(`/v2/sessions/${id}`).set(bearer()).send(body);
const get = (id: string) => http().get(`/v2/sessions/${id}`).set(bearer());

test('walks a login: create, check user, check password, rotate, set and delete metadata, delete, then 404', async () => {
  const created = await create();
  expect(created.status).toBe(201);
  expect(created.body.details).toEqual({ sequence: '2', changeDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), resourceOwner: INSTANCE_ID });
  const id: string = created.body.sessionId;
  expect(id).toMatch(/^\d{18}$/);

  const user = await set(id, { sessionToken: created.body.sessionToken, checks: { user: { loginName: ALICE.loginName } } });
  expect(user.status).toBe(200);
  expect(user.body.details.sequence).toBe('4');
  expect(user.body.sessionToken).not.toBe(created.body.sessionToken);

  const password = await set(id, { sessionToken: user.body.sessionToken, checks: { password: { password: ALICE.password } } });
  expect(password.body.details.sequence).toBe('6');

  const stale = await set(id, { sessionToken: user.body.sessionToken, metadata: { theme: b64('dark') } });
  expect(stale.status).toBe(403);
  expect(stale.body).toEqual(zitadelErrorBody(7, 'Session Token is invalid', 'COMMAND-sGr42'));

  const meta = await set(id, { sessionToken: password.body.sessionToken, metadata: { theme: b64('dark'), step: b64('2') } });
  expect(meta.body.details.sequence).toBe('8');
  const unset = await set(id, { sessionToken: meta.body.sessionToken, metadata: { step: '' } });
  expect(unset.body.details.sequence).toBe('10');

  const session = await get(id);
  expect(session.status).toBe(200);
  expect(session.body.session).toMatchObject({
    id,
    sequence: '10',
    factors: { user: { id: ALICE.id, loginName: ALICE.loginName, displayName: 'Alice Example', organizationId: '218480890961920001' }, password: {} },
    metadata: { theme: b64('dark') },
  });
  expect(session.body.session.factors.password.verifiedAt).toEqual(expect.any(String));
  expect(session.body.session.expirationDate).toBeUndefined();

  const deleted = await http().delete(`/v2/sessions/${id}`).set(bearer()).send({ sessionToken: unset.body.sessionToken });
  expect(deleted.status).toBe(200);
  expect(deleted.body.details.sequence).toBe('11');

  const gone = await get(id);
  expect(gone.status).toBe(404);
  expect(gone.body).toEqual(zitadelErrorBody(5, 'Session does not exist', 'QUERY-SFeaa'));
});
