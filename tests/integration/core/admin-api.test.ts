import supertest from 'supertest';
import { createMockServer, MemorySessionStore } from '../../../src/index';
import { useMock } from '../../helpers/mock';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('admin API', () => {
  const { http } = useMock();

  test('health names the served APIs and the version', async () => {
    const res = await http().get('/__admin/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', apis: ['veridata', 'ops-center-analyzer', 'vcda', 'zitadel'], version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  test('the clock moves forward by ISO duration, by seconds, and to an instant; never back', async () => {
    const before = Date.parse((await http().get('/__admin/clock').expect(200)).body.now);
    const advanced = Date.parse((await http().post('/__admin/clock').send({ advance: 'PT1H' }).expect(200)).body.now);
    expect(advanced - before).toBeGreaterThanOrEqual(3_600_000);
    const seconds = Date.parse((await http().post('/__admin/clock').send({ advanceSeconds: 60 }).expect(200)).body.now);
    expect(seconds - advanced).toBeGreaterThanOrEqual(60_000);
    expect((await http().post('/__admin/clock').send({ set: '2999-01-01T00:00:00Z' }).expect(200)).body.now).toBe('2999-01-01T00:00:00.000Z');
    const back = await http().post('/__admin/clock').send({ set: '2000-01-01T00:00:00Z' }).expect(400);
    expect(back.body.message).toMatch(/only moves forward/);
  });

  test.each([
    [{}, /exactly one of/],
    [{ advance: 'an hour' }, /ISO 8601 duration/],
    [{ advanceSeconds: -5 }, /advanceSeconds >= 0/],
    [{ set: 'tomorrow' }, /ISO 8601 instant/],
    [{ advance: 'PT1H', set: '2030-01-01T00:00:00Z' }, /exactly one of/],
  ])('refuses the clock change %p with a message', async (body, message) => {
    expect((await http().post('/__admin/clock').send(body).expect(400)).body.message).toMatch(message);
  });

  test('advancing the clock one hour makes a Veridata token answer 401', async () => {
    const login = await http().get('/veridata/v1/auth/login').set('authorization', basic('veridata', 'Welcome@123')).expect(200);
    await http().get('/veridata/v1/session/extend').set('authorization', `Bearer ${login.body.token}`).expect(200);
    await http().post('/__admin/clock').send({ advance: 'PT1H' }).expect(200);
    await http().get('/veridata/v1/session/extend').set('authorization', `Bearer ${login.body.token}`).expect(401);
  });

  test('mints a session with vendor-native credentials that the vendor accepts, lists it, and kills it', async () => {
    const minted = await http().post('/__admin/sessions').send({ api: 'vcda', user: 'admin1@Org1' }).expect(201);
    expect(minted.body).toMatchObject({ api: 'vcda', id: expect.any(String), headers: { 'X-VCAV-Auth': expect.any(String) } });
    await http().get('/sessions').set(minted.body.headers).expect(200);
    const listed = await http().get('/__admin/sessions?api=vcda').expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ api: 'vcda', id: minted.body.id, state: 'active' }));
    await http().delete(`/__admin/sessions/vcda/${minted.body.id}`).expect(204);
    await http().get('/sessions').set(minted.body.headers).expect(401);
    await http().delete(`/__admin/sessions/vcda/${minted.body.id}`).expect(404);
  });

  test.each([
    [{ api: 'nope', user: 'x' }, 404, /no API named "nope"/],
    [{ api: 'vcda' }, 400, /mint needs/],
    [{ api: 'vcda', user: 'nobody@nowhere' }, 400, /.+/],
  ])('refuses to mint %p', async (body, status, message) => {
    expect((await http().post('/__admin/sessions').send(body).expect(status)).body.message).toMatch(message);
  });

  test('a fault answers the documented status for the next matching request only, then the real answer returns', async () => {
    const { body } = await http().post('/__admin/faults').send({ api: 'ops-center-analyzer', operationId: 'listKeepAliveActions', status: 500 }).expect(201);
    expect((await http().get('/__admin/faults').expect(200)).body).toEqual([expect.objectContaining({ id: body.id, status: 500, remaining: 1 })]);
    const faulted = await http().get('/Analytics/v1/services/KeepAlive/actions').set('authorization', basic('system', 'manager'));
    expect(faulted.status).toBe(500);
    expect(faulted.body).toMatchObject({ application: 'Analytics' });
    await http().get('/Analytics/v1/services/KeepAlive/actions').set('authorization', basic('system', 'manager')).expect(200);
    expect((await http().get('/__admin/faults').expect(200)).body).toEqual([]);
  });

  test('a delayed fault waits before the real answer', async () => {
    await http().post('/__admin/faults').send({ api: 'zitadel', delayMs: 150 }).expect(201);
    const started = Date.now();
    await http().get('/v2/sessions/222430354126975533').set('authorization', 'Bearer zitadel-login-client-pat').expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('a drop fault closes the connection without an answer', async () => {
    await http().post('/__admin/faults').send({ api: 'vcda', operationId: 'getSession', drop: true }).expect(201);
    await expect(http().get('/sessions')).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  test.each([
    [{ api: 'vcda', operationId: 'extendSession', status: 418 }, /status 418 is not documented for extendSession/],
    [{ operationId: 'noSuchOperation', status: 500 }, /no served operation has operationId "noSuchOperation"/],
    [{ status: 500, colour: 'red' }, /unknown fault field\(s\) colour/],
    [{ api: 'vcda' }, /at least one of status, delayMs or drop/],
    [{ status: '500' }, /status must be a number/],
  ])('refuses the fault %p, saying why', async (body, message) => {
    expect((await http().post('/__admin/faults').send(body).expect(400)).body.message).toMatch(message);
  });

  test('faults with times 0 stay until removed', async () => {
    const { body } = await http().post('/__admin/faults').send({ api: 'vcda', operationId: 'getSession', status: 500, times: 0 }).expect(201);
    for (let i = 0; i < 3; i++) await http().get('/sessions').expect(500);
    await http().delete(`/__admin/faults/${body.id}`).expect(204);
    await http().get('/sessions').expect(401);
    await http().delete(`/__admin/faults/${body.id}`).expect(404);
  });

  test('an unavailable API answers its vendor not-available response until set back', async () => {
    await http().put('/__admin/apis/ops-center-analyzer/availability').send({ available: false }).expect(200);
    const res = await http().get('/Analytics/v1/services/KeepAlive/actions').set('authorization', basic('system', 'manager'));
    expect(res.status).toBe(412);
    await http().put('/__admin/apis/ops-center-analyzer/availability').send({ available: true }).expect(200);
    await http().get('/Analytics/v1/services/KeepAlive/actions').set('authorization', basic('system', 'manager')).expect(200);
  });

  test('a delay-only fault still answers the vendor not-available response while the API is unavailable', async () => {
    await http().put('/__admin/apis/ops-center-analyzer/availability').send({ available: false }).expect(200);
    await http().post('/__admin/faults').send({ api: 'ops-center-analyzer', delayMs: 10 }).expect(201);
    await http().get('/Analytics/v1/services/KeepAlive/actions').set('authorization', basic('system', 'manager')).expect(412);
  });

  test('the journal lists requests newest first with their answers, filters by api, limits and clears', async () => {
    await http().get('/sessions').expect(401);
    await http().get('/v2/sessions/222430354126975533').set('authorization', 'Bearer zitadel-login-client-pat').expect(200);
    const all = (await http().get('/__admin/requests').expect(200)).body;
    expect(all.map((e: { operationId: string }) => e.operationId)).toEqual(['getSession', 'getSession']);
    expect(all[0]).toMatchObject({ api: 'zitadel', method: 'GET', path: '/v2/sessions/222430354126975533', response: { status: 200 } });
    expect((await http().get('/__admin/requests?api=vcda').expect(200)).body).toEqual([expect.objectContaining({ api: 'vcda', response: expect.objectContaining({ status: 401 }) })]);
    expect((await http().get('/__admin/requests?limit=1').expect(200)).body).toHaveLength(1);
    await http().delete('/__admin/requests').expect(204);
    expect((await http().get('/__admin/requests').expect(200)).body).toEqual([]);
  });

  test('reset returns sessions, clock, faults and availability to the fixtures', async () => {
    const minted = await http().post('/__admin/sessions').send({ api: 'vcda', user: 'admin1@Org1' }).expect(201);
    await http().post('/__admin/clock').send({ advance: 'P1D' }).expect(200);
    await http().post('/__admin/faults').send({ status: 500, times: 0 }).expect(201);
    await http().put('/__admin/apis/vcda/availability').send({ available: false }).expect(200);
    await http().post('/__admin/reset').expect(204);
    expect(Math.abs(Date.parse((await http().get('/__admin/clock').expect(200)).body.now) - Date.now())).toBeLessThan(5_000);
    expect((await http().get('/__admin/faults').expect(200)).body).toEqual([]);
    await http().get('/sessions').set(minted.body.headers).expect(401);
  });

  test('unknown admin routes and non-JSON bodies get a clear tool-shaped error', async () => {
    expect((await http().get('/__admin/nope').expect(404)).body).toMatchObject({ error: 'not_found', message: expect.stringMatching(/the admin API has no GET \/__admin\/nope/) });
    expect((await http().post('/__admin/clock').set('content-type', 'application/json').send('{not json').expect(400)).body.error).toBe('bad_request');
  });

  test('an unknown path outside the vendors gets a plain JSON 404 naming the served paths', async () => {
    const res = await http().get('/nowhere').expect(404);
    expect(res.body).toMatchObject({ error: 'not_found', message: expect.stringContaining('/veridata') });
  });

});

describe('admin token', () => {
  test('with --admin-token the admin API needs the bearer token; vendor paths do not', async () => {
    const mock = await createMockServer({ apis: ['vcda'], adminToken: 's3cret-admin', port: false });
    try {
      await supertest(mock.handler).get('/__admin/health').expect(401);
      await supertest(mock.handler).get('/__admin/health').set('authorization', 'Bearer wrong').expect(401);
      await supertest(mock.handler).get('/__admin/health').set('authorization', 'Bearer s3cret-admin').expect(200);
      await supertest(mock.handler).get('/sessions').expect(401);
    } finally {
      await mock.close();
    }
  });
});

describe('instances sharing one store', () => {
  test('both seed the fixtures, and a reset of one leaves the APIs it does not serve alone', async () => {
    const store = new MemorySessionStore();
    const vcda = await createMockServer({ apis: ['vcda'], store, port: false });
    const zitadel = await createMockServer({ apis: ['zitadel'], store, port: false });
    const again = await createMockServer({ apis: ['vcda'], store, port: false });
    try {
      const minted = await zitadel.admin.mintSession('zitadel', 'alice');
      await vcda.admin.reset();
      expect((await zitadel.admin.sessions('zitadel')).map((s) => s.id)).toContain(minted.id);
      await supertest(again.handler).get('/sessions').set('x-vcav-auth', '0a7c9e1d5b3f4a6c8e2d1f0b9a8c7e61').expect(200);
    } finally {
      await Promise.all([vcda.close(), zitadel.close(), again.close()]);
    }
  });
});
