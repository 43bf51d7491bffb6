import { createMockServer, type MockServer } from '../../../src/index';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer({ apis: ['zitadel'] });
});
afterAll(async () => {
  await mock.close();
});

const connectJson = (method: string, body: unknown) =>
  fetch(`${mock.url}/zitadel.session.v2.SessionService/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer zitadel-login-client-pat' },
    body: JSON.stringify(body),
  });

test.each(['DeleteSession', 'GetSession'])('%s with an empty sessionToken (a field with presence) is InvalidArgument over Connect, as on REST', async (method) => {
  const res = await connectJson(method, { sessionId: '222430354126975533', sessionToken: '' });
  expect(res.status).toBe(400);
  expect(await res.json()).toMatchObject({ code: 'invalid_argument' });
});

test('SetSession with an empty sessionToken (a plain proto3 string, so: left out) falls back to the caller permission', async () => {
  const res = await connectJson('SetSession', { sessionId: '222430354126975533', sessionToken: '', metadata: { k: 'dg==' } });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ sessionToken: expect.any(String) });
});
