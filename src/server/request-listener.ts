import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { RpcHandler } from './rpc/rpc-handler';
import type { createVendorPipeline } from './vendor-pipeline';

/**
 * The one request listener of the mock: RPC procedures go to the Connect adapter, vendor requests run the
 * precompiled pipeline, everything else (the admin API, unknown paths) goes to the Express app. Express never binds
 * the socket itself (ARCHITECTURE.md).
 */
export function createRequestListener(pipeline: ReturnType<typeof createVendorPipeline>, app: Express, rpc?: RpcHandler) {
  return function listener(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = mark === -1 ? '' : url.slice(mark + 1);
    if (rpc?.owns(path)) return rpc.handle(req, res);
    if (!path.startsWith('/__admin') && pipeline.tryHandle(req, res, path, query)) return;
    if (req.httpVersionMajor === 2) return refuseHttp2(res, path);
    app(req as Parameters<Express>[0], res as Parameters<Express>[1]);
  };
}

/** Express 5 cannot serve http2's compatibility objects (it swaps their prototypes for http.IncomingMessage's). */
function refuseHttp2(res: ServerResponse, path: string): void {
  const message = `${path} is served over HTTP/1.1 only; over HTTP/2 (h2c) the mock serves the vendor REST paths and RPC services`;
  res.writeHead(505, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'http_version_not_supported', message }));
}
