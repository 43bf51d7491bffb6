import { useMock } from '../../helpers/mock';
import { apiError, LOGIN, MEDIA, VND_ACCEPT } from './helpers';

const mock = useMock({ apis: ['vcda'] });

const logins = [
  { type: 'vcdCredentials', body: LOGIN, user: 'admin1@Org1', sites: [{ org: 'Org1', site: 'site1' }] },
  { type: 'vcdCredentials (any case)', body: { ...LOGIN, vcdUser: 'ADMIN1@org1' }, user: 'admin1@Org1', sites: [{ org: 'Org1', site: 'site1' }] },
  { type: 'vcdCookie', body: { type: 'vcdCookie', vcdCookie: 'f12977876fef48a6b032ffdb2cdf22d7' }, user: 'admin1@org2', sites: [{ org: 'org2', site: 'site1' }] },
  { type: 'vcdAccessToken', body: { type: 'vcdAccessToken', vcdAccessToken: 'eyJhbGciOiJSUzI1NiJ9....', context: 'acme-dr' }, user: 'admin1@org2', sites: [{ org: 'org2', site: 'site1' }] },
  { type: 'localUser', body: { type: 'localUser', localUser: 'root', localPassword: 'password' }, user: 'root', sites: [] },
  { type: 'ssoCredentials', body: { type: 'ssoCredentials', username: 'ssoUser', password: 'ssoPass' }, user: 'ssoUser', sites: [] },
];

test.each(logins)('logs in with $type and answers the token in X-VCAV-Auth and C4SessionDetails in the body', async ({ body, user, sites }) => {
  const response = await mock.http().post('/sessions').send(body).expect(200);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.headers['x-vcav-auth']).toMatch(/^[0-9a-f]{32}$/);
  expect(response.body).toEqual({ authenticatedSites: sites, roles: expect.arrayContaining(['EVERYONE']), user });
  await mock.http().get('/sessions').set('X-VCAV-Auth', String(response.headers['x-vcav-auth'])).expect(200);
});

test('issues a different token on every login', async () => {
  const first = await mock.http().post('/sessions').send(LOGIN).expect(200);
  const second = await mock.http().post('/sessions').send(LOGIN).expect(200);
  expect(first.headers['x-vcav-auth']).not.toBe(second.headers['x-vcav-auth']);
});

const rejected = [
  { type: 'vcdCredentials with a wrong password', body: { ...LOGIN, vcdPassword: 'wrong' }, args: ['admin1@Org1'] },
  { type: 'vcdCredentials of an unknown user', body: { ...LOGIN, vcdUser: 'nobody@Org1' }, args: ['nobody@Org1'] },
  { type: 'vcdCookie the fixtures do not know', body: { type: 'vcdCookie', vcdCookie: 'deadbeef' }, args: [] },
  { type: 'vcdAccessToken the fixtures do not know', body: { type: 'vcdAccessToken', vcdAccessToken: 'eyJ.garbage.x' }, args: [] },
  { type: 'localUser with a wrong password', body: { type: 'localUser', localUser: 'root', localPassword: 'nope' }, args: ['root'] },
  { type: 'ssoCredentials with a wrong password', body: { type: 'ssoCredentials', username: 'ssoUser', password: 'nope' }, args: ['ssoUser'] },
];

test.each(rejected)('refuses a login with $type with 401 NotAuthenticated', async ({ body, args }) => {
  const response = await mock.http().post('/sessions').send(body).expect(401);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.headers['x-vcav-auth']).toBeUndefined();
  expect(response.body).toEqual(apiError('NotAuthenticated', args));
});

test('names the failed user in the 401 message, as the spec example does', async () => {
  const response = await mock.http().post('/sessions').send({ ...LOGIN, vcdPassword: 'wrong' }).expect(401);
  expect(response.body.msg).toBe('Authentication failed for user admin1@Org1.');
});

const invalid = [
  { problem: 'no type', body: { vcdUser: 'admin1@Org1', vcdPassword: 'password' }, args: ['type'], msg: "Invalid input: 'type' is required." },
  { problem: 'the SAML type ssoToken, which is not simulated', body: { type: 'ssoToken', ssoToken: 'x' }, args: ['type'], msg: "Invalid input: unsupported value of 'type'." },
  { problem: 'no password for vcdCredentials', body: { type: 'vcdCredentials', vcdUser: 'admin1@Org1' }, args: ['vcdPassword'], msg: "Invalid input: 'vcdPassword' is required." },
  { problem: 'no cookie for vcdCookie', body: { type: 'vcdCookie' }, args: ['vcdCookie'], msg: "Invalid input: 'vcdCookie' is required." },
  { problem: 'a number as localUser', body: { type: 'localUser', localUser: 1, localPassword: 'x' }, args: ['localUser'], msg: "Invalid input: 'localUser' must be a string." },
  { problem: 'an array as the body', body: [LOGIN], args: [], msg: 'Invalid input: the request body must be a JSON object.' },
];

test.each(invalid)('answers 400 BadUserInput naming the field for a login with $problem', async ({ body, args, msg }) => {
  const response = await mock.http().post('/sessions').send(body).expect(400);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.body).toEqual({ ...apiError('BadUserInput', args), msg });
});

test('answers 400 BadRequest to a login body that is not JSON', async () => {
  const response = await mock.http().post('/sessions').set('Content-Type', 'application/json').send('{"type": "vcdCredentials",').expect(400);
  expect(response.body).toEqual({ args: [], code: 'BadRequest', msg: 'Malformed request body.', stacktrace: 'com.vmware.h4.api.error.exceptions.BadRequestException: Malformed request body.' });
});

test('answers 400 BadRequest to a login without a body', async () => {
  const response = await mock.http().post('/sessions').expect(400);
  expect(response.body).toEqual({ ...apiError('BadRequest'), msg: 'Required request body is missing.' });
});

test('answers 400 BadRequest to a login sent as a form instead of JSON', async () => {
  const response = await mock.http().post('/sessions').type('form').send('type=vcdCredentials').expect(400);
  expect(response.body).toEqual({ ...apiError('BadRequest'), msg: expect.stringContaining('application/x-www-form-urlencoded') });
});

test('accepts the vnd.vmware.h4 Accept header and still answers application/json;charset=UTF-8', async () => {
  const response = await mock.http().post('/sessions').set('Accept', VND_ACCEPT).send(LOGIN).expect(200);
  expect(response.headers['content-type']).toBe(MEDIA);
});

test('accepts the optional operationID header without changing the answer', async () => {
  const response = await mock.http().post('/sessions').set('operationID', '7d1f6b0e-2c1a-4c55-9a7e-3f0f2b6f4a11').send(LOGIN).expect(200);
  expect(response.body.user).toBe('admin1@Org1');
});

test('keeps __proto__ keys in a login body from reaching anything', async () => {
  const body = '{"type":"vcdCredentials","vcdUser":"admin1@Org1","vcdPassword":"password","__proto__":{"polluted":"yes"}}';
  await mock.http().post('/sessions').set('Content-Type', 'application/json').send(body).expect(200);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const asUser = '{"type":"localUser","localUser":"__proto__","localPassword":"x"}';
  await mock.http().post('/sessions').set('Content-Type', 'application/json').send(asUser).expect(401);
});
