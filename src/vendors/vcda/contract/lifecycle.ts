import type { Scenario } from '../../../contract/types';
import { auth, extendBodies, login } from './steps';

/** Login, get, logout; afterwards the token opens nothing (get, extend, shrink, logout again). */
export const logoutInvalidates: Scenario = {
  name: 'login, get the session, log out: the token is refused afterwards',
  tags: ['natural'],
  async run(t) {
    const token = await login(t);
    const got = await t.send('get the session', { operationId: 'getSession', headers: auth(token) });
    t.require(got, 200, 'reading the session just logged in');
    const logout = await t.send('log out', { operationId: 'logout', headers: auth(token) });
    t.require(logout, 204, 'logging out');

    const after = [
      await t.send('get after logout', { operationId: 'getSession', headers: auth(token) }),
      await t.send('extend after logout', { operationId: 'extendSession', headers: auth(token), body: extendBodies(t).credentials }),
      await t.send('shrink after logout', { operationId: 'shrinkSession', headers: auth(token), pathParams: { site: t.credentials.remoteSite ?? '' } }),
      await t.send('log out again', { operationId: 'logout', headers: auth(token) }),
    ];
    for (const exchange of after) t.check('rejected_after_invalidate', exchange);
  },
};
