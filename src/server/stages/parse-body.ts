import type { ValidationProblem } from '../../core/vendor';
import { isJsonMediaType } from '../../spec/media-type';
import type { BodyRead } from '../read-body';

export interface ParsedBody {
  hasBody: boolean;
  body: unknown;
  problem?: ValidationProblem;
}

/** Turns the raw bytes into the value handlers see: parsed JSON, or a problem the vendor answers with its 400. */
export function parseBody(read: BodyRead, contentType: string | undefined): ParsedBody {
  if (read.kind === 'none' || read.kind === 'aborted') return { hasBody: false, body: undefined };
  if (read.kind === 'too-large') {
    return { hasBody: true, body: undefined, problem: { location: 'body', pointer: '', kind: 'body-too-large', message: 'the request body is larger than 1 MiB' } };
  }
  const text = read.raw.toString('utf8');
  if (!isJsonMediaType(contentType)) {
    // A body without a JSON content type is left for validation to judge against the documented media types.
    return { hasBody: text.trim() !== '', body: text };
  }
  if (text.trim() === '') return { hasBody: false, body: undefined };
  try {
    return { hasBody: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable JSON';
    return { hasBody: true, body: undefined, problem: { location: 'body', pointer: '', kind: 'malformed-json', message: `the body is not valid JSON: ${detail}` } };
  }
}
