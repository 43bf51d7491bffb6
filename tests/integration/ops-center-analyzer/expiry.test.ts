import { useMock } from '../../helpers/mock';
import { EXPIRED_TOKEN, INVOKE, LIST, SEED_ACTION, SEED_BASIC, SEED_TOKEN, expectError, hsso, tokenOf } from './analyzer';

const ctx = useMock({ apis: ['ops-center-analyzer'] });

async function openSession(): Promise<string> {
  const res = await ctx.http().post(INVOKE).set('Authorization', SEED_BASIC).send(SEED_ACTION);
  expect(res.status).toBe(200);
  return tokenOf(res);
}

const invoke = (token: string) => ctx.http().post(INVOKE).set('Authorization', hsso(token)).send(SEED_ACTION);

test('keeps the token after 999 s idle, renews it, and rejects it after 1000 s idle', async () => {
  const token = await openSession();
  ctx.mock.admin.advanceClock(999);
  const renewed = await invoke(token);
  expect(renewed.status).toBe(200);
  expect(renewed.body.result).toEqual([{ timeToLive: 1000 }]);
  expect(tokenOf(renewed)).toBe(token);

  ctx.mock.admin.advanceClock(999);
  expect((await invoke(token)).status).toBe(200);

  ctx.mock.admin.advanceClock(1000);
  const expired = await invoke(token);
  expectError(expired, 401, 'KNAQ10002-E');
  expect(expired.headers['www-authenticate']).toBe('HSSO');
  expect(expired.body.message).toBe('The HSSO token is invalid or has expired. Log in again.');
});

test('renews the session on the companions too, not only on invoke', async () => {
  const token = await openSession();
  ctx.mock.admin.advanceClock(600);
  expect((await ctx.http().get(LIST).set('Authorization', hsso(token))).status).toBe(200);
  ctx.mock.admin.advanceClock(600);
  expect((await invoke(token)).status).toBe(200);
});

test('does not renew on a failed request: a 403 leaves the expiry where it was', async () => {
  const minted = await ctx.mock.admin.mintSession('ops-center-analyzer', 'viewer');
  ctx.mock.admin.advanceClock(500);
  expect((await ctx.http().get(LIST).set(minted.headers)).status).toBe(403);
  const [view] = (await ctx.mock.admin.sessions('ops-center-analyzer')).filter((s) => s.id === minted.id);
  const { now } = ctx.mock.admin.clock();
  expect(Date.parse(view!.expires!) - Date.parse(now)).toBeLessThanOrEqual(500_000);
});

test('stays expired after it timed out, even when it is used again at once', async () => {
  const token = await openSession();
  ctx.mock.admin.advanceClock('PT1H');
  expect((await invoke(token)).status).toBe(401);
  expect((await invoke(token)).status).toBe(401);
});

test('rejects the pre-issued expired token and accepts the live one until its 1000 s run out', async () => {
  expectError(await invoke(EXPIRED_TOKEN), 401, 'KNAQ10002-E');
  ctx.mock.admin.advanceClock(999);
  expect((await invoke(SEED_TOKEN)).status).toBe(200);
});

test('restores the pre-issued sessions on reset, after they timed out', async () => {
  ctx.mock.admin.advanceClock(1000);
  expect((await invoke(SEED_TOKEN)).status).toBe(401);
  await ctx.mock.admin.reset();
  expect((await invoke(SEED_TOKEN)).status).toBe(200);
});

test('forgets a session the admin API killed', async () => {
  const minted = await ctx.mock.admin.mintSession('ops-center-analyzer', 'system');
  await ctx.mock.admin.killSession('ops-center-analyzer', minted.id);
  expectError(await ctx.http().post(INVOKE).set(minted.headers).send(SEED_ACTION), 401, 'KNAQ10002-E');
});
