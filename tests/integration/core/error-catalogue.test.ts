import { buildErrorCatalogue, formatErrorCatalogue } from '../../../src/server/error-catalogue';
import { loadSpecSet } from '../../../src/spec/spec-set';
import { allVendors } from '../../../src/vendors';
import { useMock } from '../../helpers/mock';

const specs = loadSpecSet(allVendors.map((vendor) => ({ api: vendor.name, specFile: vendor.specFile })));
const documented = [...specs.apis.values()].flatMap((api) =>
  api.operations.flatMap((operation) => operation.documentedStatuses.map((status) => ({ api: api.api, operationId: operation.operationId, method: operation.method, path: operation.pathTemplate, status }))),
);
const catalogue = buildErrorCatalogue(allVendors);

test('the catalogue lists exactly the documented (operation, status) pairs of the specs', () => {
  const key = (e: { api: string; operationId: string; status: number }) => `${e.api} ${e.operationId} ${e.status}`;
  expect(catalogue.map(key).sort()).toEqual(documented.map(key).sort());
});

test.each(allVendors.map((vendor) => [vendor.name, vendor]))('every %s errorCase names a documented pair, and every pair has a natural cause', (_name, vendor) => {
  const pairs = new Set(documented.filter((d) => d.api === vendor.name).map((d) => `${d.operationId} ${d.status}`));
  for (const entry of vendor.errorCases) expect(pairs).toContain(`${entry.operationId} ${entry.status}`);
  for (const pair of pairs) expect(vendor.errorCases.some((entry) => `${entry.operationId} ${entry.status}` === pair)).toBe(true);
});

test('the errors command prints every pair with how to produce it on the mock', () => {
  const text = formatErrorCatalogue(catalogue);
  for (const entry of catalogue) {
    expect(text).toContain(`{"api":"${entry.api}","operationId":"${entry.operationId}","status":${entry.status}}`);
  }
});

describe('every catalogue entry is produced over HTTP', () => {
  const { http } = useMock();
  test.each(documented.map((d) => [d.api, d.operationId, d.status, d.method, d.path]))('%s %s answers its documented %d on Prefer', async (_api, _op, status, method, path) => {
    const url = (path).replace(/\{[^}]+\}/g, 'catalogue-probe');
    const res = await http()[(method).toLowerCase() as 'get'](url).set('Prefer', `code=${status}`);
    expect(res.status).toBe(status);
  });
});
