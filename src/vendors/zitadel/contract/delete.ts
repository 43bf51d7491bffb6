import type { Scenario } from '../../../contract/types';
import { b64, createSession, withPat } from './steps';

/** A deleted (terminated) session is gone: reading it answers 404 "Session does not exist (QUERY-SFeaa)". */
export const deleteInvalidates: Scenario = {
  name: 'a deleted session can no longer be read, with or without its token',
  tags: ['natural'],
  async run(t) {
    const created = await createSession(t, 'create an empty session', {});
    const headers = withPat(t);
    const pathParams = { sessionId: created.sessionId };
    const found = await t.send('search the session by id', { operationId: 'listSessions', headers, body: { queries: [{ idsQuery: { ids: [created.sessionId] } }] } });
    t.require(found, 200, 'searching sessions with the configured PAT');
    const got = await t.send('get the session', { operationId: 'getSession', headers, pathParams });
    t.require(got, 200, 'reading the session just created');

    const stale = await t.send('delete with a token the session never had', { operationId: 'deleteSession', headers, pathParams, body: { sessionToken: 'not-the-session-token' } });
    t.check('old_token_rejected', stale);
    const deleted = await t.send('delete the session with its own token', { operationId: 'deleteSession', headers, pathParams, body: { sessionToken: created.sessionToken } });
    t.require(deleted, 200, 'deleting the session with its own token');
    const after = [
      await t.send('get after delete', { operationId: 'getSession', headers, pathParams }),
      await t.send('get after delete with the token', { operationId: 'getSession', headers, pathParams, query: { sessionToken: created.sessionToken } }),
    ];
    for (const exchange of after) t.check('rejected_after_invalidate', exchange);
    // vendors.md: an update of a terminated session answers 400 code 9 (COMMAND-Hewfq).
    const set = await t.send('set after delete', { operationId: 'setSession', headers, pathParams, body: { sessionToken: created.sessionToken, metadata: { theme: b64('dark') } } });
    t.check('rejected_after_invalidate', set, { statuses: [400, 404] });
  },
};
