import type { DigestAuthority } from '../../core/auth/digest';
import type { ValidationProblem, VendorErrors, VendorResponse } from '../../core/vendor';
import { exampleResponse } from '../../spec/example-response';
import type { SpecApi } from '../../spec/types';
import { ERROR_CATALOGUE, errorBody, type ErrorCaseName } from './catalogue';

export interface VeridataErrors extends VendorErrors {
  /** The answer of one case for an operation, shaped by what the spec documents for it (body, challenge). */
  answer(operationId: string, name: ErrorCaseName, options?: { stale?: boolean; path?: string; detail?: string }): VendorResponse;
}

// The realistic example (not the truncated seed token) each 200 with a body answers under Prefer/faults.
const SUCCESS_EXAMPLES: Record<string, string> = { login: 'loggedIn', extendSession: 'extended' };

export function createVeridataErrors(spec: SpecApi, digest: DigestAuthority): VeridataErrors {
  const answer: VeridataErrors['answer'] = (operationId, name, options = {}) => {
    const status = ERROR_CATALOGUE[name].status;
    const response = spec.response(operationId, status);
    const headers = challengeHeaders(response?.headers ?? {}, digest, options.stale === true);
    const hasBody = response === undefined || Object.keys(response.content).length > 0;
    // The HEAD operation (loginChallenge) documents no bodies: its answers carry only status and headers.
    return { status, headers, body: hasBody ? errorBody(name, options) : undefined };
  };
  const defaultCase = (operationId: string, status: number): ErrorCaseName => {
    if (status === 400) return 'badRequest';
    if (status === 404) return 'notFound';
    if (status === 500) return 'serverError';
    if (status !== 401) throw new Error(`${spec.specFile} ${operationId}: no Veridata error case answers ${status}`);
    return spec.response(operationId, 401)?.headers['www-authenticate'] ? 'credentialsMissing' : 'tokenExpired';
  };
  return {
    answer,
    documented(operationId, status) {
      if (status >= 300) return answer(operationId, defaultCase(operationId, status), { path: spec.operation(operationId).pathTemplate });
      const example = exampleResponse(spec, operationId, status, SUCCESS_EXAMPLES[operationId]);
      return { status, headers: example.headers, body: example.body };
    },
    invalidRequest(operationId, problems) {
      const detail = describe(problems);
      if (operationId === null) return { status: 400, body: errorBody('badRequest', { detail }) };
      return answer(operationId, 'badRequest', { detail });
    },
    notFound: (_method, path) => ({ status: 404, body: errorBody('notFound', { path }) }),
    unavailable: (operationId) => answer(operationId, 'serverUnavailable'),
    internal: (operationId) => answer(operationId, 'serverError'),
  };
}

function challengeHeaders(documented: Record<string, unknown>, digest: DigestAuthority, stale: boolean): Record<string, string> {
  if (!('www-authenticate' in documented)) return {};
  const challenge = digest.challenge(stale);
  return { 'WWW-Authenticate': challenge, 'WWW-Authenticate-Custom': challenge };
}

function describe(problems: ValidationProblem[]): string | undefined {
  if (problems.length === 0 || problems.some((problem) => problem.kind === 'malformed-json')) return undefined;
  return problems.map((problem) => problem.message).join('; ');
}
