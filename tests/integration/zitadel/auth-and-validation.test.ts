import { useMock } from '../../helpers/mock';
import { bearer, NO_PERMISSION_PAT, SEEDED, zitadelErrorBody } from './helpers';

const server = useMock({ apis: ['zitadel'] });
const http = () => server.http();
const UNAUTHENTICATED = zitadelErrorBody(16, 'Token is invalid', 'AUTH-7fs1e');

// internal/api/grpc/server/middleware/auth_interceptor.go: no header at all is a plain gRPC status without an id.
test('answers a request without an Authorization header with 401 code 16 "auth header missing" and no ErrorDetail', async () => {
  const response = await http().post('/v2/sessions').send({});
  expect(response.status).toBe(401);
  expect(response.body).toEqual({ code: 16, message: 'auth header missing' });
});

test.each([
  ['an unknown PAT', 'Bearer not-a-pat'],
  ['Bearer with no token', 'Bearer'],
  ['a Basic credential', 'Basic YWxpY2U6UGFzc3dvcmQxIQ=='],
  ['garbage', '\u00ff\u00fe;;; Bearer'],
  ['a PAT in the wrong case', 'Bearer ZITADEL-LOGIN-CLIENT-PAT'],
  ['a 10 kB token', `Bearer ${'a'.repeat(10_000)}`],
])('answers 401 code 16 "Token is invalid (AUTH-7fs1e)" to %s', async (_name, authorization) => {
  const response = await http().post('/v2/sessions').set('Authorization', authorization).send({});
  expect(response.status).toBe(401);
  expect(response.body).toEqual(UNAUTHENTICATED);
});

test('accepts the bearer scheme in any case, as RFC 6750 allows', async () => {
  expect((await http().post('/v2/sessions').set('Authorization', 'bearer zitadel-login-client-pat').send({})).status).toBe(201);
});

test.each([
  ['createSession', () => http().post('/v2/sessions').set(bearer(NO_PERMISSION_PAT)).send({})],
  ['getSession', () => http().get(`/v2/sessions/${SEEDED.alice.id}`).set(bearer(NO_PERMISSION_PAT))],
  ['setSession', () => http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer(NO_PERMISSION_PAT)).send({})],
  ['deleteSession', () => http().delete(`/v2/sessions/${SEEDED.alice.id}`).set(bearer(NO_PERMISSION_PAT))],
  ['listSessions', () => http().post('/v2/sessions/search').set(bearer(NO_PERMISSION_PAT)).send({})],
])('refuses %s to the PAT without session permission with 403 code 7', async (_operationId, call) => {
  const response = await call();
  expect(response.status).toBe(403);
  expect(response.body).toEqual(zitadelErrorBody(7, 'No matching permissions found', 'AUTH-AWfge'));
});

test('answers malformed JSON with 400 code 3 and no ErrorDetail', async () => {
  const response = await http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).set('Content-Type', 'application/json').send('{"sessionToken": ');
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ code: 3, message: expect.stringMatching(/^proto: syntax error: the body is not valid JSON/) });
});

test.each([
  ['sessionToken', { sessionToken: 'x'.repeat(201) }, 'invalid SetSessionRequest.SessionToken: must NOT have more than 200 characters'],
  ['loginName', { checks: { user: { loginName: 'x'.repeat(201) } } }, 'invalid SetSessionRequest.Checks.User.LoginName: must NOT have more than 200 characters'],
  ['password', { checks: { password: { password: 'x'.repeat(201) } } }, 'invalid SetSessionRequest.Checks.Password.Password: must NOT have more than 200 characters'],
  ['empty sessionToken', { sessionToken: '' }, 'invalid SetSessionRequest.SessionToken: must NOT have fewer than 1 characters'],
  ['userId and loginName together', { checks: { user: { userId: '1', loginName: 'a' } } }, 'invalid SetSessionRequest.Checks.User: must NOT have more than 1 properties'],
  ['metadata that is not base64', { metadata: { theme: 'not base64!' } }, 'invalid SetSessionRequest.Metadata.Theme: must match format "byte"'],
])('answers a %s that breaks the seed constraints with 400 code 3 naming the field', async (_name, body, message) => {
  const response = await http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send(body);
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ code: 3, message });
});

test('answers an unknown path under /v2/sessions with grpc-gateway 404 code 5', async () => {
  const response = await http().get(`/v2/sessions/${SEEDED.alice.id}/nothing`).set(bearer());
  expect(response.status).toBe(404);
  expect(response.body).toEqual({ code: 5, message: 'Not Found' });
});

test('ignores __proto__ at the top level of a body like any unknown field and pollutes nothing', async () => {
  const response = await http().post('/v2/sessions').set(bearer()).set('Content-Type', 'application/json').send('{"__proto__":{"polluted":true}}');
  expect(response.status).toBe(201);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
