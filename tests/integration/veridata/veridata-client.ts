import { createHash } from 'node:crypto';

/** What a Veridata client computes, written independently of src/core/auth/digest.ts. */
export const LOGIN = '/veridata/v1/auth/login';
export const EXTEND = '/veridata/v1/session/extend';
export const INVALIDATE = '/veridata/v1/session/invalidate';

export const FIXTURE_TOKENS = {
  valid: 'eyJraWQiOiJzaWduLW1vY2stMSIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJ2ZXJpZGF0YSIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjo0MTAyNDQ0ODAwLCJzaWQiOiJmaXh0dXJlLXZlcmlkYXRhLXZhbGlkIiwianRpIjoiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIn0.sRvkSKCCkr2VCyf3vIsdpSGwZVbY75uM0bYfyEgM8N4',
  expired: 'eyJraWQiOiJzaWduLW1vY2stMSIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJ2ZXJpZGF0YSIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxNzY3MjI5MjAwLCJzaWQiOiJmaXh0dXJlLXZlcmlkYXRhLWV4cGlyZWQiLCJqdGkiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDIifQ.MCNmofkj_UIX0nyJGy6yNoTyLiMOODgI8xDs8XFySQg',
  invalidated: 'eyJraWQiOiJzaWduLW1vY2stMSIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJ2ZXJpZGF0YSIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjo0MTAyNDQ0ODAwLCJzaWQiOiJmaXh0dXJlLXZlcmlkYXRhLWludmFsaWRhdGVkIiwianRpIjoiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAzIn0.vsn81T_HCtGdARdKC5e0BCg_X0MJjC7J4sPUiHiWM1c',
  jobop: 'eyJraWQiOiJzaWduLW1vY2stMSIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJqb2JvcCIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjo0MTAyNDQ0ODAwLCJzaWQiOiJmaXh0dXJlLWpvYm9wLXZhbGlkIiwianRpIjoiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDA0In0.kS_p3xD9dvC6e4jV5tbrEOIAQivxZ5u7UMIyA5EcZX0',
  norole: 'eyJraWQiOiJzaWduLW1vY2stMSIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJub3JvbGUiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMCwic2lkIjoiZml4dHVyZS1ub3JvbGUtdmFsaWQiLCJqdGkiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDUifQ.4dZfCeEyZOyo9eFO5TVay7CZw_gcw22f3vFgTPTKgx4',
};

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export function challengeParams(header: string): Record<string, string> {
  return Object.fromEntries([...header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** The Authorization header a Digest client sends; `hashUri` lets it hash another URI than the one it names. */
export function digestAuthorization(challenge: string, options: { user: string; password: string; method?: string; uri?: string; hashUri?: string }): string {
  const { realm, nonce, opaque } = challengeParams(challenge);
  const uri = options.uri ?? LOGIN;
  const ha1 = md5(`${options.user}:${realm}:${options.password}`);
  const ha2 = md5(`${options.method ?? 'GET'}:${options.hashUri ?? uri}`);
  const response = md5(`${ha1}:${nonce}:00000001:4f2c91ab:auth:${ha2}`);
  return `Digest username="${options.user}", realm="${realm}", nonce="${nonce}", uri="${uri}", cnonce="4f2c91ab", nc=00000001, qop=auth, response="${response}", opaque="${opaque}", algorithm=MD5`;
}

export function bearer(token: string): string {
  return `Bearer ${token}`;
}

/** The claims of a JWT-shaped token, without checking its signature. */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}
