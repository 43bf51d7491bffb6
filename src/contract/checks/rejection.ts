import type { CheckInput, ViolationDraft } from '../types';

/**
 * The shared core of the "must be refused" checks: the answer is a documented 4xx from `allowed` (when the
 * operation documents any of them), never a success, a 5xx or an undocumented refusal.
 */
export function expectRefused(input: CheckInput<unknown>, allowed: number[], what: string, hint: string): ViolationDraft[] {
  const { status } = input.exchange.response;
  const documented = input.operation ? allowed.filter((s) => input.operation!.documentedStatuses.includes(s)) : allowed;
  const accepted = documented.length > 0 ? documented : allowed;
  if (accepted.includes(status)) return [];
  return [
    {
      title: status < 400 ? `${what} was accepted` : `${what} was refused with ${status}`,
      expected: `a documented refusal: ${accepted.join(' or ')}`,
      actual: String(status),
      hint,
    },
  ];
}
