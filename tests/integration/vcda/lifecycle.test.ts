import { useMock } from '../../helpers/mock';
import { apiError, extend, login, MEDIA, SEEDED } from './helpers';

const mock = useMock({ apis: ['vcda'] });

const get = (token: string) => mock.http().get('/sessions').set('X-VCAV-Auth', token);

test('walks login, extend by all three types and both spellings, get, shrink, logout, then refuses the token', async () => {
  const token = await login(mock);
  await extend(mock, token, { type: 'credentials', site: 'site2', vcdUsername: 'admin1@org2', vcdPassword: 'password' }).expect(200);
  await extend(mock, token, { type: 'credentials', site: 'site2', vcdUser: 'admin1@org2', vcdPassword: 'password' }).expect(200);
  await extend(mock, token, { type: 'cookie', site: 'site2', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' }).expect(200);
  await extend(mock, token, { type: 'cookie', site: 'site2', vcdCookie: 'f12977876fef48a6b032ffdb2cdf22d7' }).expect(200);
  await extend(mock, token, { type: 'vcdAccessToken', site: 'site2', vcdAccessToken: 'eyJhbGciOiJSUzI1NiJ9....' }).expect(200);
  expect((await get(token).expect(200)).body).toEqual({ authenticatedSites: [{ org: 'Org1', site: 'site1' }, { org: 'org2', site: 'site2' }], roles: ['EVERYONE'], user: 'admin1@Org1' });

  const shrunk = await mock.http().delete('/sessions/site2').set('X-VCAV-Auth', token).expect(200);
  expect(shrunk.headers['content-type']).toBe(MEDIA);
  expect(shrunk.body).toEqual({ authenticatedSites: [{ org: 'Org1', site: 'site1' }], roles: ['EVERYONE'], user: 'admin1@Org1' });

  const loggedOut = await mock.http().delete('/sessions').set('X-VCAV-Auth', token).expect(204);
  expect(loggedOut.text).toBe('');
  expect((await get(token).expect(401)).body).toEqual(apiError('NotAuthenticated'));
  await extend(mock, token, { type: 'cookie', site: 'site2', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' }).expect(401);
  await mock.http().delete('/sessions/site1').set('X-VCAV-Auth', token).expect(401);
  await mock.http().delete('/sessions').set('X-VCAV-Auth', token).expect(401);
});

test('leaves the session unchanged when shrinking a known site that is not attached', async () => {
  const token = await login(mock);
  const response = await mock.http().delete('/sessions/site2').set('X-VCAV-Auth', token).expect(200);
  expect(response.body.authenticatedSites).toEqual([{ org: 'Org1', site: 'site1' }]);
});

test('forgets the local site too when asked to', async () => {
  const token = await login(mock);
  const response = await mock.http().delete('/sessions/site1').set('X-VCAV-Auth', token).expect(200);
  expect(response.body.authenticatedSites).toEqual([]);
});

// The vendor's Shrink page documents 400 BadUserInput, 401 and 500, and no 404.
test.each(['site9', '__proto__', 'constructor'])('answers 400 BadUserInput with args [site] when shrinking the unknown site %s', async (site) => {
  const token = await login(mock);
  const response = await mock.http().delete(`/sessions/${site}`).set('X-VCAV-Auth', token).expect(400);
  expect(response.body).toEqual(apiError('BadUserInput', [site]));
  expect(response.body.msg).toBe(`Invalid input: unknown site '${site}'.`);
});

test('answers logout with 204 and neither a body nor Content-Length (RFC 9110 §8.6)', async () => {
  const response = await mock.http().delete('/sessions').set('X-VCAV-Auth', await login(mock)).expect(204);
  expect(response.headers['content-length']).toBeUndefined();
  expect(response.headers['content-type']).toBeUndefined();
  expect(response.text).toBe('');
});

test('logs out one session without touching another of the same user', async () => {
  const first = await login(mock);
  const second = await login(mock);
  await mock.http().delete('/sessions').set('X-VCAV-Auth', first).expect(204);
  await get(second).expect(200);
});

test('expires a session after 30 idle minutes on the virtual clock', async () => {
  const token = await login(mock);
  mock.mock.admin.advanceClock('PT29M');
  await get(token).expect(200);
  mock.mock.admin.advanceClock('PT30M');
  expect((await get(token).expect(401)).body).toEqual(apiError('NotAuthenticated'));
});

test('slides the idle timeout on every successful request', async () => {
  const token = await login(mock);
  for (let i = 0; i < 3; i++) {
    mock.mock.admin.advanceClock('PT20M');
    await get(token).expect(200);
  }
  mock.mock.admin.advanceClock('PT20M');
  await extend(mock, token, { type: 'cookie', site: 'site2', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' }).expect(200);
});

test('does not slide the idle timeout on a failed extend', async () => {
  const token = await login(mock);
  mock.mock.admin.advanceClock('PT20M');
  await extend(mock, token, { type: 'credentials', site: 'site9', vcdUsername: 'admin1@org2', vcdPassword: 'password' }).expect(404);
  mock.mock.admin.advanceClock('PT10M');
  await get(token).expect(401);
});

test('serves the pre-issued active session and refuses the pre-issued idle-expired one', async () => {
  expect((await get(SEEDED.active).expect(200)).body).toEqual({ authenticatedSites: [{ org: 'Org1', site: 'site1' }], roles: ['EVERYONE'], user: 'admin1@Org1' });
  await get(SEEDED.idleExpired).expect(401);
});

test('restores a logged-out pre-issued session on reset', async () => {
  await mock.http().delete('/sessions').set('X-VCAV-Auth', SEEDED.active).expect(204);
  await mock.mock.admin.reset();
  await get(SEEDED.active).expect(200);
});

test('mints a session through the admin API that answers with the X-VCAV-Auth header', async () => {
  const minted = await mock.mock.admin.mintSession('vcda', 'admin1@org2');
  expect(minted).toEqual({ api: 'vcda', id: expect.any(String), user: 'admin1@org2', headers: { 'X-VCAV-Auth': minted.token }, token: expect.stringMatching(/^[0-9a-f]{32}$/) });
  expect((await get(String(minted.token)).expect(200)).body.authenticatedSites).toEqual([{ org: 'org2', site: 'site1' }]);
});

test('refuses to mint a session for a user the fixtures do not know', async () => {
  await expect(mock.mock.admin.mintSession('vcda', 'nobody@nowhere')).rejects.toThrow(/nobody@nowhere/);
});

test('lists sessions in the admin API as active, expired and invalidated', async () => {
  const token = await login(mock);
  await mock.http().delete('/sessions').set('X-VCAV-Auth', token).expect(204);
  const states = Object.fromEntries((await mock.mock.admin.sessions('vcda')).map((view) => [view.id, view.state]));
  expect(states).toMatchObject({ 'qa-active': 'active', 'qa-idle-expired': 'expired' });
  expect(Object.values(states)).toContain('invalidated');
});

test('answers an unknown path under /sessions with a 404 ApiError', async () => {
  const response = await mock.http().get('/sessions/site1/details').set('X-VCAV-Auth', SEEDED.active).expect(404);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.body).toEqual(apiError('NotFound', ['GET', '/sessions/site1/details']));
});
