import type { IncomingHttpHeaders } from 'node:http';

/** The Authorization header split into its scheme (lower-cased) and the rest; undefined when absent or empty. */
export function readAuthorization(headers: IncomingHttpHeaders): { scheme: string; value: string } | undefined {
  const header = headers.authorization;
  if (typeof header !== 'string') return undefined;
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  if (space <= 0) return trimmed ? { scheme: trimmed.toLowerCase(), value: '' } : undefined;
  return { scheme: trimmed.slice(0, space).toLowerCase(), value: trimmed.slice(space + 1).trim() };
}

/** user:password from a Basic credential; undefined when it is not valid base64 of "user:password". */
export function decodeBasic(value: string): { user: string; password: string } | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
