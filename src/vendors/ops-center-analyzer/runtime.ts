import { tokenDigest } from '../../core/tokens';
import { MintError, type MintedSession, type VendorContext, type VendorRuntime } from '../../core/vendor';
import { createAuthenticator, newHssoToken, startSession, type AuthContext, type Principal } from './auth';
import type { AnalyzerFixtures } from './fixtures';
import { createDocumentedSuccess, createHandlers } from './handlers';
import { openSession } from './model';
import { readRequiredRoles } from './permissions';
import { createVendorErrors } from './vendor-errors';

export function createRuntime(context: VendorContext<AnalyzerFixtures>): VendorRuntime<Principal> {
  const { fixtures, clock, store, api } = context;
  const timeoutMs = fixtures.sessionTimeoutSeconds * 1000;
  const origin = fixtures.errorSourceOrigin;
  const requiredRoles = readRequiredRoles(context.spec);
  const auth: AuthContext = { api, clock, store, users: new Map(fixtures.users.map((u) => [u.user, u])), timeoutMs, requiredRoles, origin };
  // A Prefer'd 200 names the first live pre-issued token, so a client that keeps using it keeps working.
  const live = fixtures.sessions.find((session) => session.idleSeconds < fixtures.sessionTimeoutSeconds);
  // The Action's href names the invoke operation's path as the spec writes it.
  const invokePath = context.spec.operation('invokeKeepAlive').pathTemplate;
  const documentedSuccess = createDocumentedSuccess({ clock, origin, invokePath, token: live?.token ?? newHssoToken(), timeoutSeconds: fixtures.sessionTimeoutSeconds });

  return {
    authenticate: createAuthenticator(auth),
    handlers: createHandlers({ clock, origin, invokePath }),
    errors: createVendorErrors({ spec: context.spec, origin, requiredRoles, documentedSuccess }),
    async seed() {
      const now = clock.now();
      for (const session of fixtures.sessions) {
        const idleMs = session.idleSeconds * 1000;
        await store.put(openSession({ api, id: session.id, user: session.user, tokenDigest: tokenDigest(session.token), now, timeoutMs, idleMs }));
      }
    },
    async mint(user: string): Promise<MintedSession> {
      const found = auth.users.get(user);
      if (!found) throw new MintError(`no ${api} user ${JSON.stringify(user)}; the fixtures have ${[...auth.users.keys()].join(', ')}`);
      if (!found.loginPrivilege) throw new MintError(`${api} user ${user} has no login privilege (loginPrivilege: false), so it cannot hold a session`);
      const { token, session } = await startSession(auth, found.user, clock.now());
      return { api, id: session.id, user: found.user, headers: { Authorization: `HSSO ${token}` }, token };
    },
  };
}
