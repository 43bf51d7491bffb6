import type { ErrorCase } from '../../core/vendor';

const LOGIN = '/veridata/v1/auth/login';

// Shared by every operation: what a real Veridata answers for a broken request, a wrong path, its own failure.
function common(operationId: string, path: string): ErrorCase[] {
  return [
    { operationId, status: 400, case: 'badRequest', cause: `send ${path} a body that is not valid JSON with Content-Type: application/json` },
    { operationId, status: 404, case: 'notFound', cause: `a mistyped path under /veridata (e.g. ${path}x) answers this body; on ${path} itself only through Prefer: code=404 or a fault` },
    { operationId, status: 500, case: 'serverError', cause: 'a failure inside the Veridata server; no request causes it: use Prefer: code=500 or a fault' },
  ];
}

function loginRefusals(operationId: string, method: string): ErrorCase[] {
  return [
    { operationId, status: 401, case: 'credentialsMissing', cause: `${method} ${LOGIN} without an Authorization header (the Digest challenge curl --digest answers)` },
    { operationId, status: 401, case: 'credentialsInvalid', cause: `${method} ${LOGIN} with a wrong password, an unknown user, a disabled account (locked), or a digest that does not verify` },
    { operationId, status: 401, case: 'nonceStale', cause: `${method} ${LOGIN} answering a Digest challenge older than the nonce lifetime (fixtures: nonceMaxAge, default 5 minutes)` },
    { operationId, status: 401, case: 'roleNotAllowed', cause: `${method} ${LOGIN} as a user with none of login's roles, e.g. jobop (JobOperator only) or norole` },
  ];
}

function bearerRefusals(operationId: string, path: string): ErrorCase[] {
  return [
    { operationId, status: 401, case: 'tokenMissing', cause: `GET ${path} without "Authorization: Bearer <token>"` },
    { operationId, status: 401, case: 'tokenInvalid', cause: `GET ${path} with a token that is malformed, unknown or badly signed` },
    { operationId, status: 401, case: 'tokenExpired', cause: `GET ${path} with a token issued more than 1 hour ago` },
    { operationId, status: 401, case: 'sessionInvalidated', cause: `GET ${path} with any token of a session after /veridata/v1/session/invalidate` },
    { operationId, status: 401, case: 'roleNotAllowed', cause: `GET ${path} with the token of a user who has none of its roles, e.g. a session of norole` },
  ];
}

/** Every documented (operation, status) of specs/veridata.yaml, with each case that answers it and its cause. */
export const errorCases: ErrorCase[] = [
  { operationId: 'login', status: 200, case: 'loggedIn', cause: `GET ${LOGIN} with the Digest or Basic credentials of a user holding a login role` },
  ...loginRefusals('login', 'GET'),
  ...common('login', LOGIN),
  { operationId: 'loginChallenge', status: 200, case: 'challengeAnswered', cause: `HEAD ${LOGIN} with valid credentials (no token is minted)` },
  ...loginRefusals('loginChallenge', 'HEAD'),
  ...common('loginChallenge', LOGIN),
  { operationId: 'extendSession', status: 200, case: 'extended', cause: 'GET /veridata/v1/session/extend with a live token: a new token, valid 1 hour' },
  ...bearerRefusals('extendSession', '/veridata/v1/session/extend'),
  ...common('extendSession', '/veridata/v1/session/extend'),
  { operationId: 'invalidateSession', status: 200, case: 'loggedOut', cause: 'GET /veridata/v1/session/invalidate with a live token' },
  ...bearerRefusals('invalidateSession', '/veridata/v1/session/invalidate'),
  ...common('invalidateSession', '/veridata/v1/session/invalidate'),
];
