import { randomUUID } from 'node:crypto';
import type { Handler, VendorContext, VendorResponse } from '../../core/vendor';
import type { VeridataPrincipal } from './auth';
import type { VeridataErrors } from './errors';
import type { VeridataFixtures, VeridataUser } from './fixtures';
import { extend, invalidate, openSession, type IssuedToken, type VeridataSessionData } from './model';

export interface HandlerDeps {
  context: VendorContext<VeridataFixtures>;
  errors: VeridataErrors;
  /** A new token of a session, issued now, and what the session keeps of it. */
  issue(user: string, sessionId: string): { token: string; issued: IssuedToken };
}

export function createHandlers(deps: HandlerDeps): Record<string, Handler<VeridataPrincipal>> {
  const { context, errors } = deps;
  return {
    async login(_request, principal) {
      const user = asUser(principal);
      const id = randomUUID();
      const { token, issued } = deps.issue(user.name, id);
      await context.store.insert(openSession({ api: context.api, id, user: user.name, userId: user.userId, roles: user.roles, token: issued }));
      return loginBody(user.roles, token, user.userId);
    },
    // A HEAD carries no body to hand a token to, so it mints none (docs/decisions/veridata.md §7).
    loginChallenge: () => Promise.resolve({ status: 200 }),
    async extendSession(request, principal) {
      const { session, tokenDigest } = asSession(principal);
      const { token, issued } = deps.issue(session.user, session.id);
      const check = await context.store.update<VeridataSessionData, ReturnType<typeof extend>['result']>(context.api, session.id, (current) => extend(current, tokenDigest, issued, context.clock.now()));
      if (!check.ok) return errors.answer(request.operationId, check.refusal);
      return loginBody(session.data.roles, token, session.data.userId);
    },
    async invalidateSession(request, principal) {
      const { session, tokenDigest } = asSession(principal);
      const check = await context.store.update<VeridataSessionData, ReturnType<typeof invalidate>['result']>(context.api, session.id, (current) => invalidate(current, tokenDigest, context.clock.now()));
      // 002_a37f00870c2dbca3.txt: "Logout Successful." prints no schema, so the 200 has no body.
      return check.ok ? { status: 200 } : errors.answer(request.operationId, check.refusal);
    },
  };
}

// 000_bc046bcfc83e86d4.txt: the Login body carries role names in upper case ("ADMINISTRATOR").
export function loginBody(roles: string[], token: string, userId: number): VendorResponse {
  return { status: 200, body: { roles: roles.map((role) => role.toUpperCase()), token, userId } };
}

function asUser(principal: VeridataPrincipal): VeridataUser {
  if (principal.kind !== 'user') throw new Error('login needs the principal of user credentials');
  return principal.user;
}

function asSession(principal: VeridataPrincipal): Extract<VeridataPrincipal, { kind: 'session' }> {
  if (principal.kind !== 'session') throw new Error('this operation needs the principal of a Bearer token');
  return principal;
}
