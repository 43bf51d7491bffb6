import type { Scenario } from '../../../contract/types';
import { auth, authenticatedSites, extendBodies, login } from './steps';

// Clients send the vendor's versioned media type; the answer must still be the documented one (vendors.md).
const VND_ACCEPT = 'application/vnd.vmware.h4-v4.x+json;charset=UTF-8';

/** 003_c14ab5462aef1dd6.txt: extend attaches the remote site by credentials, cookie or access token. */
export const extendAttachesSite: Scenario = {
  name: 'extend attaches the remote site by credentials, cookie and access token; shrink forgets it',
  tags: ['natural'],
  async run(t) {
    const token = await login(t);
    const site = t.credentials.remoteSite ?? '';
    const read = authenticatedSites;
    const headers = { ...auth(token), accept: VND_ACCEPT, operationID: 'session-double-contract' };
    for (const [type, body] of Object.entries(extendBodies(t))) {
      const extended = await t.send(`extend to ${site} with ${type}`, { operationId: 'extendSession', headers, body });
      t.require(extended, 200, `extending the session to ${site} with ${type}`);
      t.check('site_attached', extended, { site, read });
      const got = await t.send(`get the session after extend with ${type}`, { operationId: 'getSession', headers: auth(token) });
      t.check('site_attached', got, { site, read });
    }
    const shrunk = await t.send(`shrink ${site}`, { operationId: 'shrinkSession', headers: auth(token), pathParams: { site } });
    t.require(shrunk, 200, `shrinking the session from ${site}`);
    const again = await t.send(`extend to ${site} again after shrink`, { operationId: 'extendSession', headers: auth(token), body: extendBodies(t).credentials });
    t.check('site_attached', again, { site, read });
    await t.send('log out', { operationId: 'logout', headers: auth(token) });
  },
};
