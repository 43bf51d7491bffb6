import type { Scenario } from '../../../contract/types';
import { SUBMIT_ACTION, controls, hsso, jobExpiry, openByInvoke } from './session';

/** The HSSO token times out 1,000 s after its last use (vendors.md, Ops Center Analyzer: lifetime). */
export const sessionTimesOut: Scenario = {
  name: 'an HSSO token unused for 1000 s is refused',
  tags: ['mock-controls'],
  async run(t) {
    const { token } = await openByInvoke(t);
    await controls(t).advanceClock('PT1000S');
    t.check('expiry_enforced', await t.send('list with the token 1000 s after its last use', { operationId: 'listKeepAliveActions', headers: hsso(token) }));
    t.check('expiry_enforced', await t.send('invoke with the token after it timed out', { operationId: 'invokeKeepAlive', headers: hsso(token), body: SUBMIT_ACTION }));
  },
};

/** Each use renews the session, so it lives on well past 1000 s after it opened while it keeps being used. */
export const sessionSlides: Scenario = {
  name: 'an HSSO session used every 999 s outlives its first 1000 s',
  tags: ['mock-controls'],
  async run(t) {
    const opened = await openByInvoke(t);
    let previous = opened.exchange;
    for (const step of ['invoke 999 s after the last use', 'invoke another 999 s later']) {
      await controls(t).advanceClock('PT999S');
      const renewed = await t.send(step, { operationId: 'invokeKeepAlive', headers: hsso(opened.token), body: SUBMIT_ACTION });
      t.check('expiry_moves_forward', renewed, { previous, read: jobExpiry, label: 'Job completed + timeToLive' });
      t.check('job_well_formed', renewed);
      previous = renewed;
    }
  },
};
