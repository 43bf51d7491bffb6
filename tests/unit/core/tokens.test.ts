import { randomToken, secretsEqual, tokenDigest } from '../../../src/core/tokens';

test('random tokens are unguessable: long and never repeated', () => {
  const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()));
  expect(tokens.size).toBe(1000);
  for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
});

test('the digest is stable and does not contain the token', () => {
  expect(tokenDigest('secret-token')).toBe(tokenDigest('secret-token'));
  expect(tokenDigest('secret-token')).not.toContain('secret');
  expect(tokenDigest('a')).not.toBe(tokenDigest('b'));
});

test('secretsEqual compares whole values of any length', () => {
  expect(secretsEqual('abc', 'abc')).toBe(true);
  expect(secretsEqual('abc', 'abd')).toBe(false);
  expect(secretsEqual('abc', 'abcd')).toBe(false);
  expect(secretsEqual('', '')).toBe(true);
});
