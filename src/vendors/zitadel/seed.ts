import type { SessionRecord } from '../../core/store/session-store';
import { tokenDigest } from '../../core/tokens';
import type { SessionFixture, UserFixture } from './fixtures';
import type { Directory } from './model/directory';
import type { SessionState } from './model/types';
import { startSession, terminate, type UpdatePlan } from './model/transitions';
import { parseLifetime } from './json';

/** A fixture session as a stored record, built through the same transitions a client's requests go through. */
export function fixtureRecord(api: string, fixture: SessionFixture, directory: Directory, now: number): SessionRecord<SessionState> {
  const user = fixture.user === undefined ? undefined : directory.find(fixture.user);
  const lifetime = fixture.lifetime === undefined ? 0 : parseLifetime(fixture.lifetime);
  const created = fixture.expired ? now - lifetime - 60_000 : now;
  const plan: UpdatePlan = {};
  if (user) plan.userId = user.id;
  if (user && fixture.passwordChecked) plan.password = user.password;
  if (fixture.metadata) plan.metadata = Object.entries(fixture.metadata);
  const step = startSession(plan, lifetime > 0, { now: created, newTokenDigest: tokenDigest(fixture.token), verifyPassword: () => true });
  if (!('state' in step)) throw step;
  const state = fixture.terminated ? terminate(step.state, created).state : step.state;
  return {
    api,
    id: fixture.id,
    user: user?.name ?? '',
    created,
    expires: lifetime > 0 ? created + lifetime : null,
    state: fixture.terminated ? 'invalidated' : 'active',
    tokens: fixture.terminated ? [] : [state.tokenDigest],
    data: state,
  };
}

/** A session with `user` checked, as if a login client had created it (for POST /__admin/sessions). */
export function mintedRecord(api: string, id: string, user: UserFixture, token: string, now: number): SessionRecord<SessionState> {
  const step = startSession({ userId: user.id }, false, { now, newTokenDigest: tokenDigest(token), verifyPassword: () => false });
  if (!('state' in step)) throw step;
  return { api, id, user: user.name, created: now, expires: null, state: 'active', tokens: [step.state.tokenDigest], data: step.state };
}
