import { createHash, createHmac, randomBytes } from 'node:crypto';
import { secretsEqual } from '../tokens';

/** The fields of an `Authorization: Digest …` credential (RFC 7616 §3.4) this server reads. */
export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  qop: string | undefined;
  nc: string | undefined;
  cnonce: string | undefined;
  opaque: string | undefined;
  algorithm: string | undefined;
}

export interface DigestAuthorityOptions {
  realm: string;
  /** How long a nonce is accepted after it was issued; older ones answer a `stale=true` challenge. */
  nonceMaxAgeMs: number;
  now: () => number;
  /** Signs nonces and derives the opaque; instances sharing it accept each other's nonces. Random by default. */
  key?: string;
}

export type DigestOutcome =
  | { ok: true; username: string }
  | { ok: false; reason: 'malformed' | 'unsupported' | 'forged-nonce' | 'opaque' | 'uri' | 'unknown-user' | 'mismatch' | 'stale' };

export interface DigestCheck {
  method: string;
  /** The request-target forms the client may have hashed; `uri` of the credential must be one of them. */
  uris: string[];
  /** The user's password, or undefined for an unknown user. */
  passwordOf: (username: string) => string | undefined;
}

const AUTH_PARAM = /\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))\s*(?:,|$)/y;
const TIMESTAMP_HEX = 12;

/**
 * RFC 7616 HTTP Digest, MD5 with qop="auth": stateless nonces (an issue time signed with HMAC, so any request
 * can be checked without remembering what was sent), a fixed opaque, and verification of the client's response.
 */
export class DigestAuthority {
  readonly realm: string;
  readonly opaque: string;
  private readonly key: Buffer;

  constructor(private readonly options: DigestAuthorityOptions) {
    this.realm = options.realm;
    this.key = options.key === undefined ? randomBytes(32) : Buffer.from(options.key, 'utf8');
    this.opaque = this.sign(`opaque:${options.realm}`);
  }

  /** The value of a `WWW-Authenticate` header carrying a fresh nonce. */
  challenge(stale = false): string {
    const params = [`realm="${quote(this.realm)}"`, 'qop="auth"', `nonce="${this.issueNonce()}"`, `opaque="${this.opaque}"`, 'algorithm=MD5'];
    return `Digest ${params.join(', ')}${stale ? ', stale=true' : ''}`;
  }

  /** Checks the part of an Authorization header after `Digest `. */
  verify(value: string, check: DigestCheck): DigestOutcome {
    const credentials = parseDigestCredentials(value);
    if (!credentials) return { ok: false, reason: 'malformed' };
    if ((credentials.algorithm ?? 'MD5').toUpperCase() !== 'MD5' || credentials.qop !== 'auth') return { ok: false, reason: 'unsupported' };
    if (credentials.nc === undefined || credentials.cnonce === undefined) return { ok: false, reason: 'malformed' };
    const age = this.nonceAge(credentials.nonce);
    if (age === undefined) return { ok: false, reason: 'forged-nonce' };
    if (credentials.opaque !== undefined && !secretsEqual(credentials.opaque, this.opaque)) return { ok: false, reason: 'opaque' };
    if (!check.uris.includes(credentials.uri)) return { ok: false, reason: 'uri' };
    const password = check.passwordOf(credentials.username);
    if (password === undefined) return { ok: false, reason: 'unknown-user' };
    const matches = check.uris.some((uri) => secretsEqual(credentials.response, digestResponse({ ...credentials, realm: this.realm, password, method: check.method, uri })));
    if (!matches) return { ok: false, reason: 'mismatch' };
    if (age < 0 || age > this.options.nonceMaxAgeMs) return { ok: false, reason: 'stale' };
    return { ok: true, username: credentials.username };
  }

  private issueNonce(): string {
    const stamp = Math.max(0, Math.floor(this.options.now())).toString(16).padStart(TIMESTAMP_HEX, '0');
    return `${stamp}${this.sign(`nonce:${stamp}`)}`;
  }

  /** How old a nonce this authority issued is, in ms; undefined when it did not issue it. */
  private nonceAge(nonce: string): number | undefined {
    const stamp = nonce.slice(0, TIMESTAMP_HEX);
    if (!/^[0-9a-f]+$/.test(stamp) || !secretsEqual(nonce.slice(TIMESTAMP_HEX), this.sign(`nonce:${stamp}`))) return undefined;
    return this.options.now() - parseInt(stamp, 16);
  }

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex').slice(0, 32);
  }
}

/** The request-digest of RFC 7616 §3.4.1 for MD5 with qop="auth" (the value of `response`). */
export function digestResponse(input: { username: string; realm: string; password: string; method: string; uri: string; nonce: string; nc?: string; cnonce?: string; qop?: string }): string {
  const ha1 = md5(`${input.username}:${input.realm}:${input.password}`);
  const ha2 = md5(`${input.method}:${input.uri}`);
  return md5(`${ha1}:${input.nonce}:${input.nc ?? ''}:${input.cnonce ?? ''}:${input.qop ?? 'auth'}:${ha2}`);
}

/** The auth-params of a Digest credential; undefined when it is not a well-formed list or lacks a required field. */
export function parseDigestCredentials(value: string): DigestCredentials | undefined {
  const params = parseAuthParams(value);
  if (!params) return undefined;
  const required = ['username', 'realm', 'nonce', 'uri', 'response'].map((name) => params.get(name));
  if (required.some((field) => field === undefined || field === '')) return undefined;
  const [username, realm, nonce, uri, response] = required as string[] as [string, string, string, string, string];
  return { username, realm, nonce, uri, response, qop: params.get('qop'), nc: params.get('nc'), cnonce: params.get('cnonce'), opaque: params.get('opaque'), algorithm: params.get('algorithm') };
}

/** `name=token` or `name="quoted string"`, comma-separated (RFC 7235 §2.1); a duplicate name is malformed. */
function parseAuthParams(value: string): Map<string, string> | undefined {
  const params = new Map<string, string>();
  AUTH_PARAM.lastIndex = 0;
  while (AUTH_PARAM.lastIndex < value.length) {
    const at = AUTH_PARAM.lastIndex;
    const match = AUTH_PARAM.exec(value);
    if (!match || AUTH_PARAM.lastIndex === at) return undefined;
    const name = match[1]!.toLowerCase();
    if (params.has(name)) return undefined;
    params.set(name, match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!);
  }
  return params.size > 0 ? params : undefined;
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function quote(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}
