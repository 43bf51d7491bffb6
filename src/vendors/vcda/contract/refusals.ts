import type { Scenario } from '../../../contract/types';
import { auth, extendBodies, login, UNKNOWN_SITE } from './steps';

/** Every operation that needs X-VCAV-Auth refuses a request without it or with one the server never issued. */
export const tokenRequired: Scenario = {
  name: 'get, extend and shrink refuse a missing or unknown X-VCAV-Auth',
  tags: ['natural'],
  async run(t) {
    const body = extendBodies(t).credentials;
    const site = { site: t.credentials.remoteSite ?? '' };
    const unknown = auth('00000000000000000000000000000000');
    const refused = [
      await t.send('get without X-VCAV-Auth', { operationId: 'getSession' }),
      await t.send('get with an unknown X-VCAV-Auth', { operationId: 'getSession', headers: unknown }),
      await t.send('extend without X-VCAV-Auth', { operationId: 'extendSession', body }),
      await t.send('extend with an unknown X-VCAV-Auth', { operationId: 'extendSession', headers: unknown, body }),
      await t.send('shrink without X-VCAV-Auth', { operationId: 'shrinkSession', pathParams: site }),
    ];
    for (const exchange of refused) t.check('unauthenticated_rejected', exchange);
  },
};

/** Extend and shrink refuse an unknown site, remote credentials the site rejects, and malformed bodies. */
export const extendRefused: Scenario = {
  name: 'extend and shrink refuse an unknown site, rejected remote credentials and malformed bodies',
  tags: ['natural'],
  async run(t) {
    const token = await login(t);
    const bodies = extendBodies(t);
    await t.send('extend to an unknown site', { operationId: 'extendSession', headers: auth(token), body: { ...bodies.credentials, site: UNKNOWN_SITE } });
    await t.send('shrink an unknown site', { operationId: 'shrinkSession', headers: auth(token), pathParams: { site: UNKNOWN_SITE } });

    const wrongPassword = { ...bodies.credentials, vcdPassword: `${bodies.credentials.vcdPassword ?? ''}-wrong` };
    const rejected = await t.send('extend with a wrong remote password', { operationId: 'extendSession', headers: auth(token), body: wrongPassword });
    t.check('unauthenticated_rejected', rejected);

    const withoutSite = Object.fromEntries(Object.entries(bodies.credentials).filter(([name]) => name !== 'site'));
    const malformed = [
      await t.send('extend with a body that is not JSON', { operationId: 'extendSession', headers: auth(token), rawBody: '{"site":', contentType: 'application/json' }),
      await t.send('extend without site', { operationId: 'extendSession', headers: auth(token), body: withoutSite }),
      await t.send('extend with an unsupported type', { operationId: 'extendSession', headers: auth(token), body: { ...bodies.credentials, type: 'string' } }),
    ];
    for (const exchange of malformed) t.check('malformed_rejected', exchange);
    await t.send('log out', { operationId: 'logout', headers: auth(token) });
  },
};
