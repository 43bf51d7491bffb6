import { loadSpecSet } from '../../../src/spec/spec-set';
import { useMock } from '../../helpers/mock';
import { extend, login, MEDIA } from './helpers';

const mock = useMock({ apis: ['vcda'] });
const spec = loadSpecSet([{ api: 'vcda', specFile: 'vcda.yaml' }]).apis.get('vcda')!;
const requestExamples = (operationId: string) => Object.entries(Object.values(spec.operation(operationId).requestBody?.content ?? {})[0]?.examples ?? {});

test.each(requestExamples('login'))('logs in with the spec\'s %s request example against the default fixtures', async (_name, body) => {
  const response = await mock.http().post('/sessions').send(body as object).expect(200);
  expect(response.headers['content-type']).toBe(MEDIA);
  expect(response.headers['x-vcav-auth']).toEqual(expect.any(String));
});

test.each(requestExamples('extendSession'))('extends with the spec\'s %s request example (the seed\'s bodies first) after a login', async (_name, body) => {
  const token = await login(mock);
  const response = await extend(mock, token, body).expect(200);
  expect(response.body.authenticatedSites).toContainEqual({ org: 'org2', site: (body as { site: string }).site });
});

test('answers the login spec example for vcdCredentials exactly as the spec\'s vcdCredentials response example', async () => {
  const [, body] = requestExamples('login').find(([name]) => name === 'vcdCredentials')!;
  const response = await mock.http().post('/sessions').send(body as object).expect(200);
  expect(response.body).toEqual(spec.example('login', 200, 'vcdCredentials'));
});

test('answers the seed\'s 200 example after the seed example login and an extend to site2 as the spec shows', async () => {
  const token = await login(mock);
  expect((await mock.http().get('/sessions').set('X-VCAV-Auth', token).expect(200)).body).toEqual(spec.example('getSession', 200, 'seed'));
  const extended = await extend(mock, token, { type: 'credentials', site: 'site2', vcdUsername: 'admin1@org2', vcdPassword: 'password' }).expect(200);
  expect(extended.body).toEqual(spec.example('extendSession', 200, 'extendedToSite2'));
  const shrunk = await mock.http().delete('/sessions/site2').set('X-VCAV-Auth', token).expect(200);
  expect(shrunk.body).toEqual(spec.example('shrinkSession', 200, 'shrunkFromSite2'));
});
