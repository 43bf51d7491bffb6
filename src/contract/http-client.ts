import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isJsonMediaType } from '../spec/media-type';
import type { ReceivedResponse, SentRequest } from './types';

export interface HttpOptions {
  timeoutMs: number;
  /** PEM text of extra CA certificates to trust. */
  ca?: string;
  /** Accept any TLS certificate (self-signed staging servers). */
  insecure?: boolean;
}

export class TargetUnreachableError extends Error {}

/** Sends one request with node:http(s) (TLS options, a timeout), reading the whole answer. */
export function sendHttp(sent: SentRequest, options: HttpOptions): Promise<ReceivedResponse> {
  const url = new URL(sent.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  // Node sends no Content-Length for a DELETE body by itself; without one a server reads the body as a new request.
  const headers = sent.body === undefined ? sent.headers : { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) };
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: sent.method,
        headers,
        timeout: options.timeoutMs,
        ...(url.protocol === 'https:' ? { ca: options.ca, rejectUnauthorized: !options.insecure } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(toResponse(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8'))));
        res.on('error', (error) => reject(new TargetUnreachableError(`${sent.method} ${sent.url}: the answer broke off (${error.message})`)));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => reject(new TargetUnreachableError(`${sent.method} ${sent.url}: ${error.code ?? ''} ${error.message}`.replace('  ', ' '))));
    req.end(sent.body);
  });
}

function toResponse(status: number, raw: IncomingHttpHeaders, text: string): ReceivedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const contentType = headers['content-type'];
  let body: unknown = text === '' ? undefined : text;
  if (text !== '' && isJsonMediaType(contentType)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status, headers, contentType, body, text };
}
