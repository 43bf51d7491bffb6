import type { Check } from '../types';

/** The status is one the operation documents (or its `default` covers). */
export const statusDocumented: Check = ({ exchange, operation }) => {
  if (!operation) return [];
  const { status } = exchange.response;
  if (operation.responses[String(status)]) return [];
  if (operation.responses.default) {
    // `default` documents the error (rpc status) shape; a success it covers is still one the spec never names.
    if (status >= 400) return [];
    return [{ title: `success status ${status} is covered only by default`, expected: `one of ${operation.documentedStatuses.filter((s) => s < 400).join(', ')}`, actual: String(status), hint: `answer ${operation.operationId} with its documented success status` }];
  }
  return [
    {
      title: `undocumented status ${status}`,
      expected: `one of ${operation.documentedStatuses.join(', ')}`,
      actual: String(status),
      hint: `answer ${operation.operationId} with a documented status, or document ${status} in the spec if the vendor really sends it`,
    },
  ];
};
