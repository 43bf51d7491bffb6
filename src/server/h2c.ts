import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttp2Server, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface H2c {
  /** Destroys every HTTP/2 connection (and so its session) and every connection not yet handed to HTTP/1.1. */
  close(): void;
}

/**
 * One port for HTTP/1.1 and cleartext HTTP/2 (DESIGN §3): each new connection's first bytes decide. The HTTP/2
 * preface goes to an `http2` server running the same listener (so gRPC and REST both work over h2c); anything
 * else goes back to the HTTP/1.1 server's own connection handling.
 */
export function attachH2c(server: Server, listener: Listener): H2c {
  const http2 = createHttp2Server((req: Http2ServerRequest, res: Http2ServerResponse) => listener(req as unknown as IncomingMessage, res as unknown as ServerResponse));
  const sockets = new Set<Socket>();
  const http1 = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    // Until the sniffer hands the socket on, nothing else listens for its errors: a reset would crash the process.
    socket.on('error', () => socket.destroy());
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    sniff(socket, (head) => {
      if (startsWithPreface(head)) return void http2.emit('connection', new Replay(socket, head));
      sockets.delete(socket);
      socket.unshift(head);
      for (const handle of http1) handle.call(server, socket);
      socket.resume();
    });
  });
  return {
    close() {
      // Destroying the TCP sockets ends their HTTP/2 sessions through Node's own path; calling session.destroy()
      // as well can trip an internal assertion of the JS stream wrapper (a write after a pending shutdown).
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** How long a new connection may stay silent before its first bytes: HTTP/1.1's own timeouts start only after. */
const FIRST_BYTES_TIMEOUT_MS = 60_000;

/** Reads until the first bytes either are the HTTP/2 preface or cannot become it, then hands them over paused. */
function sniff(socket: Socket, decide: (head: Buffer) => void): void {
  let head: Buffer = Buffer.alloc(0);
  const silent = setTimeout(() => socket.destroy(), FIRST_BYTES_TIMEOUT_MS);
  silent.unref();
  const onData = (chunk: Buffer): void => {
    head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
    const seen = Math.min(head.length, PREFACE.length);
    if (seen < PREFACE.length && head.subarray(0, seen).equals(PREFACE.subarray(0, seen))) return;
    clearTimeout(silent);
    socket.off('data', onData);
    socket.pause();
    decide(head);
  };
  socket.on('data', onData);
  socket.once('close', () => clearTimeout(silent));
}

function startsWithPreface(head: Buffer): boolean {
  return head.length >= PREFACE.length && head.subarray(0, PREFACE.length).equals(PREFACE);
}

/**
 * The socket as a stream that first yields the bytes the sniffer already read. An http2 session reads from a
 * socket's native handle, so `unshift` would not reach it; a plain Duplex makes Node read through JavaScript.
 */
class Replay extends Duplex {
  constructor(
    private readonly socket: Socket,
    head: Buffer,
  ) {
    super();
    this.push(head);
    socket.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) socket.pause();
    });
    socket.once('end', () => this.push(null));
    socket.once('close', () => this.destroy());
    socket.on('error', (error) => this.destroy(error));
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.socket.write(chunk, encoding, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end(callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.destroy(error ?? undefined);
    callback(error);
  }
}
