import { useMock } from '../../helpers/mock';
import { basic, challengeParams, claimsOf, digestAuthorization, EXTEND, LOGIN } from './veridata-client';

const served = useMock({ apis: ['veridata'] });

async function challenge(): Promise<string> {
  const res = await served.http().get(LOGIN).expect(401);
  return res.headers['www-authenticate'] as string;
}

test('answers a request without credentials with 401, the vendor body and the same Digest challenge in both headers', async () => {
  const res = await served.http().get(LOGIN).expect(401).expect('content-type', /application\/json/);
  expect(res.body).toEqual({ errCode: 'OGGV-00003', errMsg: 'Authentication required: send the Veridata user credentials with Digest or Basic authorization.' });
  expect(res.headers['www-authenticate']).toMatch(/^Digest realm="Veridata", qop="auth", nonce="[0-9a-f]+", opaque="[0-9a-f]+", algorithm=MD5$/);
  expect(res.headers['www-authenticate-custom']).toBe(res.headers['www-authenticate']);
});

test('answers HEAD without credentials like GET: 401 with both challenge headers and no body', async () => {
  const res = await served.http().head(LOGIN).expect(401);
  expect(res.headers['www-authenticate-custom']).toMatch(/^Digest realm="Veridata"/);
  expect(res.headers['www-authenticate']).toBe(res.headers['www-authenticate-custom']);
  expect(res.text ?? '').toBe('');
});

test('answers HEAD with valid credentials 200 without a body and without starting a session', async () => {
  const before = (await served.mock.admin.sessions('veridata')).length;
  await served.http().head(LOGIN).set('authorization', basic('veridata', 'Welcome@123')).expect(200);
  expect(await served.mock.admin.sessions('veridata')).toHaveLength(before);
});

test('logs in with Basic credentials and answers the Login body of the seed example', async () => {
  const res = await served.http().get(LOGIN).set('authorization', basic('veridata', 'Welcome@123')).expect(200);
  expect(res.body).toEqual({ roles: ['ADMINISTRATOR'], token: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/), userId: 1004 });
});

test('logs in with a Digest response computed over the request URI', async () => {
  const authorization = digestAuthorization(await challenge(), { user: 'veridata', password: 'Welcome@123' });
  const res = await served.http().get(LOGIN).set('authorization', authorization).expect(200);
  expect(res.body.userId).toBe(1004);
});

test.each([
  ['names and hashes /v1/auth/login', { uri: '/v1/auth/login' }],
  ['names the request URI but hashes /v1/auth/login, as the vendor script does', { hashUri: '/v1/auth/login' }],
])('logs in with a Digest response that %s', async (_name, uris) => {
  const authorization = digestAuthorization(await challenge(), { user: 'veridata', password: 'Welcome@123', ...uris });
  await served.http().get(LOGIN).set('authorization', authorization).expect(200);
});

test('answers a HEAD with a Digest response over the HEAD method 200', async () => {
  const head = await served.http().head(LOGIN).expect(401);
  const authorization = digestAuthorization(head.headers['www-authenticate-custom'] as string, { user: 'veridata', password: 'Welcome@123', method: 'HEAD' });
  await served.http().head(LOGIN).set('authorization', authorization).expect(200);
});

test('refuses a Digest response over a wrong password with 401 credentialsInvalid and a fresh challenge', async () => {
  const authorization = digestAuthorization(await challenge(), { user: 'veridata', password: 'Welcome@124' });
  const res = await served.http().get(LOGIN).set('authorization', authorization).expect(401);
  expect(res.body).toEqual({ errCode: 'OGGV-00004', errMsg: 'Authentication failed: invalid user name or password.' });
  expect(res.headers['www-authenticate']).toMatch(/^Digest /);
});

test('answers a Digest response over a nonce older than 5 minutes with stale=true and the nonceStale body', async () => {
  const old = await challenge();
  served.mock.admin.advanceClock('PT6M');
  const res = await served.http().get(LOGIN).set('authorization', digestAuthorization(old, { user: 'veridata', password: 'Welcome@123' })).expect(401);
  expect(res.body.errCode).toBe('OGGV-00012');
  expect(challengeParams(res.headers['www-authenticate'] as string).stale).toBe('true');
  await served.http().get(LOGIN).set('authorization', digestAuthorization(res.headers['www-authenticate'] as string, { user: 'veridata', password: 'Welcome@123' })).expect(200);
});

test.each([
  ['a wrong password', basic('veridata', 'welcome@123')],
  ['an unknown user', basic('nobody', 'Welcome@123')],
  ['a locked account with its right password', basic('locked', 'Locked@123')],
  ['Basic that is not base64', 'Basic !!!not-base64!!!'],
  ['Basic without a colon', `Basic ${Buffer.from('veridata').toString('base64')}`],
  ['a Digest header that is not a parameter list', 'Digest garbage'],
  ['a Digest header with a nonce the mock never issued', 'Digest username="veridata", realm="Veridata", nonce="0123", uri="/veridata/v1/auth/login", response="00", qop=auth, nc=00000001, cnonce="x"'],
])('refuses %s with 401 credentialsInvalid', async (_name, authorization) => {
  const res = await served.http().get(LOGIN).set('authorization', authorization).expect(401);
  expect(res.body.errCode).toBe('OGGV-00004');
  expect(res.headers['www-authenticate-custom']).toMatch(/^Digest /);
});

test.each([
  ['another scheme', 'Bearer eyJ.eyJ.sig'],
  ['a bare word', 'garbage'],
  ['an empty Basic', 'Basic'],
])('answers login with %s as if no credentials were sent', async (_name, authorization) => {
  const res = await served.http().get(LOGIN).set('authorization', authorization).expect(401);
  expect(res.body.errCode).toBe('OGGV-00003');
});

test.each([['jobop', 'Jobop@123'], ['norole', 'Norole@123']])('refuses login to %s, who holds none of login\'s roles, with 401 roleNotAllowed', async (user, password) => {
  const res = await served.http().get(LOGIN).set('authorization', basic(user, password)).expect(401);
  expect(res.body).toEqual({ errCode: 'OGGV-00009', errMsg: "User is not authorized to perform this operation: none of the user's roles is allowed." });
  expect(res.headers['www-authenticate']).toMatch(/^Digest /);
});

test('answers every role of the user in upper case', async () => {
  const res = await served.http().get(LOGIN).set('authorization', basic('monitor', 'Monitor@123')).expect(200);
  expect(res.body).toMatchObject({ roles: ['MONITORINGOPERATOR', 'DETAILMONITORINGOPERATOR'], userId: 1005 });
});

test('issues a JWT-shaped token with kid, sub, a session id and exp one hour after iat, on the virtual clock', async () => {
  served.mock.admin.advanceClock('P3D');
  const res = await served.http().get(LOGIN).set('authorization', basic('veridata', 'Welcome@123')).expect(200);
  const header = JSON.parse(Buffer.from((res.body.token as string).split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;
  const claims = claimsOf(res.body.token as string);
  expect(header).toMatchObject({ kid: expect.any(String), alg: 'HS256' });
  expect(claims).toMatchObject({ sub: 'veridata', sid: expect.any(String) });
  expect(claims.exp).toBe((claims.iat as number) + 3600);
  expect(Math.abs((claims.iat as number) * 1000 - Date.parse(served.mock.admin.clock().now))).toBeLessThan(5000);
});

test('issues a token that extend accepts', async () => {
  const res = await served.http().get(LOGIN).set('authorization', basic('veridata', 'Welcome@123')).expect(200);
  await served.http().get(EXTEND).set('authorization', `Bearer ${res.body.token as string}`).expect(200);
});
