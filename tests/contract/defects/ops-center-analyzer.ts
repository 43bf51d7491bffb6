import type { Answer, Defect } from '../../helpers/defects';

const ROOT = '/Analytics/v1/services/KeepAlive/actions';
const LIST = ROOT;
const INVOKE = `${ROOT}/submit/invoke`;

const at = (method: string, path: string) => (m: string, p: string) => m === method && p === path;
const onSuccess = (change: (answer: Answer) => Answer) => (answer: Answer) => (answer.status === 200 ? change(answer) : answer);
const withBody = (answer: Answer, fields: Record<string, unknown>): Answer => ({ ...answer, body: { ...(answer.body as object), ...fields } });
const withoutHeader = (answer: Answer, name: string): Answer => ({
  ...answer,
  headers: Object.fromEntries(Object.entries(answer.headers).filter(([key]) => key.toLowerCase() !== name)),
});
const basicUser = (authorization: string | undefined) => Buffer.from(/^Basic (\S+)$/.exec(authorization ?? '')?.[1] ?? '', 'base64').toString('utf8').split(':')[0];

/** A Job a server might answer for any request, with the headers of a success. */
function job(answer: Answer): Answer {
  const now = new Date().toISOString().replace('Z', '+00:00');
  const body = { instanceID: '43f90f1e-c0c3-41d1-a5dd-4666b2ba7c90', created: now, updated: now, completed: now, state: 'success', affectedResource: [], result: [{ timeToLive: 1000 }] };
  return { status: 200, headers: { ...answer.headers, 'WWW-Authenticate': 'HSSO 8113b75377dac59b7c48ee2b947b20d3bbc11f_YXZvNFIMehp3UB4jbmVyPGUgT3Q=_V0810' }, body };
}

export const opsCenterAnalyzerDefects: { defect: Defect; api: string; expectedChecks: string[]; mentions: string[] }[] = [
  {
    defect: { name: 'invoke drops WWW-Authenticate: HSSO', matches: at('POST', INVOKE), rewrite: onSuccess((a) => withoutHeader(a, 'www-authenticate')) },
    api: 'ops-center-analyzer',
    expectedChecks: ['headers_documented'],
    mentions: ['invokeKeepAlive', 'www-authenticate'],
  },
  {
    defect: {
      name: 'Job created after it completed',
      matches: at('POST', INVOKE),
      rewrite: onSuccess((a) => withBody(a, { created: new Date(Date.parse((a.body as { completed: string }).completed) + 1000).toISOString().replace('Z', '+00:00') })),
    },
    api: 'ops-center-analyzer',
    expectedChecks: ['job_well_formed'],
    mentions: ['invokeKeepAlive', '/created', 'no later than updated'],
  },
  {
    defect: { name: 'Job updated without milliseconds', matches: at('POST', INVOKE), rewrite: onSuccess((a) => withBody(a, { updated: (a.body as { updated: string }).updated.replace(/\.\d{3}/, '') })) },
    api: 'ops-center-analyzer',
    expectedChecks: ['body_matches_schema', 'job_well_formed'],
    mentions: ['invokeKeepAlive', '/updated'],
  },
  {
    defect: { name: 'list answers count as a string', matches: at('GET', LIST), rewrite: onSuccess((a) => withBody(a, { count: '1' })) },
    api: 'ops-center-analyzer',
    expectedChecks: ['body_matches_schema'],
    mentions: ['listKeepAliveActions', '/count'],
  },
  {
    defect: { name: 'invoke answers the undocumented 201', matches: at('POST', INVOKE), rewrite: onSuccess((a) => ({ ...a, status: 201 })) },
    api: 'ops-center-analyzer',
    expectedChecks: ['status_documented'],
    mentions: ['invokeKeepAlive', '201'],
  },
  {
    defect: { name: 'list answers Content-Type text/html', matches: at('GET', LIST), rewrite: onSuccess((a) => ({ ...withoutHeader(a, 'content-type'), headers: { ...withoutHeader(a, 'content-type').headers, 'content-type': 'text/html' } })) },
    api: 'ops-center-analyzer',
    expectedChecks: ['content_type_documented'],
    mentions: ['listKeepAliveActions', 'text/html'],
  },
  {
    defect: { name: 'error bodies drop application', matches: (_m, p) => p.startsWith('/Analytics/'), rewrite: (a) => (a.status >= 400 ? withBody(a, { application: undefined }) : a) },
    api: 'ops-center-analyzer',
    expectedChecks: ['error_body_in_vendor_shape'],
    mentions: ['invokeKeepAlive', 'application'],
  },
  {
    defect: {
      name: 'accepts any password of the configured user',
      matches: (_m, p) => p.startsWith(ROOT),
      rewriteRequestHeaders: (headers) => {
        if (basicUser(headers.authorization) === 'system') headers.authorization = `Basic ${Buffer.from('system:manager').toString('base64')}`;
      },
    },
    api: 'ops-center-analyzer',
    expectedChecks: ['unauthenticated_rejected'],
    mentions: ['listKeepAliveActions', 'prepareKeepAlive', 'invokeKeepAlive', 'a request without valid credentials was accepted'],
  },
  {
    // The off-by-one of `now <= expires`: a token idle for exactly 1000 s still works. Seen as a clock a second short.
    defect: { name: 'session outlives its 1000 s timeout by a second', matches: at('POST', '/__admin/clock'), rewriteRequestBody: (body) => ((body as { advance?: string }).advance === 'PT1000S' ? { advance: 'PT999S' } : body) },
    api: 'ops-center-analyzer',
    expectedChecks: ['expiry_enforced'],
    mentions: ['listKeepAliveActions', 'invokeKeepAlive', 'a credential past its lifetime was accepted'],
  },
  {
    defect: { name: 'invoke accepts a body that is not the submit action', matches: at('POST', INVOKE), rewrite: (a) => (a.status === 400 ? job(a) : a) },
    api: 'ops-center-analyzer',
    expectedChecks: ['malformed_rejected'],
    mentions: ['invokeKeepAlive', 'a malformed request was accepted'],
  },
];
