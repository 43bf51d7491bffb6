import { useMock } from '../../helpers/mock';
import { EXPIRED_TOKEN, INVOKE, LIST, PREPARE, SEED_ACTION, SEED_BASIC, SEED_TOKEN, TIMESTAMP, TOKEN_SHAPE, basic, expectVendorHeaders, hsso, tokenOf } from './analyzer';

const ctx = useMock({ apis: ['ops-center-analyzer'] });

test('answers the seed example request as printed with a Job and a fresh HSSO token', async () => {
  const res = await ctx
    .http()
    .post(INVOKE)
    .set('Authorization', SEED_BASIC)
    .set('Host', 'localhost:22015')
    .set('Accept', 'application/json')
    .set('Content-Type', 'application/json')
    .send(JSON.stringify(SEED_ACTION, null, 2));
  expect(res.status).toBe(200);
  expectVendorHeaders(res);
  expect(res.headers.server).toBe('Cosminexus HTTP Server');
  expect(tokenOf(res)).toMatch(TOKEN_SHAPE);
  expect(res.body).toEqual({
    instanceID: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    created: expect.stringMatching(TIMESTAMP),
    updated: expect.stringMatching(TIMESTAMP),
    completed: expect.stringMatching(TIMESTAMP),
    state: 'success',
    affectedResource: [],
    result: [{ timeToLive: 1000 }],
  });
  expect(res.body.created <= res.body.updated && res.body.updated <= res.body.completed).toBe(true);
});

test('runs the vendor flow: Basic opens a session, HSSO lists, prepares and invokes with the same token', async () => {
  const listed = await ctx.http().get(LIST).set('Authorization', SEED_BASIC).set('Host', 'localhost:22015');
  expect(listed.status).toBe(200);
  expect(listed.body).toEqual({ data: [SEED_ACTION], count: 1 });
  const token = tokenOf(listed);

  const prepared = await ctx.http().get(PREPARE).set('Authorization', hsso(token)).set('Host', 'localhost:22015');
  expect(prepared.status).toBe(200);
  expect(prepared.body).toEqual(SEED_ACTION);
  expect(tokenOf(prepared)).toBe(token);

  const invoked = await ctx.http().post(INVOKE).set('Authorization', hsso(token)).send(prepared.body);
  expect(invoked.status).toBe(200);
  expect(tokenOf(invoked)).toBe(token);
  expect(invoked.body.result).toEqual([{ timeToLive: 1000 }]);
});

test('publishes the invoke href on the host and port the client addressed', async () => {
  const res = await ctx.http().get(PREPARE).set('Authorization', SEED_BASIC).set('Host', 'analyzer.example:4010');
  expect(res.body.href).toBe(`http://analyzer.example:4010${INVOKE}`);
});

test('opens a new session with a new token for every request that sends Basic', async () => {
  const first = await ctx.http().get(LIST).set('Authorization', SEED_BASIC);
  const second = await ctx.http().get(LIST).set('Authorization', SEED_BASIC);
  expect(tokenOf(first)).not.toBe(tokenOf(second));
  const sessions = await ctx.mock.admin.sessions('ops-center-analyzer');
  expect(sessions.filter((s) => s.user === 'system' && s.state === 'active')).toHaveLength(3);
});

test('gives new answers for every invoke: a fresh instanceID each time', async () => {
  const one = await ctx.http().post(INVOKE).set('Authorization', SEED_BASIC).send(SEED_ACTION);
  const two = await ctx.http().post(INVOKE).set('Authorization', hsso(tokenOf(one))).send(SEED_ACTION);
  expect(one.body.instanceID).not.toBe(two.body.instanceID);
});

test('lets a user with StorageOps alone run KeepAlive, since one listed role is enough', async () => {
  const res = await ctx.http().post(INVOKE).set('Authorization', basic('storageops', 'storageops')).send(SEED_ACTION);
  expect(res.status).toBe(200);
});

test('accepts the pre-issued seed token from the fixtures', async () => {
  const res = await ctx.http().post(INVOKE).set('Authorization', hsso(SEED_TOKEN)).send(SEED_ACTION);
  expect(res.status).toBe(200);
  expect(tokenOf(res)).toBe(SEED_TOKEN);
});

test('mints a session through the admin API whose HSSO header works as it is', async () => {
  const minted = await ctx.mock.admin.mintSession('ops-center-analyzer', 'system');
  expect(minted).toMatchObject({ api: 'ops-center-analyzer', user: 'system', headers: { Authorization: expect.stringMatching(/^HSSO /) } });
  expect(minted.headers.Authorization).toBe(`HSSO ${String(minted.token)}`);
  const res = await ctx.http().post(INVOKE).set(minted.headers).send(SEED_ACTION);
  expect(res.status).toBe(200);
});

test('refuses to mint a session for an unknown user or one without login privilege', async () => {
  await expect(ctx.mock.admin.mintSession('ops-center-analyzer', 'ghost')).rejects.toThrow(/no ops-center-analyzer user "ghost"/);
  await expect(ctx.mock.admin.mintSession('ops-center-analyzer', 'nologin')).rejects.toThrow(/no login privilege/);
});

test('lists the pre-issued sessions in the admin API, live and expired', async () => {
  const sessions = await ctx.mock.admin.sessions('ops-center-analyzer');
  expect(sessions).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: 'system-live', user: 'system', state: 'active' }),
      expect.objectContaining({ id: 'system-expired', user: 'system', state: 'expired' }),
      expect.objectContaining({ id: 'viewer-live', user: 'viewer', state: 'active' }),
    ]),
  );
  expect(EXPIRED_TOKEN).toMatch(TOKEN_SHAPE);
});
