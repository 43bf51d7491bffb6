import { formatTimestamp, isLive, keepAliveJob, openSession, renew, timeToLive } from '../../../../src/vendors/ops-center-analyzer/model';

const T0 = Date.parse('2030-01-01T00:00:00.000Z');
const TIMEOUT = 1000 * 1000;
const open = (idleMs = 0) => openSession({ api: 'ops-center-analyzer', id: 's1', user: 'system', tokenDigest: 'digest', now: T0, timeoutMs: TIMEOUT, idleMs });

test('opens a session that expires 1000 s after its last use', () => {
  const session = open();
  expect(session).toMatchObject({ created: T0, expires: T0 + TIMEOUT, state: 'active', tokens: ['digest'], data: { lastUsed: T0 } });
  expect(timeToLive(session, T0)).toBe(1000);
});

test('opens a pre-issued session part-way through its life when it has been idle', () => {
  const session = open(400_000);
  expect(session.expires).toBe(T0 + 600_000);
  expect(timeToLive(session, T0)).toBe(600);
});

test('keeps a session live up to 999.999 s of idleness and expires it at exactly 1000 s', () => {
  const session = open();
  expect(isLive(session, T0 + TIMEOUT - 1)).toBe(true);
  expect(isLive(session, T0 + TIMEOUT)).toBe(false);
});

test('slides the expiry to 1000 s after each renewal and keeps the token digest', () => {
  const first = renew(open(), T0 + 999_000, TIMEOUT);
  if (!first.ok) throw new Error('expected a renewal');
  expect(first.next.expires).toBe(T0 + 999_000 + TIMEOUT);
  expect(first.next.tokens).toEqual(['digest']);
  expect(timeToLive(first.next, T0 + 999_000)).toBe(1000);
  const second = renew(first.next, T0 + 1_998_000, TIMEOUT);
  expect(second.ok).toBe(true);
});

test('refuses to renew a session idle for the whole timeout, or one that does not exist', () => {
  expect(renew(open(), T0 + TIMEOUT, TIMEOUT)).toEqual({ ok: false, reason: 'expired' });
  expect(renew(undefined, T0, TIMEOUT)).toEqual({ ok: false, reason: 'unknown' });
});

test('counts timeToLive down in whole seconds and never below zero', () => {
  const session = open();
  expect(timeToLive(session, T0 + 250_500)).toBe(749);
  expect(timeToLive(session, T0 + TIMEOUT + 5000)).toBe(0);
});

test('writes times as yyyy-mm-ddThh:mm:ss.mmmTZD with a +00:00 offset', () => {
  expect(formatTimestamp(Date.parse('2016-08-11T17:51:26.371Z'))).toBe('2016-08-11T17:51:26.371+00:00');
  expect(formatTimestamp(T0)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
});

test('answers a successful synchronous job with created <= updated = completed and one KeepAlive result', () => {
  const job = keepAliveJob('43f90f1e-c0c3-41d1-a5dd-4666b2ba7c90', T0, T0 + 29, 1000);
  expect(job).toEqual({
    instanceID: '43f90f1e-c0c3-41d1-a5dd-4666b2ba7c90',
    created: '2030-01-01T00:00:00.000+00:00',
    updated: '2030-01-01T00:00:00.029+00:00',
    completed: '2030-01-01T00:00:00.029+00:00',
    state: 'success',
    affectedResource: [],
    result: [{ timeToLive: 1000 }],
  });
});

test('never answers completed before created, even when the clock reading went backwards', () => {
  const job = keepAliveJob('id', T0 + 10, T0, 1000);
  expect(job.created <= job.updated && job.updated <= job.completed).toBe(true);
});
