import type { Response } from 'supertest';

export const LIST = '/Analytics/v1/services/KeepAlive/actions';
export const PREPARE = '/Analytics/v1/services/KeepAlive/actions/submit';
export const INVOKE = '/Analytics/v1/services/KeepAlive/actions/submit/invoke';

// /work/shared/seeds/001_c39cb08b7efa28f3.txt, exactly as printed.
export const SEED_BASIC = 'Basic c3lzdGVtOm1hbmFnZXI=';
export const SEED_ACTION = {
  name: 'submit',
  href: 'http://localhost:22015/Analytics/v1/services/KeepAlive/actions/submit/invoke',
  method: 'POST',
  type: 'application/json',
  parameters: [],
};
export const SEED_TOKEN = '8113b75377dac59b7c48ee2b947b20d3bbc11f_YXZvNFIMehp3UB4jbmVyPGUgT3Q=_V0810';
export const EXPIRED_TOKEN = '0c07d76c4b2fe5a0b8a12ee960a11e15f8da97_xU1KCGyh4c7SFsHrWDzp4y10hIY=_V0810';
export const VIEWER_TOKEN = 'dc0e87b8d24079cb83d1b658d3d0ca6c0c33c6_aduEtCjv/gZLuDEYUbRPGyQSPlw=_V0810';
export const TOKEN_SHAPE = /^[0-9a-f]{38}_[A-Za-z0-9+/]{27}=_V0810$/;
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/;

export const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
export const hsso = (token: string): string => `HSSO ${token}`;

/** The token a successful answer names in WWW-Authenticate: HSSO <token>. */
export function tokenOf(res: Response): string {
  const header = String(res.headers['www-authenticate']);
  expect(header).toMatch(/^HSSO \S+$/);
  return header.slice('HSSO '.length);
}

export function expectVendorHeaders(res: Response): void {
  expect(res.headers).toMatchObject({
    'cache-control': 'no-cache',
    'x-frame-options': 'SAMEORIGIN',
    'x-xss-protection': '1; mode=block',
    'x-content-type-options': 'nosniff',
  });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
}

export function expectError(res: Response, status: number, messageID: string): void {
  expect(res.status).toBe(status);
  expectVendorHeaders(res);
  expect(res.body).toMatchObject({ messageID, application: 'Analytics' });
  expect(Object.keys(res.body).sort()).toEqual(['application', 'errorSource', 'message', 'messageID']);
}
