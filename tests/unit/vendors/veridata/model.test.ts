import { sessionView } from '../../../../src/core/session-view';
import { checkToken, extend, invalidate, openSession, type IssuedToken } from '../../../../src/vendors/veridata/model';

const HOUR = 3_600_000;
const T0 = 1_767_225_600_000;
const token = (digest: string, issued: number): IssuedToken => ({ digest, issued, expires: issued + HOUR });
const session = () => openSession({ api: 'veridata', id: 's1', user: 'veridata', userId: 1004, roles: ['Administrator'], token: token('first', T0) });

test('opens an active session whose only token expires one hour after issue', () => {
  expect(session()).toMatchObject({ id: 's1', created: T0, expires: T0 + HOUR, state: 'active', tokens: ['first'] });
  expect(checkToken(session(), 'first', T0 + HOUR - 1)).toEqual({ ok: true });
});

test('refuses a token at its expiry instant as tokenExpired', () => {
  expect(checkToken(session(), 'first', T0 + HOUR)).toEqual({ ok: false, refusal: 'tokenExpired' });
});

test('refuses a digest the session never issued, and a missing session, as tokenInvalid', () => {
  expect(checkToken(session(), 'other', T0)).toEqual({ ok: false, refusal: 'tokenInvalid' });
  expect(checkToken(undefined, 'first', T0)).toEqual({ ok: false, refusal: 'tokenInvalid' });
});

test('extends by adding a new token and moving the session expiry, keeping the old token', () => {
  const { next, result } = extend(session(), 'first', token('second', T0 + HOUR / 2), T0 + HOUR / 2);
  expect(result).toEqual({ ok: true });
  expect(next).toMatchObject({ tokens: ['first', 'second'], expires: T0 + HOUR * 1.5 });
  expect(checkToken(next, 'first', T0 + HOUR - 1)).toEqual({ ok: true });
  expect(checkToken(next, 'first', T0 + HOUR)).toEqual({ ok: false, refusal: 'tokenExpired' });
  expect(checkToken(next, 'second', T0 + HOUR)).toEqual({ ok: true });
});

test('does not extend with an expired token and leaves the session unchanged', () => {
  expect(extend(session(), 'first', token('second', T0 + HOUR), T0 + HOUR)).toEqual({ result: { ok: false, refusal: 'tokenExpired' } });
});

test('invalidates the session so that every token of it is refused as sessionInvalidated', () => {
  const extended = extend(session(), 'first', token('second', T0), T0).next!;
  const { next, result } = invalidate(extended, 'second', T0);
  expect(result).toEqual({ ok: true });
  for (const digest of ['first', 'second']) expect(checkToken(next, digest, T0)).toEqual({ ok: false, refusal: 'sessionInvalidated' });
  expect(invalidate(next, 'first', T0)).toEqual({ result: { ok: false, refusal: 'sessionInvalidated' } });
});

test('does not extend an invalidated session', () => {
  const dead = invalidate(session(), 'first', T0).next!;
  expect(extend(dead, 'first', token('second', T0), T0).result).toEqual({ ok: false, refusal: 'sessionInvalidated' });
});

test('shows a session as active while a token lives, expired after the last one, invalidated after invalidate', () => {
  const extended = extend(session(), 'first', token('second', T0 + HOUR / 2), T0 + HOUR / 2).next!;
  expect(sessionView(extended, T0 + HOUR).state).toBe('active');
  expect(sessionView(extended, T0 + HOUR * 1.5).state).toBe('expired');
  expect(sessionView(invalidate(extended, 'second', T0).next!, T0).state).toBe('invalidated');
});

test('never changes the session it was given', () => {
  const original = session();
  const copy = structuredClone(original);
  extend(original, 'first', token('second', T0), T0);
  invalidate(original, 'first', T0);
  expect(original).toEqual(copy);
});
