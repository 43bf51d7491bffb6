import type { ValidationProblem, VendorErrors, VendorRequest, VendorResponse } from '../../core/vendor';
import { exampleResponse } from '../../spec/example-response';
import type { SpecApi } from '../../spec/types';
import { bodyFieldsByType, describeProblem, headlineProblem } from './request-problems';

// 003_c14ab5462aef1dd6.txt: "Returns ... of type(s) application/json;charset=UTF-8", for the 200 and every error.
export const VCDA_MEDIA_TYPE = 'application/json;charset=UTF-8';

export interface ApiErrorBody {
  args: string[];
  code: string;
  msg: string;
  stacktrace: string;
}

/** The one factory of ApiError answers: a Java-style one-line stacktrace, never a Node stack. */
export function apiError(status: number, code: string, msg: string, args: string[] = []): VendorResponse {
  const body: ApiErrorBody = { args, code, msg, stacktrace: `com.vmware.h4.api.error.exceptions.${code}Exception: ${msg}` };
  return { status, contentType: VCDA_MEDIA_TYPE, body };
}

/** The VCDA error catalogue, keyed by case; the codes are the seed's per-status lists. */
export const vcdaErrors = {
  badUserInput: (args: string[], detail: string) => apiError(400, 'BadUserInput', `Invalid input: ${detail}`, args),
  badRequest: (msg = 'Malformed request body.') => apiError(400, 'BadRequest', msg),
  notAuthenticated: () => apiError(401, 'NotAuthenticated', 'Not authenticated.'),
  loginFailed: (user?: string) =>
    user ? apiError(401, 'NotAuthenticated', `Authentication failed for user ${user}.`, [user]) : apiError(401, 'NotAuthenticated', 'Authentication failed.'),
  remoteAuthenticationFailure: (site: string) => apiError(401, 'RemoteAuthenticationFailure', `Authentication to remote site ${site} failed.`, [site]),
  siteNotFound: (site: string) => apiError(404, 'SiteNotFound', `Site ${site} not found.`, [site]),
  generalServerFailure: (msg = 'General server failure.') => apiError(500, 'GeneralServerFailure', msg),
  resourceNotFound: (method: string, path: string) => apiError(404, 'NotFound', `No resource found for ${method} ${path}.`, [method, path]),
};

export function createVcdaErrors(spec: SpecApi): VendorErrors {
  const bodyFields = new Map(spec.operations.map((operation) => [operation.operationId, bodyFieldsByType(spec, operation.operationId)]));
  return {
    documented: (operationId, status) => documented(spec, operationId, status),
    invalidRequest(operationId, problems, request) {
      return invalidRequest(problems, bodyFields.get(operationId ?? '') ?? new Map<string, string[]>(), request);
    },
    notFound: (method, path) => vcdaErrors.resourceNotFound(method, path),
    unavailable: () => vcdaErrors.generalServerFailure('Service is temporarily unavailable.'),
    internal: () => vcdaErrors.generalServerFailure(),
  };
}

/**
 * The spec's own answer for (operation, status): a success's `seed` example, or an error's first realistic named
 * example, never the seed's "Forbidden / Permission denied." placeholder (docs/decisions/vcda.md).
 */
function documented(spec: SpecApi, operationId: string, status: number): VendorResponse {
  const media = Object.values(spec.response(operationId, status)?.content ?? {})[0];
  const names = Object.keys(media?.examples ?? {});
  const name = status < 300 ? names[0] : names.find((candidate) => candidate !== 'seed');
  const { body, headers } = exampleResponse(spec, operationId, status, name);
  return body === undefined ? { status, headers } : { status, headers, body, contentType: VCDA_MEDIA_TYPE };
}

function invalidRequest(problems: ValidationProblem[], fieldsByType: Map<string, string[]>, request: VendorRequest | undefined): VendorResponse {
  const first = problems[0];
  if (!first) return vcdaErrors.badRequest();
  switch (first.kind) {
    case 'malformed-json':
      return vcdaErrors.badRequest();
    case 'body-too-large':
      return vcdaErrors.badRequest('Request body is too large.');
    case 'media-type':
      return vcdaErrors.badRequest(`Content type '${String(request?.headers['content-type'] ?? '')}' not supported; send application/json.`);
    case 'prefer':
    case 'unreadable':
      return vcdaErrors.badRequest(first.message);
    default:
      break;
  }
  if (first.location === 'body' && first.pointer === '' && first.message.includes('required')) return vcdaErrors.badRequest('Required request body is missing.');
  const headline = headlineProblem(problems, fieldsByType, request?.body);
  const { args, detail } = describeProblem(headline ?? first);
  return vcdaErrors.badUserInput(args, detail);
}
