import type { Scenario } from '../../../contract/types';
import { bearer, controls, requireToken, sendFaulted, userCredentials } from './session';

/** JobOperator may extend and invalidate (their Required Role lists), though it may not log in: a minted session shows it. */
export const jobOperatorSession: Scenario = {
  name: 'a minted session of a user without a login role may extend and invalidate',
  tags: ['mock-controls'],
  async run(t) {
    const minted = await controls(t).mintSession(t.credentials.roleLessUsername ?? '');
    const extend = await t.send('extend the minted session', { operationId: 'extendSession', headers: minted.headers });
    const token = requireToken(t, extend, 'extending a session of a JobOperator');
    t.require(await t.send('invalidate the minted session', { operationId: 'invalidateSession', headers: bearer(token) }), 200, 'invalidating a session of a JobOperator');
    t.check('rejected_after_invalidate', await t.send('extend the minted session after invalidate', { operationId: 'extendSession', headers: minted.headers }));
  },
};

/** Veridata documents no 503: a failure, or the server marked unavailable, answers 500 with the Error body. */
export const serverErrors: Scenario = {
  name: 'server failures and an unavailable server answer 500',
  tags: ['mock-controls'],
  async run(t) {
    const minted = await controls(t).mintSession(t.credentials.username ?? '');
    const requests: [string, Record<string, string>][] = [
      ['login', userCredentials(t)],
      ['loginChallenge', userCredentials(t)],
      ['extendSession', minted.headers],
      ['invalidateSession', minted.headers],
    ];
    for (const [operationId, headers] of requests) {
      t.require(await sendFaulted(t, `${operationId} failing inside the server`, 500, { operationId, headers }), 500, 'a 500 fault');
    }
    await controls(t).setAvailability(false);
    try {
      t.require(await t.send('login while the server is unavailable', { operationId: 'login', headers: userCredentials(t) }), 500, 'an unavailable server');
    } finally {
      await controls(t).setAvailability(true);
    }
  },
};
