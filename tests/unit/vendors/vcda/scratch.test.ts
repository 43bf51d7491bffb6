import { loadSpecSet } from '../../../../src/spec/spec-set';
test('probe', () => {
  const set = loadSpecSet([{ api: 'vcda', specFile: 'vcda.yaml' }]);
  const v = set.validators('vcda', 'extendSession');
  const l = set.validators('vcda', 'login');
  const run = (vv: typeof v, body: unknown) => vv.validateRequest({ pathParams: {}, query: new URLSearchParams(), headers: {}, contentType: 'application/json', body, hasBody: true });
  for (const body of [{ type: 'credentials', site: 's' }, { type: 'credentials', vcdPassword: 'x', vcdUsername: 'a' }, { type: 'bogus', site: 's' }, { site: 's' }, { type: 'cookie', site: 's' }, { type: 'credentials', site: 5, vcdUsername: 'a', vcdPassword: 'p' }, { type: 'credentials', site: 's', vcdUsername: 1, vcdPassword: 'p' }, [], 'str', { type: 5, site: 's' }])
    console.log(JSON.stringify(body), JSON.stringify(run(v, body)));
  for (const body of [{ type: 'vcdCredentials', vcdUser: 'a' }, { type: 'ssoToken' }, {}, { type: 'localUser', localUser: 1, localPassword: 'x' }])
    console.log(JSON.stringify(body), JSON.stringify(run(l, body)));
});
