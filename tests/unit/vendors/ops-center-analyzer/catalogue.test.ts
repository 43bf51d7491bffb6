import { loadSpecSet } from '../../../../src/spec/spec-set';
import { isObject } from '../../../../src/spec/document';
import { CATALOGUE, errorBody, type ErrorCaseName } from '../../../../src/vendors/ops-center-analyzer/errors';
import { errorCases } from '../../../../src/vendors/ops-center-analyzer/error-cases';
import { readRequiredRoles } from '../../../../src/vendors/ops-center-analyzer/permissions';

const spec = loadSpecSet([{ api: 'ops-center-analyzer', specFile: 'ops-center-analyzer.yaml' }]).apis.get('ops-center-analyzer')!;
const pairs = (list: { operationId: string; status: number }[]) => [...new Set(list.map((e) => `${e.operationId} ${e.status}`))].sort();

test('lists exactly the (operation, status) pairs the spec documents in the error catalogue', () => {
  const documented = spec.operations.flatMap((op) => op.documentedStatuses.map((status) => ({ operationId: op.operationId, status })));
  expect(pairs(errorCases)).toEqual(pairs(documented));
});

test('names only cases the catalogue renders, each with the status it answers', () => {
  for (const entry of errorCases) {
    if (entry.status === 200) expect(entry.case).toBe('ok');
    else expect(CATALOGUE[entry.case as ErrorCaseName]?.status).toBe(entry.status);
  }
});

const namedErrorExamples = spec.operations.flatMap((op) =>
  op.documentedStatuses
    .filter((status) => status >= 400)
    .flatMap((status) => Object.entries(Object.values(op.responses[String(status)]!.content)[0]!.examples).map(([name, value]) => ({ op, status, name, value }))),
);

test.each(namedErrorExamples.map((e) => [e.op.operationId, e.status, e.name, e]))('renders %s %s %s exactly as the spec example', (_op, status, name, entry) => {
  const { op, value } = entry;
  if (!isObject(value)) throw new Error('an error example is an object');
  const source = String(value.errorSource);
  const path = new URL(source).pathname;
  const detail: Record<string, string> = {
    badBody: 'name = cancel, method = POST',
    noExecutePermission: readRequiredRoles(spec).get(op.operationId)!.join(', '),
    notFound: path,
    malformedJson: String(value.message),
  };
  expect(CATALOGUE[name as ErrorCaseName].status).toBe(status);
  expect(errorBody(name as ErrorCaseName, source, detail[name] ?? '')).toEqual(value);
});

test('reads the execution permission from x-required-roles of every operation', () => {
  const roles = readRequiredRoles(spec);
  expect([...roles.keys()].sort()).toEqual(['invokeKeepAlive', 'listKeepAliveActions', 'prepareKeepAlive']);
  for (const listed of roles.values()) expect(listed).toEqual(['Admin', 'StorageOps', 'Modify', 'User Management']);
});
