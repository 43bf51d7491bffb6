import { createMockServer, runContract, allVendors, type ContractResult, type MockServer, type Violation } from '../../src/index';
import { loadSpecSet } from '../../src/spec/spec-set';
import { serveWithDefect, type Defect } from '../helpers/defects';
import { expectFailedChecks, type DefectCase } from './defects/catalogue';
import { vcdaDefects } from './defects/vcda';
import { zitadelDefects } from './defects/zitadel';

const APIS = ['vcda', 'zitadel'];

async function withMock<T>(api: string, use: (mock: MockServer) => Promise<T>): Promise<T> {
  const mock = await createMockServer({ apis: [api] });
  try {
    return await use(mock);
  } finally {
    await mock.close();
  }
}

function runAgainst(api: string, defect?: Defect): Promise<ContractResult> {
  return withMock(api, async (mock) => {
    if (!defect) return runContract({ target: mock.url, apis: [api], mockControls: 'on' });
    const served = await serveWithDefect(mock.handler, defect);
    try {
      return await runContract({ target: served.url, apis: [api], mockControls: 'on' });
    } finally {
      await served.close();
    }
  });
}

const failedChecks = (result: ContractResult) =>
  result.scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => step.checks.filter((check) => check.outcome === 'failed')));

const describe = (violation: Violation) =>
  [violation.check, violation.operationId, violation.step, violation.title, violation.expected, violation.actual, violation.pointer ?? '', violation.hint].join(' | ');

function documentedPairs(api: string): string[] {
  const vendor = allVendors.find((candidate) => candidate.name === api)!;
  const spec = loadSpecSet([{ api, specFile: vendor.specFile }]).apis.get(api)!;
  return spec.operations.flatMap((operation) => operation.documentedStatuses.map((status) => `${operation.operationId} ${status}`)).sort();
}

test.each(APIS)('the unmodified %s mock passes every scenario and every check, none skipped', async (api) => {
  const result = await runAgainst(api);
  expect(result.scenarios.filter((scenario) => scenario.outcome !== 'passed').map((s) => `${s.scenario}: ${s.error ?? s.outcome}`)).toEqual([]);
  expect(result.summary.scenarios.skipped).toBe(0);
  expect(result.summary.checks).toMatchObject({ failed: 0, warnings: 0 });
  expect(result.exitCode).toBe(0);
});

test.each(APIS)('the %s scenarios reach every documented (operation, status) of the spec', async (api) => {
  const result = await runAgainst(api);
  const reached = new Set(result.scenarios.flatMap((scenario) => scenario.steps.map((step) => `${step.operationId} ${step.exchange?.response.status}`)));
  expect(documentedPairs(api).filter((pair) => !reached.has(pair))).toEqual([]);
});

test.each(APIS)('%s leaves no fault or unavailability behind, and with mock controls off reports those scenarios skipped', async (api) => {
  await withMock(api, async (mock) => {
    await runContract({ target: mock.url, apis: [api], mockControls: 'on' });
    expect(mock.admin.faults()).toEqual([]);
    const off = await runContract({ target: mock.url, apis: [api], mockControls: 'off' });
    const outcomes = off.scenarios.map((scenario) => [scenario.tags.includes('mock-controls') ? 'mock-controls' : 'natural', scenario.outcome]);
    expect(outcomes.filter(([tag]) => tag === 'mock-controls').length).toBeGreaterThan(0);
    expect(outcomes.filter(([tag, outcome]) => (tag === 'mock-controls' ? outcome !== 'skipped' : outcome !== 'passed'))).toEqual([]);
    expect(off.exitCode).toBe(0);
  });
});

const defects: DefectCase[] = [...vcdaDefects, ...zitadelDefects];

test.each(defects.map((entry) => [entry.defect.name, entry] as const))('against "%s" exactly the expected checks fail', async (_name, entry) => {
  const result = await runAgainst(entry.api, entry.defect);
  const failed = failedChecks(result);
  expect(result.exitCode).toBe(1);
  expectFailedChecks(failed.map((check) => check.check), entry.expectedChecks, entry.prismMisses);
  const said = failed.flatMap((check) => check.violations.map(describe)).join('\n');
  for (const mention of entry.mentions) expect({ mention, found: said.includes(mention) }).toEqual({ mention, found: true });
});
