// The README's in-process example, run as a test: one mock per file, fresh state per test.
import { createMockServer, type MockServer } from '../src/index';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer();
});
afterEach(async () => {
  await mock.admin.reset();
});
afterAll(async () => {
  await mock.close();
});

test('a Veridata token stops working an hour after login', async () => {
  const login = await fetch(`${mock.url}/veridata/v1/auth/login`, {
    headers: { authorization: `Basic ${Buffer.from('veridata:Welcome@123').toString('base64')}` },
  });
  const { token } = (await login.json()) as { token: string };

  mock.admin.advanceClock('PT1H');

  const extend = await fetch(`${mock.url}/veridata/v1/session/extend`, { headers: { authorization: `Bearer ${token}` } });
  expect(extend.status).toBe(401);
});

test('QA can make the next VCDA extend fail with the vendor 500', async () => {
  mock.admin.addFault({ api: 'vcda', operationId: 'extendSession', status: 500 });
  const { headers } = await mock.admin.mintSession('vcda', 'admin1@Org1');

  const res = await fetch(`${mock.url}/sessions/extend`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'cookie', site: 'site2', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' }),
  });
  expect(res.status).toBe(500);
  expect(await res.json()).toMatchObject({ code: 'GeneralServerFailure' });
});
