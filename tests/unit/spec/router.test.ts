import { SpecRouter } from '../../../src/spec/router';
import type { SpecOperation } from '../../../src/spec/types';

const op = (method: string, pathTemplate: string, operationId: string) => ({ method, pathTemplate, operationId, api: 'x' }) as SpecOperation;
const router = new SpecRouter([
  op('GET', '/v2/sessions/{sessionId}', 'getSession'),
  op('POST', '/v2/sessions/search', 'listSessions'),
  op('POST', '/v2/sessions', 'createSession'),
  op('DELETE', '/sessions/{site}', 'shrinkSession'),
  op('POST', '/sessions/extend', 'extendSession'),
  op('GET', '/veridata/v1/auth/login', 'login'),
]);

test.each([
  ['GET', '/v2/sessions/123', 'getSession', { sessionId: '123' }],
  ['POST', '/v2/sessions/search', 'listSessions', {}],
  ['POST', '/v2/sessions', 'createSession', {}],
  ['POST', '//sessions/extend', 'extendSession', {}],
  ['POST', '/sessions/extend/', 'extendSession', {}],
  ['DELETE', '/sessions/site%202', 'shrinkSession', { site: 'site 2' }],
  ['HEAD', '/veridata/v1/auth/login', 'login', {}],
])('%s %s is %s', (method, path, operationId, pathParams) => {
  const match = router.match(method, path);
  expect(match?.operation.operationId).toBe(operationId);
  expect(match?.pathParams).toEqual(pathParams);
});

test.each([
  ['PUT', '/sessions/extend'],
  ['GET', '/v2/sessions/a/b'],
  ['GET', '/v2/sessions/%E0%A4%A'],
  ['GET', '/nowhere'],
])('%s %s matches nothing', (method, path) => {
  expect(router.match(method, path)).toBeUndefined();
});
