import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock';
import { decodeBasic, readAuthorization } from '../../core/http-auth';
import type { SessionStore } from '../../core/store/session-store';
import { randomHex, secretsEqual, tokenDigest } from '../../core/tokens';
import type { AuthOutcome, VendorRequest } from '../../core/vendor';
import { originOf } from './answers';
import { caseDetail, errorResponse, type ErrorCaseName } from './errors';
import type { AnalyzerUser } from './fixtures';
import { isLive, openSession, renew, type HssoData, type HssoSession, type RenewOutcome } from './model';
import { mayExecute, type RequiredRoles } from './permissions';

/** Who is calling, through which HSSO session, renewed at `at` (virtual clock). */
export interface Principal {
  user: string;
  token: string;
  session: HssoSession;
  at: number;
}

export interface AuthContext {
  api: string;
  clock: Clock;
  store: SessionStore;
  users: ReadonlyMap<string, AnalyzerUser>;
  timeoutMs: number;
  requiredRoles: RequiredRoles;
  origin: string;
}

type Outcome = AuthOutcome<Principal>;

/** A token shaped like the seed's `8113b7…bc11f_YXZvNFIMehp3UB4jbmVyPGUgT3Q=_V0810`: 38 hex, 28 base64, version. */
export function newHssoToken(): string {
  return `${randomHex(19)}_${randomBytes(20).toString('base64')}_V0810`;
}

/** Opens a session for a user the caller has already checked; answers its token and record. */
export async function startSession(context: AuthContext, user: string, now: number): Promise<{ token: string; session: HssoSession }> {
  const token = newHssoToken();
  const session = openSession({ api: context.api, id: randomUUID(), user, tokenDigest: tokenDigest(token), now, timeoutMs: context.timeoutMs });
  await context.store.insert(session);
  return { token, session };
}

// 001_c39cb08b7efa28f3.txt: no login endpoint; Basic on any call opens an HSSO session, HSSO continues it.
export function createAuthenticator(context: AuthContext) {
  return function authenticate(request: VendorRequest): Promise<Outcome> {
    const fail = (name: ErrorCaseName): Promise<Outcome> => {
      const source = `${originOf(request.headers, context.origin)}${request.path}`;
      return Promise.resolve({ response: errorResponse(name, source, caseDetail(name, request.path, context.requiredRoles.get(request.operationId))) });
    };
    const credentials = readAuthorization(request.headers);
    if (credentials?.scheme === 'hsso') return withToken(context, request, credentials.value, fail);
    if (credentials?.scheme === 'basic') return withBasic(context, request, credentials.value, fail);
    return fail('badCredentials');
  };
}

async function withBasic(context: AuthContext, request: VendorRequest, value: string, fail: (name: ErrorCaseName) => Promise<Outcome>): Promise<Outcome> {
  const pair = decodeBasic(value);
  const user = pair ? context.users.get(pair.user) : undefined;
  if (!pair || !user || !secretsEqual(pair.password, user.password)) return fail('badCredentials');
  // 001_c39cb08b7efa28f3.txt: 401 = "No login privilege.", 403 = "No execute privilege."
  if (!user.loginPrivilege) return fail('noProductPermission');
  if (!mayExecute(user.roles, context.requiredRoles.get(request.operationId) ?? [])) return fail('noExecutePermission');
  const at = context.clock.now();
  const { token, session } = await startSession(context, user.user, at);
  return { principal: { user: user.user, token, session, at } };
}

async function withToken(context: AuthContext, request: VendorRequest, token: string, fail: (name: ErrorCaseName) => Promise<Outcome>): Promise<Outcome> {
  if (token === '') return fail('expiredToken');
  const found = await context.store.findByToken<HssoData>(context.api, tokenDigest(token));
  const at = context.clock.now();
  if (!found || !isLive(found, at)) return fail('expiredToken');
  const user = context.users.get(found.user);
  if (!user?.loginPrivilege) return fail('noProductPermission');
  if (!mayExecute(user.roles, context.requiredRoles.get(request.operationId) ?? [])) return fail('noExecutePermission');
  const outcome = await context.store.update<HssoData, RenewOutcome>(context.api, found.id, (current) => {
    const renewed = renew(current, at, context.timeoutMs);
    return renewed.ok ? { next: renewed.next, result: renewed } : { result: renewed };
  });
  if (!outcome.ok) return fail('expiredToken');
  return { principal: { user: user.user, token, session: outcome.next, at } };
}
