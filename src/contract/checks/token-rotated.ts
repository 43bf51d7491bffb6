import type { Check } from '../types';
import type { CompareOptions } from './reading';

/** An update that changes the session issues a new token. */
export const tokenRotated: Check<CompareOptions<string>> = ({ exchange, options }) => {
  const before = options.read(options.previous);
  const after = options.read(exchange);
  if (after === undefined || after === '') return [{ title: `${options.label} missing`, expected: `a new ${options.label}`, actual: 'none', hint: `answer the update with a new ${options.label}` }];
  if (after !== before) return [];
  return [{ title: `${options.label} not rotated`, expected: `a ${options.label} different from the previous one`, actual: 'the same token again', hint: 'every update that changes the session must issue a new token' }];
};
