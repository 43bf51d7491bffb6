import type { ErrorCase } from '../../core/vendor';

const OPERATIONS = ['listKeepAliveActions', 'prepareKeepAlive', 'invokeKeepAlive'] as const;

/** What every KeepAlive operation can answer, and how a client gets there against a real server. */
const COMMON: Omit<ErrorCase, 'operationId'>[] = [
  { status: 200, case: 'ok', cause: 'Authorization: Basic of a user with Admin, StorageOps, Modify or User Management, or a live HSSO token' },
  { status: 401, case: 'badCredentials', cause: 'no Authorization, or Basic with a wrong user ID or password' },
  { status: 401, case: 'expiredToken', cause: 'Authorization: HSSO with an unknown token, or one unused for 1000 s' },
  { status: 401, case: 'noProductPermission', cause: 'Basic credentials of a user who has no right to use Ops Center Analyzer' },
  { status: 403, case: 'noExecutePermission', cause: 'a user with none of Admin, StorageOps, Modify, User Management' },
  { status: 412, case: 'serverNotAvailable', cause: 'the Analyzer server is not available, e.g. while it starts or its database is down' },
  { status: 500, case: 'serverError', cause: 'a failure inside the Analyzer server' },
];

// 001_c39cb08b7efa28f3.txt: invoke alone documents 400 (body format) and 404 (resource not found).
const INVOKE_ONLY: Omit<ErrorCase, 'operationId'>[] = [
  { status: 400, case: 'badBody', cause: 'an Action whose name is not "submit" or whose method is not "POST"' },
  { status: 400, case: 'badFormat', cause: 'an Action with a wrongly typed attribute (e.g. parameters: "x"), or a body that is no object' },
  { status: 400, case: 'malformedJson', cause: 'a body that is not valid JSON' },
  { status: 404, case: 'notFound', cause: 'a path under /Analytics that does not exist, e.g. POST /Analytics/v1/services/KeepAlive/actions/cancel/invoke' },
];

export const errorCases: ErrorCase[] = OPERATIONS.flatMap((operationId) => [
  ...COMMON.map((entry) => ({ operationId, ...entry })),
  ...(operationId === 'invokeKeepAlive' ? INVOKE_ONLY.map((entry) => ({ operationId, ...entry })) : []),
]).sort((a, b) => a.operationId.localeCompare(b.operationId) || a.status - b.status);
