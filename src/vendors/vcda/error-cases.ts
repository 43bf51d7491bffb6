import type { ErrorCase } from '../../core/vendor';

/** What `session-double errors` prints for VCDA: every documented (operation, status), with its natural causes. */
export const vcdaErrorCases: ErrorCase[] = [
  { operationId: 'login', status: 200, case: 'sessionDetails', cause: 'log in with credentials, a cookie or a token the fixtures know; the token is in the X-VCAV-Auth response header' },
  { operationId: 'login', status: 400, case: 'badUserInput', cause: 'log in without `type`, with an unsupported type (e.g. ssoToken) or without the fields of the type' },
  { operationId: 'login', status: 400, case: 'badRequest', cause: 'log in with a body that is not JSON' },
  { operationId: 'login', status: 401, case: 'loginFailed', cause: 'log in with a wrong password, or a cookie or token the fixtures do not know' },
  { operationId: 'login', status: 500, case: 'generalServerFailure', cause: 'an unexpected failure of the server' },
  { operationId: 'getSession', status: 200, case: 'sessionDetails', cause: 'send a live X-VCAV-Auth token' },
  { operationId: 'getSession', status: 401, case: 'notAuthenticated', cause: 'send no X-VCAV-Auth, an unknown one, one idle for 30 minutes or one logged out' },
  { operationId: 'getSession', status: 500, case: 'generalServerFailure', cause: 'an unexpected failure of the server' },
  { operationId: 'logout', status: 204, case: 'loggedOut', cause: 'log out with a live X-VCAV-Auth token; the token then answers 401' },
  { operationId: 'logout', status: 401, case: 'notAuthenticated', cause: 'log out with no X-VCAV-Auth, an unknown, idle-expired or already logged-out one' },
  { operationId: 'logout', status: 500, case: 'generalServerFailure', cause: 'an unexpected failure of the server' },
  { operationId: 'shrinkSession', status: 200, case: 'sessionDetails', cause: 'shrink a known site (local or paired); the session forgets its authentication there, if any' },
  { operationId: 'shrinkSession', status: 400, case: 'badUserInput', cause: 'shrink a site that is neither the local site nor a paired one' },
  { operationId: 'shrinkSession', status: 401, case: 'notAuthenticated', cause: 'shrink with no X-VCAV-Auth, an unknown, idle-expired or logged-out one' },
  { operationId: 'shrinkSession', status: 500, case: 'generalServerFailure', cause: 'an unexpected failure of the server' },
  { operationId: 'extendSession', status: 200, case: 'sessionDetails', cause: 'extend to a known site with credentials, a cookie or an access token valid there' },
  { operationId: 'extendSession', status: 400, case: 'badUserInput', cause: 'extend without `site` or `type`, with an unknown type, or without the credential fields of the type' },
  { operationId: 'extendSession', status: 400, case: 'badRequest', cause: 'extend with a body that is not JSON' },
  { operationId: 'extendSession', status: 401, case: 'notAuthenticated', cause: 'extend with no X-VCAV-Auth, an unknown, idle-expired or logged-out one' },
  { operationId: 'extendSession', status: 401, case: 'remoteAuthenticationFailure', cause: 'extend with a password, cookie or token the remote site rejects (wrong, or a user that site does not know)' },
  { operationId: 'extendSession', status: 404, case: 'siteNotFound', cause: 'extend to a site that is neither the local site nor a paired one' },
  { operationId: 'extendSession', status: 500, case: 'generalServerFailure', cause: 'an unexpected failure of the server' },
];
