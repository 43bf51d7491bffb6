import type { Answer, Defect } from '../../helpers/defects';
import { clockNeverMoves, isObject, setHeader, type DefectCase } from './catalogue';

const under = (path: string) => path === '/v2/sessions' || path.startsWith('/v2/sessions/');
const isCreate = (method: string, path: string) => method === 'POST' && path === '/v2/sessions';
const byId = (path: string) => path.startsWith('/v2/sessions/') && path !== '/v2/sessions/search';

/** Rewrites the body of every success answer of the Session Service. */
function onSuccessBody(name: string, change: (body: Record<string, unknown>) => Record<string, unknown>): Defect {
  return {
    name,
    matches: (_method, path) => under(path),
    rewrite: (answer) => (answer.status < 300 && isObject(answer.body) ? { ...answer, body: change(answer.body) } : answer),
  };
}

/** Changes `details` and `session` of a body (the objects that carry sequence and changeDate). */
function inDetails(change: (part: Record<string, unknown>) => Record<string, unknown>) {
  return (body: Record<string, unknown>) => {
    const next = { ...body };
    for (const key of ['details', 'session']) if (isObject(next[key])) next[key] = change(next[key]);
    return next;
  };
}

/**
 * Set answers the request's own token instead of a new one. The mock still rotates, so the defect maps the token
 * the client keeps using onto the mock's current one on later requests: the server stays consistent, and a token
 * that should be dead keeps working.
 */
function noRotation(): Defect {
  const current = new Map<string, string>();
  let sent: string | undefined;
  const mapped = (token: string) => current.get(token) ?? token;
  return {
    name: 'zitadel: set keeps the session token (no rotation)',
    matches: (_method, path) => byId(path),
    rewriteQuery: (query) => {
      const token = query.get('sessionToken');
      if (token !== null) query.set('sessionToken', mapped(token));
    },
    rewriteRequestBody: (body) => {
      sent = isObject(body) && typeof body.sessionToken === 'string' ? body.sessionToken : undefined;
      return sent === undefined || !isObject(body) ? body : { ...body, sessionToken: mapped(sent) };
    },
    rewrite: (answer, request): Answer => {
      if (request.method !== 'PATCH' || answer.status !== 200 || sent === undefined || !isObject(answer.body)) return answer;
      if (typeof answer.body.sessionToken === 'string') current.set(sent, answer.body.sessionToken);
      return { ...answer, body: { ...answer.body, sessionToken: sent } };
    },
  };
}

/** Delete answers 200, yet the session can still be read: the defect serves the last read of it again. */
function deleteKeepsSession(): Defect {
  const lastRead = new Map<string, Answer>();
  const deleted = new Set<string>();
  return {
    name: 'zitadel: delete answers 200 but the session can still be read',
    matches: (_method, path) => byId(path),
    rewrite: (answer, request) => {
      const id = request.path.split('/')[3] ?? '';
      if (request.method === 'GET' && answer.status === 200) lastRead.set(id, answer);
      if (request.method === 'DELETE' && answer.status === 200) deleted.add(id);
      const kept = lastRead.get(id);
      return request.method === 'GET' && answer.status === 404 && deleted.has(id) && kept ? kept : answer;
    },
  };
}

const createAnswers200: Defect = {
  name: 'zitadel: create answers 200 (as ZITADEL\'s generated OpenAPI prints) instead of 201',
  matches: isCreate,
  rewrite: (answer) => (answer.status === 201 ? { ...answer, status: 200 } : answer),
};

const wrongErrorShape: Defect = {
  name: 'zitadel: errors answer an OAuth-style {error, error_description}',
  matches: (_method, path) => under(path),
  rewrite: (answer) => (answer.status >= 400 && isObject(answer.body) ? { ...answer, body: { error: 'invalid_request', error_description: answer.body.message } } : answer),
};

const GRPC_WEB_JSON = 'application/grpc-web+json';
const wrongContentType: Defect = {
  name: 'zitadel: successes answer application/grpc-web+json',
  matches: (_method, path) => under(path),
  rewrite: (answer) => (answer.status < 300 && answer.body !== undefined ? { ...answer, headers: setHeader(answer.headers, 'content-type', GRPC_WEB_JSON) } : answer),
};

const acceptsMalformed: Defect = {
  name: 'zitadel: create accepts a request that breaks the message constraints',
  matches: isCreate,
  rewrite: (answer) => {
    const invalid = answer.status === 400 && isObject(answer.body) && String(answer.body.message).startsWith('invalid ');
    const details = { sequence: '2', changeDate: new Date().toISOString(), resourceOwner: '69629023906488334' };
    return invalid ? { ...answer, status: 201, body: { details, sessionId: '100000000000000002', sessionToken: 'accepted-anyway' } } : answer;
  },
};

/** A request without Authorization is served as the fixtures' login client (a default-credentials fallback). */
const defaultCaller: Defect = {
  name: 'zitadel: a request without Authorization acts as the login client',
  matches: (_method, path) => under(path),
  rewriteRequestHeaders: (headers) => {
    headers.authorization ??= 'Bearer zitadel-login-client-pat';
  },
};

export const zitadelDefects: DefectCase[] = [
  { defect: noRotation(), api: 'zitadel', expectedChecks: ['token_rotated', 'old_token_rejected'], mentions: ['setSession', 'getSession', 'sessionToken'] },
  { defect: onSuccessBody('zitadel: sequence frozen at 2', inDetails((part) => ({ ...part, sequence: '2' }))), api: 'zitadel', expectedChecks: ['sequence_increases'], mentions: ['setSession', 'getSession', 'sequence'] },
  { defect: deleteKeepsSession(), api: 'zitadel', expectedChecks: ['rejected_after_invalidate'], mentions: ['getSession'] },
  { defect: createAnswers200, api: 'zitadel', expectedChecks: ['status_documented'], mentions: ['createSession', 'success status 200 is covered only by default'] },
  { defect: wrongErrorShape, api: 'zitadel', expectedChecks: ['error_body_in_vendor_shape'], mentions: ['createSession', 'getSession', 'setSession', 'deleteSession', 'listSessions', '/code'] },
  { defect: wrongContentType, api: 'zitadel', expectedChecks: ['content_type_documented'], mentions: ['createSession', 'setSession', 'getSession', GRPC_WEB_JSON], prismMisses: 'Prism matches any +json media type to application/json' },
  { defect: clockNeverMoves('zitadel: a session lifetime never runs out'), api: 'zitadel', expectedChecks: ['expiry_enforced'], mentions: ['setSession'] },
  { defect: onSuccessBody('zitadel: details.changeDate left out', inDetails((part) => Object.fromEntries(Object.entries(part).filter(([key]) => key !== 'changeDate')))), api: 'zitadel', expectedChecks: ['body_matches_schema'], mentions: ['createSession', 'setSession', 'changeDate'] },
  { defect: defaultCaller, api: 'zitadel', expectedChecks: ['unauthenticated_rejected'], mentions: ['createSession', 'getSession', 'setSession', 'deleteSession', 'listSessions'] },
  { defect: acceptsMalformed, api: 'zitadel', expectedChecks: ['malformed_rejected'], mentions: ['createSession'] },
];
