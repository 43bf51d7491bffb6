import type { Answer, Defect } from '../../helpers/defects';

const LOGIN = '/veridata/v1/auth/login';
const EXTEND = '/veridata/v1/session/extend';
const INVALIDATE = '/veridata/v1/session/invalidate';

const at = (method: string, ...paths: string[]) => (m: string, p: string) => m === method && paths.includes(p);
const bearerOf = (authorization: string | undefined) => /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? '';
const errCodeOf = (answer: Answer) => (answer.body as { errCode?: string } | undefined)?.errCode;
const withoutHeader = (answer: Answer, name: string): Answer => ({
  ...answer,
  headers: Object.fromEntries(Object.entries(answer.headers).filter(([key]) => key.toLowerCase() !== name)),
});

type Request = Parameters<NonNullable<Defect['rewrite']>>[1];

/** What a careless server answers instead of a refusal: GET login or extend a Login body (with the token it was given), else nothing. */
function acceptInstead(answer: Answer, request: Request): Answer {
  const loginShaped = request.method === 'GET' && (request.path === LOGIN || request.path === EXTEND);
  const body = loginShaped ? { roles: ['ADMINISTRATOR'], token: bearerOf(request.headers.authorization) || 'eyJ.eyJ.sig', userId: 1004 } : undefined;
  return { ...answer, status: 200, body };
}

const basicUser = (authorization: string | undefined) => Buffer.from(/^Basic (\S+)$/.exec(authorization ?? '')?.[1] ?? '', 'base64').toString('utf8').split(':')[0];

/** Answers 200 instead of the 401 that carries `errCode`. */
function acceptsRefusal(name: string, errCode: string): Defect {
  return {
    name,
    matches: (m, p) => m === 'GET' && (p === EXTEND || p === INVALIDATE),
    rewrite: (answer, request) => (errCodeOf(answer) === errCode ? acceptInstead(answer, request) : answer),
  };
}

export const veridataDefects: { defect: Defect; api: string; expectedChecks: string[]; mentions: string[] }[] = [
  {
    defect: { name: 'login drops Login.token', matches: at('GET', LOGIN), rewrite: (a) => (a.status === 200 ? { ...a, body: { ...(a.body as object), token: undefined } } : a) },
    api: 'veridata',
    expectedChecks: ['body_matches_schema'],
    mentions: ['login', '/token'],
  },
  {
    defect: { name: 'extend answers userId as a string', matches: at('GET', EXTEND), rewrite: (a) => (a.status === 200 ? { ...a, body: { ...(a.body as object), userId: '1004' } } : a) },
    api: 'veridata',
    expectedChecks: ['body_matches_schema'],
    mentions: ['extendSession', '/userId'],
  },
  {
    defect: { name: 'invalidate answers the undocumented 204', matches: at('GET', INVALIDATE), rewrite: (a) => (a.status === 200 ? { ...a, status: 204 } : a) },
    api: 'veridata',
    expectedChecks: ['status_documented'],
    mentions: ['invalidateSession', '204'],
  },
  {
    defect: { name: 'login answers Content-Type text/plain', matches: at('GET', LOGIN), rewrite: (a) => (a.status === 200 ? { ...a, headers: { ...a.headers, 'content-type': 'text/plain; charset=utf-8' } } : a) },
    api: 'veridata',
    expectedChecks: ['content_type_documented'],
    mentions: ['login', 'text/plain'],
  },
  {
    defect: { name: 'refusals answer {error} instead of the Error body', matches: (_m, p) => p.startsWith('/veridata/'), rewrite: (a) => (a.status === 401 && a.body !== undefined ? { ...a, body: { error: 'Unauthorized' } } : a) },
    api: 'veridata',
    expectedChecks: ['error_body_in_vendor_shape'],
    mentions: ['login', 'extendSession', 'errCode'],
  },
  {
    defect: {
      name: 'login accepts any password of the configured user',
      matches: at('GET', LOGIN),
      rewriteRequestHeaders: (headers) => {
        if (basicUser(headers.authorization) === 'veridata') headers.authorization = `Basic ${Buffer.from('veridata:Welcome@123').toString('base64')}`;
      },
    },
    api: 'veridata',
    expectedChecks: ['unauthenticated_rejected'],
    mentions: ['login', 'a request without valid credentials was accepted'],
  },
  { defect: acceptsRefusal('accepts a token after invalidate', 'OGGV-00008'), api: 'veridata', expectedChecks: ['rejected_after_invalidate'], mentions: ['extendSession', 'invalidateSession', 'a credential of an invalidated session was accepted'] },
  { defect: acceptsRefusal('ignores token expiry', 'OGGV-00007'), api: 'veridata', expectedChecks: ['expiry_enforced'], mentions: ['extendSession', 'invalidateSession', 'a credential past its lifetime was accepted'] },
  {
    defect: {
      name: 'extend answers the token it was given (the expiry stays)',
      matches: at('GET', EXTEND),
      rewrite: (a, request) => (a.status === 200 ? { ...a, body: { ...(a.body as object), token: bearerOf(request.headers.authorization) } } : a),
    },
    api: 'veridata',
    expectedChecks: ['expiry_moves_forward'],
    mentions: ['extendSession', 'token exp did not move forward'],
  },
  {
    defect: { name: 'accepts a body that is not valid JSON', matches: (_m, p) => p === LOGIN || p === EXTEND || p === INVALIDATE, rewrite: (a, request) => (a.status === 400 ? acceptInstead(a, request) : a) },
    api: 'veridata',
    expectedChecks: ['malformed_rejected'],
    mentions: ['login', 'loginChallenge', 'extendSession', 'invalidateSession', 'a malformed request was accepted'],
  },
  {
    defect: { name: 'login 401 drops WWW-Authenticate-Custom', matches: (_m, p) => p === LOGIN, rewrite: (a) => (a.status === 401 ? withoutHeader(a, 'www-authenticate-custom') : a) },
    api: 'veridata',
    expectedChecks: ['headers_documented'],
    mentions: ['login', 'loginChallenge', 'www-authenticate-custom'],
  },
];
