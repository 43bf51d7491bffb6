import type { Check } from '../types';
import { expectRefused, type RefusalOptions } from './rejection';

/** A credential used after its lifetime has run out (the clock advanced past it) is refused. */
export const expiryEnforced: Check<RefusalOptions | undefined> = (input) =>
  expectRefused(input, [401, 403], 'a credential past its lifetime', 'check the expiry instant on every request and refuse expired credentials with the documented status');
