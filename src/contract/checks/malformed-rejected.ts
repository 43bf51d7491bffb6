import type { Check } from '../types';
import { expectRefused, type RefusalOptions } from './rejection';

/** A malformed request (bad JSON, wrong types, missing fields) is refused with the documented 400. */
export const malformedRejected: Check<RefusalOptions | undefined> = (input) =>
  expectRefused(input, [400], 'a malformed request', 'validate the request against the spec and answer the documented 400 with the vendor error body');
