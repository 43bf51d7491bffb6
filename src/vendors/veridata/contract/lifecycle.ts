import type { Scenario } from '../../../contract/types';
import { bearer, logIn, pause, requireToken, tokenExp } from './session';

/** login -> extend -> extend -> invalidate -> every token of the session refused. */
export const loginExtendInvalidate: Scenario = {
  name: 'login, extend twice, invalidate, then every token of the session is refused',
  tags: ['natural'],
  async run(t) {
    const login = await logIn(t);
    const first = await t.send('extend with the login token', { operationId: 'extendSession', headers: bearer(login.token) });
    const firstToken = requireToken(t, first, 'extending with the login token');
    const second = await t.send('extend with the extended token', { operationId: 'extendSession', headers: bearer(firstToken) });
    const latest = requireToken(t, second, 'extending with the token extend answered');
    const invalidate = await t.send('invalidate', { operationId: 'invalidateSession', headers: bearer(latest) });
    t.require(invalidate, 200, 'invalidating the session');
    for (const [step, token] of [['extend with the latest token after invalidate', latest], ['extend with the login token after invalidate', login.token]] as const) {
      t.check('rejected_after_invalidate', await t.send(step, { operationId: 'extendSession', headers: bearer(token) }));
    }
    t.check('rejected_after_invalidate', await t.send('invalidate again after invalidate', { operationId: 'invalidateSession', headers: bearer(firstToken) }));
  },
};

// exp counts whole seconds: only an extend at least one second after login can show a later expiry.
const ONE_SECOND_AND_A_BIT_MS = 1100;

/** Extend answers a token that expires later than the one it extended (1 hour from the extend). */
export const extendMovesExpiry: Scenario = {
  name: 'extend a second after login answers a token with a later exp',
  tags: ['natural'],
  async run(t) {
    const login = await logIn(t);
    await pause(ONE_SECOND_AND_A_BIT_MS);
    const extend = await t.send('extend a second later', { operationId: 'extendSession', headers: bearer(login.token) });
    t.check('expiry_moves_forward', extend, { previous: login.exchange, read: tokenExp, label: 'token exp' });
    requireToken(t, extend, 'extending a live token');
    const invalidate = await t.send('invalidate (clean up)', { operationId: 'invalidateSession', headers: bearer(login.token) });
    t.require(invalidate, 200, 'invalidating the session');
  },
};
