import type { VendorModule } from '../core/vendor';
import { loadSpecSet } from '../spec/spec-set';
import { isObject } from '../spec/document';
import type { SpecApi } from '../spec/types';
import { exchangeChecks, sessionChecks } from './checks';
import { ContractSetupError, resolveContractConfig, type ApiTarget } from './config';
import { sendHttp } from './http-client';
import { createMockControls, detectMockControls } from './mock-controls';
import type { Reporter } from './reporters/reporter';
import { createRestTransport, type Transport } from './rest-transport';
import { runScenario } from './scenario-run';
import { createPrismAgrees, loadPrismValidateOutput } from './prism/prism-agrees';
import { loadPrismReading } from './prism/prism-reading';
import type { ContractResult, ScenarioResult } from './types';

export interface RunContractOptions {
  vendors: VendorModule[];
  /** Base URL for every API without its own in the config. */
  target?: string;
  apis?: string[];
  /** Path of a config file (default: ./session-double.contract.yaml when present). */
  config?: string;
  mockControls?: 'auto' | 'on' | 'off';
  strict?: boolean;
  adminToken?: string;
  reporters?: Reporter[];
  /** Replaces the HTTP transport for an API (e.g. ZITADEL over gRPC). */
  transports?: Record<string, (target: ApiTarget, spec: SpecApi) => Transport>;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Runs every scenario of the chosen APIs against the target; throws ContractSetupError for setup problems. */
export async function runContract(options: RunContractOptions): Promise<ContractResult> {
  const started = performance.now();
  const vendors = chooseVendors(options.vendors, options.apis);
  const config = resolveContractConfig({ target: options.target, configFile: options.config, strict: options.strict, adminToken: options.adminToken, vendors, env: options.env, cwd: options.cwd });
  const specs = loadSpecSet(vendors.map((vendor) => ({ api: vendor.name, specFile: vendor.specFile })));
  const prismAgrees = createPrismAgrees(await loadPrismReading(vendors.map((vendor) => ({ api: vendor.name, specFile: vendor.specFile }))), await loadPrismValidateOutput());
  const reporters = options.reporters ?? [];
  const plan = vendors.flatMap((vendor) => (vendor.contract?.scenarios ?? []).map((scenario) => ({ vendor, scenario })));
  const results: ScenarioResult[] = [];
  let mockControlsUsed = false;

  for (const vendor of vendors) {
    const target = config.apis[vendor.name]!;
    await ensureReachable(target, vendor.name);
    const controls = await decideMockControls(options.mockControls ?? 'auto', target, vendor.name, config.adminToken);
    mockControlsUsed ||= controls;
    const spec = specs.apis.get(vendor.name)!;
    const custom = options.transports?.[vendor.name]?.(target, spec);
    const transport = custom ?? createRestTransport(spec, target);
    // Prism reads HTTP answers; an exchange that another transport reports in REST terms is not one.
    const checks = custom ? exchangeChecks : { ...exchangeChecks, prism_agrees: prismAgrees };
    for (const scenario of vendor.contract?.scenarios ?? []) {
      const index = results.length;
      for (const reporter of reporters) reporter.onScenarioStart?.(vendor.name, scenario.name, index, plan.length);
      const result = scenario.tags.includes('mock-controls') && !controls
        ? skipped(vendor.name, scenario.name, scenario.tags, options.mockControls === 'off' ? 'mock controls are off (--mock-controls off)' : 'the target has no session-double admin API (GET /__admin/health)')
        : await runScenario({
            api: vendor.name,
            scenario,
            spec: specs.apis.get(vendor.name)!,
            specs,
            transport,
            credentials: target.credentials,
            mock: controls ? createMockControls(target.baseUrl, vendor.name, target.http, config.adminToken) : undefined,
            exchangeChecks: checks,
            sessionChecks: { ...sessionChecks, ...(vendor.contract?.checks ?? {}) },
            strict: config.strict,
          });
      results.push(result);
      for (const reporter of reporters) reporter.onScenarioEnd?.(result);
    }
  }
  const result = summarise(options.target ?? Object.values(config.apis)[0]?.baseUrl ?? '', vendors, mockControlsUsed, results, performance.now() - started);
  const redaction = { values: config.secrets, headers: [...specs.apis.values()].flatMap(apiKeyHeaders) };
  for (const reporter of reporters) await reporter.onEnd(result, redaction);
  return result;
}

/** The header names of a spec's apiKey security schemes (e.g. a session token header): credentials to blank. */
function apiKeyHeaders(spec: SpecApi): string[] {
  const schemes = spec.document.components?.securitySchemes ?? {};
  return Object.values(schemes).flatMap((scheme) => (isObject(scheme) && scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string' ? [scheme.name] : []));
}

function chooseVendors(vendors: VendorModule[], apis: string[] | undefined): VendorModule[] {
  const unknown = (apis ?? []).filter((api) => !vendors.some((vendor) => vendor.name === api));
  if (unknown.length > 0) throw new ContractSetupError(`unknown API ${unknown.join(', ')}; choose from ${vendors.map((v) => v.name).join(', ')}`);
  return apis && apis.length > 0 ? vendors.filter((vendor) => apis.includes(vendor.name)) : vendors;
}

async function ensureReachable(target: ApiTarget, api: string): Promise<void> {
  try {
    await sendHttp({ method: 'GET', url: `${target.baseUrl}/`, headers: {}, body: undefined }, target.http);
  } catch (error) {
    throw new ContractSetupError(`cannot reach the ${api} target ${target.baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function decideMockControls(mode: 'auto' | 'on' | 'off', target: ApiTarget, api: string, adminToken: string | undefined): Promise<boolean> {
  if (mode === 'off') return false;
  const available = await detectMockControls(target.baseUrl, api, target.http, adminToken);
  if (mode === 'on' && !available) throw new ContractSetupError(`--mock-controls on, but ${target.baseUrl} has no session-double admin API serving ${api} (GET /__admin/health; pass --admin-token if it needs one)`);
  return available;
}

function skipped(api: string, scenario: string, tags: ScenarioResult['tags'], reason: string): ScenarioResult {
  return { api, scenario, tags, outcome: 'skipped', skipReason: reason, steps: [], durationMs: 0 };
}

function summarise(target: string, vendors: VendorModule[], mockControls: boolean, scenarios: ScenarioResult[], durationMs: number): ContractResult {
  const checks = scenarios.flatMap((s) => s.steps.flatMap((step) => step.checks));
  const count = (outcome: string) => scenarios.filter((s) => s.outcome === outcome).length;
  const failedScenarios = count('failed');
  return {
    target,
    apis: vendors.map((vendor) => vendor.name),
    mockControls,
    scenarios,
    summary: {
      scenarios: { passed: count('passed'), failed: failedScenarios, skipped: count('skipped') },
      checks: { passed: checks.filter((c) => c.outcome === 'passed').length, failed: checks.filter((c) => c.outcome === 'failed').length, warnings: checks.filter((c) => c.outcome === 'warning').length },
      durationMs,
    },
    exitCode: failedScenarios > 0 ? 1 : 0,
  };
}
