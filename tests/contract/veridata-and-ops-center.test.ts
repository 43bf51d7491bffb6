import { allVendors, createMockServer, runContract, type ContractResult, type MockServer } from '../../src/index';
import { loadSpecSet } from '../../src/spec/spec-set';
import { serveWithDefect } from '../helpers/defects';
import { opsCenterAnalyzerDefects } from './defects/ops-center-analyzer';
import { veridataDefects } from './defects/veridata';
import { expectFailedChecks } from './defects/catalogue';

const APIS = ['veridata', 'ops-center-analyzer'];

const failedViolations = (result: ContractResult) =>
  result.scenarios.flatMap((s) => s.steps.flatMap((step) => step.checks)).filter((c) => c.outcome === 'failed').flatMap((c) => c.violations.filter((v) => v.severity === 'error'));

async function runAgainstMock(apis: string[], mockControls: 'on' | 'off'): Promise<ContractResult> {
  const mock = await createMockServer({ apis });
  try {
    return await runContract({ target: mock.url, apis, mockControls });
  } finally {
    await mock.close();
  }
}

describe('the unmodified mock, with mock controls on', () => {
  let mock: MockServer;
  let result: ContractResult;
  beforeAll(async () => {
    mock = await createMockServer({ apis: APIS });
    result = await runContract({ target: mock.url, apis: APIS, mockControls: 'on' });
  });
  afterAll(() => mock.close());

  test('passes every Veridata and Ops Center scenario, none skipped', () => {
    const problems = result.scenarios.filter((s) => s.outcome !== 'passed').map((s) => `${s.scenario}: ${s.outcome} ${s.error ?? ''}`);
    expect(problems).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.summary.checks).toMatchObject({ failed: 0, warnings: 0 });
  });

  test('reaches every operation and every documented status of both specs', () => {
    const specs = loadSpecSet(allVendors.filter((v) => APIS.includes(v.name)).map((v) => ({ api: v.name, specFile: v.specFile })));
    const documented = APIS.flatMap((api) => specs.apis.get(api)!.operations.flatMap((op) => op.documentedStatuses.map((status) => `${api} ${op.operationId} ${status}`)));
    const reached = new Set(result.scenarios.flatMap((s) => s.steps.map((step) => `${s.api} ${step.operationId} ${step.exchange?.response.status}`)));
    expect(documented.filter((pair) => !reached.has(pair))).toEqual([]);
  });

  test('leaves no fault and no unavailable API behind', async () => {
    expect(await fetch(`${mock.url}/__admin/faults`).then((res) => res.json())).toEqual([]);
    const basic = `Basic ${Buffer.from('system:manager').toString('base64')}`;
    expect((await fetch(`${mock.url}/Analytics/v1/services/KeepAlive/actions`, { headers: { authorization: basic } })).status).toBe(200);
    expect((await fetch(`${mock.url}/veridata/v1/auth/login`, { headers: { authorization: `Basic ${Buffer.from('veridata:Welcome@123').toString('base64')}` } })).status).toBe(200);
  });
});

test('with mock controls off, the mock-controls scenarios are reported skipped and the natural ones pass', async () => {
  const result = await runAgainstMock(APIS, 'off');
  for (const scenario of result.scenarios) {
    expect({ scenario: scenario.scenario, outcome: scenario.outcome }).toEqual({ scenario: scenario.scenario, outcome: scenario.tags.includes('mock-controls') ? 'skipped' : 'passed' });
  }
  expect(result.scenarios.some((s) => s.outcome === 'skipped')).toBe(true);
  expect(result.exitCode).toBe(0);
});

test.concurrent.each([...veridataDefects, ...opsCenterAnalyzerDefects].map((entry) => [entry.api, entry.defect.name, entry] as const))(
  '%s defect "%s" fails exactly its expected checks',
  async (api, _name, { defect, expectedChecks, mentions }) => {
    const mock = await createMockServer({ apis: [api] });
    const served = await serveWithDefect(mock.handler, defect);
    try {
      const result = await runContract({ target: served.url, apis: [api], mockControls: 'on' });
      const violations = failedViolations(result);
      expect(result.exitCode).toBe(1);
      expectFailedChecks(violations.map((v) => v.check), expectedChecks);
      const said = JSON.stringify(violations.map((v) => [v.check, v.operationId, v.title, v.expected, v.actual, v.pointer, v.hint]));
      for (const mention of mentions) expect(said).toContain(mention);
    } finally {
      await served.close();
      await mock.close();
    }
  },
);
