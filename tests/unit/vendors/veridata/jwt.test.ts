import { createHmac } from 'node:crypto';
import { isJwtShaped, signToken } from '../../../../src/vendors/veridata/jwt';

const KEY = 'a signing key of the mock';
const decode = (part: string): Record<string, unknown> => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
const sign = () => signToken(KEY, { user: 'veridata', sessionId: 's-1', issuedMs: 1_767_258_000_500, expiresMs: 1_767_261_600_500 });

test('starts with a header that decodes to kid first, as the seed token "eyJraWQiOiJzaWduLXJ.." does', () => {
  const token = sign();
  expect(token.startsWith('eyJraWQiOiJzaWdu')).toBe(true);
  expect(decode(token.split('.')[0]!)).toEqual({ kid: 'sign-mock-1', typ: 'JWT', alg: 'HS256' });
});

test('carries sub, iat and exp in seconds, the session id and a unique jti', () => {
  const claims = decode(sign().split('.')[1]!);
  expect(claims).toEqual({ sub: 'veridata', iat: 1_767_258_000, exp: 1_767_261_600, sid: 's-1', jti: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  expect(decode(sign().split('.')[1]!).jti).not.toBe(claims.jti);
});

test('signs header and payload with HS256 under the key', () => {
  const [header, payload, signature] = sign().split('.');
  expect(signature).toBe(createHmac('sha256', KEY).update(`${header}.${payload}`).digest('base64url'));
});

test.each([
  ['a signed token', sign(), true],
  ['two parts', 'eyJ.eyJ', false],
  ['four parts', 'a.b.c.d', false],
  ['characters outside base64url', 'a.b+c.d', false],
  ['an empty part', 'a..c', false],
  ['more than 4096 characters', `${'a'.repeat(4096)}.b.c`, false],
])('tells %s is JWT-shaped: %s', (_name, token, shaped) => {
  expect(isJwtShaped(token)).toBe(shaped);
});
