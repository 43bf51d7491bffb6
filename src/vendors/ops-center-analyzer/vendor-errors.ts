import type { ValidationProblem, VendorErrors, VendorRequest, VendorResponse } from '../../core/vendor';
import { isObject } from '../../spec/document';
import type { SpecApi } from '../../spec/types';
import { API_ROOT, originOf } from './answers';
import { caseDetail, errorResponse, type ErrorCaseName } from './errors';
import type { RequiredRoles } from './permissions';

export interface VendorErrorsContext {
  spec: SpecApi;
  /** errorSource's scheme, host and port when the core renders an error without the request. */
  origin: string;
  requiredRoles: RequiredRoles;
  /** The documented 200 of an operation (Prefer: code=200, faults). */
  documentedSuccess(operationId: string): VendorResponse;
}

/** The spec's named example each documented error status answers with under Prefer and faults. */
const DOCUMENTED_CASE: Readonly<Record<number, ErrorCaseName>> = {
  400: 'badBody',
  401: 'badCredentials',
  403: 'noExecutePermission',
  404: 'notFound',
  412: 'serverNotAvailable',
  500: 'serverError',
};

const JSON_PROBLEM_PREFIX = /^the body is not valid JSON:\s*/;
const SPEC_ORIGIN = /^https?:\/\/[^/]+/;

export function createVendorErrors(context: VendorErrorsContext): VendorErrors {
  const pathOf = (operationId: string | null): string => (operationId === null ? API_ROOT : context.spec.operation(operationId).pathTemplate);
  const forCase = (name: ErrorCaseName, operationId: string): VendorResponse => {
    const path = pathOf(operationId);
    return errorResponse(name, `${context.origin}${path}`, caseDetail(name, path, context.requiredRoles.get(operationId)));
  };
  return {
    documented(operationId, status) {
      if (!context.spec.operation(operationId).documentedStatuses.includes(status)) throw new Error(`${context.spec.specFile} ${operationId} documents no ${status}`);
      if (status === 200) return context.documentedSuccess(operationId);
      const name = DOCUMENTED_CASE[status];
      const example = name === undefined ? undefined : context.spec.example(operationId, status, name);
      if (name === undefined || !isObject(example) || typeof example.errorSource !== 'string') {
        throw new Error(`${context.spec.specFile} ${operationId} ${status} needs an example named ${name ?? '(no case)'} with an errorSource`);
      }
      const response = errorResponse(name, '');
      return { ...response, body: { ...example, errorSource: example.errorSource.replace(SPEC_ORIGIN, context.origin) } };
    },
    invalidRequest(operationId, problems, request?: VendorRequest) {
      const source = request ? `${originOf(request.headers, context.origin)}${request.path}` : `${context.origin}${pathOf(operationId)}`;
      const malformed = problems.find((problem) => problem.kind === 'malformed-json');
      if (malformed) return errorResponse('malformedJson', source, malformed.message.replace(JSON_PROBLEM_PREFIX, ''));
      if (problems.some(isActionProblem)) return errorResponse('badBody', source, sentAction(request?.body));
      return errorResponse('badFormat', source, [...new Set(problems.map(describe))].join('; '));
    },
    notFound: (_method, path) => errorResponse('notFound', `${context.origin}${path}`, path),
    unavailable: (operationId) => forCase('serverNotAvailable', operationId),
    internal: (operationId) => forCase('serverError', operationId),
  };
}

/** name or method missing or different from the submit action prepare publishes. */
function isActionProblem(problem: ValidationProblem): boolean {
  return problem.location === 'body' && /^\/(name|method)$/.test(problem.pointer);
}

/** `name = cancel, method = POST`: what the client sent, as the vendor echoes it. */
function sentAction(body: unknown): string {
  const show = (value: unknown): string => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
  return isObject(body) ? `name = ${show(body.name)}, method = ${show(body.method)}` : `expected: name = submit, method = POST`;
}

function describe(problem: ValidationProblem): string {
  if (problem.location !== 'body' || !problem.pointer || problem.pointer === '/') return problem.message;
  return `${problem.pointer.replace(/^\//, '')} ${problem.message}`;
}
