import { zitadelError, type ZitadelError } from './errors';
import type { SessionState, StoredMetadata } from './types';

/** The events ZITADEL writes to a session aggregate; each one advances the session's sequence by one. */
export type SessionEvent = 'session.added' | 'user.checked' | 'password.checked' | 'metadata.set' | 'lifetime.set' | 'token.set' | 'session.terminated';

export interface Step {
  state: SessionState;
  events: SessionEvent[];
}

/** A session's user is checked once: the same user again refreshes verifiedAt, another one is refused. */
export function checkUser(state: SessionState, userId: string, now: number): Step | ZitadelError {
  // 004_637c1cbc11039a03.txt (vendors.md): the user check happens once per session.
  if (state.user && state.user.id !== userId) return zitadelError('userChanged');
  return { state: { ...state, user: { id: userId, verifiedAt: now } }, events: ['user.checked'] };
}

/** The password of the session's user; `matches` says whether it is that user's password. */
export function checkPassword(state: SessionState, matches: (userId: string) => boolean, now: number): Step | ZitadelError {
  // 004_637c1cbc11039a03.txt: "Requires that the user is already checked, either in the previous or the same request."
  if (!state.user) return zitadelError('userCheckMissing');
  if (!matches(state.user.id)) return zitadelError('passwordInvalid');
  return { state: { ...state, password: { verifiedAt: now } }, events: ['password.checked'] };
}

/** Sets each key with a non-empty value and deletes each key with an empty one; one event when anything changed. */
export function setMetadata(state: SessionState, changes: StoredMetadata): Step {
  const next = new Map(state.metadata);
  let changed = false;
  for (const [key, value] of changes) {
    if (value === '') changed = next.delete(key) || changed;
    else if (next.get(key) !== value) {
      next.set(key, value);
      changed = true;
    }
  }
  if (!changed) return { state, events: [] };
  return { state: { ...state, metadata: [...next.entries()] }, events: ['metadata.set'] };
}

/** Replaces the current token: the previous one stops working. */
export function rotateToken(state: SessionState, tokenDigest: string): Step {
  return { state: { ...state, tokenDigest }, events: ['token.set'] };
}

/** Advances the sequence by one per event and moves changeDate to `now`; no events change nothing. */
export function bumpSequence(state: SessionState, events: readonly SessionEvent[], now: number): SessionState {
  if (events.length === 0) return state;
  return { ...state, sequence: state.sequence + events.length, changeDate: now };
}

export interface UpdatePlan {
  /** The resolved id of the user to check. */
  userId?: string;
  password?: string;
  metadata?: StoredMetadata;
}

export interface UpdateContext {
  now: number;
  /** Digest of the token to issue if the update changes something. */
  newTokenDigest: string;
  verifyPassword(userId: string, password: string): boolean;
}

/** Applies checks and metadata in ZITADEL's order; anything changed issues a new token. Nothing applies on error. */
export function applyUpdate(state: SessionState, plan: UpdatePlan, context: UpdateContext): Step | ZitadelError {
  let current: Step = { state, events: [] };
  const steps: ((s: SessionState) => Step | ZitadelError)[] = [];
  if (plan.userId !== undefined) steps.push((s) => checkUser(s, plan.userId!, context.now));
  if (plan.password !== undefined) steps.push((s) => checkPassword(s, (userId) => context.verifyPassword(userId, plan.password!), context.now));
  if (plan.metadata !== undefined) steps.push((s) => setMetadata(s, plan.metadata!));
  for (const step of steps) {
    const result = step(current.state);
    if (!('state' in result)) return result;
    current = { state: result.state, events: [...current.events, ...result.events] };
  }
  if (current.events.length === 0) return { state, events: [] };
  const rotated = rotateToken(current.state, context.newTokenDigest);
  const events = [...current.events, ...rotated.events];
  return { state: bumpSequence(rotated.state, events, context.now), events };
}

/** A new session: `session.added`, the checks and metadata, `lifetime.set` when it expires, then its first token. */
export function startSession(plan: UpdatePlan, hasLifetime: boolean, context: UpdateContext): Step | ZitadelError {
  const empty: SessionState = { sequence: 0, changeDate: context.now, tokenDigest: '', metadata: [] };
  const added: SessionEvent[] = hasLifetime ? ['session.added', 'lifetime.set'] : ['session.added'];
  const applied = applyUpdate(empty, plan, context);
  if (!('state' in applied)) return applied;
  const state = applied.events.length > 0 ? applied.state : rotateToken(empty, context.newTokenDigest).state;
  const events: SessionEvent[] = [...added, ...(applied.events.length > 0 ? applied.events : ['token.set' as const])];
  return { state: { ...state, sequence: events.length, changeDate: context.now }, events };
}

/** Terminating writes one event; the token stays recorded so a repeated delete can still be checked against it. */
export function terminate(state: SessionState, now: number): Step {
  const events: SessionEvent[] = ['session.terminated'];
  return { state: bumpSequence(state, events, now), events };
}
