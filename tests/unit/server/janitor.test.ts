import { VirtualClock } from '../../../src/core/clock';
import { MemorySessionStore } from '../../../src/core/store/memory-store';
import { startJanitor, SWEEP_GRACE_MS } from '../../../src/server/janitor';

afterEach(() => {
  jest.useRealTimers();
});

test('once a minute, sweeps sessions dead for more than a day of virtual time and keeps the rest', async () => {
  jest.useFakeTimers({ now: 1_000_000 });
  const clock = new VirtualClock();
  const store = new MemorySessionStore();
  const base = { api: 'vcda', user: 'u', created: 0, state: 'active' as const, tokens: [], data: {} };
  await store.insert({ ...base, id: 'long-dead', expires: clock.now() - SWEEP_GRACE_MS - 1 });
  await store.insert({ ...base, id: 'just-expired', expires: clock.now() - 1 });
  await store.insert({ ...base, id: 'alive', expires: clock.now() + 60_000 });
  const stop = startJanitor(store, clock, () => undefined);
  await jest.advanceTimersByTimeAsync(60_000);
  stop();
  expect((await store.list()).map((r) => r.id).sort()).toEqual(['alive', 'just-expired']);
});
