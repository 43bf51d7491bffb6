/** What a report must blank: credential values configured for the run, and the headers that carry credentials. */
export interface Redaction {
  values: string[];
  headers: string[];
}

/** Headers that carry credentials in any HTTP API; a spec's apiKey headers are added per run (see Redaction). */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'www-authenticate'];
const SECRET_FIELD = /password|token|secret|cookie/i;

/**
 * Blanks secrets in anything a report prints: credential values wherever they appear, the values of
 * credential-carrying headers (keeping the scheme), and JSON fields whose names say they hold a secret.
 */
export function createRedactor(redaction: Redaction) {
  const values = [...new Set(redaction.values)].sort((a, b) => b.length - a.length);
  const secretHeaders = new Set([...CREDENTIAL_HEADERS, ...redaction.headers.map((name) => name.toLowerCase())]);
  const scrubText = (text: string): string => values.reduce((out, secret) => out.split(secret).join('***'), text);
  const scrub = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') {
      if (secretHeaders.has(key.toLowerCase())) return maskCredential(value);
      if (SECRET_FIELD.test(key) && value !== '') return '***';
      if (key === 'url') return scrubText(scrubQuery(value));
      if (key === 'body' || key === 'text') return scrubText(scrubJsonText(value, scrub));
      return scrubText(value);
    }
    if (Array.isArray(value)) return value.map((item) => scrub(item, key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = scrub(v, k);
      return out;
    }
    return value;
  };
  return { scrub: <T>(value: T): T => scrub(value) as T, scrubText };
}

/** A URL with the values of secret-named query parameters blanked (`?sessionToken=...`). */
function scrubQuery(url: string): string {
  return url.replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, lead: string, name: string) => (SECRET_FIELD.test(safeDecode(name)) ? `${lead}${name}=***` : whole));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A body sent or received as JSON text, with its secret-named fields blanked; other text comes back unchanged. */
function scrubJsonText(text: string, scrub: (value: unknown) => unknown): string {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.stringify(scrub(JSON.parse(text)));
  } catch {
    return text;
  }
}

function maskCredential(value: string): string {
  const space = value.indexOf(' ');
  return space > 0 && space < 12 ? `${value.slice(0, space)} ***` : '***';
}
