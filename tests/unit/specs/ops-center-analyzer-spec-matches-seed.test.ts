import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { deref, isObject, readSpecDocument } from '../../../src/spec/document';

type Node = Record<string, unknown>;

// The seed, read by hand: /work/shared/seeds/001_c39cb08b7efa28f3.txt
// ("Extending the valid period of a session of the HSSO token", Ops Center Analyzer REST API 11.0.x).
const SEED = {
  file: '001_c39cb08b7efa28f3.txt',
  method: 'post',
  path: '/Analytics/v1/services/KeepAlive/actions/submit/invoke',
  operationId: 'invokeKeepAlive',
  executionPermission: ['Admin', 'StorageOps', 'Modify', 'User Management'],
  mediaType: 'application/json',
  statuses: [
    ['200', 'OK', 'Success.'],
    ['400', 'Bad Request', 'The format of the request body is invalid.'],
    ['401', 'Unauthorized', 'No login privilege.'],
    ['403', 'Forbidden', 'No execute privilege.'],
    ['404', 'Not Found', 'The resource was not found.'],
    ['412', 'Precondition Failed', 'The server is not available.'],
    ['500', 'Internal Server Error', 'Server processing error.'],
  ],
  actionFields: [
    ['name', 'string', 'Name of the action.'],
    ['href', 'string', 'URL for the action.'],
    ['method', 'string', 'Name of the method.'],
    ['type', 'string', 'Data format for the object.'],
    ['parameters', 'anyType[]', 'A list of objects necessary to execute an operation. No value is set.'],
  ],
  jobFields: [
    ['instanceID', 'string', 'ID of the Instance.'],
    ['created', 'string', 'Date the object is generated in "yyyy-mm-ddThh:mm:ss.mmmTZD" format (e.g., 2017-08-25T20:07:39.472+09:00).'],
    ['updated', 'string', 'Time the object is updated in "yyyy-mm-ddThh:mm:ss.mmmTZD" format (e.g., 2017-08-25T20:07:39.472+09:00).'],
    ['completed', 'string', 'Time the processing completed in "yyyy-mm-ddThh:mm:ss.mmmTZD" format (e.g., 2017-08-25T20:07:39.472+09:00).'],
    ['state', 'string', 'One of the following values is set: "failed": The operation failed. "success": The operation completed successfully.'],
    ['affectedResource', 'string[]', 'A blank space is set.'],
    ['result', 'anyType[]', 'A list of KeepAlive objects.'],
  ],
  keepAliveFields: [['timeToLive', 'long', 'Period during which the session is available by the HSSO token (sec.)']],
  stateValues: ['failed', 'success'],
  timestampExamples: ['2017-08-25T20:07:39.472+09:00', '2016-08-12T02:51:26.371+09:00', '2016-08-12T02:51:26.400+09:00'],
  requestHeaderAuthorization: 'Basic c3lzdGVtOm1hbmFnZXI=',
  responseHeaders: [
    ['Cache-Control', 'no-cache'],
    ['WWW-Authenticate', 'HSSO 8113b75377dac59b7c48ee2b947b20d3bbc11f_YXZvNFIMehp3UB4jbmVyPGUgT3Q=_V0810'],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['X-XSS-Protection', '1; mode=block'],
    ['X-Content-Type-Options', 'nosniff'],
  ],
  requestExample: {
    name: 'submit',
    href: 'http://localhost:22015/Analytics/v1/services/KeepAlive/actions/submit/invoke',
    method: 'POST',
    type: 'application/json',
    parameters: [],
  },
  responseExample: {
    instanceID: '43f90f1e-c0c3-41d1-a5dd-4666b2ba7c90',
    created: '2016-08-12T02:51:26.371+09:00',
    updated: '2016-08-12T02:51:26.400+09:00',
    completed: '2016-08-12T02:51:26.400+09:00',
    state: 'success',
    affectedResource: [],
    result: [{ timeToLive: 1000 }],
  },
} as const;

const COMPANIONS = [
  ['get', '/Analytics/v1/services/KeepAlive/actions', 'listKeepAliveActions'],
  ['get', '/Analytics/v1/services/KeepAlive/actions/submit', 'prepareKeepAlive'],
] as const;
const COMPANION_STATUSES = SEED.statuses.filter(([status]) => ['200', '401', '412', '500'].includes(status));

const doc = readSpecDocument('ops-center-analyzer.yaml');
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const keyword of new Set(['x-decision', 'x-seed-example', 'example', ...Object.keys(doc)])) ajv.addKeyword(keyword);
ajv.addSchema({ ...doc, $id: 'spec' });

function obj(node: unknown): Node {
  const target = deref(doc, node);
  if (!isObject(target)) throw new Error(`expected an object, got ${JSON.stringify(target)}`);
  return target;
}

function at(node: unknown, ...keys: string[]): Node {
  return keys.reduce<Node>((current, key) => obj(current[key]), obj(node));
}

const pointer = (...keys: string[]): string => '/' + keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function validates(schemaPointer: string, value: unknown): string[] {
  const validate = ajv.getSchema(`spec#${schemaPointer}`);
  if (!validate) throw new Error(`no schema at ${schemaPointer}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The raw property nodes for `field` in a schema and in the members of its allOf. */
function propertyNodes(schemaNode: unknown, field: string): unknown[] {
  const schema = obj(schemaNode);
  const own = isObject(schema.properties) && field in schema.properties ? [schema.properties[field]] : [];
  const inherited = Array.isArray(schema.allOf) ? schema.allOf.flatMap((member) => propertyNodes(member, field)) : [];
  return [...own, ...inherited];
}

function expectField(schemaNode: unknown, field: string, seedType: string, description: string): void {
  const nodes = propertyNodes(schemaNode, field);
  expect(nodes.length).toBeGreaterThan(0);
  // A description beside a $ref (Job.created) belongs to the property, so read it before following the $ref.
  const descriptions = nodes.flatMap((n) => [isObject(n) ? n.description : undefined, obj(n).description]);
  expect(descriptions.find((d) => typeof d === 'string')).toBe(description);
  const typed = nodes.map(obj).find((n) => typeof n.type === 'string');
  if (!typed) throw new Error(`${field} has no type`);
  const expected: Record<string, Node> = {
    string: { type: 'string' },
    long: { type: 'integer', format: 'int64' },
    'string[]': { type: 'array', items: { type: 'string' } },
    'anyType[]': { type: 'array' },
  };
  const want = expected[seedType];
  if (!want) throw new Error(`no JSON Schema reading of seed type ${seedType}`);
  expect({ ...typed, items: typed.items === undefined ? undefined : obj(typed.items) }).toMatchObject(want);
}

function collectDecisions(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => collectDecisions(item, found));
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-decision' && typeof value === 'string') found.add(value);
      else collectDecisions(value, found);
    }
  return found;
}

const seedOp = at(doc.paths, SEED.path, SEED.method);
const jsonOf = (response: Node): Node => at(response, 'content', SEED.mediaType);

test('documents the seed operation under its full path with the fixed operationId and the seed file name', () => {
  expect(seedOp.operationId).toBe(SEED.operationId);
  expect(seedOp['x-seed']).toBe(SEED.file);
});

test.each(SEED.statuses)('documents status %s (%s) with the seed description and an application/json error or Job body', (status, reason, description) => {
  const response = at(seedOp, 'responses', status);
  expect(response.description).toBe(`${reason}: ${description}`);
  expect(Object.keys(obj(response.content))).toEqual([SEED.mediaType]);
  expect(obj(jsonOf(response).schema).type).toBe('object');
  expect(Object.keys(obj(jsonOf(response).examples)).length).toBeGreaterThan(0);
});

test('documents no status the seed does not list', () => {
  expect(Object.keys(obj(seedOp.responses)).sort()).toEqual(SEED.statuses.map(([s]) => s).sort());
});

test('takes the Action as an application/json request body', () => {
  expect(at(seedOp, 'requestBody').required).toBe(true);
  expect(Object.keys(at(seedOp, 'requestBody', 'content'))).toEqual([SEED.mediaType]);
});

test.each(SEED.actionFields)('reads request field Action.%s as seed type %s with the seed description', (field, seedType, description) => {
  expectField(at(seedOp, 'requestBody', 'content', SEED.mediaType, 'schema'), field, seedType, description);
});

test.each(SEED.jobFields)('answers Job.%s as seed type %s with the seed description', (field, seedType, description) => {
  expectField(jsonOf(at(seedOp, 'responses', '200')).schema, field, seedType, description);
});

test.each(SEED.keepAliveFields)('answers KeepAlive.%s as seed type %s with the seed description', (field, seedType, description) => {
  const job = obj(jsonOf(at(seedOp, 'responses', '200')).schema);
  expectField(at(job, 'properties', 'result', 'items'), field, seedType, description);
});

test('limits Job.state to the two values the seed lists', () => {
  expect(at(jsonOf(at(seedOp, 'responses', '200')).schema, 'properties', 'state').enum).toEqual(SEED.stateValues);
});

test.each(SEED.timestampExamples)('accepts the seed timestamp %s in created, updated and completed', (value) => {
  for (const field of ['created', 'updated', 'completed'])
    expect(validates(pointer('components', 'schemas', 'Job', 'properties', field), value)).toEqual([]);
});

test('rejects a timestamp without milliseconds or offset, as the seed format requires both', () => {
  expect(validates(pointer('components', 'schemas', 'Timestamp'), '2016-08-12T02:51:26+09:00')).not.toEqual([]);
  expect(validates(pointer('components', 'schemas', 'Timestamp'), '2016-08-12T02:51:26.371')).not.toEqual([]);
});

test('keeps the request example printed in the seed as the seed example, and it validates', () => {
  const content = at(seedOp, 'requestBody', 'content', SEED.mediaType);
  expect(at(content, 'examples', 'seed').summary).toBe('Example printed in the seed document');
  expect(at(content, 'examples', 'seed').value).toEqual(SEED.requestExample);
  const schema = pointer('paths', SEED.path, SEED.method, 'requestBody', 'content', SEED.mediaType, 'schema');
  expect(validates(schema, SEED.requestExample)).toEqual([]);
});

test('keeps the response example printed in the seed as the seed example of 200, and it validates', () => {
  const content = jsonOf(at(seedOp, 'responses', '200'));
  expect(at(content, 'examples', 'seed').summary).toBe('Example printed in the seed document');
  expect(at(content, 'examples', 'seed').value).toEqual(SEED.responseExample);
  const schema = pointer('paths', SEED.path, SEED.method, 'responses', '200', 'content', SEED.mediaType, 'schema');
  expect(validates(schema, SEED.responseExample)).toEqual([]);
});

test.each(SEED.responseHeaders)('documents the seed response header %s: %s on 200 as required', (name, value) => {
  const header = at(seedOp, 'responses', '200', 'headers', name);
  expect(header.required).toBe(true);
  expect(ajv.compile(obj(header.schema))(value)).toBe(true);
});

test('keeps the seed WWW-Authenticate value as the HSSO token example', () => {
  const header = at(seedOp, 'responses', '200', 'headers', 'WWW-Authenticate');
  expect(at(header, 'examples', 'seed').value).toBe(SEED.responseHeaders[1][1]);
});

test('names the authentication method in WWW-Authenticate on 401', () => {
  const header = at(seedOp, 'responses', '401', 'headers', 'WWW-Authenticate');
  expect(header.required).toBe(true);
  const accepts = ajv.compile(obj(header.schema));
  expect([accepts('Basic realm="Analytics"'), accepts('HSSO'), accepts('Bearer x')]).toEqual([true, true, false]);
});

test('accepts the seed Basic credentials and the HSSO token it answers as security schemes', () => {
  expect(seedOp.security).toEqual([{ BasicAuth: [] }, { HSSOAuth: [] }]);
  expect(at(doc.components, 'securitySchemes', 'BasicAuth')).toMatchObject({ type: 'http', scheme: 'basic' });
  expect(at(doc.components, 'securitySchemes', 'HSSOAuth')).toMatchObject({ type: 'http', scheme: 'HSSO' });
  expect(SEED.requestHeaderAuthorization.startsWith('Basic ')).toBe(true);
});

test('carries the seed execution permission list as x-required-roles', () => {
  expect(seedOp['x-required-roles']).toEqual(SEED.executionPermission);
});

test('answers every error in the vendor shape {errorSource, message, messageID, application}', () => {
  for (const [status] of SEED.statuses.filter(([s]) => s !== '200')) {
    const schema = obj(jsonOf(at(seedOp, 'responses', status)).schema);
    expect(schema.required).toEqual(['errorSource', 'message', 'messageID', 'application']);
  }
});

test('uses the messageID "generic error" for malformed JSON', () => {
  expect(at(jsonOf(at(seedOp, 'responses', '400')), 'examples', 'malformedJson', 'value').messageID).toBe('generic error');
});

test.each(COMPANIONS)('marks the companion %s %s (%s) with x-companion and x-source', (method, path, operationId) => {
  const op = at(doc.paths, path, method);
  expect(op.operationId).toBe(operationId);
  expect(op['x-companion']).toBe(true);
  expect(typeof op['x-source']).toBe('string');
  expect(String(op['x-source']).length).toBeGreaterThan(0);
  expect(op['x-required-roles']).toEqual(SEED.executionPermission);
  for (const [status, reason, description] of COMPANION_STATUSES)
    expect(at(op, 'responses', status).description).toBe(`${reason}: ${description}`);
});

test('holds only the seed operation and its companions', () => {
  const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
  const expected = [`${SEED.method} ${SEED.path}`, ...COMPANIONS.map(([m, p]) => `${m} ${p}`)];
  expect(operations.sort()).toEqual(expected.sort());
});

test('validates every named example against its schema', () => {
  const failures: string[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, opNode] of Object.entries(item)) {
      const op = obj(opNode);
      const bodies: [string[], Node][] = [];
      if (isObject(op.requestBody))
        for (const [type, c] of Object.entries(obj(op.requestBody.content))) bodies.push([['requestBody', 'content', type], obj(c)]);
      for (const [status, r] of Object.entries(obj(op.responses)))
        for (const [type, c] of Object.entries(obj(obj(r).content ?? {}))) bodies.push([['responses', status, 'content', type], obj(c)]);
      for (const [keys, content] of bodies)
        for (const [name, example] of Object.entries(obj(content.examples)))
          for (const error of validates(pointer('paths', path, method, ...keys, 'schema'), obj(example).value))
            failures.push(`${method} ${path} ${keys.join(' ')} ${name}: ${error}`);
    }
  expect(failures).toEqual([]);
});

test('lists every x-decision of the document under ## Decisions in info.description, and nothing else', () => {
  const description = String(doc.info.description);
  const section = description.split('## Decisions')[1] ?? '';
  const bullets = section.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim());
  const decisions = [...collectDecisions({ ...doc, info: { ...doc.info, description: '' } })];
  expect(decisions.length).toBeGreaterThan(0);
  expect(decisions.filter((d) => !bullets.includes(d))).toEqual([]);
  expect(bullets.filter((b) => !decisions.includes(b))).toEqual([]);
});
