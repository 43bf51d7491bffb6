import { connect } from 'node:net';
import { createMockServer, type MockServer } from '../../../src/index';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer({ apis: ['vcda'] });
});
afterAll(async () => {
  await mock.close();
});

test('a connection reset before its first byte does not take the server down', async () => {
  const { port } = mock;
  await new Promise<void>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.resetAndDestroy();
      resolve();
    });
    socket.on('error', () => undefined);
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const res = await fetch(`${mock.url}/__admin/health`);
  expect(res.status).toBe(200);
});
