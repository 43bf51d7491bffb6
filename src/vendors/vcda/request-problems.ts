import type { ValidationProblem } from '../../core/vendor';
import { deref, isObject, resolvePointer } from '../../spec/document';
import type { SpecApi } from '../../spec/types';
import { field } from './directory';

/** Each `type` of an operation's oneOf request body and the fields that type carries, read from the spec. */
export function bodyFieldsByType(spec: SpecApi, operationId: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  const media = Object.values(spec.operation(operationId).requestBody?.content ?? {})[0];
  if (!media?.schemaRef) return fields;
  const schema = deref(spec.document, resolvePointer(spec.document, media.schemaRef.slice(media.schemaRef.indexOf('#'))));
  const branches = isObject(schema) && Array.isArray(schema.oneOf) ? schema.oneOf : [];
  for (const raw of branches) {
    const branch = deref(spec.document, raw);
    const properties = isObject(branch) && isObject(branch.properties) ? branch.properties : {};
    const type = isObject(properties.type) ? properties.type.const : undefined;
    if (typeof type === 'string') fields.set(type, Object.keys(properties).filter((name) => name !== 'type'));
  }
  return fields;
}

/**
 * The one problem the client hears about. Ajv reports every oneOf branch's complaints; the client meant the
 * branch of the `type` it sent, so: the type itself first, then `site`, then the fields of that type.
 */
export function headlineProblem(problems: ValidationProblem[], fieldsByType: Map<string, string[]>, body: unknown): ValidationProblem | undefined {
  const about = (name: string) => problems.find((problem) => problem.pointer === `/${name}` && problem.message !== 'must be equal to constant');
  const type = field(body, 'type');
  const chosen = (type !== undefined && fieldsByType.get(type)) || [];
  const whole = problems.find((problem) => problem.pointer === '/' || problem.pointer === '');
  return whole ?? about('type') ?? about('site') ?? chosen.map(about).find((problem) => problem !== undefined) ?? problems[0];
}

/** The BadUserInput wording of a schema problem: the field it names and the sentence after "Invalid input: ". */
export function describeProblem(problem: ValidationProblem): { args: string[]; detail: string } {
  const name = problem.pointer.replace(/^\//, '').split('/')[0] ?? '';
  if (name === '') return { args: [], detail: 'the request body must be a JSON object.' };
  if (problem.message.startsWith('must be one of')) return { args: [name], detail: `unsupported value of '${name}'.` };
  const typed = /^must be (string|number|integer|boolean|array|object)$/.exec(problem.message);
  if (typed) return { args: [name], detail: `'${name}' must be ${typed[1] === 'array' || typed[1] === 'integer' || typed[1] === 'object' ? 'an' : 'a'} ${typed[1]}.` };
  return { args: [name], detail: `'${name}' ${problem.message}.` };
}
