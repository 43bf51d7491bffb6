import type { Scenario } from '../../../contract/types';
import { b64, cleanUp, createSession, sequence, sessionToken, userCheck, withPat } from './steps';

const rotated = { read: sessionToken, label: 'sessionToken' };
const increased = { read: sequence, label: 'sequence' };

/**
 * 004_637c1cbc11039a03.txt: every update that changes the session issues a new sessionToken, the previous one
 * stops working (403 COMMAND-sGr42), and the sequence grows with each change.
 */
export const tokenRotation: Scenario = {
  name: 'checking the password and setting metadata rotate the token and raise the sequence',
  tags: ['natural'],
  async run(t) {
    const created = await createSession(t, 'create with a user check', { checks: userCheck(t) });
    const pathParams = { sessionId: created.sessionId };
    const headers = withPat(t);
    const set = (step: string, body: Record<string, unknown>) => t.send(step, { operationId: 'setSession', headers, pathParams, body });

    const checked = await set('check the password', { sessionToken: created.sessionToken, checks: { password: { password: t.credentials.password ?? '' } } });
    t.require(checked, 200, 'checking the password of the user checked at creation');
    t.check('token_rotated', checked, { previous: created.exchange, ...rotated });
    t.check('sequence_increases', checked, { previous: created.exchange, ...increased });

    const stale = await set('set metadata with the token the password check replaced', { sessionToken: created.sessionToken, metadata: { theme: b64('dark') } });
    t.check('old_token_rejected', stale);

    const current = sessionToken(checked) ?? '';
    const tagged = await set('set metadata with the current token', { sessionToken: current, metadata: { 'session-double': b64('contract') } });
    t.require(tagged, 200, 'setting metadata with the current token');
    t.check('token_rotated', tagged, { previous: checked, ...rotated });
    t.check('sequence_increases', tagged, { previous: checked, ...increased });

    const latest = sessionToken(tagged) ?? '';
    const got = await t.send('get with the current token', { operationId: 'getSession', headers, pathParams, query: { sessionToken: latest } });
    t.require(got, 200, 'reading the session with its current token');
    t.check('sequence_increases', got, { previous: created.exchange, ...increased });

    const staleGet = await t.send('get with a replaced token', { operationId: 'getSession', headers, pathParams, query: { sessionToken: created.sessionToken } });
    t.check('old_token_rejected', staleGet);
    await cleanUp(t, created);
  },
};
