import { useMock } from '../../helpers/mock';
import { basic, bearer, claimsOf, EXTEND, FIXTURE_TOKENS, INVALIDATE, LOGIN } from './veridata-client';

const served = useMock({ apis: ['veridata'] });

async function login(): Promise<string> {
  const res = await served.http().get(LOGIN).set('authorization', basic('veridata', 'Welcome@123')).expect(200);
  return res.body.token as string;
}

const extend = (token: string) => served.http().get(EXTEND).set('authorization', bearer(token));
const invalidate = (token: string) => served.http().get(INVALIDATE).set('authorization', bearer(token));

test('runs login, extend, extend, invalidate, then refuses a further extend with 401', async () => {
  const first = await login();
  const second = (await extend(first).expect(200)).body.token as string;
  const third = (await extend(second).expect(200)).body.token as string;
  expect(new Set([first, second, third]).size).toBe(3);
  const res = await invalidate(third).expect(200);
  expect(res.text).toBe('');
  expect(res.headers['content-type']).toBeUndefined();
  expect((await extend(third).expect(401)).body).toEqual({ errCode: 'OGGV-00008', errMsg: 'The session has been invalidated. Log in again.' });
});

test('answers extend with a new token in the Login shape whose exp is one hour after the extend', async () => {
  const token = await login();
  served.mock.admin.advanceClock('PT30M');
  const res = await extend(token).expect(200);
  expect(res.body).toEqual({ roles: ['ADMINISTRATOR'], token: expect.any(String), userId: 1004 });
  const claims = claimsOf(res.body.token as string);
  expect(claims.exp).toBe((claims.iat as number) + 3600);
  expect(claims.sid).toBe(claimsOf(token).sid);
  expect(claims.iat).toBeGreaterThanOrEqual((claimsOf(token).iat as number) + 1800);
});

test('keeps the old token valid after an extend until its own expiry', async () => {
  const old = await login();
  served.mock.admin.advanceClock('PT50M');
  const fresh = (await extend(old).expect(200)).body.token as string;
  await extend(old).expect(200);
  served.mock.admin.advanceClock('PT11M');
  expect((await extend(old).expect(401)).body.errCode).toBe('OGGV-00007');
  await extend(fresh).expect(200);
});

test('kills every token of the session on invalidate, the older ones too', async () => {
  const first = await login();
  const second = (await extend(first).expect(200)).body.token as string;
  await invalidate(first).expect(200);
  for (const token of [first, second]) {
    expect((await extend(token).expect(401)).body.errCode).toBe('OGGV-00008');
    expect((await invalidate(token).expect(401)).body.errCode).toBe('OGGV-00008');
  }
});

test('leaves other sessions of the same user alive on invalidate', async () => {
  const mine = await login();
  const other = await login();
  await invalidate(mine).expect(200);
  await extend(other).expect(200);
});

test('expires a token one hour after it was issued, by the virtual clock', async () => {
  const token = await login();
  served.mock.admin.advanceClock('PT59M59S');
  await extend(token).expect(200);
  served.mock.admin.advanceClock('PT1S');
  const res = await extend(token).expect(401);
  expect(res.body).toEqual({ errCode: 'OGGV-00007', errMsg: 'Authorization token has expired. Log in again or extend the session before the token expires.' });
});

test('refuses invalidate with an expired token', async () => {
  const token = await login();
  served.mock.admin.advanceClock('PT1H');
  expect((await invalidate(token).expect(401)).body.errCode).toBe('OGGV-00007');
});

test.each([
  ['no Authorization header', undefined, 'OGGV-00005'],
  ['Basic credentials instead of a token', basic('veridata', 'Welcome@123'), 'OGGV-00005'],
  ['"Bearer" with no token', 'Bearer', 'OGGV-00005'],
  ['"Bearer " and spaces', 'Bearer    ', 'OGGV-00005'],
  ['garbage', '%%%garbage%%%', 'OGGV-00005'],
  ['a token that is not JWT-shaped', 'Bearer not-a-jwt', 'OGGV-00006'],
  ['a JWT-shaped token the mock never issued', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ2ZXJpZGF0YSJ9.c2lnbmF0dXJl', 'OGGV-00006'],
  ['a token with one character changed', `Bearer ${FIXTURE_TOKENS.valid.slice(0, -1)}A`, 'OGGV-00006'],
  ['a token of 10,000 characters', `Bearer ${'a'.repeat(5000)}.${'b'.repeat(5000)}.c`, 'OGGV-00006'],
])('refuses extend and invalidate with %s with 401', async (_name, authorization, errCode) => {
  for (const path of [EXTEND, INVALIDATE]) {
    const request = served.http().get(path);
    const res = await (authorization === undefined ? request : request.set('authorization', authorization)).expect(401);
    expect(res.body.errCode).toBe(errCode);
  }
});

test.each([
  ['the valid fixture token', FIXTURE_TOKENS.valid, 200],
  ['the expired fixture token', FIXTURE_TOKENS.expired, 401],
  ['the invalidated fixture token', FIXTURE_TOKENS.invalidated, 401],
  ['the JobOperator fixture token (extend allows JobOperator)', FIXTURE_TOKENS.jobop, 200],
  ['the fixture token of a user without roles', FIXTURE_TOKENS.norole, 401],
])('answers extend with %s %d', async (_name, token, status) => {
  await extend(token).expect(status);
});

test('brings the fixture sessions back, with their fixed tokens, on reset', async () => {
  await invalidate(FIXTURE_TOKENS.valid).expect(200);
  await served.mock.admin.reset();
  await extend(FIXTURE_TOKENS.valid).expect(200);
});

test('lets a minted JobOperator session extend and invalidate although JobOperator cannot log in', async () => {
  const minted = await served.mock.admin.mintSession('veridata', 'jobop');
  expect(minted).toMatchObject({ api: 'veridata', user: 'jobop', headers: { Authorization: `Bearer ${minted.token as string}` } });
  const res = await served.http().get(EXTEND).set(minted.headers).expect(200);
  expect(res.body).toMatchObject({ roles: ['JOBOPERATOR'], userId: 1006 });
  await served.http().get(INVALIDATE).set(minted.headers).expect(200);
});

test('refuses extend for a minted session of a user without roles with 401 roleNotAllowed', async () => {
  const minted = await served.mock.admin.mintSession('veridata', 'norole');
  expect((await served.http().get(EXTEND).set(minted.headers).expect(401)).body.errCode).toBe('OGGV-00009');
});

test('refuses to mint a session for a user the fixtures do not list', async () => {
  await expect(served.mock.admin.mintSession('veridata', 'nobody')).rejects.toThrow(/no veridata user named "nobody"/);
});

test('shows sessions in the admin API as active, expired and invalidated', async () => {
  const token = await login();
  const { sid } = claimsOf(token);
  const byId = async () => new Map((await served.mock.admin.sessions('veridata')).map((view) => [view.id, view]));
  expect((await byId()).get(sid as string)).toMatchObject({ api: 'veridata', user: 'veridata', state: 'active' });
  expect((await byId()).get('fixture-veridata-expired')?.state).toBe('expired');
  expect((await byId()).get('fixture-veridata-invalidated')?.state).toBe('invalidated');
  served.mock.admin.advanceClock('PT1H');
  expect((await byId()).get(sid as string)?.state).toBe('expired');
});

test('refuses a session killed through the admin API with 401', async () => {
  const token = await login();
  await served.mock.admin.killSession('veridata', claimsOf(token).sid as string);
  expect((await extend(token).expect(401)).body.errCode).toBe('OGGV-00006');
});

test('serves concurrent extends of one token, each with its own new token', async () => {
  const token = await login();
  const results = await Promise.all(Array.from({ length: 10 }, () => extend(token).expect(200)));
  const tokens = results.map((res) => res.body.token as string);
  expect(new Set(tokens).size).toBe(10);
  for (const fresh of tokens) await extend(fresh).expect(200);
});
