import { loadSpecSet } from '../../../../src/spec/spec-set';
import { zitadelVendor } from '../../../../src/vendors/zitadel';
import { errorBody, fieldPath } from '../../../../src/vendors/zitadel/errors';
import { ERROR_CATALOGUE, zitadelError, type ErrorCaseName } from '../../../../src/vendors/zitadel/model/errors';
import { createZitadelErrors } from '../../../../src/vendors/zitadel/errors';

const spec = loadSpecSet([{ api: 'zitadel', specFile: zitadelVendor.specFile }]).apis.get('zitadel')!;
const errors = createZitadelErrors(spec);

test('lists exactly the documented statuses of every operation in errorCases', () => {
  const documented = spec.operations.flatMap((op) => op.documentedStatuses.map((status) => `${op.operationId} ${status}`)).sort();
  const catalogued = zitadelVendor.errorCases.map((c) => `${c.operationId} ${c.status}`).sort();
  expect(catalogued).toEqual(documented);
});

test.each(zitadelVendor.errorCases.map((c) => [c.operationId, c.status, c.case] as const))('answers %s %i with the spec example named %s', (operationId, status, name) => {
  const response = errors.documented(operationId, status);
  expect(response.status).toBe(status);
  expect(response.body).toEqual(spec.example(operationId, status, name));
});

const NAMED_IN_SPEC = Object.keys(ERROR_CATALOGUE) as ErrorCaseName[];

test.each(NAMED_IN_SPEC)('renders the model error %s exactly as the spec example of that name', (name) => {
  const example = (spec.document.components as { examples: Record<string, { value: unknown }> }).examples[name];
  expect(example).toBeDefined();
  expect(errorBody(zitadelError(name))).toEqual(example!.value);
});

test('names fields as protoc-gen-validate does', () => {
  expect(fieldPath('/checks/user/loginName')).toBe('.Checks.User.LoginName');
  expect(fieldPath('/queries/0/idsQuery')).toBe('.Queries[0].IdsQuery');
  expect(fieldPath('')).toBe('');
});
