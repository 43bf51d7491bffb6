import type { SessionRecord } from '../../core/store/session-store';

/** What an HSSO session keeps beside the common record: when it was last used successfully. */
export interface HssoData {
  lastUsed: number;
}

export type HssoSession = SessionRecord<HssoData>;

export interface OpenSessionInput {
  api: string;
  id: string;
  user: string;
  tokenDigest: string;
  now: number;
  timeoutMs: number;
  /** Milliseconds since the last use (pre-issued sessions start part-way through their life). */
  idleMs?: number;
}

export type RenewOutcome = { ok: true; next: HssoSession } | { ok: false; reason: 'unknown' | 'expired' };

export interface Job {
  instanceID: string;
  created: string;
  updated: string;
  completed: string;
  state: 'success';
  affectedResource: string[];
  result: { timeToLive: number }[];
}

export function openSession(input: OpenSessionInput): HssoSession {
  const lastUsed = input.now - (input.idleMs ?? 0);
  return {
    api: input.api,
    id: input.id,
    user: input.user,
    created: lastUsed,
    expires: lastUsed + input.timeoutMs,
    state: 'active',
    tokens: [input.tokenDigest],
    data: { lastUsed },
  };
}

/** A session is usable strictly before its expiry instant: idle for exactly the timeout is too long. */
export function isLive(session: HssoSession, now: number): boolean {
  return session.state === 'active' && session.expires !== null && now < session.expires;
}

/** The sliding expiry: a successful use moves the timeout to `timeoutMs` after `now`; the token stays. */
export function renew(session: HssoSession | undefined, now: number, timeoutMs: number): RenewOutcome {
  if (!session) return { ok: false, reason: 'unknown' };
  if (!isLive(session, now)) return { ok: false, reason: 'expired' };
  return { ok: true, next: { ...session, expires: now + timeoutMs, data: { lastUsed: now } } };
}

/** Whole seconds the session has left; 1000 right after a renewal with the default timeout. */
export function timeToLive(session: HssoSession, now: number): number {
  if (session.expires === null) return 0;
  return Math.max(0, Math.floor((session.expires - now) / 1000));
}

// 001_c39cb08b7efa28f3.txt: times are "yyyy-mm-ddThh:mm:ss.mmmTZD"; the mock writes UTC as +00:00.
export function formatTimestamp(instant: number): string {
  return new Date(instant).toISOString().replace(/Z$/, '+00:00');
}

/** The synchronous KeepAlive job: created at `started`, updated and completed at `finished`. */
export function keepAliveJob(instanceID: string, started: number, finished: number, ttlSeconds: number): Job {
  const done = formatTimestamp(Math.max(started, finished));
  return {
    instanceID,
    created: formatTimestamp(started),
    updated: done,
    completed: done,
    state: 'success',
    affectedResource: [],
    result: [{ timeToLive: ttlSeconds }],
  };
}
