import type { VendorResponse } from '../../core/vendor';
import type { OperationValidators, ResponseProblem } from '../../spec/validators';

/** The last stage (with --validate-responses): does the answer about to leave conform to the spec? */
export function checkResponse(validators: OperationValidators, response: VendorResponse, contentType: string | undefined): ResponseProblem[] {
  return validators.validateResponse({
    status: response.status,
    contentType: response.body === undefined ? undefined : contentType,
    headers: lowerCaseKeys(response.headers ?? {}),
    body: response.body,
  });
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
