import type { CheckInput, ViolationDraft } from '../types';

/** A scenario may name the statuses the vendor documents for this refusal (e.g. ZITADEL's 400 for a wrong password). */
export interface RefusalOptions {
  statuses?: number[];
}

/**
 * The shared core of the "must be refused" checks: the answer is a documented 4xx from `allowed` (when the
 * operation documents any of them), never a success, a 5xx or an undocumented refusal.
 */
export function expectRefused(input: CheckInput<RefusalOptions | undefined>, defaults: number[], what: string, hint: string): ViolationDraft[] {
  const { status } = input.exchange.response;
  const allowed = input.options?.statuses ?? defaults;
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
