#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
// Each command's module loads when it runs, so `serve` never loads the contract suite or the linter.
import type { ContractCliOptions } from './cli/contract';
import type { ErrorsOptions } from './cli/errors';
import type { ServeOptions } from './cli/serve';
import { VERSION } from './server/version';
import { ZITADEL_TRANSPORTS } from './vendors/zitadel/transport-names';

const program = new Command('session-double')
  .description('Stateful mock server and contract suite for vendor session APIs')
  .version(VERSION)
  .showHelpAfterError()
  // Usage errors exit 2 (DESIGN §4); set before the subcommands so they inherit it.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command('serve')
  .description('serve the mock of the vendor APIs (all four by default)')
  .option('--port <port>', 'port to listen on', parsePort, 4010)
  .option('--host <host>', 'address to bind', '127.0.0.1')
  .option('--api <names>', 'serve only these APIs (comma-separated)', parseList)
  .option('--fixtures <dir>', 'fixtures directory replacing the embedded defaults')
  .option('--store <store>', 'session store: memory', 'memory')
  .option('--validate-responses', 'check every response against the spec and log violations', false)
  .addOption(new Option('--admin-token <token>', 'require Authorization: Bearer <token> on /__admin').env('SESSION_DOUBLE_ADMIN_TOKEN'))
  .action(async (options: ServeOptions) => (await import('./cli/serve')).runServe(options));

program
  .command('contract')
  .description('check a backend (real or mock) against the specs and session semantics; exit 0 conform, 1 violation, 2 setup error')
  .option('--target <url>', 'base URL of the backend (per-API URLs go in the config)')
  .option('--api <names>', 'only these APIs (comma-separated)', parseList)
  .option('--config <file>', 'config file (default: ./session-double.contract.yaml when present)')
  .option('--report <kind:file>', 'also write junit:FILE or json:FILE (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
  .addOption(new Option('--mock-controls <mode>', 'scenarios that need the mock admin API: auto-detect, require, or skip').choices(['auto', 'on', 'off']).default('auto'))
  .option('--strict', 'fail on fields the spec does not document (a warning otherwise)', false)
  .addOption(new Option('--admin-token <token>', 'token for a mock started with --admin-token').env('SESSION_DOUBLE_ADMIN_TOKEN'))
  .addOption(new Option('--zitadel-transport <transport>', 'send the ZITADEL steps over REST or the Session Service over gRPC, gRPC-web or Connect').choices(ZITADEL_TRANSPORTS).default('rest'))
  .action(async (options: ContractCliOptions) => (await import('./cli/contract')).runContractCli(options));

program.command('errors').description('print the error catalogue: every documented (operation, status) and how to produce it').option('--api <names>', 'only these APIs (comma-separated)', parseList).option('--json', 'print JSON', false).action(async (options: ErrorsOptions) => (await import('./cli/errors')).runErrors(options));

program.command('lint').description('validate the specs: OpenAPI validity, operationIds, companions, examples against their schemas').argument('[files...]', 'spec files (default: every spec of session-double)').action(async (files: string[]) => (await import('./cli/lint')).runLint(files));

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseList(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`session-double: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
