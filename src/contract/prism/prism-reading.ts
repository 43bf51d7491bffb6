import { join } from 'node:path';
import { SPECS_DIR } from '../../spec/document';

/** One operation as Prism reads it (opaque here: only Prism's validator looks inside). */
export interface PrismOperation {
  id: string;
  iid?: string;
}

/** Prism's own reading of our specs: its HTTP operations by API and operationId. */
export type PrismReading = Map<string, Map<string, PrismOperation>>;

/**
 * Loads Prism (@stoplight/prism-http) only when a contract run starts: it is heavy, and the mock never needs it.
 * Prism parses the specs itself (its own $ref resolution, its own Ajv), which is what makes it a second opinion.
 */
export async function loadPrismReading(apis: { api: string; specFile: string }[]): Promise<PrismReading> {
  const { getHttpOperationsFromSpec } = await import('@stoplight/prism-http');
  const reading: PrismReading = new Map();
  for (const { api, specFile } of apis) {
    const operations: PrismOperation[] = await getHttpOperationsFromSpec(join(SPECS_DIR, specFile));
    reading.set(api, new Map(operations.map((operation) => [operation.iid ?? operation.id, operation])));
  }
  return reading;
}
