import type { VendorResponse } from '../../core/vendor';
import { VENDOR_HEADERS } from './answers';

export type ErrorCaseName =
  | 'badBody'
  | 'badFormat'
  | 'malformedJson'
  | 'badCredentials'
  | 'expiredToken'
  | 'noProductPermission'
  | 'noExecutePermission'
  | 'notFound'
  | 'serverNotAvailable'
  | 'serverError';

interface CatalogueEntry {
  status: number;
  messageID: string;
  /** The message; `detail` is the case's variable part (a parser message, a URI, the required permissions). */
  message: (detail: string) => string;
  /** 401 only: the method WWW-Authenticate names. */
  challenge?: string;
}

const BASIC_CHALLENGE = 'Basic realm="Analytics"';

/**
 * The vendor's error bodies, keyed by case. The KNAQ numbers are the mock's own (specs/ops-center-analyzer.yaml,
 * Error); a unit test holds each case equal to the spec's example of the same name.
 */
export const CATALOGUE: Readonly<Record<ErrorCaseName, CatalogueEntry>> = {
  badBody: { status: 400, messageID: 'KNAQ10000-E', message: (sent) => `The specified action is invalid. (${sent})` },
  badFormat: { status: 400, messageID: 'KNAQ10000-E', message: (detail) => `The format of the request body is invalid. (${detail})` },
  // 001_c39cb08b7efa28f3.txt (Error information): incorrect JSON syntax answers the message ID "generic error".
  malformedJson: { status: 400, messageID: 'generic error', message: (detail) => detail },
  badCredentials: { status: 401, messageID: 'KNAQ10001-E', message: () => 'The user ID or password is incorrect.', challenge: BASIC_CHALLENGE },
  expiredToken: { status: 401, messageID: 'KNAQ10002-E', message: () => 'The HSSO token is invalid or has expired. Log in again.', challenge: 'HSSO' },
  noProductPermission: { status: 401, messageID: 'KNAQ10003-E', message: () => 'The user does not have permission to use Ops Center Analyzer.', challenge: BASIC_CHALLENGE },
  noExecutePermission: {
    status: 403,
    messageID: 'KNAQ10004-E',
    message: (roles) => `The user does not have the permission required to execute this API function. (required permission = ${roles})`,
  },
  notFound: { status: 404, messageID: 'KNAQ10005-E', message: (uri) => `The specified resource was not found. (URI = ${uri})` },
  serverNotAvailable: { status: 412, messageID: 'KNAQ10006-E', message: () => 'The server is not available. Wait a while, and then retry the operation.' },
  serverError: { status: 500, messageID: 'KNAQ10007-E', message: () => 'An unexpected error occurred on the server. Check the log, and then retry the operation.' },
};

export interface ErrorBody {
  errorSource: string;
  message: string;
  messageID: string;
  application: 'Analytics';
}

export function errorBody(name: ErrorCaseName, errorSource: string, detail = ''): ErrorBody {
  const entry = CATALOGUE[name];
  return { errorSource, message: entry.message(detail), messageID: entry.messageID, application: 'Analytics' };
}

/** The one factory of error answers: status, the vendor's headers (+ the 401 challenge) and the body. */
export function errorResponse(name: ErrorCaseName, errorSource: string, detail = ''): VendorResponse {
  const entry = CATALOGUE[name];
  const headers: Record<string, string> = { ...VENDOR_HEADERS };
  if (entry.challenge) headers['WWW-Authenticate'] = entry.challenge;
  return { status: entry.status, headers, body: errorBody(name, errorSource, detail) };
}

/** The variable part of a case that has one: the URI not found, or the permissions the operation requires. */
export function caseDetail(name: ErrorCaseName, path: string, roles: readonly string[] | undefined): string {
  if (name === 'notFound') return path;
  if (name === 'noExecutePermission') return (roles ?? []).join(', ');
  return '';
}
