import { createMockServer, runContract, type MockServer } from '../../src/index';
import { serveWithDefect, type Defect } from '../helpers/defects';

/** A backend that adds a field the spec does not document to every VCDA session answer. */
const extraField: Defect = {
  name: 'vcda: session details carry an undocumented field',
  matches: (method, path) => method === 'GET' && path === '/sessions',
  rewrite: (answer) => (answer.status === 200 && typeof answer.body === 'object' ? { ...answer, body: { ...(answer.body as object), lastSeenBy: 'lb-7' } } : answer),
};

let mock: MockServer;
let target: { url: string; close(): Promise<void> };
beforeAll(async () => {
  mock = await createMockServer({ apis: ['vcda'] });
  target = await serveWithDefect(mock.handler, extraField);
});
afterAll(async () => {
  await target.close();
  await mock.close();
});

const undocumented = (result: Awaited<ReturnType<typeof runContract>>) =>
  result.scenarios.flatMap((s) => s.steps.flatMap((step) => step.checks.filter((c) => c.check === 'no_undocumented_fields' && c.outcome !== 'passed')));

test('an undocumented field is a warning by default: the run still conforms', async () => {
  const result = await runContract({ target: target.url, apis: ['vcda'] });
  expect(result.exitCode).toBe(0);
  const found = undocumented(result);
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((c) => c.outcome === 'warning')).toBe(true);
  expect(found[0]?.violations[0]).toMatchObject({ operationId: 'getSession', pointer: '/lastSeenBy', severity: 'warning' });
});

test('with strict the same field fails the run, naming the operation and the field', async () => {
  const result = await runContract({ target: target.url, apis: ['vcda'], strict: true });
  expect(result.exitCode).toBe(1);
  const found = undocumented(result);
  expect(found.every((c) => c.outcome === 'failed')).toBe(true);
  expect(found[0]?.violations[0]).toMatchObject({ check: 'no_undocumented_fields', operationId: 'getSession', pointer: '/lastSeenBy', severity: 'error' });
  const otherFailures = result.scenarios.flatMap((s) => s.steps.flatMap((step) => step.checks.filter((c) => c.outcome === 'failed' && c.check !== 'no_undocumented_fields')));
  expect(otherFailures).toEqual([]);
});
