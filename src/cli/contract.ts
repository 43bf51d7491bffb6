import { ContractSetupError } from '../contract/config';
import { consoleReporter } from '../contract/reporters/console-reporter';
import { jsonReporter } from '../contract/reporters/json-reporter';
import { junitReporter } from '../contract/reporters/junit-reporter';
import type { Reporter } from '../contract/reporters/reporter';
import { runContract } from '../index';
import { zitadelContractTransport, type ZitadelTransportName } from '../vendors/zitadel/contract-transport';

export interface ContractCliOptions {
  target?: string;
  api?: string[];
  config?: string;
  report: string[];
  mockControls: 'auto' | 'on' | 'off';
  strict: boolean;
  adminToken?: string;
  zitadelTransport: ZitadelTransportName;
}

export async function runContractCli(options: ContractCliOptions): Promise<void> {
  try {
    const reporters: Reporter[] = [consoleReporter(), ...options.report.map(parseReport)];
    const transports = options.zitadelTransport === 'rest' ? undefined : { zitadel: zitadelContractTransport(options.zitadelTransport) };
    const result = await runContract({ target: options.target, apis: options.api, config: options.config, reporters, mockControls: options.mockControls, strict: options.strict, adminToken: options.adminToken, transports });
    process.exitCode = result.exitCode;
  } catch (error) {
    if (!(error instanceof ContractSetupError)) throw error;
    process.stderr.write(`session-double contract: ${error.message}\n`);
    process.exitCode = 2;
  }
}

function parseReport(spec: string): Reporter {
  const colon = spec.indexOf(':');
  const kind = colon === -1 ? spec : spec.slice(0, colon);
  const file = colon === -1 ? '' : spec.slice(colon + 1);
  if (!file) throw new ContractSetupError(`--report ${spec}: name a file, e.g. --report junit:contract.xml or --report json:contract.json`);
  if (kind === 'junit') return junitReporter(file);
  if (kind === 'json') return jsonReporter(file);
  throw new ContractSetupError(`--report ${spec}: the kinds are junit:FILE and json:FILE`);
}
