import express, { type NextFunction, type Request, type Response } from 'express';
import { secretsEqual } from '../../core/tokens';
import type { FaultSpec } from '../../core/faults';
import { FaultError } from '../../core/faults';
import { AdminError } from './admin-error';
import type { ClockChange, MockAdmin } from './mock-admin';

/**
 * The Express app behind `/__admin` and every path no vendor owns. Vendor requests never reach it: they go
 * through the precompiled vendor pipeline (ARCHITECTURE.md).
 */
export function createAdminApp(admin: MockAdmin, options: { adminToken?: string; servedPaths: string[] }): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const router = express.Router();
  if (options.adminToken) router.use(requireToken(options.adminToken));
  router.use(express.json({ limit: '1mb', strict: false }));

  router.get('/health', (_req, res) => void res.json(admin.health()));
  router.post('/reset', async (_req, res) => {
    await admin.reset();
    res.status(204).end();
  });
  router.get('/clock', (_req, res) => void res.json(admin.clock()));
  router.post('/clock', (req, res) => void res.json(admin.changeClock(objectBody<ClockChange>(req))));
  router.get('/sessions', async (req, res) => void res.json(await admin.sessions(queryString(req, 'api'))));
  router.post('/sessions', async (req, res) => {
    const body = objectBody<{ api?: unknown; user?: unknown }>(req);
    if (typeof body.api !== 'string') throw new AdminError(400, 'mint needs {"api": "<name>", "user": "<user from the fixtures>"}');
    res.status(201).json(await admin.mintSession(body.api, body.user as string));
  });
  router.delete('/sessions/:api/:id', async (req, res) => {
    await admin.killSession(String(req.params.api), String(req.params.id));
    res.status(204).end();
  });
  router.post('/faults', (req, res) => void res.status(201).json({ id: admin.addFault(faultSpec(objectBody(req))).id }));
  router.get('/faults', (_req, res) => void res.json(admin.faults()));
  router.delete('/faults', (_req, res) => {
    admin.clearFaults();
    res.status(204).end();
  });
  router.delete('/faults/:id', (req, res) => {
    admin.removeFault(String(req.params.id));
    res.status(204).end();
  });
  router.put('/apis/:api/availability', (req, res) => {
    const body = objectBody<{ available?: unknown }>(req);
    res.json(admin.setAvailability(String(req.params.api), body.available as boolean));
  });
  router.get('/requests', (req, res) => {
    const limit = queryString(req, 'limit');
    if (limit !== undefined && !/^\d+$/.test(limit)) throw new AdminError(400, `limit must be a whole number, got ${JSON.stringify(limit)}`);
    res.json(admin.requests({ api: queryString(req, 'api'), limit: limit === undefined ? undefined : Number(limit) }));
  });
  router.delete('/requests', (_req, res) => {
    admin.clearRequests();
    res.status(204).end();
  });
  router.use((req, _res) => {
    throw new AdminError(404, `the admin API has no ${req.method} ${req.baseUrl}${req.path}; see README "Admin API"`);
  });

  app.use('/__admin', router);
  app.use((req, res) => {
    res.status(404).json({
      error: 'not_found',
      message: `no vendor operation or admin route for ${req.method} ${req.path}. Served API paths: ${options.servedPaths.join(', ')}; admin API under /__admin`,
    });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = error instanceof AdminError ? error.status : error instanceof FaultError ? 400 : statusOf(error);
    const message = error instanceof Error ? error.message : 'unexpected error';
    res.status(status).json({ error: ERROR_LABELS[status] ?? 'bad_request', message: status === 500 ? 'internal error in the admin API' : message });
  });
  return app;
}

const ERROR_LABELS: Record<number, string> = { 400: 'bad_request', 401: 'unauthorized', 404: 'not_found', 413: 'payload_too_large', 500: 'internal' };

function requireToken(token: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (given && secretsEqual(given, token)) return next();
    res.status(401).set('www-authenticate', 'Bearer realm="session-double admin"').json({ error: 'unauthorized', message: 'the admin API needs Authorization: Bearer <the --admin-token value>' });
  };
}

function objectBody<T>(req: Request): T {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AdminError(400, 'send a JSON object body with Content-Type: application/json');
  return body as T;
}

function queryString(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  return typeof value === 'string' ? value : undefined;
}

function faultSpec(body: Record<string, unknown>): FaultSpec {
  const known = ['api', 'operationId', 'status', 'delayMs', 'drop', 'times'];
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new AdminError(400, `unknown fault field(s) ${unknown.join(', ')}; a fault takes ${known.join(', ')}`);
  for (const key of ['api', 'operationId'] as const) {
    if (body[key] !== undefined && typeof body[key] !== 'string') throw new AdminError(400, `${key} must be a string`);
  }
  for (const key of ['status', 'delayMs', 'times'] as const) {
    if (body[key] !== undefined && typeof body[key] !== 'number') throw new AdminError(400, `${key} must be a number`);
  }
  if (body.drop !== undefined && typeof body.drop !== 'boolean') throw new AdminError(400, 'drop must be true or false');
  return body;
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}
