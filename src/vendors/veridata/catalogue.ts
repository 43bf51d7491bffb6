/**
 * Veridata's error bodies, keyed by case. The case names are the named examples of specs/veridata.yaml and a unit
 * test holds the bodies equal to them; the seeds print only the placeholder {"errCode":"OGGV-00001"} (000, 002),
 * so the codes are the mock's own, in the vendor's OGGV-nnnnn form.
 */
export const ERROR_CATALOGUE = {
  badRequest: { status: 400, errCode: 'OGGV-00002', errMsg: 'Malformed request: the request could not be parsed.' },
  credentialsMissing: { status: 401, errCode: 'OGGV-00003', errMsg: 'Authentication required: send the Veridata user credentials with Digest or Basic authorization.' },
  credentialsInvalid: { status: 401, errCode: 'OGGV-00004', errMsg: 'Authentication failed: invalid user name or password.' },
  tokenMissing: { status: 401, errCode: 'OGGV-00005', errMsg: 'Authorization token is missing: send the header "Authorization: Bearer <token>".' },
  tokenInvalid: { status: 401, errCode: 'OGGV-00006', errMsg: 'Invalid authorization token.' },
  tokenExpired: { status: 401, errCode: 'OGGV-00007', errMsg: 'Authorization token has expired. Log in again or extend the session before the token expires.' },
  sessionInvalidated: { status: 401, errCode: 'OGGV-00008', errMsg: 'The session has been invalidated. Log in again.' },
  roleNotAllowed: { status: 401, errCode: 'OGGV-00009', errMsg: "User is not authorized to perform this operation: none of the user's roles is allowed." },
  notFound: { status: 404, errCode: 'OGGV-00010', errMsg: 'Resource not found: {path}' },
  serverError: { status: 500, errCode: 'OGGV-00011', errMsg: 'Internal server error. See the Veridata server log for details.' },
  nonceStale: { status: 401, errCode: 'OGGV-00012', errMsg: 'Authentication failed: the Digest nonce has expired. Answer the new challenge sent in WWW-Authenticate.' },
  serverUnavailable: { status: 500, errCode: 'OGGV-00013', errMsg: 'The Veridata server is not available. Try again later.' },
} as const;

export type ErrorCaseName = keyof typeof ERROR_CATALOGUE;

export interface ErrorBody {
  errCode: string;
  errMsg: string;
}

/** The body of a case; `path` fills the notFound message, `detail` replaces the generic badRequest reason. */
export function errorBody(name: ErrorCaseName, fill: { path?: string; detail?: string } = {}): ErrorBody {
  const entry = ERROR_CATALOGUE[name];
  if (name === 'badRequest' && fill.detail !== undefined) return { errCode: entry.errCode, errMsg: `Malformed request: ${fill.detail}` };
  return { errCode: entry.errCode, errMsg: entry.errMsg.replace('{path}', fill.path ?? '') };
}
