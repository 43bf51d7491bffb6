import type { Check } from '../types';
import { bodyMatchesSchema } from './body-matches-schema';
import { contentTypeDocumented } from './content-type-documented';
import { errorBodyInVendorShape } from './error-body-in-vendor-shape';
import { expiryEnforced } from './expiry-enforced';
import { expiryMovesForward } from './expiry-moves-forward';
import { headersDocumented } from './headers-documented';
import { malformedRejected } from './malformed-rejected';
import { noUndocumentedFields } from './no-undocumented-fields';
import { oldTokenRejected } from './old-token-rejected';
import { rejectedAfterInvalidate } from './rejected-after-invalidate';
import { sequenceIncreases } from './sequence-increases';
import { siteAttached } from './site-attached';
import { statusDocumented } from './status-documented';
import { tokenRotated } from './token-rotated';
import { unauthenticatedRejected } from './unauthenticated-rejected';

/** Run on every exchange. */
export const exchangeChecks: Record<string, Check> = {
  status_documented: statusDocumented,
  content_type_documented: contentTypeDocumented,
  body_matches_schema: bodyMatchesSchema,
  headers_documented: headersDocumented,
  error_body_in_vendor_shape: errorBodyInVendorShape,
  no_undocumented_fields: noUndocumentedFields,
};

/** Run where a scenario asks, with options it supplies. */
export const sessionChecks: Record<string, Check<never>> = {
  unauthenticated_rejected: unauthenticatedRejected,
  malformed_rejected: malformedRejected,
  rejected_after_invalidate: rejectedAfterInvalidate,
  expiry_enforced: expiryEnforced,
  old_token_rejected: oldTokenRejected,
  expiry_moves_forward: expiryMovesForward,
  token_rotated: tokenRotated,
  sequence_increases: sequenceIncreases,
  site_attached: siteAttached,
};
