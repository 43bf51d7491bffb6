import type { Check } from '../types';

/** The headers the spec documents as required for the status are present and match their schema. */
export const headersDocumented: Check = ({ exchange, validators }) => {
  if (!validators) return [];
  const { status, contentType, headers, body } = exchange.response;
  return validators
    .validateResponse({ status, contentType, headers, body })
    .filter((problem) => problem.kind === 'header')
    .map((problem) => ({
      title: problem.message.includes('missing') ? `documented header ${problem.pointer} missing` : `header ${problem.pointer} does not match the spec`,
      expected: `header ${problem.pointer} as documented for ${status}`,
      actual: problem.message,
      pointer: problem.pointer,
      hint: `send the ${problem.pointer} header on ${validators.operation.operationId} ${status} as the spec documents it`,
    }));
};
