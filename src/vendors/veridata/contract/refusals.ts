import type { Scenario } from '../../../contract/types';
import { basic, bearer, logIn, userCredentials } from './session';

// A JWT-shaped token no server issued: right shape, unknown signature.
const FORGED_TOKEN = 'eyJraWQiOiJzaWduLWZvcmdlZCIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJub2JvZHkiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.Zm9yZ2VkLXNpZ25hdHVyZQ';

/** Login refuses missing, wrong and garbage credentials with 401 and the Digest challenge. */
export const loginRefusesBadCredentials: Scenario = {
  name: 'login refuses missing, wrong and garbage credentials',
  tags: ['natural'],
  async run(t) {
    const user = t.credentials.username ?? '';
    const attempts: [string, Record<string, string>][] = [
      ['login without credentials', {}],
      ['login with a wrong password', basic(user, `${t.credentials.password ?? ''}-wrong`)],
      ['login as an unknown user', basic(`${user}-no-such-user`, 'whatever')],
      ['login with a garbage Authorization header', { authorization: 'Basic !!!not-base64' }],
    ];
    for (const [step, headers] of attempts) t.check('unauthenticated_rejected', await t.send(step, { operationId: 'login', headers }));
  },
};

/** A user who holds none of login's roles (JobOperator only) cannot log in. */
export const loginRefusesRoleLessUser: Scenario = {
  name: 'login refuses a user without a login role',
  tags: ['natural'],
  async run(t) {
    const headers = basic(t.credentials.roleLessUsername ?? '', t.credentials.roleLessPassword ?? '');
    t.check('unauthenticated_rejected', await t.send('login as a user without a login role', { operationId: 'login', headers }));
  },
};

/** HEAD of login answers the challenge without credentials, 200 with valid ones, 401 with a wrong password. */
export const loginChallenge: Scenario = {
  name: 'HEAD login answers the Digest challenge, and 200 to valid credentials',
  tags: ['natural'],
  async run(t) {
    t.check('unauthenticated_rejected', await t.send('HEAD login without credentials', { operationId: 'loginChallenge' }));
    const wrong = basic(t.credentials.username ?? '', `${t.credentials.password ?? ''}-wrong`);
    t.check('unauthenticated_rejected', await t.send('HEAD login with a wrong password', { operationId: 'loginChallenge', headers: wrong }));
    const valid = await t.send('HEAD login with valid credentials', { operationId: 'loginChallenge', headers: userCredentials(t) });
    t.require(valid, 200, 'HEAD login with the configured credentials');
  },
};

/** Extend and invalidate refuse requests without a token, with garbage, and with a forged token. */
export const sessionRefusesBadTokens: Scenario = {
  name: 'extend and invalidate refuse missing, garbage and forged tokens',
  tags: ['natural'],
  async run(t) {
    const login = await logIn(t);
    for (const operationId of ['extendSession', 'invalidateSession']) {
      const attempts: [string, Record<string, string>][] = [
        [`${operationId} without a token`, {}],
        [`${operationId} with a garbage token`, bearer('garbage')],
        [`${operationId} with a forged token`, bearer(FORGED_TOKEN)],
        [`${operationId} with the login credentials instead of a token`, userCredentials(t)],
      ];
      for (const [step, headers] of attempts) t.check('unauthenticated_rejected', await t.send(step, { operationId, headers }));
    }
    const invalidate = await t.send('invalidate (the session still works)', { operationId: 'invalidateSession', headers: bearer(login.token) });
    t.require(invalidate, 200, 'invalidating with the live token after the refused attempts');
  },
};
