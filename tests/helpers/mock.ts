import supertest from 'supertest';
import { createMockServer, type CreateMockServerOptions, type MockServer } from '../../src/index';

/**
 * The in-process lifecycle every integration test uses: one mock per file, fresh state per test, and every
 * response checked against its spec. A response that breaks its spec fails the test that caused it.
 */
export function useMock(options: CreateMockServerOptions = {}) {
  let mock: MockServer | undefined;
  const violations: string[] = [];

  beforeAll(async () => {
    mock = await createMockServer({ ...options, validateResponses: true, log: (line) => violations.push(line) });
  });
  afterEach(async () => {
    const found = violations.splice(0).filter((line) => line.includes('against its spec'));
    await mock?.admin.reset();
    expect(found).toEqual([]);
  });
  afterAll(async () => {
    await mock?.close();
  });

  const current = (): MockServer => {
    if (!mock) throw new Error('the mock starts in beforeAll');
    return mock;
  };
  return {
    get mock(): MockServer {
      return current();
    },
    /** supertest bound to the mock's request listener: the same path users hit. */
    http: () => supertest(current().handler),
  };
}
