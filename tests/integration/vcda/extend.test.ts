import { useMock } from '../../helpers/mock';
import { apiError, extend, login, MEDIA, SEED_EXTEND_BODIES, SEEDED, VND_ACCEPT } from './helpers';

const mock = useMock({ apis: ['vcda'] });

test.each(Object.entries(SEED_EXTEND_BODIES))('extends with the seed\'s %s body as printed, replacing the login\'s entry for site1', async (_type, body) => {
  const token = await login(mock);
  const response = await extend(mock, token, body).expect(200);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.body).toEqual({ authenticatedSites: [{ org: 'org2', site: 'site1' }], roles: ['EVERYONE'], user: 'admin1@Org1' });
});

const toSite2 = [
  { spelling: 'credentials with vcdUsername', body: { type: 'credentials', site: 'site2', vcdUsername: 'admin1@org2', vcdPassword: 'password' } },
  { spelling: 'credentials with login\'s vcdUser', body: { type: 'credentials', site: 'site2', vcdUser: 'admin1@org2', vcdPassword: 'password' } },
  { spelling: 'cookie with cookie', body: { type: 'cookie', site: 'site2', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' } },
  { spelling: 'cookie with login\'s vcdCookie', body: { type: 'cookie', site: 'site2', vcdCookie: 'f12977876fef48a6b032ffdb2cdf22d7' } },
  { spelling: 'vcdAccessToken', body: { type: 'vcdAccessToken', site: 'site2', vcdAccessToken: 'eyJhbGciOiJSUzI1NiJ9....' } },
];

test.each(toSite2)('attaches the paired site2 by $spelling beside the local site', async ({ body }) => {
  const token = await login(mock);
  const response = await extend(mock, token, body).expect(200);
  expect(response.body.authenticatedSites).toEqual([{ org: 'Org1', site: 'site1' }, { org: 'org2', site: 'site2' }]);
  const details = await mock.http().get('/sessions').set('X-VCAV-Auth', token).expect(200);
  expect(details.body).toEqual(response.body);
});

test('keeps one entry per site when the same site is extended twice', async () => {
  const token = await login(mock);
  await extend(mock, token, toSite2[0]!.body).expect(200);
  const response = await extend(mock, token, toSite2[2]!.body).expect(200);
  expect(response.body.authenticatedSites.filter((entry: { site: string }) => entry.site === 'site2')).toHaveLength(1);
});

test('serves the doubled slash printed in the seed (//sessions/extend) like /sessions/extend', async () => {
  const token = await login(mock);
  const response = await extend(mock, token, toSite2[0]!.body, '//sessions/extend').expect(200);
  expect(response.body.authenticatedSites).toContainEqual({ org: 'org2', site: 'site2' });
});

test('accepts the vnd.vmware.h4 Accept header and the operationID header on extend', async () => {
  const token = await login(mock);
  const response = await extend(mock, token, toSite2[0]!.body).set('Accept', VND_ACCEPT).set('operationID', 'op-42').expect(200);
  expect(response.headers['content-type']).toBe(MEDIA);
});

const remoteRejects = [
  { cause: 'a wrong password', body: { type: 'credentials', site: 'site2', vcdUsername: 'admin1@org2', vcdPassword: 'wrong' } },
  { cause: 'a user site2 does not know', body: { type: 'credentials', site: 'site2', vcdUsername: 'admin1@Org1', vcdPassword: 'password' } },
  { cause: 'an unknown cookie', body: { type: 'cookie', site: 'site2', cookie: '00000000000000000000000000000000' } },
  { cause: 'an unknown access token', body: { type: 'vcdAccessToken', site: 'site2', vcdAccessToken: 'eyJhbGciOiJub25lIn0.e30.' } },
];

test.each(remoteRejects)('answers 401 RemoteAuthenticationFailure with args [site] for $cause, and keeps the session', async ({ body }) => {
  const token = await login(mock);
  const response = await extend(mock, token, body).expect(401);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.body).toEqual({ ...apiError('RemoteAuthenticationFailure', ['site2']), msg: 'Authentication to remote site site2 failed.' });
  const details = await mock.http().get('/sessions').set('X-VCAV-Auth', token).expect(200);
  expect(details.body.authenticatedSites).toEqual([{ org: 'Org1', site: 'site1' }]);
});

test.each(['site9', 'SITE2', '__proto__', 'constructor', ''])('answers 404 SiteNotFound with args [site] for the unknown site %j', async (site) => {
  const token = await login(mock);
  const response = await extend(mock, token, { ...SEED_EXTEND_BODIES.credentials, site }).expect(404);
  expect(response.body).toEqual(apiError('SiteNotFound', [site]));
});

const unauthenticated = [
  { cause: 'no X-VCAV-Auth', token: undefined },
  { cause: 'an empty X-VCAV-Auth', token: '' },
  { cause: 'a garbage X-VCAV-Auth', token: 'not-a-token' },
  { cause: 'a Bearer scheme before the token', token: `Bearer ${SEEDED.active}` },
  { cause: 'an idle-expired pre-issued token', token: SEEDED.idleExpired },
];

test.each(unauthenticated)('answers 401 NotAuthenticated to extend with $cause', async ({ token }) => {
  const response = await extend(mock, token, SEED_EXTEND_BODIES.credentials).expect(401);
  expect(response.body).toEqual({ ...apiError('NotAuthenticated'), msg: 'Not authenticated.' });
});

const badInput = [
  { problem: 'no site', body: { type: 'credentials', vcdUsername: 'admin1@org2', vcdPassword: 'password' }, args: ['site'], msg: "Invalid input: 'site' is required." },
  { problem: 'no type', body: { site: 'site2', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' }, args: ['type'], msg: "Invalid input: 'type' is required." },
  { problem: 'the printed AuthRequest sample (type "string")', body: { site: 'site2', type: 'string' }, args: ['type'], msg: "Invalid input: unsupported value of 'type'." },
  { problem: 'login\'s type vcdCredentials', body: { type: 'vcdCredentials', site: 'site2', vcdUser: 'admin1@org2', vcdPassword: 'password' }, args: ['type'], msg: "Invalid input: unsupported value of 'type'." },
  { problem: 'credentials without a user name', body: { type: 'credentials', site: 'site2', vcdPassword: 'password' }, args: ['vcdUsername'], msg: "Invalid input: 'vcdUsername' is required." },
  { problem: 'credentials without a password', body: { type: 'credentials', site: 'site2', vcdUsername: 'admin1@org2' }, args: ['vcdPassword'], msg: "Invalid input: 'vcdPassword' is required." },
  { problem: 'cookie without a cookie', body: { type: 'cookie', site: 'site2' }, args: ['cookie'], msg: "Invalid input: 'cookie' is required." },
  { problem: 'vcdAccessToken without a token', body: { type: 'vcdAccessToken', site: 'site2' }, args: ['vcdAccessToken'], msg: "Invalid input: 'vcdAccessToken' is required." },
  { problem: 'a number as site', body: { ...SEED_EXTEND_BODIES.credentials, site: 2 }, args: ['site'], msg: "Invalid input: 'site' must be a string." },
  { problem: 'an object as vcdPassword', body: { ...SEED_EXTEND_BODIES.credentials, vcdPassword: { value: 'password' } }, args: ['vcdPassword'], msg: "Invalid input: 'vcdPassword' must be a string." },
  { problem: 'a string as the body', body: 'site2', args: [], msg: 'Invalid input: the request body must be a JSON object.' },
];

test.each(badInput)('answers 400 BadUserInput naming the field for an extend with $problem', async ({ body, args, msg }) => {
  const token = await login(mock);
  const response = await extend(mock, token, body).expect(400);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.body).toEqual({ ...apiError('BadUserInput', args), msg });
});

test.each(['{"type":"credentials",', '{site: site2}', 'null null'])('answers 400 BadRequest to the malformed JSON %s', async (text) => {
  const token = await login(mock);
  const response = await mock.http().post('/sessions/extend').set('X-VCAV-Auth', token).set('Content-Type', 'application/json').send(text).expect(400);
  expect(response.body).toEqual({ args: [], code: 'BadRequest', msg: 'Malformed request body.', stacktrace: 'com.vmware.h4.api.error.exceptions.BadRequestException: Malformed request body.' });
});

test('ignores __proto__ keys in an extend body and pollutes nothing', async () => {
  const token = await login(mock);
  const text = '{"__proto__":{"site":"site2","isAdmin":true},"type":"credentials","site":"site2","vcdUsername":"admin1@org2","vcdPassword":"password"}';
  const response = await mock.http().post('/sessions/extend').set('X-VCAV-Auth', token).set('Content-Type', 'application/json').send(text).expect(200);
  expect(response.body.authenticatedSites).toContainEqual({ org: 'org2', site: 'site2' });
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

test('does not take a site from a __proto__ key when the body has none', async () => {
  const token = await login(mock);
  const text = '{"__proto__":{"site":"site2"},"type":"credentials","vcdUsername":"admin1@org2","vcdPassword":"password"}';
  const response = await mock.http().post('/sessions/extend').set('X-VCAV-Auth', token).set('Content-Type', 'application/json').send(text).expect(400);
  expect(response.body.args).toEqual(['site']);
});
