import type { Scenario } from '../../../contract/types';
import { SUBMIT_ACTION, hsso, jobExpiry, openByInvoke, pause, requireHsso, userCredentials } from './session';

/** The vendor's three steps: list (Basic opens the session), prepare and invoke (HSSO continues it). */
export const listPrepareInvoke: Scenario = {
  name: 'Basic opens an HSSO session that list, prepare and invoke continue',
  tags: ['natural'],
  async run(t) {
    const list = await t.send('list the KeepAlive actions with Basic credentials', { operationId: 'listKeepAliveActions', headers: userCredentials(t) });
    const token = requireHsso(t, list, 'opening an HSSO session with the configured user');
    const prepare = await t.send('prepare the submit action with the HSSO token', { operationId: 'prepareKeepAlive', headers: hsso(token) });
    requireHsso(t, prepare, 'preparing the submit action');
    const invoke = await t.send('invoke the prepared action with the HSSO token', { operationId: 'invokeKeepAlive', headers: hsso(token), body: t.json(prepare) });
    requireHsso(t, invoke, 'invoking KeepAlive with the HSSO token');
    t.check('job_well_formed', invoke);
  },
};

// completed has milliseconds but timeToLive whole seconds: only a renewal over a second later surely moves their sum.
const ONE_SECOND_AND_A_BIT_MS = 1100;

/** Each KeepAlive renews the session: the expiry it reports moves forward with the call. */
export const keepAliveMovesExpiry: Scenario = {
  name: 'KeepAlive a second later moves the session expiry forward',
  tags: ['natural'],
  async run(t) {
    const first = await openByInvoke(t);
    t.check('job_well_formed', first.exchange);
    await pause(ONE_SECOND_AND_A_BIT_MS);
    const again = await t.send('invoke KeepAlive a second later with the HSSO token', { operationId: 'invokeKeepAlive', headers: hsso(first.token), body: SUBMIT_ACTION });
    t.check('expiry_moves_forward', again, { previous: first.exchange, read: jobExpiry, label: 'Job completed + timeToLive' });
    requireHsso(t, again, 'renewing the session with its HSSO token');
    t.check('job_well_formed', again);
  },
};
