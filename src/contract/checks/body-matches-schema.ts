import type { Check } from '../types';

/** A success body matches the schema documented for its status and media type. */
export const bodyMatchesSchema: Check = ({ exchange, validators }) => {
  const { status, contentType, headers, body, text } = exchange.response;
  if (!validators || status >= 400 || text === '') return [];
  // A success only `default` covers is status_documented's finding; its body is no error body to judge here.
  if (!validators.operation.responses[String(status)]) return [];
  return validators
    .validateResponse({ status, contentType, headers, body })
    .filter((problem) => problem.kind === 'body')
    .map((problem) => ({
      title: `body does not match the schema at ${problem.pointer || '/'}`,
      expected: `a body valid against the ${validators.operation.operationId} ${status} schema`,
      actual: problem.message,
      pointer: problem.pointer || '/',
      hint: `fix ${problem.pointer || 'the body'} so it ${problem.message}`,
    }));
};
