import { attachSite, details, forgetSite, invalidate, onLiveSession, startSession, stateAt, touch, type VcdaSession } from '../../../../src/vendors/vcda/model';

const MINUTE = 60_000;
const IDLE = 30 * MINUTE;
const T0 = Date.UTC(2030, 0, 1);

function session(): VcdaSession {
  return startSession({ api: 'vcda', id: 's1', tokenDigest: 'd1', user: 'admin1@Org1', roles: ['EVERYONE'], authenticatedSites: [{ org: 'Org1', site: 'site1' }], lastUsed: T0, idleTimeoutMs: IDLE });
}

test('starts a session that expires one idle timeout after it was last used', () => {
  expect(session()).toMatchObject({ created: T0, expires: T0 + IDLE, state: 'active', tokens: ['d1'] });
});

test('attaches a new site beside the existing ones', () => {
  expect(attachSite(session(), { org: 'org2', site: 'site2' }).data.authenticatedSites).toEqual([{ org: 'Org1', site: 'site1' }, { org: 'org2', site: 'site2' }]);
});

test('replaces an earlier entry for the same site instead of adding a second', () => {
  const twice = attachSite(attachSite(session(), { org: 'org2', site: 'site2' }), { org: 'org3', site: 'site2' });
  expect(twice.data.authenticatedSites).toEqual([{ org: 'Org1', site: 'site1' }, { org: 'org3', site: 'site2' }]);
});

test('keeps the position of a site it re-authenticates', () => {
  const both = attachSite(session(), { org: 'org2', site: 'site2' });
  expect(attachSite(both, { org: 'org2', site: 'site1' }).data.authenticatedSites).toEqual([{ org: 'org2', site: 'site1' }, { org: 'org2', site: 'site2' }]);
});

test('forgets one site and leaves the others', () => {
  const both = attachSite(session(), { org: 'org2', site: 'site2' });
  expect(forgetSite(both, 'site1').data.authenticatedSites).toEqual([{ org: 'org2', site: 'site2' }]);
});

test('forgets a site that is not attached without changing anything', () => {
  expect(forgetSite(session(), 'site2').data).toEqual(session().data);
});

test('never changes the session it was given', () => {
  const original = session();
  const copy = structuredClone(original);
  attachSite(original, { org: 'org2', site: 'site2' });
  forgetSite(original, 'site1');
  invalidate(original);
  touch(original, T0 + MINUTE, IDLE);
  expect(original).toEqual(copy);
});

test('is active until the idle timeout has passed, then expired', () => {
  expect(stateAt(session(), T0 + IDLE - 1)).toBe('active');
  expect(stateAt(session(), T0 + IDLE)).toBe('expired');
});

test('reads as invalidated after logout, whatever the time', () => {
  expect(stateAt(invalidate(session()), T0)).toBe('invalidated');
});

test('slides the idle timeout from the time of use', () => {
  expect(touch(session(), T0 + 20 * MINUTE, IDLE).expires).toBe(T0 + 50 * MINUTE);
});

test('answers C4SessionDetails in the seed example\'s shape', () => {
  expect(details(session())).toEqual({ authenticatedSites: [{ org: 'Org1', site: 'site1' }], roles: ['EVERYONE'], user: 'admin1@Org1' });
});

test('applies a change to a live session and slides it', () => {
  const outcome = onLiveSession(T0 + 10 * MINUTE, IDLE, (s) => attachSite(s, { org: 'org2', site: 'site2' }))(session());
  expect(outcome.result?.data.authenticatedSites).toHaveLength(2);
  expect(outcome.next?.expires).toBe(T0 + 40 * MINUTE);
});

test.each([
  { state: 'missing', current: undefined, now: T0 },
  { state: 'idle-expired', current: session(), now: T0 + IDLE },
  { state: 'logged out', current: invalidate(session()), now: T0 },
])('leaves a $state session alone and answers no session', ({ current, now }) => {
  expect(onLiveSession(now, IDLE, (s) => s)(current)).toEqual({ result: undefined });
});
