import type { ErrorCase } from '../../core/vendor';

const UNAUTHENTICATED = "send Bearer with a token that is no PAT of the instance (no Authorization header at all is the same 401 as \"auth header missing\", without an ErrorDetail)";
const INTERNAL = 'no natural cause: a ZITADEL failure; send Prefer: code=500';

const common = (operationId: string): ErrorCase[] => [
  { operationId, status: 401, case: 'unauthenticated', cause: UNAUTHENTICATED },
  { operationId, status: 500, case: 'internal', cause: INTERNAL },
];

/** Every documented (operation, status) of the ZITADEL Session Service, the spec example it answers, and its cause. */
export const zitadelErrorCases: ErrorCase[] = [
  { operationId: 'createSession', status: 201, case: 'created', cause: 'create a session with a PAT that may write sessions' },
  { operationId: 'createSession', status: 400, case: 'passwordInvalid', cause: 'create with checks.user alice and a wrong checks.password' },
  { operationId: 'createSession', status: 403, case: 'permissionDenied', cause: 'create with a PAT whose service user has no session permission' },
  { operationId: 'createSession', status: 404, case: 'userNotFound', cause: 'create with checks.user naming a userId or loginName that does not exist' },
  ...common('createSession'),

  { operationId: 'getSession', status: 200, case: 'userAndPasswordChecked', cause: 'get a session that exists' },
  { operationId: 'getSession', status: 400, case: 'requestInvalid', cause: 'get with a sessionToken query parameter longer than 200 characters' },
  { operationId: 'getSession', status: 403, case: 'sessionReadDenied', cause: "get with a sessionToken query parameter that is not the session's current token" },
  { operationId: 'getSession', status: 404, case: 'sessionNotFound', cause: 'get a session id that does not exist or was terminated' },
  ...common('getSession'),

  { operationId: 'setSession', status: 200, case: 'passwordChecked', cause: 'set checks or metadata on a live session' },
  { operationId: 'setSession', status: 400, case: 'passwordInvalid', cause: 'set checks.password with a wrong password after the user check' },
  { operationId: 'setSession', status: 403, case: 'tokenInvalid', cause: "set with a sessionToken that is not the session's current one (e.g. the one before the last update)" },
  { operationId: 'setSession', status: 404, case: 'sessionNotFound', cause: 'set a session id that does not exist' },
  ...common('setSession'),

  { operationId: 'deleteSession', status: 200, case: 'terminated', cause: 'delete a session with its current token or a PAT that may delete sessions' },
  { operationId: 'deleteSession', status: 400, case: 'requestInvalid', cause: 'delete with a session id longer than 200 characters' },
  { operationId: 'deleteSession', status: 403, case: 'tokenInvalid', cause: "delete with a sessionToken that is not the session's current one" },
  { operationId: 'deleteSession', status: 404, case: 'sessionNotFound', cause: 'delete a session id that does not exist' },
  ...common('deleteSession'),

  { operationId: 'listSessions', status: 200, case: 'found', cause: 'search with a PAT that may read sessions' },
  { operationId: 'listSessions', status: 400, case: 'requestInvalid', cause: 'search with a query that names no criterion: {"queries":[{}]}' },
  { operationId: 'listSessions', status: 403, case: 'permissionDenied', cause: 'search with a PAT whose service user has no session permission' },
  { operationId: 'listSessions', status: 404, case: 'sessionNotFound', cause: 'no natural cause: a search finds nothing with 200; send Prefer: code=404' },
  ...common('listSessions'),
];
