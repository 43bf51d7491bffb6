import { runContract } from '../../../src/index';
import { zitadelContractTransport } from '../../../src/vendors/zitadel/contract-transport';
import { useMock } from '../../helpers/mock';

const served = useMock({ apis: ['zitadel'] });

describe.each(['grpc', 'grpc-web', 'connect'] as const)('the ZITADEL contract over %s', (transport) => {
  test('every scenario conforms against the mock, and every session call went over that protocol', async () => {
    const result = await runContract({ target: served.mock.url, apis: ['zitadel'], transports: { zitadel: zitadelContractTransport(transport) }, env: {} });
    const failed = result.scenarios.filter((scenario) => scenario.outcome !== 'passed').map((scenario) => `${scenario.scenario}: ${scenario.error ?? 'checks failed'}`);
    expect(failed).toEqual([]);
    const calls = served.mock.admin.requests({ api: 'zitadel' }).filter((entry) => entry.operationId !== null);
    expect(calls.length).toBeGreaterThan(10);
    expect(new Set(calls.map((entry) => entry.rpc?.protocol))).toEqual(new Set([transport]));
  });
});
