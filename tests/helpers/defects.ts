import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer as a defect sees and rewrites it. */
export interface Answer {
  status: number;
  headers: Record<string, string | number | string[]>;
  body: unknown;
}

/**
 * A named broken backend: a small modifier on the mock (Schemathesis keeps such a catalogue of defective servers).
 * `matches` picks the requests it touches; `rewrite` changes their answer; `replace` answers instead of the mock.
 */
export interface Defect {
  name: string;
  matches(method: string, path: string): boolean;
  rewrite?(answer: Answer, request: { method: string; path: string; headers: IncomingMessage['headers'] }): Answer;
  replace?(): Answer;
  /** Rewrites the raw request body before the mock sees it (JSON in, JSON out). */
  rewriteRequestBody?(body: unknown): unknown;
  /** Rewrites the request URL's query before the mock sees it. */
  rewriteQuery?(query: URLSearchParams): void;
  /** Hands the request to the mock as another method or path (e.g. a logout the mock only authenticates). */
  reroute?(request: { method: string; path: string }): { method?: string; path?: string } | undefined;
  /** Rewrites the request headers (e.g. Authorization) before the mock sees them. */
  rewriteRequestHeaders?(headers: IncomingMessage['headers']): void;
}

/** Serves `handler` with a defect applied, on 127.0.0.1 and a free port. */
export async function serveWithDefect(handler: (req: IncomingMessage, res: ServerResponse) => void, defect: Defect): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => void applyDefect(handler, defect, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => close(server) };
}

async function applyDefect(handler: (req: IncomingMessage, res: ServerResponse) => void, defect: Defect, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const [path = '/', query = ''] = (req.url ?? '/').split('?');
  if (!defect.matches(req.method ?? 'GET', path)) return handler(req, res);
  if (defect.replace) return write(res, defect.replace());
  if (defect.rewriteQuery) {
    const params = new URLSearchParams(query);
    defect.rewriteQuery(params);
    req.url = `${path}?${params.toString()}`;
  }
  defect.rewriteRequestHeaders?.(req.headers);
  const rerouted = defect.reroute?.({ method: req.method ?? 'GET', path });
  if (rerouted) {
    req.method = rerouted.method ?? req.method;
    const search = (req.url ?? '').split('?')[1];
    req.url = search === undefined ? (rerouted.path ?? path) : `${rerouted.path ?? path}?${search}`;
  }
  if (defect.rewriteRequestBody) await rewriteBody(req, (body) => defect.rewriteRequestBody!(body));
  const chunks: Buffer[] = [];
  let status = 200;
  let headers: Record<string, string | number | string[]> = {};
  res.writeHead = ((code: number, given?: Record<string, string | number | string[]>) => {
    status = code;
    headers = { ...(given ?? {}) };
    return res;
  }) as typeof res.writeHead;
  res.end = ((chunk?: unknown) => {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
    else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text === '' ? undefined : text;
    try {
      if (text) body = JSON.parse(text);
    } catch {
      body = text;
    }
    // Drop the interceptors (own properties), so the prototype's writeHead and end answer again.
    Reflect.deleteProperty(res, 'writeHead');
    Reflect.deleteProperty(res, 'end');
    const answer = defect.rewrite ? defect.rewrite({ status, headers, body }, { method: req.method ?? 'GET', path, headers: req.headers }) : { status, headers, body };
    write(res, answer);
    return res;
  }) as typeof res.end;
  handler(req, res);
}

function write(res: ServerResponse, answer: Answer): void {
  const payload = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  const headers = { ...answer.headers, 'content-length': Buffer.byteLength(payload) };
  res.writeHead(answer.status, headers);
  res.end(payload);
}

/** Buffers the request body, rewrites it, and makes the request replay the new bytes to the mock. */
async function rewriteBody(req: IncomingMessage, change: (body: unknown) => unknown): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
  const text = Buffer.concat(chunks).toString('utf8');
  let next = text;
  try {
    const changed = change(text ? JSON.parse(text) : undefined);
    // A request without a body (GET) stays without one.
    next = changed === undefined && text === '' ? '' : JSON.stringify(changed ?? null);
  } catch {
    next = text;
  }
  const bytes = Buffer.from(next);
  req.headers['content-length'] = String(bytes.length);
  delete req.headers['transfer-encoding'];
  const replay = [bytes];
  req.read = () => null;
  const { Readable } = await import('node:stream');
  const stream = Readable.from(replay);
  req.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event === 'data' || event === 'end' || event === 'error' || event === 'aborted') stream.on(event, listener);
    return req;
  }) as typeof req.on;
  req.resume = () => {
    stream.resume();
    return req;
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
