import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyRead = { kind: 'none' } | { kind: 'ok'; raw: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/** Reads a request body up to `limit` bytes; past it, drains the rest without keeping it. */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = request.headers['content-length'];
  // HTTP/2 has no transfer-encoding: a body without content-length is simply streamed.
  const streamed = request.headers['transfer-encoding'] !== undefined || request.httpVersionMajor === 2;
  if ((declared === undefined || declared === '0') && !streamed) {
    return Promise.resolve({ kind: 'none' });
  }
  if (declared !== undefined && Number(declared) > limit) {
    request.resume();
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => {
      if (tooLarge) resolve({ kind: 'too-large' });
      else resolve(size === 0 ? { kind: 'none' } : { kind: 'ok', raw: Buffer.concat(chunks, size) });
    });
    request.on('error', () => resolve({ kind: 'aborted' }));
    request.on('aborted', () => resolve({ kind: 'aborted' }));
  });
}
