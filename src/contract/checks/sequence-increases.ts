import type { Check } from '../types';
import type { CompareOptions } from './reading';

/** The session's sequence (a uint64 decimal string) is larger than after the previous change. */
export const sequenceIncreases: Check<CompareOptions<string>> = ({ exchange, options }) => {
  const before = options.read(options.previous);
  const after = options.read(exchange);
  if (!isUint(before) || !isUint(after)) {
    return [{ title: `${options.label} missing or not a decimal string`, expected: 'a uint64 decimal string', actual: `before ${String(before)}, after ${String(after)}`, hint: `send ${options.label} as a decimal string` }];
  }
  if (BigInt(after) > BigInt(before)) return [];
  return [{ title: `${options.label} did not increase`, expected: `greater than ${before}`, actual: after, hint: 'every change must increase the sequence' }];
};

function isUint(value: string | undefined): value is string {
  return typeof value === 'string' && /^\d+$/.test(value);
}
