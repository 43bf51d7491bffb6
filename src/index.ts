import { startMockServer, type MockServer, type MockServerOptions } from './server/create-mock-server';
import { allVendors } from './vendors';
import { runContract as runContractWith, type RunContractOptions } from './contract/runner';
import type { ContractResult } from './contract/types';

export type { MockServer } from './server/create-mock-server';
export type { MockAdmin } from './server/admin/mock-admin';
export type { SessionStore, SessionRecord } from './core/store/session-store';
export { MemorySessionStore } from './core/store/memory-store';
export { VirtualClock, type Clock } from './core/clock';

export type CreateMockServerOptions = Omit<MockServerOptions, 'vendors'>;

/**
 * Starts the mock of every vendor API (or those named in `apis`) on 127.0.0.1, on a free port by default.
 *
 * @example
 * const mock = await createMockServer();
 * const res = await fetch(`${mock.url}/veridata/v1/auth/login`, { headers: { authorization: 'Basic ' + btoa('veridata:Welcome@123') } });
 * await mock.admin.advanceClock('PT1H');
 * await mock.close();
 */
export function createMockServer(options: CreateMockServerOptions = {}): Promise<MockServer> {
  return startMockServer({ ...options, vendors: allVendors });
}

/**
 * Runs the contract suite against a backend (real or mock) and returns every check's outcome.
 *
 * @example
 * const result = await runContract({ target: mock.url, apis: ['veridata'] });
 * expect(result.exitCode).toBe(0);
 */
export function runContract(options: Omit<RunContractOptions, 'vendors'>): Promise<ContractResult> {
  return runContractWith({ ...options, vendors: allVendors });
}

export { allVendors };
export type { ContractResult, ScenarioResult, Violation } from './contract/types';
export type { RunContractOptions } from './contract/runner';
export { consoleReporter } from './contract/reporters/console-reporter';
export { jsonReporter } from './contract/reporters/json-reporter';
export { junitReporter } from './contract/reporters/junit-reporter';
