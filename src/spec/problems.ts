import type { ErrorObject } from 'ajv';

/** Turns Ajv's errors into sentences a person can act on, e.g. "/site: is required". */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined): { pointer: string; message: string }[] {
  return (errors ?? [])
    .filter((error) => error.keyword !== 'if' && error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
    .map((error) => {
      const params = error.params as Record<string, unknown>;
      switch (error.keyword) {
        case 'required':
          return { pointer: `${error.instancePath}/${String(params.missingProperty)}`, message: 'is required' };
        case 'additionalProperties':
          return { pointer: `${error.instancePath}/${String(params.additionalProperty)}`, message: 'is not a documented field' };
        case 'enum':
          return { pointer: error.instancePath || '/', message: `must be one of ${JSON.stringify(params.allowedValues)}` };
        default:
          return { pointer: error.instancePath || '/', message: error.message ?? error.keyword };
      }
    });
}
