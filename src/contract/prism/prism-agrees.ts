import type { Check } from '../types';
import type { PrismOperation, PrismReading } from './prism-reading';

interface PrismDiagnostic {
  message: string;
  severity: number;
  path?: (string | number)[];
}

type ValidateOutput = (input: { resource: PrismOperation; element: { statusCode: number; headers: Record<string, string>; body: unknown } }) => { _tag: 'Left'; left: PrismDiagnostic[] } | { _tag: 'Right' };

// Prism's DiagnosticSeverity: 0 error, 1 warning (2 information and 3 hint are not reported).
const PRISM_ERROR = 0;
const PRISM_WARNING = 1;

/**
 * Prism's validator (a second, independent reading of the same spec) on every exchange. Where Prism finds an error
 * our own checks do not, the two readings disagree: the report shows it beside our checks, so a spec or validator
 * bug in either surfaces instead of hiding.
 */
export function createPrismAgrees(reading: PrismReading, validateOutput: ValidateOutput): Check {
  return ({ exchange }) => {
    const resource = reading.get(exchange.api)?.get(exchange.operationId);
    if (!resource) return [];
    const { status, headers, body } = exchange.response;
    const result = validateOutput({ resource, element: { statusCode: status, headers, body } });
    if (result._tag === 'Right') return [];
    return result.left
      .filter((diagnostic) => diagnostic.severity === PRISM_ERROR || diagnostic.severity === PRISM_WARNING)
      .map((diagnostic) => {
        const where = diagnostic.path?.join('.') ?? '';
        return {
          severity: diagnostic.severity === PRISM_ERROR ? ('error' as const) : ('warning' as const),
          title: `Prism: ${diagnostic.message}`,
          expected: 'the answer to conform to the spec as Prism reads it',
          actual: `${where ? `${where}: ` : ''}${diagnostic.message}`,
          pointer: where || undefined,
          hint: 'if our own checks pass, Prism reads the spec differently: check the spec for an ambiguity; otherwise fix the answer',
        };
      });
  };
}

/** Prism's output validator, loaded with Prism. */
export async function loadPrismValidateOutput(): Promise<ValidateOutput> {
  const validator = (await import('@stoplight/prism-http/dist/validator')) as unknown as { validateOutput: ValidateOutput };
  return validator.validateOutput;
}
