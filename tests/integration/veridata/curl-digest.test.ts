import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { useMock } from '../../helpers/mock';
import { digestAuthorization, EXTEND, INVALIDATE, LOGIN } from './veridata-client';

const served = useMock({ apis: ['veridata'] });
const run = promisify(execFile);

/** Runs curl against the listening mock; answers the status and the body (curl prints the status last). */
async function curl(...args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', ...args], { timeout: 10_000 });
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

test('logs in with curl --digest, which answers the challenge of the first 401 itself', async () => {
  const res = await curl('--digest', '-u', 'veridata:Welcome@123', `${served.mock.url}${LOGIN}`);
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toEqual({ roles: ['ADMINISTRATOR'], token: expect.any(String), userId: 1004 });
});

test('refuses curl --digest with a wrong password with 401 credentialsInvalid', async () => {
  const res = await curl('--digest', '-u', 'veridata:Welcome@124', `${served.mock.url}${LOGIN}`);
  expect(res.status).toBe(401);
  expect(JSON.parse(res.body)).toMatchObject({ errCode: 'OGGV-00004' });
});

test('logs in with curl --basic', async () => {
  const res = await curl('--basic', '-u', 'veridata:Welcome@123', `${served.mock.url}${LOGIN}`);
  expect(res.status).toBe(200);
});

test('serves the vendor script: curl -I for WWW-Authenticate-Custom, then a digest over /v1/auth/login', async () => {
  const head = await curl('-I', `${served.mock.url}${LOGIN}`);
  const custom = /^WWW-Authenticate-Custom: (.*)\r?$/im.exec(head.body)?.[1];
  expect(custom).toMatch(/^Digest realm="Veridata"/);
  const authorization = digestAuthorization(custom!, { user: 'veridata', password: 'Welcome@123', uri: '/v1/auth/login' });
  const res = await curl('-H', `Authorization: ${authorization}`, `${served.mock.url}${LOGIN}`);
  expect(res.status).toBe(200);
});

test('runs login, extend, invalidate and a refused extend with curl alone', async () => {
  const login = await curl('--digest', '-u', 'veridata:Welcome@123', `${served.mock.url}${LOGIN}`);
  const first = (JSON.parse(login.body) as { token: string }).token;
  const extended = await curl('-H', `Authorization: Bearer ${first}`, `${served.mock.url}${EXTEND}`);
  const second = (JSON.parse(extended.body) as { token: string }).token;
  expect((await curl('-H', `Authorization: Bearer ${second}`, `${served.mock.url}${INVALIDATE}`)).status).toBe(200);
  const refused = await curl('-H', `Authorization: Bearer ${first}`, `${served.mock.url}${EXTEND}`);
  expect(refused.status).toBe(401);
  expect(JSON.parse(refused.body)).toMatchObject({ errCode: 'OGGV-00008' });
});
