import { createHash } from 'node:crypto';
import { DigestAuthority, digestResponse, parseDigestCredentials } from '../../../src/core/auth/digest';

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

function authority(now = { value: 1_700_000_000_000 }) {
  return { now, digest: new DigestAuthority({ realm: 'Veridata', nonceMaxAgeMs: 300_000, now: () => now.value, key: 'a key for the digest unit tests' }) };
}

function challengeParams(challenge: string): Record<string, string> {
  return Object.fromEntries([...challenge.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
}

function credential(challenge: string, options: { username?: string; password?: string; uri?: string; hashUri?: string; method?: string; extra?: string } = {}): string {
  const { nonce, opaque, realm } = challengeParams(challenge);
  const uri = options.uri ?? '/veridata/v1/auth/login';
  const ha1 = md5(`${options.username ?? 'veridata'}:${realm}:${options.password ?? 'Welcome@123'}`);
  const ha2 = md5(`${options.method ?? 'GET'}:${options.hashUri ?? uri}`);
  const response = md5(`${ha1}:${nonce}:00000001:0a4f113b:auth:${ha2}`);
  return `username="${options.username ?? 'veridata'}", realm="${realm}", nonce="${nonce}", uri="${uri}", cnonce="0a4f113b", nc=00000001, qop=auth, response="${response}", opaque="${opaque}", algorithm=MD5${options.extra ?? ''}`;
}

const check = { method: 'GET', uris: ['/veridata/v1/auth/login', '/v1/auth/login'], passwordOf: (user: string) => (user === 'veridata' ? 'Welcome@123' : undefined) };

test('builds a challenge with realm, qop="auth", a nonce, an opaque and algorithm=MD5', () => {
  const { digest } = authority();
  const challenge = digest.challenge();
  expect(challenge).toMatch(/^Digest realm="Veridata", qop="auth", nonce="[0-9a-f]{44}", opaque="[0-9a-f]{32}", algorithm=MD5$/);
  expect(challengeParams(challenge).opaque).toBe(digest.opaque);
});

test('marks a challenge stale=true when asked', () => {
  expect(authority().digest.challenge(true)).toMatch(/, stale=true$/);
});

test('computes the RFC 2617 / 7616 example response for MD5 with qop=auth', () => {
  // RFC 2617 §3.5: Mufasa / "Circle Of Life" at testrealm@host.com.
  const response = digestResponse({ username: 'Mufasa', realm: 'testrealm@host.com', password: 'Circle Of Life', method: 'GET', uri: '/dir/index.html', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', nc: '00000001', cnonce: '0a4f113b', qop: 'auth' });
  expect(response).toBe('6629fae49393a05397450978507c4ef1');
});

test('accepts a response computed over the request URI', () => {
  const { digest } = authority();
  expect(digest.verify(credential(digest.challenge()), check)).toEqual({ ok: true, username: 'veridata' });
});

test('accepts a response computed over another accepted URI form while the uri field names the request', () => {
  const { digest } = authority();
  expect(digest.verify(credential(digest.challenge(), { hashUri: '/v1/auth/login' }), check)).toEqual({ ok: true, username: 'veridata' });
  expect(digest.verify(credential(digest.challenge(), { uri: '/v1/auth/login' }), check)).toEqual({ ok: true, username: 'veridata' });
});

test.each([
  ['a wrong password', { password: 'wrong' }, 'mismatch'],
  ['an unknown user', { username: 'mallory' }, 'unknown-user'],
  ['a uri outside the accepted forms', { uri: '/elsewhere' }, 'uri'],
  ['a response hashed for another method', { method: 'POST' }, 'mismatch'],
  ['a second username parameter', { extra: ', username="other"' }, 'malformed'],
])('refuses %s', (_name, options, reason) => {
  const { digest } = authority();
  expect(digest.verify(credential(digest.challenge(), options), check)).toEqual({ ok: false, reason });
});

test('refuses a nonce it did not issue, even with a correct response over it', () => {
  const { digest } = authority();
  const forged = digest.challenge().replace(/nonce="([0-9a-f]{12})[0-9a-f]+"/, 'nonce="$1ffffffffffffffffffffffffffffffff"');
  expect(digest.verify(credential(forged), check)).toEqual({ ok: false, reason: 'forged-nonce' });
});

test('refuses a nonce issued by an authority with another key', () => {
  const other = new DigestAuthority({ realm: 'Veridata', nonceMaxAgeMs: 300_000, now: () => 1_700_000_000_000, key: 'another key entirely, not ours' });
  expect(authority().digest.verify(credential(other.challenge()), check)).toEqual({ ok: false, reason: 'forged-nonce' });
});

test('answers stale for a correct response over a nonce older than the allowed age', () => {
  const { digest, now } = authority();
  const value = credential(digest.challenge());
  now.value += 300_001;
  expect(digest.verify(value, check)).toEqual({ ok: false, reason: 'stale' });
});

test('refuses an opaque other than its own', () => {
  const { digest } = authority();
  expect(digest.verify(credential(digest.challenge()).replace(/opaque="[^"]+"/, 'opaque="0000"'), check)).toEqual({ ok: false, reason: 'opaque' });
});

test('refuses algorithms other than MD5 and a missing qop', () => {
  const { digest } = authority();
  expect(digest.verify(credential(digest.challenge()).replace('algorithm=MD5', 'algorithm=SHA-256'), check)).toEqual({ ok: false, reason: 'unsupported' });
  expect(digest.verify(credential(digest.challenge()).replace('qop=auth, ', ''), check)).toEqual({ ok: false, reason: 'unsupported' });
});

test.each(['', 'garbage', 'username=', 'username="unterminated', 'a=b c=d', '=x', ', , ,', 'username="x"'])('parses %j as no credential', (value) => {
  expect(parseDigestCredentials(value)).toBeUndefined();
});

test('parses quoted strings with escapes and keeps a __proto__ parameter as plain data', () => {
  const parsed = parseDigestCredentials('username="ve\\"ri", realm="R", nonce=n, uri="/a,b", response="r", __proto__="x", qop=auth');
  expect(parsed).toMatchObject({ username: 've"ri', realm: 'R', nonce: 'n', uri: '/a,b', response: 'r', qop: 'auth' });
  expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
});
