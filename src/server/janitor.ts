import type { Clock } from '../core/clock';
import type { SessionStore } from '../core/store/session-store';

/** How long after its expiry (virtual time) a session still shows in the admin listing before it is swept. */
export const SWEEP_GRACE_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 10_000;

/**
 * Keeps a long-running mock from growing without end (every Basic call to some vendors opens a session): once a
 * minute, deletes a bounded batch of sessions dead for more than a day of virtual time. Expiry itself stays data,
 * checked on read; this only removes what nobody can use any more.
 */
export function startJanitor(store: SessionStore, clock: Clock, log: (line: string) => void): () => void {
  const timer = setInterval(() => {
    store.sweep(clock.now() - SWEEP_GRACE_MS, SWEEP_BATCH).catch((error: unknown) => log(`[session-double] sweeping dead sessions failed: ${error instanceof Error ? error.message : String(error)}`));
  }, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
