import { ZitadelError } from '../../../../src/vendors/zitadel/model/errors';
import {
  applyUpdate,
  bumpSequence,
  checkPassword,
  checkUser,
  rotateToken,
  setMetadata,
  startSession,
  terminate,
  type Step,
  type UpdateContext,
} from '../../../../src/vendors/zitadel/model/transitions';
import type { SessionState } from '../../../../src/vendors/zitadel/model/types';

const T0 = Date.parse('2024-03-05T14:01:58.117Z');
const base: SessionState = { sequence: 2, changeDate: T0, tokenDigest: 'd0', metadata: [] };
const withAlice: SessionState = { ...base, user: { id: 'alice', verifiedAt: T0 } };
const context: UpdateContext = { now: T0 + 1000, newTokenDigest: 'd1', verifyPassword: (user, password) => user === 'alice' && password === 'right' };

const step = (result: Step | ZitadelError): Step => {
  if (result instanceof ZitadelError) throw new Error(`expected a step, got ${result.message}`);
  return result;
};
const caseOf = (result: Step | ZitadelError): string => (result instanceof ZitadelError ? result.caseName : 'step');

test('checkUser records the user with verifiedAt and one event', () => {
  expect(step(checkUser(base, 'alice', T0 + 5))).toEqual({ state: { ...base, user: { id: 'alice', verifiedAt: T0 + 5 } }, events: ['user.checked'] });
});

test('checkUser refuses a different user once one is checked', () => {
  expect(caseOf(checkUser(withAlice, 'bob', T0))).toBe('userChanged');
});

test('checkPassword needs a checked user and the right password', () => {
  expect(caseOf(checkPassword(base, () => true, T0))).toBe('userCheckMissing');
  expect(caseOf(checkPassword(withAlice, () => false, T0))).toBe('passwordInvalid');
  expect(step(checkPassword(withAlice, () => true, T0 + 9)).state.password).toEqual({ verifiedAt: T0 + 9 });
});

test('setMetadata sets non-empty values, deletes empty ones and writes one event only when something changed', () => {
  const set = step(setMetadata(base, [['a', 'YQ=='], ['b', 'Yg==']]));
  expect(set).toEqual({ state: { ...base, metadata: [['a', 'YQ=='], ['b', 'Yg==']] }, events: ['metadata.set'] });
  expect(step(setMetadata(set.state, [['a', '']])).state.metadata).toEqual([['b', 'Yg==']]);
  expect(setMetadata(set.state, [['a', 'YQ=='], ['missing', '']])).toEqual({ state: set.state, events: [] });
});

test('setMetadata keeps __proto__ as an ordinary key', () => {
  const state = step(setMetadata(base, [['__proto__', 'eA==']])).state;
  expect(state.metadata).toEqual([['__proto__', 'eA==']]);
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
});

test('rotateToken replaces the digest with one event; bumpSequence adds one per event and moves changeDate', () => {
  expect(rotateToken(base, 'd9')).toEqual({ state: { ...base, tokenDigest: 'd9' }, events: ['token.set'] });
  expect(bumpSequence(base, ['user.checked', 'token.set'], T0 + 3)).toEqual({ ...base, sequence: 4, changeDate: T0 + 3 });
  expect(bumpSequence(base, [], T0 + 3)).toBe(base);
});

test('applyUpdate checks user and password in one request, then issues the new token: sequence +3', () => {
  const result = step(applyUpdate(base, { userId: 'alice', password: 'right' }, context));
  expect(result.events).toEqual(['user.checked', 'password.checked', 'token.set']);
  expect(result.state).toMatchObject({ sequence: 5, tokenDigest: 'd1', changeDate: context.now, password: { verifiedAt: context.now } });
});

test('applyUpdate changes nothing when any step fails, even after a metadata change', () => {
  expect(caseOf(applyUpdate(withAlice, { password: 'wrong', metadata: [['a', 'YQ==']] }, context))).toBe('passwordInvalid');
});

test('applyUpdate with nothing to change keeps the state, token and sequence', () => {
  expect(applyUpdate(base, { metadata: [['gone', '']] }, context)).toEqual({ state: base, events: [] });
});

test('startSession counts session.added and token.set: "2" for an empty create', () => {
  expect(step(startSession({}, false, context)).state).toEqual({ sequence: 2, changeDate: context.now, tokenDigest: 'd1', metadata: [] });
});

test('startSession with lifetime, user, password and metadata counts six events', () => {
  const result = step(startSession({ userId: 'alice', password: 'right', metadata: [['a', 'YQ==']] }, true, context));
  expect(result.events).toEqual(['session.added', 'lifetime.set', 'user.checked', 'password.checked', 'metadata.set', 'token.set']);
  expect(result.state.sequence).toBe(6);
});

test('terminate adds one event and keeps the token digest', () => {
  expect(terminate(base, T0 + 7)).toEqual({ state: { ...base, sequence: 3, changeDate: T0 + 7 }, events: ['session.terminated'] });
});
