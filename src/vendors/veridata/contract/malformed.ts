import type { Scenario } from '../../../contract/types';
import { bearer, logIn, userCredentials } from './session';

const BROKEN_JSON = '{"broken":';
// Node frames a GET or HEAD body only with an explicit Content-Length (without it the bytes reach the server as a second request).
const BODY_LENGTH = { 'content-length': String(Buffer.byteLength(BROKEN_JSON)) };

/** A body that is not valid JSON is refused with 400, on every operation, before any authentication. */
export const malformedRequests: Scenario = {
  name: 'a request whose JSON body does not parse is refused with 400',
  tags: ['natural'],
  async run(t) {
    const login = await logIn(t);
    const requests: [string, string, Record<string, string>][] = [
      ['login with a broken JSON body', 'login', userCredentials(t)],
      ['HEAD login with a broken JSON body', 'loginChallenge', userCredentials(t)],
      ['extend with a broken JSON body', 'extendSession', bearer(login.token)],
      ['invalidate with a broken JSON body', 'invalidateSession', bearer(login.token)],
    ];
    for (const [step, operationId, headers] of requests) {
      t.check('malformed_rejected', await t.send(step, { operationId, headers: { ...headers, ...BODY_LENGTH }, rawBody: BROKEN_JSON, contentType: 'application/json' }));
    }
    const invalidate = await t.send('invalidate (clean up)', { operationId: 'invalidateSession', headers: bearer(login.token) });
    t.require(invalidate, 200, 'invalidating the session');
  },
};

/** A mistyped path under /veridata answers the 404 Error body (each request is read as its neighbour operation). */
export const unknownPaths: Scenario = {
  name: 'a mistyped path under /veridata answers 404',
  tags: ['natural'],
  async run(t) {
    const requests: [string, string, string][] = [
      ['GET a mistyped login path', 'login', '/veridata/v1/auth/logon'],
      ['HEAD a mistyped login path', 'loginChallenge', '/veridata/v1/auth/logon'],
      ['GET a mistyped extend path', 'extendSession', '/veridata/v1/session/extnd'],
      ['GET a mistyped invalidate path', 'invalidateSession', '/veridata/v1/session/invalidat'],
    ];
    for (const [step, operationId, path] of requests) {
      t.require(await t.send(step, { operationId, path, headers: userCredentials(t) }), 404, 'a path that does not exist');
    }
  },
};
