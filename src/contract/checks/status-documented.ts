import type { Check } from '../types';

/** The status is one the operation documents (or its `default` covers). */
export const statusDocumented: Check = ({ exchange, operation }) => {
  if (!operation) return [];
  const { status } = exchange.response;
  if (operation.responses[String(status)] || operation.responses.default) return [];
  return [
    {
      title: `undocumented status ${status}`,
      expected: `one of ${operation.documentedStatuses.join(', ')}`,
      actual: String(status),
      hint: `answer ${operation.operationId} with a documented status, or document ${status} in the spec if the vendor really sends it`,
    },
  ];
};
