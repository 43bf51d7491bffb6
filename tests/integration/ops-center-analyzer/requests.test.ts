import { useMock } from '../../helpers/mock';
import { INVOKE, LIST, SEED_ACTION, SEED_BASIC, expectError } from './analyzer';

const ctx = useMock({ apis: ['ops-center-analyzer'] });

const invoke = (body: string, contentType = 'application/json') =>
  ctx.http().post(INVOKE).set('Authorization', SEED_BASIC).set('Host', 'localhost:22015').set('Content-Type', contentType).send(body);

test('answers malformed JSON with the messageID "generic error" and the parser message', async () => {
  const res = await invoke('{"name": "submit",}');
  expectError(res, 400, 'generic error');
  expect(res.body.errorSource).toBe(`http://localhost:22015${INVOKE}`);
  expect(res.body.message).not.toMatch(/^the body is not valid JSON/);
  expect(res.body.message.length).toBeGreaterThan(0);
});

const notSubmit: [string, Record<string, unknown>, string][] = [
  ['another action name', { ...SEED_ACTION, name: 'cancel' }, 'name = cancel, method = POST'],
  ['a lower-case method', { ...SEED_ACTION, method: 'post' }, 'name = submit, method = post'],
  ['no name', { method: 'POST' }, 'name = , method = POST'],
  ['no method', { name: 'submit' }, 'name = submit, method = '],
  ['a number as name', { name: 1, method: 'POST' }, 'name = 1, method = POST'],
];

test.each(notSubmit)('refuses an Action with %s as 400 and echoes what was sent', async (_why, body, sent) => {
  const res = await invoke(JSON.stringify(body));
  expectError(res, 400, 'KNAQ10000-E');
  expect(res.body.message).toBe(`The specified action is invalid. (${sent})`);
});

const wrongTypes: [string, string][] = [
  ['parameters that are no array', JSON.stringify({ ...SEED_ACTION, parameters: 'x' })],
  ['an href that is no string', JSON.stringify({ ...SEED_ACTION, href: 42 })],
  ['a body that is an array', JSON.stringify([SEED_ACTION])],
  ['a body that is a string', JSON.stringify('submit')],
  ['a body that is null', 'null'],
];

test.each(wrongTypes)('refuses %s as 400 "The format of the request body is invalid."', async (_why, body) => {
  const res = await invoke(body);
  expectError(res, 400, 'KNAQ10000-E');
  expect(res.body.message).toMatch(/^The format of the request body is invalid\. \(.+\)$/);
});

test('refuses an invoke without a body', async () => {
  const res = await ctx.http().post(INVOKE).set('Authorization', SEED_BASIC);
  expectError(res, 400, 'KNAQ10000-E');
});

test('refuses a body that is not sent as JSON', async () => {
  const res = await invoke('name=submit&method=POST', 'application/x-www-form-urlencoded');
  expectError(res, 400, 'KNAQ10000-E');
});

test('accepts __proto__ keys as plain data and pollutes no prototype', async () => {
  const body = '{"__proto__": {"polluted": true}, "name": "submit", "method": "POST", "parameters": [{"__proto__": {"x": 1}}]}';
  const res = await invoke(body);
  expect(res.status).toBe(200);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

test('refuses an Action whose __proto__ key tries to supply name and method', async () => {
  const res = await invoke('{"__proto__": {"name": "submit", "method": "POST"}}');
  expectError(res, 400, 'KNAQ10000-E');
});

test('accepts the Action with extra attributes and unchecked parameters', async () => {
  const res = await invoke(JSON.stringify({ ...SEED_ACTION, parameters: [1, 'two', { three: 3 }], extra: true }));
  expect(res.status).toBe(200);
});

const garbage: [string, string][] = [
  ['a scheme alone', 'Basic'],
  ['Basic that is not base64', 'Basic %%%not-base64%%%'],
  ['Basic base64 without a colon', `Basic ${Buffer.from('systemmanager').toString('base64')}`],
  ['an unsupported scheme', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x'],
  ['random bytes', 'x\u00ff\u00fe garbage'],
];

test.each(garbage)('rejects garbage Authorization (%s) with 401 and a Basic challenge', async (_why, authorization) => {
  const res = await ctx.http().get(LIST).set('Authorization', authorization);
  expectError(res, 401, 'KNAQ10001-E');
  expect(res.headers['www-authenticate']).toBe('Basic realm="Analytics"');
});

test('rejects HSSO without a token, or with a garbage one, with 401 and an HSSO challenge', async () => {
  for (const authorization of ['HSSO', 'HSSO not-a-token', `HSSO ${'a'.repeat(5000)}`]) {
    const res = await ctx.http().get(LIST).set('Authorization', authorization);
    expectError(res, 401, 'KNAQ10002-E');
    expect(res.headers['www-authenticate']).toBe('HSSO');
  }
});
