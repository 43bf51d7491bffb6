import { createMockServer } from '../index';
import type { MockServer } from '../server/create-mock-server';

export interface ServeOptions {
  port: number;
  host: string;
  api?: string[];
  fixtures?: string;
  store: string;
  validateResponses: boolean;
  adminToken?: string;
}

export async function runServe(options: ServeOptions): Promise<void> {
  if (options.store !== 'memory') {
    fail(`--store ${options.store}: this version keeps sessions in memory only (--store memory)`);
  }
  let mock: MockServer;
  try {
    mock = await createMockServer({
      port: options.port,
      host: options.host,
      apis: options.api,
      fixtures: options.fixtures,
      validateResponses: options.validateResponses,
      adminToken: options.adminToken,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') fail(`port ${options.port} on ${options.host} is in use; pick another with --port`);
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') fail(`cannot listen on ${options.host}:${options.port} (${code})`);
    fail(error instanceof Error ? error.message : String(error));
  }
  const out = process.stdout;
  out.write(`session-double listening on ${mock.url}\n`);
  for (const host of mock.state.vendors.values()) {
    out.write(`  ${host.module.name.padEnd(20)} ${mock.url}${host.module.pathPrefixes[0] ?? ''}  (${host.module.specFile})\n`);
    for (const prefix of host.runtime.rpc?.pathPrefixes ?? []) out.write(`  ${`${host.module.name} RPC`.padEnd(20)} ${mock.url}${prefix}  (gRPC over h2c, gRPC-web, Connect)\n`);
  }
  out.write(`  admin API            ${mock.url}/__admin${options.adminToken ? ' (needs Authorization: Bearer <admin token>)' : ''}\n`);
  const stop = (signal: string) => {
    out.write(`session-double: ${signal}, closing\n`);
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function fail(message: string): never {
  process.stderr.write(`session-double: ${message}\n`);
  process.exit(2);
}
