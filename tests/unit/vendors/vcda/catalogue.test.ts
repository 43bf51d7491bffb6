import { loadSpecSet } from '../../../../src/spec/spec-set';
import { vcdaVendor } from '../../../../src/vendors/vcda';
import { createVcdaErrors, vcdaErrors } from '../../../../src/vendors/vcda/errors';

const spec = loadSpecSet([{ api: 'vcda', specFile: 'vcda.yaml' }]).apis.get('vcda')!;
const errors = createVcdaErrors(spec);
const pairs = (list: { operationId: string; status: number }[]) => [...new Set(list.map((entry) => `${entry.operationId} ${entry.status}`))].sort();
const documented = spec.operations.flatMap((operation) => operation.documentedStatuses.map((status) => ({ operationId: operation.operationId, status })));

test('lists exactly the documented (operation, status) pairs of the spec in errorCases', () => {
  expect(pairs(vcdaVendor.errorCases)).toEqual(pairs(documented));
});

test('names a catalogue entry for every error case', () => {
  const errorCases = vcdaVendor.errorCases.filter((entry) => entry.status >= 400);
  expect(errorCases.filter((entry) => !(entry.case in vcdaErrors))).toEqual([]);
});

test('names in every error case a code the spec lists for that status', () => {
  for (const entry of vcdaVendor.errorCases.filter((e) => e.status >= 400)) {
    const description = spec.response(entry.operationId, entry.status)!.description;
    const code = entry.case[0]!.toUpperCase() + entry.case.slice(1);
    const expected = entry.case === 'loginFailed' ? 'NotAuthenticated' : code;
    expect({ entry: `${entry.operationId} ${entry.status} ${entry.case}`, listed: description.includes(`- ${expected}`) }).toEqual({ entry: `${entry.operationId} ${entry.status} ${entry.case}`, listed: true });
  }
});

test.each(documented)('answers the documented $operationId $status with that status', ({ operationId, status }) => {
  expect(errors.documented(operationId, status).status).toBe(status);
});

test.each(documented.filter((entry) => entry.status >= 400))('never answers the seed\'s Forbidden placeholder for $operationId $status', ({ operationId, status }) => {
  expect(errors.documented(operationId, status).body).not.toMatchObject({ code: 'Forbidden' });
});

test.each([
  { example: 'badUserInput', operationId: 'extendSession', status: 400, body: vcdaErrors.badUserInput(['site'], "'site' is required.").body },
  { example: 'badRequest', operationId: 'extendSession', status: 400, body: vcdaErrors.badRequest().body },
  { example: 'notAuthenticated', operationId: 'extendSession', status: 401, body: vcdaErrors.notAuthenticated().body },
  { example: 'remoteAuthenticationFailure', operationId: 'extendSession', status: 401, body: vcdaErrors.remoteAuthenticationFailure('site2').body },
  { example: 'siteNotFound', operationId: 'extendSession', status: 404, body: vcdaErrors.siteNotFound('site9').body },
  { example: 'generalServerFailure', operationId: 'extendSession', status: 500, body: vcdaErrors.generalServerFailure().body },
  { example: 'notAuthenticated', operationId: 'login', status: 401, body: vcdaErrors.loginFailed('admin1@org2').body },
  { example: 'badUserInput', operationId: 'shrinkSession', status: 400, body: vcdaErrors.badUserInput(['site9'], "unknown site 'site9'.").body },
  { example: 'badUserInput', operationId: 'login', status: 400, body: vcdaErrors.badUserInput(['type'], "unsupported value of 'type'.").body },
])('builds the spec\'s $operationId $status $example example from the catalogue', ({ example, operationId, status, body }) => {
  expect(body).toEqual(spec.example(operationId, status, example));
});

test('writes the stacktrace as one Java exception line naming the code', () => {
  expect(vcdaErrors.siteNotFound('x').body).toMatchObject({ stacktrace: 'com.vmware.h4.api.error.exceptions.SiteNotFoundException: Site x not found.' });
});

test('sends every error as application/json;charset=UTF-8, the seed\'s media type', () => {
  for (const { operationId, status } of documented.filter((entry) => entry.status !== 204)) {
    expect(Object.keys(spec.response(operationId, status)!.content)).toEqual([errors.documented(operationId, status).contentType]);
  }
});
