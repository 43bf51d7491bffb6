import { loadSpecSet } from '../../../src/spec/spec-set';
import { allVendors } from '../../../src/vendors';

const specs = loadSpecSet(allVendors.map((vendor) => ({ api: vendor.name, specFile: vendor.specFile })));

test('loads every vendor spec with an operationId on every operation', () => {
  expect([...specs.apis.keys()]).toEqual(allVendors.map((vendor) => vendor.name));
  for (const api of specs.apis.values()) {
    expect(api.operations.length).toBeGreaterThan(0);
    for (const operation of api.operations) expect(operation.operationId).not.toBe('');
  }
});

test('no two vendors claim the same method and path', () => {
  const seen = new Map<string, string>();
  for (const api of specs.apis.values()) {
    for (const operation of api.operations) {
      const key = `${operation.method} ${operation.pathTemplate}`;
      expect(seen.get(key)).toBeUndefined();
      seen.set(key, api.api);
    }
  }
});

test('every documented example of every response validates against its own compiled validator', () => {
  for (const api of specs.apis.values()) {
    for (const operation of api.operations) {
      const validators = specs.validators(api.api, operation.operationId);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [mediaType, media] of Object.entries(response.content)) {
          for (const example of Object.values(media.examples)) {
            const problems = validators.validateResponse({ status: status === 'default' ? 599 : Number(status), contentType: mediaType, headers: headersOf(response.headers), body: example });
            expect({ operation: operation.operationId, status, problems }).toEqual({ operation: operation.operationId, status, problems: [] });
          }
        }
      }
    }
  }
});

test('a request body that breaks the schema is reported with its pointer', () => {
  const validators = specs.validators('vcda', 'extendSession');
  const problems = validators.validateRequest({ pathParams: {}, query: new URLSearchParams(), headers: {}, contentType: 'application/json', body: { type: 'cookie', cookie: 'x' }, hasBody: true });
  expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ location: 'body', pointer: '/site', message: 'is required' })]));
});

test('a response with an undocumented status is named with the documented ones', () => {
  const problems = specs.validators('veridata', 'extendSession').validateResponse({ status: 403, contentType: 'application/json', headers: {}, body: {} });
  expect(problems[0]?.message).toMatch(/status 403 is not documented for extendSession \(documented: 200, 400, 401, 404, 500\)/);
});

/** Each documented header filled with its own example value. */
function headersOf(headers: Record<string, { example: unknown }>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, header]) => [name, String(header.example)]));
}

test('every schema of every operation compiles (warm-up reaches them all)', async () => {
  const fresh = loadSpecSet(allVendors.map((vendor) => ({ api: vendor.name, specFile: vendor.specFile })));
  await expect(fresh.warmUp()).resolves.toBeUndefined();
});
