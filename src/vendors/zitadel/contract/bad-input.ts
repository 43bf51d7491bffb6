import type { Scenario } from '../../../contract/types';
import { b64, cleanUp, createSession, UNKNOWN_SESSION_ID, userCheck, withPat } from './steps';

const TOO_LONG = '1'.repeat(201);

/** Requests that break the messages' constraints (non-empty, at most 200 characters, one criterion) answer 400 code 3. */
export const malformedRefused: Scenario = {
  name: 'malformed requests are refused with 400 InvalidArgument',
  tags: ['natural'],
  async run(t) {
    const session = await createSession(t, 'create with a user check', { checks: userCheck(t) });
    const headers = withPat(t);
    const pathParams = { sessionId: session.sessionId };
    const malformed = [
      await t.send('create with a user check naming nobody', { operationId: 'createSession', headers, body: { checks: { user: {} } } }),
      await t.send('create with an empty password', { operationId: 'createSession', headers, body: { checks: { ...userCheck(t), password: { password: '' } } } }),
      await t.send('get with a sessionToken over 200 characters', { operationId: 'getSession', headers, pathParams, query: { sessionToken: TOO_LONG } }),
      await t.send('set an empty password', { operationId: 'setSession', headers, pathParams, body: { sessionToken: session.sessionToken, checks: { password: { password: '' } } } }),
      await t.send('delete a session id over 200 characters', { operationId: 'deleteSession', headers, pathParams: { sessionId: TOO_LONG } }),
      await t.send('search with a query naming no criterion', { operationId: 'listSessions', headers, body: { queries: [{}] } }),
    ];
    for (const exchange of malformed) t.check('malformed_rejected', exchange);
    await cleanUp(t, session);
  },
};

/**
 * Real causes of 400 and 404: a wrong password (400 code 3 COMMAND-3M0fs, which changes nothing, so the token still
 * works), an unknown login name (404 QUERY-Dfbg2) and an unknown session id (404 QUERY-SFeaa).
 */
export const wrongPasswordAndUnknownIds: Scenario = {
  name: 'a wrong password changes nothing; unknown users and sessions answer 404',
  tags: ['natural'],
  async run(t) {
    const headers = withPat(t);
    const wrong = `${t.credentials.password ?? ''}-wrong`;
    await t.send('create with a wrong password', { operationId: 'createSession', headers, body: { checks: { ...userCheck(t), password: { password: wrong } } } });
    await t.send('create for an unknown login name', { operationId: 'createSession', headers, body: { checks: { user: { loginName: 'session-double-nobody@example.invalid' } } } });

    const session = await createSession(t, 'create with a user check', { checks: userCheck(t) });
    const pathParams = { sessionId: session.sessionId };
    await t.send('set a wrong password', { operationId: 'setSession', headers, pathParams, body: { sessionToken: session.sessionToken, checks: { password: { password: wrong } } } });
    const still = await t.send('set metadata with the same token', { operationId: 'setSession', headers, pathParams, body: { sessionToken: session.sessionToken, metadata: { theme: b64('dark') } } });
    t.require(still, 200, 'the token after a refused password check (a wrong password must change nothing)');

    const unknown = { sessionId: UNKNOWN_SESSION_ID };
    await t.send('get an unknown session', { operationId: 'getSession', headers, pathParams: unknown });
    await t.send('set an unknown session', { operationId: 'setSession', headers, pathParams: unknown, body: { metadata: { theme: b64('dark') } } });
    await t.send('delete an unknown session', { operationId: 'deleteSession', headers, pathParams: unknown });
    await cleanUp(t, session);
  },
};
