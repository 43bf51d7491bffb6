import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { VirtualClock, type Clock } from '../core/clock';
import { FaultRegistry } from '../core/faults';
import { Journal } from '../core/journal';
import { MemorySessionStore } from '../core/store/memory-store';
import type { SessionStore } from '../core/store/session-store';
import type { VendorModule } from '../core/vendor';
import { loadSpecSet } from '../spec/spec-set';
import { createAdminApp } from './admin/admin-app';
import { createMockAdmin, type MockAdmin } from './admin/mock-admin';
import { DEFAULT_FIXTURES_DIR, loadVendorFixtures } from './fixtures';
import type { MockState, VendorHost } from './mock-state';
import { attachH2c, type H2c } from './h2c';
import { createRequestListener } from './request-listener';
import { createRpcHandler } from './rpc/rpc-handler';
import { checkVendorCoverage } from './startup-checks';
import { createVendorPipeline } from './vendor-pipeline';
import { createClientErrorHandler } from './client-error';
import { startJanitor } from './janitor';
import { VERSION } from './version';

export interface MockServerOptions {
  /** The vendor modules this server can serve. */
  vendors: VendorModule[];
  /** Narrow to these API names (default: all of `vendors`). */
  apis?: string[];
  /** Port to listen on; 0 (the default) picks a free one. `false` does not listen (use `handler`). */
  port?: number | false;
  host?: string;
  /** A fixtures directory replacing the embedded defaults. */
  fixtures?: string;
  clock?: Clock;
  store?: SessionStore;
  validateResponses?: boolean;
  adminToken?: string;
  journalSize?: number;
  log?: (line: string) => void;
}

export interface MockServer {
  /** Base URL, e.g. http://127.0.0.1:4010 (empty when not listening). */
  url: string;
  port: number;
  /** The request listener: what `supertest(handler)` takes. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** The Express app of the admin API. */
  app: Express;
  admin: MockAdmin;
  state: MockState;
  close(): Promise<void>;
}

export class StartupError extends Error {}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const modules = selectVendors(options.vendors, options.apis);
  const specs = loadSpecSet(modules.map((module) => ({ api: module.name, specFile: module.specFile })));
  const state: MockState = {
    clock: options.clock ?? new VirtualClock(),
    store: options.store ?? new MemorySessionStore(),
    faults: new FaultRegistry(),
    journal: new Journal(options.journalSize ?? 1000),
    unavailable: new Set(),
    specs,
    vendors: new Map<string, VendorHost>(),
    validateResponses: options.validateResponses ?? false,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
  for (const module of modules) {
    const spec = specs.apis.get(module.name)!;
    const fixtures = loadVendorFixtures(module, options.fixtures ?? DEFAULT_FIXTURES_DIR);
    const runtime = module.createRuntime({ api: module.name, clock: state.clock, store: state.store, fixtures, spec });
    state.vendors.set(module.name, { module, runtime, spec });
  }
  checkVendorCoverage([...state.vendors.values()]);
  for (const host of state.vendors.values()) await host.runtime.seed();

  const admin = createMockAdmin(state, VERSION);
  const app = createAdminApp(admin, { adminToken: options.adminToken, servedPaths: modules.flatMap((m) => m.pathPrefixes) });
  const handler = createRequestListener(createVendorPipeline(state), app, createRpcHandler(state));
  const listening = options.port === false ? undefined : await listen(handler, options.port ?? 0, options.host ?? '127.0.0.1');
  listening?.server.on('clientError', createClientErrorHandler(state));
  const server = listening?.server;
  const address = server?.address() as AddressInfo | undefined;
  const host = options.host ?? '127.0.0.1';
  let closed = false;
  const stopJanitor = startJanitor(state.store, state.clock, state.log);
  specs.warmUp(() => closed).catch((error: unknown) => state.log(`[session-double] a spec schema does not compile: ${error instanceof Error ? error.message : String(error)}`));
  return {
    url: address ? `http://${host.includes(':') ? `[${host}]` : host}:${address.port}` : '',
    port: address?.port ?? 0,
    handler,
    app,
    admin,
    state,
    close: async () => {
      closed = true;
      stopJanitor();
      if (listening) await closeServer(listening.server, listening.h2c);
      await state.store.close();
    },
  };
}

function selectVendors(vendors: VendorModule[], apis: string[] | undefined): VendorModule[] {
  if (!apis || apis.length === 0) return vendors;
  const unknown = apis.filter((api) => !vendors.some((vendor) => vendor.name === api));
  if (unknown.length > 0) throw new StartupError(`unknown API ${unknown.join(', ')}; choose from ${vendors.map((v) => v.name).join(', ')}`);
  return vendors.filter((vendor) => apis.includes(vendor.name));
}

/** Listens for HTTP/1.1 and, on the same port, cleartext HTTP/2 (gRPC and REST over h2c). */
function listen(handler: MockServer['handler'], port: number, host: string): Promise<{ server: Server; h2c: H2c }> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    const h2c = attachH2c(server, handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, h2c });
    });
  });
}

function closeServer(server: Server, h2c: H2c): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
    h2c.close();
  });
}
