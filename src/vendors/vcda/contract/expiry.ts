import type { Scenario } from '../../../contract/types';
import { auth, extendBodies, login, mockControls } from './steps';

/**
 * vendors.md decision: a session ends after 30 minutes without a request, and every request slides that window.
 * Used every 20 minutes it stays alive; 31 idle minutes later its token answers 401 NotAuthenticated everywhere.
 */
export const idleExpiry: Scenario = {
  name: 'a session used every 20 minutes stays alive; 31 idle minutes later its token is refused',
  tags: ['mock-controls'],
  async run(t) {
    const mock = mockControls(t);
    const token = await login(t);
    for (const round of [1, 2]) {
      await mock.advanceClock('PT20M');
      const alive = await t.send(`get after 20 idle minutes (${round})`, { operationId: 'getSession', headers: auth(token) });
      t.require(alive, 200, 'a session used 20 minutes ago is still live (each request slides the idle timeout)');
    }
    await mock.advanceClock('PT31M');
    const expired = [
      await t.send('get after 31 idle minutes', { operationId: 'getSession', headers: auth(token) }),
      await t.send('extend after 31 idle minutes', { operationId: 'extendSession', headers: auth(token), body: extendBodies(t).credentials }),
      await t.send('shrink after 31 idle minutes', { operationId: 'shrinkSession', headers: auth(token), pathParams: { site: t.credentials.remoteSite ?? '' } }),
      await t.send('log out after 31 idle minutes', { operationId: 'logout', headers: auth(token) }),
    ];
    for (const exchange of expired) t.check('expiry_enforced', exchange);
  },
};
