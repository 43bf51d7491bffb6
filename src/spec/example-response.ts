import type { SpecApi } from './types';

/**
 * The documented answer of (operation, status) built from the spec alone: its first (or named) body example and
 * the example values of its documented headers. Vendors use it for Prefer/faults on success statuses.
 */
export function exampleResponse(spec: SpecApi, operationId: string, status: number, exampleName?: string): { status: number; body?: unknown; headers: Record<string, string> } {
  const response = spec.response(operationId, status);
  if (!response) throw new Error(`${spec.specFile} ${operationId} documents no ${status}`);
  const hasBody = Object.keys(response.content).length > 0;
  const body = hasBody ? spec.example(operationId, status, exampleName) : undefined;
  if (hasBody && body === undefined) throw new Error(`${spec.specFile} ${operationId} ${status} has no example${exampleName ? ` named ${exampleName}` : ''}`);
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(response.headers)) {
    if (header.example !== undefined) headers[name] = typeof header.example === 'string' ? header.example : JSON.stringify(header.example);
  }
  return { status, body, headers };
}
