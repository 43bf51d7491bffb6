import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { normalizePath } from '../spec/router';
import type { MockState, VendorHost } from './mock-state';

/**
 * Requests Node cannot even parse (a header over the size limit, a malformed request line or header) never reach
 * the listener; Node would answer a bare 400 or 431. Where the request line still names a vendor's path, answer that
 * vendor's own 400 instead, so a client sees the vendor's error shape and a documented status.
 */
export function createClientErrorHandler(state: MockState) {
  const prefixes = [...state.vendors.values()].flatMap((host) => host.module.pathPrefixes.map((prefix) => ({ prefix, host })));
  const ownerOf = (path: string): VendorHost | undefined => prefixes.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`))?.host;

  return (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const path = requestPath(error.rawPacket);
    const host = path === undefined ? undefined : ownerOf(normalizePath(path));
    const message = error.code === 'HPE_HEADER_OVERFLOW' ? 'the request headers are larger than the server accepts' : 'the request could not be read as HTTP';
    const response = host
      ? host.runtime.errors.invalidRequest(null, [{ location: 'header', pointer: '', kind: 'unreadable', message }])
      : { status: 400, body: { error: 'bad_request', message }, contentType: 'application/json' };
    const body = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    const headers = { ...response.headers, 'content-type': response.contentType ?? 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\r\n');
    socket.end(`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\n${head}\r\n\r\n${body}`);
  };
}

/** The path of the request line in the bytes Node could not parse, if they hold one. */
function requestPath(raw: Buffer | undefined): string | undefined {
  const line = raw?.subarray(0, 8192).toString('latin1').split('\r\n', 1)[0] ?? '';
  const target = /^[A-Z]+ (\S+) HTTP\/1\.[01]$/.exec(line)?.[1];
  return target?.split('?', 1)[0];
}
