import type { ValidationProblem, VendorRequest } from '../../core/vendor';
import type { OperationValidators } from '../../spec/validators';
import type { ParsedBody } from './parse-body';

/** The request-validation stage: every way the request breaks its operation's spec, or none. */
export function validateRequest(validators: OperationValidators, request: VendorRequest, parsed: ParsedBody): ValidationProblem[] {
  if (parsed.problem) return [parsed.problem];
  const contentType = request.headers['content-type'];
  const problems = validators.validateRequest({
    pathParams: request.pathParams,
    query: request.query,
    headers: request.headers,
    contentType,
    body: parsed.body,
    hasBody: parsed.hasBody,
  });
  return problems.map((problem) => ({ kind: problem.kind ?? (problem.pointer === 'content-type' ? 'media-type' : 'schema'), ...problem }));
}
