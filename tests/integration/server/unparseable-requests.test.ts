import { connect } from 'node:net';
import { createMockServer, type MockServer } from '../../../src/index';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer();
});
afterAll(async () => {
  await mock.close();
});

/** Sends raw bytes and reads the whole answer (the server closes the connection after it). */
function raw(bytes: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(mock.port, '127.0.0.1', () => socket.end(bytes));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
  });
}

test('headers over the size limit on a vendor path get that vendor 400 in its error shape', async () => {
  const answer = await raw(`POST /sessions/extend HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body)).toMatchObject({ code: 'BadRequest', msg: expect.any(String), stacktrace: expect.stringMatching(/^com\.vmware\.h4\.api\.error\.exceptions\./) });
});

test.each([
  ['/veridata/v1/session/extend', { errCode: expect.stringMatching(/^OGGV-/) }],
  ['/v2/sessions/1', { code: 3 }],
  ['/Analytics/v1/services/KeepAlive/actions', { application: 'Analytics' }],
])('a malformed header on %s gets that vendor 400', async (path, shape) => {
  const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n`);
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body)).toMatchObject(shape);
});

test('an unreadable request elsewhere gets a plain JSON 400, and the server keeps serving', async () => {
  const answer = await raw('NOT HTTP AT ALL\r\n\r\n');
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body)).toMatchObject({ error: 'bad_request' });
  expect((await fetch(`${mock.url}/__admin/health`)).status).toBe(200);
});
