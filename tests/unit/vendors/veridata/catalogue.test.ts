import { readSpecDocument } from '../../../../src/spec/document';
import { readOperations } from '../../../../src/spec/operations';
import { ERROR_CATALOGUE, errorBody, type ErrorCaseName } from '../../../../src/vendors/veridata/catalogue';
import { errorCases } from '../../../../src/vendors/veridata/error-cases';
import { veridataVendor } from '../../../../src/vendors/veridata';

const operations = readOperations('veridata', 'veridata.yaml', readSpecDocument('veridata.yaml'));
const documented = operations.flatMap((op) => op.documentedStatuses.map((status) => `${op.operationId} ${status}`)).sort();
const namedExamples = operations.flatMap((op) =>
  Object.values(op.responses).flatMap((response) => Object.values(response.content).flatMap((media) => Object.entries(media.examples).map(([name, value]) => ({ name, status: Number(response.status), value })))),
);
const SUCCESS_CASES = new Set(['loggedIn', 'challengeAnswered', 'extended', 'loggedOut']);

test('lists exactly the documented (operation, status) pairs of the spec in errorCases', () => {
  expect([...new Set(errorCases.map((c) => `${c.operationId} ${c.status}`))].sort()).toEqual(documented);
  expect(veridataVendor.errorCases).toBe(errorCases);
});

test('names a catalogue case of the same status for every error case, and a success case for every 200', () => {
  for (const entry of errorCases) {
    if (entry.status === 200) expect(SUCCESS_CASES.has(entry.case)).toBe(true);
    else expect(ERROR_CATALOGUE[entry.case as ErrorCaseName]?.status).toBe(entry.status);
  }
});

test('produces every catalogue case through some documented error case', () => {
  const used = new Set(errorCases.map((c) => c.case));
  for (const name of Object.keys(ERROR_CATALOGUE)) if (name !== 'serverUnavailable') expect(used.has(name)).toBe(true);
});

test.each(Object.keys(ERROR_CATALOGUE) as ErrorCaseName[])('answers %s exactly as the spec example of that name', (name) => {
  const examples = namedExamples.filter((example) => example.name === name);
  expect(examples.length).toBeGreaterThan(0);
  for (const example of examples) {
    expect(example.status).toBe(ERROR_CATALOGUE[name].status);
    expect(errorBody(name, { path: '/veridata/v1/session/extnd' })).toEqual(example.value);
  }
});

test('gives every case its own OGGV code', () => {
  const codes = Object.values(ERROR_CATALOGUE).map((entry) => entry.errCode);
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) expect(code).toMatch(/^OGGV-\d{5}$/);
});

test('puts a validation detail into the badRequest message', () => {
  expect(errorBody('badRequest', { detail: 'the request body is larger than 1 MiB' }).errMsg).toBe('Malformed request: the request body is larger than 1 MiB');
});
