import type { Scenario } from '../../../contract/types';
import { b64, cleanUp, createSession, mockControls, sessionToken, userCheck, withPat } from './steps';

/** A session created with a lifetime refuses updates once it has run out (400 code 9 COMMAND-Hkl3d). */
export const lifetimeExpiry: Scenario = {
  name: 'a session created with a 60-second lifetime refuses updates two minutes later',
  tags: ['mock-controls'],
  async run(t) {
    const mock = mockControls(t);
    const session = await createSession(t, 'create with a 60-second lifetime', { checks: userCheck(t), lifetime: '60s' });
    const headers = withPat(t);
    const pathParams = { sessionId: session.sessionId };
    const fresh = await t.send('set metadata while the session lives', { operationId: 'setSession', headers, pathParams, body: { sessionToken: session.sessionToken, metadata: { theme: b64('dark') } } });
    t.require(fresh, 200, 'updating a session within its lifetime');
    const token = sessionToken(fresh) ?? '';
    await mock.advanceClock('PT2M');
    const expired = await t.send('set metadata after the lifetime', { operationId: 'setSession', headers, pathParams, body: { sessionToken: token, metadata: { theme: b64('light') } } });
    // vendors.md: an expired ZITADEL session answers 400 code 9 (COMMAND-Hkl3d), not 401.
    t.check('expiry_enforced', expired, { statuses: [400] });
    await cleanUp(t, session);
  },
};
