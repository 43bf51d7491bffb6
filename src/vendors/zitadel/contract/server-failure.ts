import type { Scenario } from '../../../contract/types';
import { b64, cleanUp, createSession, userCheck, withFault, withPat } from './steps';

/**
 * Statuses with no natural cause, answered by faults: 500 code 13 on every operation, and 404 on search (a search
 * that finds nothing answers 200). A fault never outlives its step.
 */
export const serverFailure: Scenario = {
  name: 'every operation answers its documented 500, and search its documented 404',
  tags: ['mock-controls'],
  async run(t) {
    const session = await createSession(t, 'create with a user check', { checks: userCheck(t) });
    const headers = withPat(t);
    const pathParams = { sessionId: session.sessionId };
    const search = { operationId: 'listSessions', headers, body: { queries: [{ idsQuery: { ids: [session.sessionId] } }] } };
    await withFault(t, 'createSession', 500, () => t.send('create during a server failure', { operationId: 'createSession', headers, body: { checks: userCheck(t) } }));
    await withFault(t, 'getSession', 500, () => t.send('get during a server failure', { operationId: 'getSession', headers, pathParams }));
    await withFault(t, 'setSession', 500, () => t.send('set during a server failure', { operationId: 'setSession', headers, pathParams, body: { sessionToken: session.sessionToken, metadata: { theme: b64('dark') } } }));
    await withFault(t, 'deleteSession', 500, () => t.send('delete during a server failure', { operationId: 'deleteSession', headers, pathParams }));
    await withFault(t, 'listSessions', 500, () => t.send('search during a server failure', search));
    await withFault(t, 'listSessions', 404, () => t.send('search answered 404 by a fault', search));
    await cleanUp(t, session);
  },
};
