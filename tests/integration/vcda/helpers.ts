import type { useMock } from '../../helpers/mock';

export const MEDIA = 'application/json;charset=UTF-8';
export const VND_ACCEPT = 'application/vnd.vmware.h4-v4.x+json;charset=UTF-8';
export const LOGIN = { type: 'vcdCredentials', vcdUser: 'admin1@Org1', vcdPassword: 'password' };

/** The fixtures' pre-issued sessions (fixtures/default/vcda.yaml). */
export const SEEDED = { active: '0a7c9e1d5b3f4a6c8e2d1f0b9a8c7e61', idleExpired: 'e3b1c5d7f9a24c6e8b0d2f4a6c8e0b92' };

/** The three extend bodies printed in 003_c14ab5462aef1dd6.txt, verbatim. */
export const SEED_EXTEND_BODIES = {
  credentials: { type: 'credentials', site: 'site1', vcdUsername: 'admin1@org2', vcdPassword: 'password' },
  cookie: { type: 'cookie', site: 'site1', cookie: 'f12977876fef48a6b032ffdb2cdf22d7' },
  vcdAccessToken: { type: 'vcdAccessToken', site: 'site1', vcdAccessToken: 'eyJhbGciOiJSUzI1NiJ9....' },
};

type Mock = ReturnType<typeof useMock>;

/** Logs in as admin1@Org1 and answers the X-VCAV-Auth token. */
export async function login(mock: Mock, body: object = LOGIN): Promise<string> {
  const response = await mock.http().post('/sessions').send(body).expect(200);
  return String(response.headers['x-vcav-auth']);
}

export function extend(mock: Mock, token: string | undefined, body: unknown, path = '/sessions/extend') {
  const request = mock.http().post(path).set('Content-Type', 'application/json');
  if (token !== undefined) request.set('X-VCAV-Auth', token);
  return request.send(JSON.stringify(body));
}

/** The ApiError body of a VCDA error: a Java-style one-line stacktrace naming the code. */
export function apiError(code: string, args: string[] = []) {
  return {
    args,
    code,
    msg: expect.any(String),
    stacktrace: expect.stringMatching(new RegExp(`^com\\.vmware\\.h4\\.api\\.error\\.exceptions\\.${code}Exception: [^\\n]+$`)),
  };
}
