import { FaultError, FaultRegistry } from '../../../src/core/faults';

test('a fault applies to the next matching request once by default, then is gone', () => {
  const faults = new FaultRegistry();
  faults.add({ api: 'vcda', operationId: 'extendSession', status: 500 });
  expect(faults.take('vcda', 'login')).toBeUndefined();
  expect(faults.take('vcda', 'extendSession')?.status).toBe(500);
  expect(faults.take('vcda', 'extendSession')).toBeUndefined();
  expect(faults.list()).toEqual([]);
});

test('times counts down; times 0 stays until removed', () => {
  const faults = new FaultRegistry();
  faults.add({ status: 500, times: 2 });
  const forever = faults.add({ api: 'zitadel', delayMs: 10, times: 0 });
  expect(faults.take('vcda', 'a')?.status).toBe(500);
  expect(faults.take('vcda', 'a')?.status).toBe(500);
  expect(faults.take('vcda', 'a')).toBeUndefined();
  for (let i = 0; i < 5; i++) expect(faults.take('zitadel', 'x')?.id).toBe(forever.id);
  expect(faults.remove(forever.id)).toBe(true);
  expect(faults.take('zitadel', 'x')).toBeUndefined();
});

test.each([
  [{}, /at least one of status, delayMs or drop/],
  [{ status: 99 }, /status must be an HTTP status code/],
  [{ status: 500, delayMs: -1 }, /delayMs must be a whole number/],
  [{ delayMs: 600_000 }, /delayMs must be a whole number from 0 to 60000/],
  [{ status: 500, times: 1.5 }, /times must be a whole number/],
])('refuses the fault %p with a message saying what to send', (spec, message) => {
  expect(() => new FaultRegistry().add(spec)).toThrow(FaultError);
  expect(() => new FaultRegistry().add(spec)).toThrow(message);
});
