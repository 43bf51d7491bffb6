import type { ValidationProblem, VendorErrors, VendorResponse } from '../../core/vendor';
import { exampleResponse } from '../../spec/example-response';
import type { SpecApi } from '../../spec/types';
import { zitadelErrorCases } from './error-cases';
import { invalidArgument, zitadelError, ZitadelError } from './model/errors';

export const ERROR_DETAIL_TYPE = 'type.googleapis.com/zitadel.v1.ErrorDetail';

/** grpc-gateway's mapping of gRPC codes to HTTP statuses (vendors.md, ZITADEL errors). */
export const HTTP_STATUS_OF_CODE: Readonly<Record<number, number>> = { 3: 400, 5: 404, 7: 403, 9: 400, 12: 405, 13: 500, 14: 503, 16: 401 };

const REQUEST_MESSAGE: Readonly<Record<string, string>> = {
  createSession: 'CreateSessionRequest',
  getSession: 'GetSessionRequest',
  setSession: 'SetSessionRequest',
  deleteSession: 'DeleteSessionRequest',
  listSessions: 'ListSessionsRequest',
};

/**
 * The grpc-gateway body: {code, message: "<text> (<id>)", details: [zitadel.v1.ErrorDetail]}. ZITADEL's gateway
 * marshals with protojson's defaults (internal/api/grpc/server/gateway.go), so an empty id and an empty details list
 * are left out.
 */
export function errorBody(error: ZitadelError): { code: number; message: string; details?: Record<string, unknown>[] } {
  if (!error.key) return { code: error.code, message: error.message };
  const detail = error.id ? { '@type': ERROR_DETAIL_TYPE, id: error.id, message: error.text } : { '@type': ERROR_DETAIL_TYPE, message: error.text };
  return { code: error.code, message: error.message, details: [detail] };
}

export function errorResponse(error: ZitadelError): VendorResponse {
  return { status: HTTP_STATUS_OF_CODE[error.code] ?? 500, body: errorBody(error) };
}

/** "/checks/user/loginName" -> "Checks.User.LoginName", "/queries/0" -> "Queries[0]", as protoc-gen-validate names fields. */
export function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.charAt(0).toUpperCase()}${part.slice(1)}`))
    .join('');
}

function describeProblem(operationId: string | null, problem: ValidationProblem): string {
  if (problem.kind === 'malformed-json') return `proto: syntax error: ${problem.message}`;
  if (problem.kind !== undefined && problem.kind !== 'schema') return problem.message;
  const message = REQUEST_MESSAGE[operationId ?? ''] ?? 'request';
  const pointer = problem.location === 'body' ? problem.pointer : `/${problem.pointer}`;
  return `invalid ${message}${fieldPath(pointer)}: ${problem.message}`;
}

/** How the core's decisions (faults, validation, unknown paths, crashes) come out in ZITADEL's own shape. */
export function createZitadelErrors(spec: SpecApi): VendorErrors {
  return {
    documented(operationId, status) {
      const found = zitadelErrorCases.find((entry) => entry.operationId === operationId && entry.status === status);
      if (!found) throw new Error(`the zitadel error catalogue has no case for ${operationId} ${status}`);
      const { body, headers } = exampleResponse(spec, operationId, status, found.case);
      return { status, body, headers };
    },
    invalidRequest(operationId, problems) {
      const text = problems.map((problem) => describeProblem(operationId, problem)).join(' | ');
      return errorResponse(invalidArgument(text || 'invalid request'));
    },
    notFound: () => ({ status: 404, body: { code: 5, message: 'Not Found' } }),
    unavailable: () => errorResponse(new ZitadelError('unavailable', 14, '', '', 'the ZITADEL instance is not available')),
    internal: () => errorResponse(zitadelError('internal')),
  };
}
