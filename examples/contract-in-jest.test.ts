// The README's "contract suite from Jest" example, run as a test.
import { createMockServer, runContract, type MockServer } from '../src/index';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer({ apis: ['vcda'] });
});
afterAll(async () => {
  await mock.close();
});

test('the mock conforms to the VCDA spec and session semantics', async () => {
  const result = await runContract({ target: mock.url, apis: ['vcda'] });
  expect(result.summary.scenarios.failed).toBe(0);
  expect(result.exitCode).toBe(0);
});
