import type { Check } from '../types';

/**
 * An error answer (4xx/5xx) carries the vendor's documented error body: the schema of its status, or for an
 * undocumented status, the error schema of any documented error status of the operation.
 */
export const errorBodyInVendorShape: Check = ({ exchange, validators, operation }) => {
  const { status, contentType, headers, body } = exchange.response;
  if (!validators || !operation || status < 400) return [];
  const documentedHere = operation.responses[String(status)] ?? operation.responses.default;
  const candidates = documentedHere ? [status] : operation.documentedStatuses.filter((s) => s >= 400);
  if (candidates.length === 0) return [];
  let best: { pointer: string; message: string }[] | undefined;
  for (const candidate of candidates) {
    const problems = validators.validateResponse({ status: candidate, contentType, headers, body }).filter((p) => p.kind === 'body' || p.kind === 'content-type');
    if (problems.length === 0) return [];
    if (!best || problems.length < best.length) best = problems;
  }
  return (best ?? []).map((problem) => ({
    title: 'error body is not in the vendor shape',
    expected: `the ${operation.operationId} error body documented for ${candidates.join('/')}`,
    actual: `${problem.pointer || '/'}: ${problem.message}`,
    pointer: problem.pointer || '/',
    hint: 'answer errors in the vendor\'s documented error body (see the spec\'s error schema and its examples)',
  }));
};
