import type { Check } from '../types';
import { expectRefused, type RefusalOptions } from './rejection';

/** A credential used after its session was invalidated (logout, delete) is refused. */
export const rejectedAfterInvalidate: Check<RefusalOptions | undefined> = (input) =>
  expectRefused(input, [401, 403, 404], 'a credential of an invalidated session', 'invalidate every credential of the session on logout/invalidate/delete, and refuse them afterwards');
