import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { createMockServer, jsonReporter, junitReporter, runContract, type MockServer } from '../../src/index';
import type { ContractResult } from '../../src/contract/types';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer();
});
afterAll(async () => {
  await mock.close();
});

test('the whole suite passes against one default mock serving all four APIs, every scenario run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-contract-'));
  const result = await runContract({ target: mock.url, mockControls: 'on', reporters: [jsonReporter(join(dir, 'report.json')), junitReporter(join(dir, 'report.xml'))] });
  const failed = result.scenarios.filter((s) => s.outcome !== 'passed').map((s) => `${s.api} › ${s.scenario}: ${s.error ?? JSON.stringify(s.steps.flatMap((step) => step.checks.filter((c) => c.outcome === 'failed').map((c) => c.violations[0]?.title)))}`);
  expect(failed).toEqual([]);
  expect(result.exitCode).toBe(0);
  expect(new Set(result.scenarios.map((s) => s.api))).toEqual(new Set(['veridata', 'ops-center-analyzer', 'vcda', 'zitadel']));

  const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ContractResult;
  const outcomes = json.scenarios.flatMap((s) => s.steps.flatMap((step) => step.checks));
  expect(outcomes.length).toBe(result.summary.checks.passed + result.summary.checks.failed + result.summary.checks.warnings);

  // X-VCAV-Auth is VCDA's apiKey header in its spec: its values never reach a report.
  const vcavValues = json.scenarios.flatMap((s) => s.steps.flatMap((step) => [step.exchange?.request.headers['x-vcav-auth'], step.exchange?.response.headers['x-vcav-auth']])).filter((v) => v !== undefined);
  expect(vcavValues.length).toBeGreaterThan(0);
  expect(new Set(vcavValues)).toEqual(new Set(['***']));

  const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(dir, 'report.xml'), 'utf8'));
  expect(Number(junit.testsuites.tests)).toBe(outcomes.length);
  expect(Number(junit.testsuites.failures)).toBe(0);
});

test('with mock controls off, the mock-controls scenarios are reported skipped, never passed', async () => {
  const result = await runContract({ target: mock.url, mockControls: 'off' });
  const controlled = result.scenarios.filter((s) => s.tags.includes('mock-controls'));
  expect(controlled.length).toBeGreaterThan(0);
  for (const scenario of controlled) expect(scenario).toMatchObject({ outcome: 'skipped', skipReason: expect.stringMatching(/mock controls are off/) });
  expect(result.scenarios.filter((s) => s.outcome === 'failed')).toEqual([]);
  expect(result.exitCode).toBe(0);
});
