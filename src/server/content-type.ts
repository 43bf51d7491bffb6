import type { VendorResponse } from '../core/vendor';
import { isJsonMediaType } from '../spec/media-type';
import type { SpecOperation } from '../spec/types';

/** The media type an answer goes out with: the vendor's choice, else the one the spec documents for the status. */
export function responseContentType(operation: SpecOperation, response: VendorResponse): string | undefined {
  if (response.contentType) return response.contentType;
  const documented = Object.keys((operation.responses[String(response.status)] ?? operation.responses.default)?.content ?? {});
  return documented.find((mediaType) => isJsonMediaType(mediaType)) ?? documented[0] ?? 'application/json';
}
