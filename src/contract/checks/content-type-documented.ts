import { findDocumentedMediaType, mediaTypeEssence } from '../../spec/media-type';
import type { Check } from '../types';

/** A body comes with a media type the spec documents for that status (spelled as documented: else a warning). */
export const contentTypeDocumented: Check = ({ exchange, operation }) => {
  const response = operation && (operation.responses[String(exchange.response.status)] ?? operation.responses.default);
  if (!response) return [];
  const documented = Object.keys(response.content);
  const { contentType, text } = exchange.response;
  if (documented.length === 0) {
    if (text === '') return [];
    return [{ title: 'body where none is documented', expected: 'no body', actual: `${text.length} bytes of ${contentType ?? 'unknown type'}`, hint: `send status ${exchange.response.status} without a body` }];
  }
  if (text === '') return [];
  const match = findDocumentedMediaType(documented, contentType);
  if (!match) {
    return [{ title: 'undocumented Content-Type', expected: documented.join(' or '), actual: contentType ?? '(none)', pointer: 'content-type', hint: `send Content-Type ${documented[0]}` }];
  }
  if (normalise(match) !== normalise(contentType ?? '')) {
    return [{ severity: 'warning', title: 'Content-Type spelled differently from the spec', expected: match, actual: contentType ?? '', pointer: 'content-type', hint: `send exactly ${match}` }];
  }
  return [];
};

function normalise(contentType: string): string {
  return `${mediaTypeEssence(contentType)};${contentType.split(';').slice(1).map((p) => p.trim().toLowerCase()).sort().join(';')}`;
}
