import type { Scenario } from '../../../contract/types';
import { loginBody } from './steps';

/** Login refuses a wrong password (401 NotAuthenticated) and malformed bodies (400 BadRequest / BadUserInput). */
export const loginRefused: Scenario = {
  name: 'login refuses a wrong password and malformed bodies',
  tags: ['natural'],
  async run(t) {
    const wrong = await t.send('login with a wrong password', { operationId: 'login', body: loginBody(t, `${t.credentials.password ?? ''}-wrong`) });
    t.check('unauthenticated_rejected', wrong);

    const malformed = [
      await t.send('login with a body that is not JSON', { operationId: 'login', rawBody: '{"type": "vcdCredentials",', contentType: 'application/json' }),
      await t.send('login with an unsupported type', { operationId: 'login', body: { type: 'ssoToken', token: 'x' } }),
      await t.send('login without the password field', { operationId: 'login', body: { type: 'vcdCredentials', vcdUser: t.credentials.user ?? '' } }),
    ];
    for (const exchange of malformed) t.check('malformed_rejected', exchange);
  },
};
