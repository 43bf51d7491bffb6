import type { DigestAuthority } from '../../core/auth/digest';
import { readAuthorization } from '../../core/http-auth';
import { tokenDigest } from '../../core/tokens';
import type { AuthOutcome, VendorContext, VendorRequest } from '../../core/vendor';
import type { SpecApi } from '../../spec/types';
import type { VeridataErrors } from './errors';
import type { VeridataFixtures, VeridataUser } from './fixtures';
import { isJwtShaped, sessionIdOf } from './jwt';
import { checkLoginCredentials } from './credentials';
import { checkToken, type VeridataSession, type VeridataSessionData } from './model';

export type VeridataPrincipal = { kind: 'user'; user: VeridataUser } | { kind: 'session'; session: VeridataSession; tokenDigest: string };

interface OperationAuth {
  bearer: boolean;
  /** Lower-cased role names from the operation's x-required-roles. */
  roles: Set<string>;
}

export interface AuthDeps {
  context: VendorContext<VeridataFixtures>;
  errors: VeridataErrors;
  digest: DigestAuthority;
  users: ReadonlyMap<string, VeridataUser>;
}

/** Authenticates by what each operation's `security` names (Bearer, or Digest/Basic) and enforces its roles. */
export function createAuthenticator(deps: AuthDeps): (request: VendorRequest) => Promise<AuthOutcome<VeridataPrincipal>> {
  const rules = readOperationAuth(deps.context.spec);
  return async (request) => {
    const rule = rules.get(request.operationId);
    if (!rule) throw new Error(`${deps.context.spec.specFile} has no operation ${request.operationId}`);
    return rule.bearer ? authenticateBearer(deps, request, rule) : Promise.resolve(authenticateLogin(deps, request, rule));
  };
}

function authenticateLogin(deps: AuthDeps, request: VendorRequest, rule: OperationAuth): AuthOutcome<VeridataPrincipal> {
  const check = checkLoginCredentials(request, deps.users, deps.digest);
  if ('refusal' in check) return { response: deps.errors.answer(request.operationId, check.refusal, { stale: check.refusal === 'nonceStale' }) };
  if (!hasRole(check.user.roles, rule)) return { response: deps.errors.answer(request.operationId, 'roleNotAllowed') };
  return { principal: { kind: 'user', user: check.user } };
}

async function authenticateBearer(deps: AuthDeps, request: VendorRequest, rule: OperationAuth): Promise<AuthOutcome<VeridataPrincipal>> {
  const { context, errors } = deps;
  const authorization = readAuthorization(request.headers);
  if (!authorization || authorization.scheme !== 'bearer' || authorization.value === '') return { response: errors.answer(request.operationId, 'tokenMissing') };
  if (!isJwtShaped(authorization.value)) return { response: errors.answer(request.operationId, 'tokenInvalid') };
  const digest = tokenDigest(authorization.value);
  const session = await findSession(context, authorization.value, digest);
  const check = checkToken(session, digest, context.clock.now());
  if (!check.ok) return { response: errors.answer(request.operationId, check.refusal) };
  // 000_bc046bcfc83e86d4.txt, 002_a37f00870c2dbca3.txt: "Required Role: …"; their status tables have no 403, so 401.
  if (!hasRole(session!.data.roles, rule)) return { response: errors.answer(request.operationId, 'roleNotAllowed') };
  return { principal: { kind: 'session', session: session!, tokenDigest: digest } };
}

/**
 * The store indexes a session's first and newest token (model.ts); a token extend issued in between names its
 * session in its `sid` claim, and checkToken then finds it (or not) among the session's issued tokens.
 */
async function findSession(context: VendorContext<VeridataFixtures>, token: string, digest: string): Promise<VeridataSession | undefined> {
  const indexed = await context.store.findByToken<VeridataSessionData>(context.api, digest);
  if (indexed) return indexed;
  const sessionId = sessionIdOf(token);
  return sessionId === undefined ? undefined : context.store.get<VeridataSessionData>(context.api, sessionId);
}

function hasRole(roles: string[], rule: OperationAuth): boolean {
  return roles.some((role) => rule.roles.has(role.toLowerCase()));
}

/** Per operation: Bearer or credentials (from `security`), and the roles it allows (from `x-required-roles`). */
function readOperationAuth(spec: SpecApi): Map<string, OperationAuth> {
  const rules = new Map<string, OperationAuth>();
  for (const operation of spec.operations) {
    const roles = operation.raw['x-required-roles'];
    const security = operation.raw.security;
    if (!Array.isArray(roles) || !Array.isArray(security)) throw new Error(`${spec.specFile} ${operation.operationId} needs x-required-roles and security`);
    const schemes = security.flatMap((requirement) => Object.keys(requirement as object));
    rules.set(operation.operationId, { bearer: schemes.includes('BearerAuth'), roles: new Set(roles.map((role) => String(role).toLowerCase())) });
  }
  return rules;
}
