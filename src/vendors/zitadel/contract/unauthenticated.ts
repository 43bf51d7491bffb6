import type { Exchange, Scenario, ScenarioContext } from '../../../contract/types';
import type { CreatedSession } from './steps';
import { b64, bearer, cleanUp, createSession, userCheck } from './steps';

/** Every request of the session's life, with the given headers (none, a foreign bearer, a PAT without permission). */
async function probe(t: ScenarioContext, session: CreatedSession, how: string, headers: Record<string, string>, withToken: boolean): Promise<Exchange[]> {
  const pathParams = { sessionId: session.sessionId };
  const token = withToken ? { sessionToken: session.sessionToken } : {};
  return [
    await t.send(`create ${how}`, { operationId: 'createSession', headers, body: {} }),
    await t.send(`search ${how}`, { operationId: 'listSessions', headers, body: { queries: [{ idsQuery: { ids: [session.sessionId] } }] } }),
    await t.send(`get ${how}`, { operationId: 'getSession', headers, pathParams }),
    await t.send(`set ${how}`, { operationId: 'setSession', headers, pathParams, body: { ...token, metadata: { theme: b64('dark') } } }),
    await t.send(`delete ${how}`, { operationId: 'deleteSession', headers, pathParams }),
  ];
}

/**
 * Without a bearer token, with one the instance never issued (401 code 16), or with a PAT whose service user has no
 * session permission (403 code 7), nothing is created, read, changed or deleted. `noPermissionPat` may be empty
 * against a backend that has no such user: those steps are then left out.
 */
export const bearerRequired: Scenario = {
  name: 'requests without a valid bearer token, or with a PAT without session permission, are refused',
  tags: ['natural'],
  async run(t) {
    const session = await createSession(t, 'create a session to probe', { checks: userCheck(t) });
    const refused = [
      ...(await probe(t, session, 'without Authorization', {}, true)),
      ...(await probe(t, session, 'with a bearer token the instance never issued', bearer('session-double-unknown-token'), true)),
    ];
    const noPermission = t.credentials.noPermissionPat ?? '';
    if (noPermission !== '') refused.push(...(await probe(t, session, 'with a PAT without session permission', bearer(noPermission), false)));
    for (const exchange of refused) t.check('unauthenticated_rejected', exchange);
    await cleanUp(t, session);
  },
};
