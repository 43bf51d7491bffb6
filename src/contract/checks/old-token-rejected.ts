import type { Check } from '../types';
import { expectRefused, type RefusalOptions } from './rejection';

/** A token replaced by a rotation no longer works. */
export const oldTokenRejected: Check<RefusalOptions | undefined> = (input) =>
  expectRefused(input, [401, 403], 'a token that a later update replaced', 'when an update issues a new token, stop accepting the previous one');
