import type { Scenario } from '../../../contract/types';
import { bearer, controls, logIn, requireToken, tokenExp } from './session';

/** 000_bc046bcfc83e86d4.txt: "Token expiration is 1 hour". */
export const tokenExpires: Scenario = {
  name: 'a token is refused one hour after login',
  tags: ['mock-controls'],
  async run(t) {
    const login = await logIn(t);
    await controls(t).advanceClock('PT1H');
    t.check('expiry_enforced', await t.send('extend an hour after login', { operationId: 'extendSession', headers: bearer(login.token) }));
    t.check('expiry_enforced', await t.send('invalidate an hour after login', { operationId: 'invalidateSession', headers: bearer(login.token) }));
  },
};

/** Extend 30 minutes in issues a token valid 1 hour from then; the old one still dies at its own hour. */
export const extendedTokenOutlivesOld: Scenario = {
  name: 'a token extended after 30 minutes outlives the login token',
  tags: ['mock-controls'],
  async run(t) {
    const login = await logIn(t);
    await controls(t).advanceClock('PT30M');
    const extend = await t.send('extend 30 minutes after login', { operationId: 'extendSession', headers: bearer(login.token) });
    t.check('expiry_moves_forward', extend, { previous: login.exchange, read: tokenExp, label: 'token exp' });
    const extended = requireToken(t, extend, 'extending a live token');
    await controls(t).advanceClock('PT31M');
    t.check('expiry_enforced', await t.send('extend with the login token 61 minutes after login', { operationId: 'extendSession', headers: bearer(login.token) }));
    const later = await t.send('extend with the extended token 31 minutes after it was issued', { operationId: 'extendSession', headers: bearer(extended) });
    t.require(later, 200, 'a token extend issued 31 minutes ago is still within its hour');
    t.require(await t.send('invalidate (clean up)', { operationId: 'invalidateSession', headers: bearer(extended) }), 200, 'invalidating the session');
  },
};
