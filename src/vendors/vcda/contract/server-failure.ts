import type { Scenario } from '../../../contract/types';
import { auth, extendBodies, login, loginBody, mockControls, withFault } from './steps';

/**
 * 500 GeneralServerFailure has no natural cause: a fault answers it for each operation, and the API marked
 * unavailable answers it too. Faults and availability are restored even when a step fails.
 */
export const serverFailure: Scenario = {
  name: 'every operation answers its documented 500 GeneralServerFailure',
  tags: ['mock-controls'],
  async run(t) {
    const mock = mockControls(t);
    const token = await login(t);
    const site = { site: t.credentials.remoteSite ?? '' };
    await withFault(t, 'login', 500, () => t.send('login during a server failure', { operationId: 'login', body: loginBody(t) }));
    await withFault(t, 'extendSession', 500, () => t.send('extend during a server failure', { operationId: 'extendSession', headers: auth(token), body: extendBodies(t).credentials }));
    await withFault(t, 'shrinkSession', 500, () => t.send('shrink during a server failure', { operationId: 'shrinkSession', headers: auth(token), pathParams: site }));
    await withFault(t, 'logout', 500, () => t.send('log out during a server failure', { operationId: 'logout', headers: auth(token) }));
    await mock.setAvailability(false);
    try {
      await t.send('get while the service is unavailable', { operationId: 'getSession', headers: auth(token) });
    } finally {
      await mock.setAvailability(true);
    }
    await t.send('log out', { operationId: 'logout', headers: auth(token) });
  },
};
