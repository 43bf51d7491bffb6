import { loadSpecSet } from '../../../../src/spec/spec-set';
import { bodyFieldsByType, headlineProblem } from '../../../../src/vendors/vcda/request-problems';

const spec = loadSpecSet([{ api: 'vcda', specFile: 'vcda.yaml' }]).apis.get('vcda')!;

test('reads each extend type\'s fields from the spec\'s oneOf', () => {
  expect(Object.fromEntries(bodyFieldsByType(spec, 'extendSession'))).toEqual({
    credentials: ['vcdUsername', 'vcdUser', 'vcdPassword'],
    cookie: ['cookie', 'vcdCookie'],
    vcdAccessToken: ['vcdAccessToken'],
  });
});

test('reads each login type\'s fields from the spec\'s oneOf', () => {
  expect([...bodyFieldsByType(spec, 'login').keys()]).toEqual(['localUser', 'vcdCredentials', 'vcdCookie', 'vcdAccessToken', 'ssoCredentials']);
});

test('picks the problem of the type the client sent over the other branches\' complaints', () => {
  const problems = [
    { location: 'body' as const, pointer: '/vcdUsername', message: 'is required' },
    { location: 'body' as const, pointer: '/type', message: 'must be equal to constant' },
    { location: 'body' as const, pointer: '/cookie', message: 'is required' },
  ];
  expect(headlineProblem(problems, bodyFieldsByType(spec, 'extendSession'), { type: 'cookie', site: 'site2' })).toEqual(problems[2]);
});
