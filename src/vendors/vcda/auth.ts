import type { Clock } from '../../core/clock';
import type { SessionStore } from '../../core/store/session-store';
import { tokenDigest } from '../../core/tokens';
import type { AuthOutcome, VendorRequest } from '../../core/vendor';
import type { SpecApi } from '../../spec/types';
import { vcdaErrors } from './errors';
import { stateAt, type VcdaSessionData } from './model';

/** The session a request's X-VCAV-Auth names; login, which needs none, gets `sessionId: null`. */
export interface VcdaPrincipal {
  sessionId: string | null;
}

/**
 * `X-VCAV-Auth: <token>` (no scheme, vendors.md). A missing, unknown, idle-expired or logged-out token answers
 * 401 NotAuthenticated; the handler re-checks inside its atomic update, so a concurrent logout still wins.
 */
export function createAuthenticate(spec: SpecApi, store: SessionStore, clock: Clock) {
  const open = new Set(spec.operations.filter((operation) => isOpen(operation.raw.security)).map((operation) => operation.operationId));
  const api = spec.api;
  return async function authenticate(request: VendorRequest): Promise<AuthOutcome<VcdaPrincipal>> {
    if (open.has(request.operationId)) return { principal: { sessionId: null } };
    const header = request.headers['x-vcav-auth'];
    const token = typeof header === 'string' ? header.trim() : '';
    if (token === '') return { response: vcdaErrors.notAuthenticated() };
    const session = await store.findByToken<VcdaSessionData>(api, tokenDigest(token));
    if (!session || stateAt(session, clock.now()) !== 'active') return { response: vcdaErrors.notAuthenticated() };
    return { principal: { sessionId: session.id } };
  };
}

/** An operation whose `security` is `[]` takes no X-VCAV-Auth (login). */
function isOpen(security: unknown): boolean {
  return Array.isArray(security) && security.length === 0;
}
