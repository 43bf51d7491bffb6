import type { Check } from '../types';
import type { CompareOptions } from './reading';

/** After an extend, the session's expiry (or remaining lifetime) is later than before. */
export const expiryMovesForward: Check<CompareOptions<number>> = ({ exchange, options }) => {
  const before = options.read(options.previous);
  const after = options.read(exchange);
  if (before === undefined || after === undefined) {
    return [{ title: `${options.label} missing`, expected: `${options.label} in both answers`, actual: `before ${String(before)}, after ${String(after)}`, hint: `send ${options.label} as documented` }];
  }
  if (after > before) return [];
  return [{ title: `${options.label} did not move forward`, expected: `later than ${before}`, actual: String(after), hint: 'extend must move the expiry forward from the time of the call' }];
};
