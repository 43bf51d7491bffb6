import { createHmac, randomUUID } from 'node:crypto';

export interface TokenClaims {
  sub: string;
  iat: number;
  exp: number;
  /** The session the token belongs to: every token extend issues from it carries the same one. */
  sid: string;
  jti: string;
}

// 000_bc046bcfc83e86d4.txt prints a token starting "eyJraWQiOiJzaWduLXJ..": a JWT header whose first member is kid.
const HEADER = { kid: 'sign-mock-1', typ: 'JWT', alg: 'HS256' };
const ENCODED_HEADER = encode(HEADER);

/** Signs a JWT-shaped token (HS256) for one session, issued at `issuedMs`, expiring at `expiresMs`. */
export function signToken(key: string, input: { user: string; sessionId: string; issuedMs: number; expiresMs: number }): string {
  const claims: TokenClaims = {
    sub: input.user,
    iat: Math.floor(input.issuedMs / 1000),
    exp: Math.floor(input.expiresMs / 1000),
    sid: input.sessionId,
    jti: randomUUID(),
  };
  const unsigned = `${ENCODED_HEADER}.${encode(claims)}`;
  return `${unsigned}.${signature(key, unsigned)}`;
}

/** Whether a string has the three base64url parts of a JWT; anything else is refused before any lookup. */
export function isJwtShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token) && token.length <= 4096;
}

/** The `sid` claim of a JWT-shaped token, or undefined when its payload does not carry one. */
export function sessionIdOf(token: string): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
    const sid = typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>).sid : undefined;
    return typeof sid === 'string' ? sid : undefined;
  } catch {
    return undefined;
  }
}

function signature(key: string, unsigned: string): string {
  return createHmac('sha256', key).update(unsigned).digest('base64url');
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
