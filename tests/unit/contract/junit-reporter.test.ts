import { XMLParser } from 'fast-xml-parser';
import { renderJunit } from '../../../src/contract/reporters/junit-reporter';
import type { ContractResult, Exchange, ScenarioResult } from '../../../src/contract/types';

const exchange = { api: 'vcda', step: 'login', operationId: 'login', request: { method: 'POST', url: 'http://x/sessions', headers: {}, body: undefined }, response: { status: 200, headers: {}, contentType: undefined, body: undefined, text: '' }, durationMs: 1 } as Exchange;
const violation = { check: 'status_documented', api: 'vcda', operationId: 'login', step: 'login', title: 'undocumented status 418 <teapot> & "tea"', expected: '200', actual: '418', hint: 'h', pointer: undefined, severity: 'error' as const, request: exchange.request, response: { status: 418, headers: {}, body: undefined } };

const scenarios: ScenarioResult[] = [
  { api: 'vcda', scenario: 'login flow', tags: ['natural'], outcome: 'failed', durationMs: 12, steps: [{ step: 'login', operationId: 'login', exchange, checks: [{ check: 'status_documented', outcome: 'failed', violations: [violation] }, { check: 'body_matches_schema', outcome: 'passed', violations: [] }] }] },
  { api: 'vcda', scenario: 'expiry', tags: ['mock-controls'], outcome: 'skipped', skipReason: 'mock controls are off', steps: [], durationMs: 0 },
  { api: 'zitadel', scenario: 'create', tags: ['natural'], outcome: 'passed', durationMs: 3, steps: [{ step: 'create', operationId: 'createSession', exchange, checks: [{ check: 'status_documented', outcome: 'passed', violations: [] }] }] },
];
const result: ContractResult = { target: 'http://x', apis: ['vcda', 'zitadel'], mockControls: false, scenarios, exitCode: 1, summary: { scenarios: { passed: 1, failed: 1, skipped: 1 }, checks: { passed: 2, failed: 1, warnings: 0 }, durationMs: 15 } };

test('renders JUnit XML that a parser reads with the right counts, one testcase per step and check', () => {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(renderJunit(result));
  const root = parsed.testsuites;
  expect(root).toMatchObject({ tests: '4', failures: '1', skipped: '1' });
  const [vcda, zitadel] = root.testsuite;
  expect(vcda).toMatchObject({ name: 'vcda', tests: '3', failures: '1', skipped: '1' });
  expect(vcda.testcase.map((c: { name: string }) => c.name)).toEqual(['login :: status_documented', 'login :: body_matches_schema', 'expiry']);
  expect(vcda.testcase[0].failure).toMatchObject({ type: 'status_documented', message: 'undocumented status 418 <teapot> & "tea"' });
  expect(zitadel).toMatchObject({ name: 'zitadel', tests: '1', failures: '0' });
});
