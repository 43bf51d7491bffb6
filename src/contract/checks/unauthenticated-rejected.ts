import type { Check } from '../types';
import { expectRefused, type RefusalOptions } from './rejection';

/** A request without valid credentials (none, garbage, wrong password, unknown token) is refused with 401/403. */
export const unauthenticatedRejected: Check<RefusalOptions | undefined> = (input) =>
  expectRefused(input, [401, 403], 'a request without valid credentials', 'authenticate every operation that the spec secures, and answer the documented 401 (or 403) otherwise');
