import type { Scenario } from '../../../contract/types';
import { SUBMIT_ACTION, basic, hsso } from './session';

// Shaped like a vendor token (<38 hex>_<28 base64>_V0810), but no server issued it.
const UNKNOWN_TOKEN = '0123456789abcdef0123456789abcdef012345_QUJDREVGR0hJSktMTU5PUFFSU1Q=_V0810';

const OPERATIONS = ['listKeepAliveActions', 'prepareKeepAlive', 'invokeKeepAlive'] as const;

const bodyOf = (operationId: string) => (operationId === 'invokeKeepAlive' ? { body: SUBMIT_ACTION } : {});

/** Every KeepAlive operation refuses a call without valid credentials with 401. */
export const refusesBadCredentials: Scenario = {
  name: 'every operation refuses missing, wrong and garbage credentials',
  tags: ['natural'],
  async run(t) {
    const user = t.credentials.username ?? '';
    const attempts: [string, Record<string, string>][] = [
      ['without credentials', {}],
      ['with a wrong password', basic(user, `${t.credentials.password ?? ''}-wrong`)],
      ['with a garbage Basic value', { authorization: 'Basic !!!not-base64' }],
      ['with an HSSO token no server issued', hsso(UNKNOWN_TOKEN)],
      ['with an empty HSSO token', { authorization: 'HSSO' }],
    ];
    for (const operationId of OPERATIONS) {
      for (const [how, headers] of attempts) {
        t.check('unauthenticated_rejected', await t.send(`${operationId} ${how}`, { operationId, headers, ...bodyOf(operationId) }));
      }
    }
  },
};

/** A user who may log in but holds none of Admin, StorageOps, Modify, User Management is refused (403). */
export const refusesUserWithoutPermission: Scenario = {
  name: 'every operation refuses a user without execute permission',
  tags: ['natural'],
  async run(t) {
    const headers = basic(t.credentials.noExecuteUsername ?? '', t.credentials.noExecutePassword ?? '');
    for (const operationId of OPERATIONS) {
      t.check('unauthenticated_rejected', await t.send(`${operationId} as a user without execute permission`, { operationId, headers, ...bodyOf(operationId) }));
    }
  },
};
