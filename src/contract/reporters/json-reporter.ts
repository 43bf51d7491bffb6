import { writeFile } from 'node:fs/promises';
import { createRedactor } from '../redact';
import type { Reporter } from './reporter';

/** Writes the whole result, every check's outcome included, as JSON (secrets blanked). */
export function jsonReporter(file: string): Reporter {
  return {
    async onEnd(result, redaction) {
      await writeFile(file, `${JSON.stringify(createRedactor(redaction).scrub(result), null, 2)}\n`);
    },
  };
}
