import type { ServerResponse } from 'node:http';
import type { VendorResponse } from '../core/vendor';

/** Writes a vendor answer. JSON bodies are serialised; a body-less answer sends no Content-Type. */
export function sendVendorResponse(res: ServerResponse, response: VendorResponse, contentType: string | undefined, isHead: boolean): void {
  const payload = serialise(response.body);
  const headers: Record<string, string | number> = { ...response.headers };
  if (payload !== undefined && contentType) headers['content-type'] = contentType;
  // RFC 9110 §8.6: a 1xx, 204 or 304 answer must not carry Content-Length.
  if (!hasNoContent(response.status)) headers['content-length'] = payload === undefined ? 0 : Buffer.byteLength(payload);
  res.writeHead(response.status, headers);
  res.end(isHead || payload === undefined ? undefined : payload);
}

function hasNoContent(status: number): boolean {
  return status < 200 || status === 204 || status === 304;
}

function serialise(body: unknown): string | Buffer | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  return JSON.stringify(body);
}
