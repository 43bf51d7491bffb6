import { useMock } from '../../helpers/mock';

/**
 * Bad input never breaks the mock: every answer is a documented status in the vendor's error shape (useMock checks
 * each response against the spec), never an unrequested 500, a Node stack trace or a hang.
 */
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface Target {
  api: string;
  method: 'get' | 'post' | 'patch';
  path: string;
  auth: Record<string, string>;
}

const targets: Target[] = [
  { api: 'veridata', method: 'get', path: '/veridata/v1/session/extend', auth: { authorization: 'Bearer fixture-veridata-valid' } },
  { api: 'ops-center-analyzer', method: 'post', path: '/Analytics/v1/services/KeepAlive/actions/submit/invoke', auth: { authorization: basic('system', 'manager') } },
  { api: 'vcda', method: 'post', path: '/sessions/extend', auth: { 'x-vcav-auth': '0a7c9e1d5b3f4a6c8e2d1f0b9a8c7e61' } },
  { api: 'zitadel', method: 'patch', path: '/v2/sessions/222430354126975534', auth: { authorization: 'Bearer zitadel-login-client-pat' } },
];

const bodies: [string, string, string][] = [
  ['malformed JSON', 'application/json', '{"site": '],
  ['a JSON array', 'application/json', '[1,2,3]'],
  ['a JSON string', 'application/json', '"hello"'],
  ['JSON null', 'application/json', 'null'],
  ['__proto__ and constructor keys', 'application/json', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"name":"submit","method":"POST","site":"site1","type":"cookie","cookie":"x"}'],
  ['wrong types everywhere', 'application/json', '{"name":1,"method":[],"site":{},"type":true,"sessionToken":5,"metadata":"x"}'],
  ['a huge string', 'application/json', JSON.stringify({ site: 'x'.repeat(200_000), type: 'cookie', cookie: 'y', name: 'submit', method: 'POST', sessionToken: 'z'.repeat(200_000) })],
  ['non-ASCII and control characters', 'application/json', JSON.stringify({ site: 'sítè-ü-\u0000-😀', type: 'cookie', cookie: '\u202e', metadata: { 'ключ': 'w7w=' } })],
  ['a wrong content type', 'text/plain', 'name=submit'],
  ['a form body', 'application/x-www-form-urlencoded', 'site=site1&type=cookie'],
];

describe('bad input gets a documented status in the vendor shape', () => {
  const { http } = useMock();

  const send = (target: Target, headers: Record<string, string>) => http()[target.method](target.path).set(headers);

  test.each(targets.flatMap((target) => bodies.map(([name, type, body]) => [target.api, name, target, type, body] as const)))('%s: %s', async (_api, _name, target, type, body) => {
    const res = await send(target, { ...target.auth, 'content-type': type }).send(body);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/at .+\.(js|ts):\d+/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each(targets)('$api: a body over 1 MiB is refused with the vendor 400', async (target) => {
    const res = await send(target, { ...target.auth, 'content-type': 'application/json' }).send(JSON.stringify({ pad: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(400);
  });

  const garbage = ['', 'Bearer', 'Bearer ', 'Basic !!!', 'Basic ' + Buffer.from('no-colon').toString('base64'), 'Digest nonsense', 'HSSO', 'x'.repeat(8_000), 'Bearer \u00ff\u00fe'];
  test.each(targets.flatMap((target) => garbage.map((value) => [target.api, JSON.stringify(value.slice(0, 30)), target, value] as const)))('%s: garbage Authorization %s is refused, not crashed on', async (_api, _label, target, value) => {
    const res = await http()[target.method](target.path).set('authorization', value).set('x-vcav-auth', value).set('content-type', 'application/json').send('{}');
    expect([400, 401, 403]).toContain(res.status);
  });

  test.each(targets)('$api: a missing content type with a body is refused with a documented status', async (target) => {
    const res = await http()[target.method](target.path).set(target.auth).set('content-type', '').send(Buffer.from('{"a":1}'));
    expect(res.status).toBeLessThan(500);
  });

  test('an unknown path under a vendor prefix answers that vendor 404', async () => {
    expect((await http().get('/veridata/v1/nothing').expect(404)).body).toMatchObject({ errCode: expect.stringMatching(/^OGGV-/) });
    expect((await http().get('/Analytics/v1/nothing').expect(404)).body).toMatchObject({ application: 'Analytics' });
    expect((await http().get('/v2/sessions/a/b/c').expect(404)).body).toMatchObject({ code: 5 });
  });
});
