import type { DigestAuthority } from '../../core/auth/digest';
import { decodeBasic, readAuthorization } from '../../core/http-auth';
import { secretsEqual } from '../../core/tokens';
import type { VendorRequest } from '../../core/vendor';
import type { VeridataUser } from './fixtures';

export type LoginRefusal = 'credentialsMissing' | 'credentialsInvalid' | 'nonceStale';
export type LoginCheck = { user: VeridataUser } | { refusal: LoginRefusal };

/**
 * The user behind login's credentials: Digest (releases before 23.26.1.0.1) or Basic (23.26.1.0.1), as the
 * vendor's "Accessing Veridata REST APIs over HTTP" page shows. A disabled account fails like a wrong password,
 * so a caller cannot tell which accounts exist.
 */
export function checkLoginCredentials(request: VendorRequest, users: ReadonlyMap<string, VeridataUser>, digest: DigestAuthority): LoginCheck {
  const authorization = readAuthorization(request.headers);
  if (!authorization || authorization.value === '' || !['basic', 'digest'].includes(authorization.scheme)) return { refusal: 'credentialsMissing' };
  const user = authorization.scheme === 'basic' ? checkBasic(authorization.value, users) : checkDigest(request, authorization.value, users, digest);
  if ('refusal' in user) return user;
  return user.user.disabled ? { refusal: 'credentialsInvalid' } : user;
}

function checkBasic(value: string, users: ReadonlyMap<string, VeridataUser>): LoginCheck {
  const credentials = decodeBasic(value);
  const user = credentials === undefined ? undefined : users.get(credentials.user);
  if (!credentials || !user || !secretsEqual(credentials.password, user.password)) return { refusal: 'credentialsInvalid' };
  return { user };
}

function checkDigest(request: VendorRequest, value: string, users: ReadonlyMap<string, VeridataUser>, digest: DigestAuthority): LoginCheck {
  const outcome = digest.verify(value, { method: request.method, uris: loginUris(request), passwordOf: (name) => users.get(name)?.password });
  if (!outcome.ok) return { refusal: outcome.reason === 'stale' ? 'nonceStale' : 'credentialsInvalid' };
  return { user: users.get(outcome.username)! };
}

/**
 * The request-target forms a digest may be computed over: the one requested, and the same without /veridata,
 * because the vendor's own client script hashes "GET:/v1/auth/login" while it requests /veridata/v1/auth/login
 * (vendors.md, Digest quirk).
 */
export function loginUris(request: VendorRequest): string[] {
  const query = request.query.toString();
  const paths = [request.path, request.path.replace(/^\/veridata(?=\/)/, '')];
  return [...new Set(query === '' ? paths : paths.flatMap((path) => [path, `${path}?${query}`]))];
}
