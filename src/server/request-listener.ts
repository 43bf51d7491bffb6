import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { createVendorPipeline } from './vendor-pipeline';

/**
 * The one request listener of the mock: vendor requests run the precompiled pipeline, everything else (the admin
 * API, unknown paths) goes to the Express app. Express never binds the socket itself (ARCHITECTURE.md).
 */
export function createRequestListener(pipeline: ReturnType<typeof createVendorPipeline>, app: Express) {
  return function listener(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = mark === -1 ? '' : url.slice(mark + 1);
    if (path.startsWith('/__admin') || !pipeline.tryHandle(req, res, path, query)) app(req as Parameters<Express>[0], res as Parameters<Express>[1]);
  };
}
