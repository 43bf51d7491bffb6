import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { SessionStore } from '../../core/store/session-store';
import { randomHex, tokenDigest } from '../../core/tokens';
import type { Handler, VendorRequest, VendorResponse } from '../../core/vendor';
import type { VcdaPrincipal } from './auth';
import { field, type Directory } from './directory';
import { VCDA_MEDIA_TYPE, vcdaErrors } from './errors';
import { attachSite, details, forgetSite, invalidate, onLiveSession, startSession, type VcdaSession, type VcdaSessionData } from './model';

export interface HandlerContext {
  api: string;
  store: SessionStore;
  clock: Clock;
  directory: Directory;
  idleTimeoutMs: number;
}

type Change = (session: VcdaSession) => VcdaSession;

/** One handler per operationId of specs/vcda.yaml. */
export function createHandlers(context: HandlerContext): Record<string, Handler<VcdaPrincipal>> {
  const { directory } = context;
  const change = (principal: VcdaPrincipal, fn: Change) =>
    context.store.update<VcdaSessionData, VcdaSession | undefined>(context.api, principal.sessionId ?? '', onLiveSession(context.clock.now(), context.idleTimeoutMs, fn));
  const answerDetails = async (principal: VcdaPrincipal, fn: Change): Promise<VendorResponse> => {
    const next = await change(principal, fn);
    return next ? ok(details(next)) : vcdaErrors.notAuthenticated();
  };

  return {
    login: (request) => login(context, request),
    getSession: (_request, principal) => answerDetails(principal, (session) => session),
    logout: async (_request, principal) => ((await change(principal, invalidate)) ? { status: 204 } : vcdaErrors.notAuthenticated()),
    shrinkSession: async (request, principal) => {
      const site = request.pathParams.site ?? '';
      // The vendor's Shrink page documents 400 BadUserInput, 401 and 500, no 404 (specs/vcda.yaml).
      if (!directory.knowsSite(site)) return vcdaErrors.badUserInput([site], `unknown site '${site}'.`);
      return answerDetails(principal, (session) => forgetSite(session, site));
    },
    extendSession: async (request, principal) => {
      const site = field(request.body, 'site') ?? '';
      if (!directory.knowsSite(site)) return vcdaErrors.siteNotFound(site);
      // 003_c14ab5462aef1dd6.txt: extend gives the session credentials for a site; it does not lengthen it.
      const auth = directory.remoteAuth(request.body, site);
      if (!auth) return vcdaErrors.remoteAuthenticationFailure(site);
      return answerDetails(principal, (session) => attachSite(session, auth));
    },
  };
}

/** Login answers the new session's token in the X-VCAV-Auth response header (vendors.md), never in the body. */
async function login(context: HandlerContext, request: VendorRequest): Promise<VendorResponse> {
  const found = context.directory.login(request.body);
  if (!('user' in found)) return vcdaErrors.loginFailed(found.failedUser);
  const token = randomHex(16);
  const session = startSession({
    api: context.api,
    id: randomUUID(),
    tokenDigest: tokenDigest(token),
    ...found,
    lastUsed: context.clock.now(),
    idleTimeoutMs: context.idleTimeoutMs,
  });
  await context.store.insert(session);
  return ok(details(session), { 'X-VCAV-Auth': token });
}

function ok(body: unknown, headers?: Record<string, string>): VendorResponse {
  return { status: 200, contentType: VCDA_MEDIA_TYPE, body, ...(headers ? { headers } : {}) };
}
