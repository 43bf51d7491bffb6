import type { Answer, Defect } from '../../helpers/defects';
import { clockNeverMoves, isObject, setHeader, type DefectCase } from './catalogue';

const under = (path: string) => path === '/sessions' || path.startsWith('/sessions/');
const isExtend = (method: string, path: string) => method === 'POST' && path === '/sessions/extend';
const VND = 'application/vnd.vmware.h4-v4.x+json;charset=UTF-8';

/** Rewrites the body of every success answer under /sessions. */
function onSuccessBody(name: string, change: (body: Record<string, unknown>) => Record<string, unknown>): Defect {
  return {
    name,
    matches: (_method, path) => under(path),
    rewrite: (answer) => (answer.status < 300 && isObject(answer.body) ? { ...answer, body: change(answer.body) } : answer),
  };
}

/** Logout answers 204 for a live token but the mock only reads the session: the token keeps working. */
const logoutNoOp: Defect = {
  name: 'vcda: logout answers 204 but the session stays alive',
  matches: (method, path) => method === 'DELETE' && path === '/sessions',
  reroute: () => ({ method: 'GET' }),
  rewrite: (answer): Answer => (answer.status === 200 ? { status: 204, headers: setHeader(answer.headers, 'content-type', undefined), body: undefined } : answer),
};

const forgetsSite = onSuccessBody('vcda: extend answers 200 but the session forgets site2', (body) => ({
  ...body,
  authenticatedSites: Array.isArray(body.authenticatedSites) ? body.authenticatedSites.filter((entry) => !(isObject(entry) && entry.site === 'site2')) : body.authenticatedSites,
}));

const dropsToken: Defect = {
  name: 'vcda: login answers without the X-VCAV-Auth header',
  matches: (method, path) => method === 'POST' && path === '/sessions',
  rewrite: (answer) => ({ ...answer, headers: setHeader(answer.headers, 'X-VCAV-Auth', undefined) }),
};

const wrongContentType: Defect = {
  name: 'vcda: successes answer the versioned vnd media type instead of application/json;charset=UTF-8',
  matches: (_method, path) => under(path),
  rewrite: (answer) => (answer.status < 300 && answer.body !== undefined ? { ...answer, headers: setHeader(answer.headers, 'content-type', VND) } : answer),
};

const wrongErrorShape: Defect = {
  name: 'vcda: errors answer {code: <status>, message} instead of ApiError',
  matches: (_method, path) => under(path),
  rewrite: (answer) => (answer.status >= 400 && isObject(answer.body) ? { ...answer, body: { code: answer.status, message: answer.body.msg } } : answer),
};

const undocumentedStatus: Defect = {
  name: 'vcda: extend to an unknown site answers 422',
  matches: isExtend,
  rewrite: (answer) => (answer.status === 404 ? { ...answer, status: 422 } : answer),
};

const rolesAsString = onSuccessBody('vcda: roles is one comma-separated string', (body) => ({ ...body, roles: Array.isArray(body.roles) ? body.roles.join(',') : body.roles }));

const acceptsMalformed: Defect = {
  name: 'vcda: extend accepts a malformed body',
  matches: isExtend,
  rewrite: (answer) =>
    answer.status === 400 ? { ...answer, status: 200, body: { authenticatedSites: [{ org: 'Org1', site: 'site1' }], roles: ['EVERYONE'], user: 'admin1@Org1' } } : answer,
};

/** A request without X-VCAV-Auth is served as the fixtures' pre-issued session (a default-session fallback). */
const defaultSession: Defect = {
  name: 'vcda: a request without X-VCAV-Auth gets a default session',
  matches: (method, path) => under(path) && !(method === 'POST' && path === '/sessions'),
  rewriteRequestHeaders: (headers) => {
    headers['x-vcav-auth'] ??= '0a7c9e1d5b3f4a6c8e2d1f0b9a8c7e61';
  },
};

export const vcdaDefects: DefectCase[] = [
  { defect: logoutNoOp, api: 'vcda', expectedChecks: ['rejected_after_invalidate'], mentions: ['getSession', 'extendSession', 'shrinkSession', 'logout'] },
  { defect: forgetsSite, api: 'vcda', expectedChecks: ['site_attached'], mentions: ['extendSession', 'getSession', 'site2', '/authenticatedSites'] },
  { defect: dropsToken, api: 'vcda', expectedChecks: ['headers_documented'], mentions: ['login', 'x-vcav-auth'] },
  { defect: wrongContentType, api: 'vcda', expectedChecks: ['content_type_documented'], mentions: ['login', 'getSession', 'extendSession', VND, 'application/json;charset=UTF-8'], prismMisses: 'Prism matches any +json media type to application/json' },
  { defect: wrongErrorShape, api: 'vcda', expectedChecks: ['error_body_in_vendor_shape'], mentions: ['login', 'getSession', 'extendSession', '/code'] },
  { defect: clockNeverMoves('vcda: sessions never idle out'), api: 'vcda', expectedChecks: ['expiry_enforced'], mentions: ['getSession', 'extendSession', 'shrinkSession', 'logout'] },
  { defect: undocumentedStatus, api: 'vcda', expectedChecks: ['status_documented'], mentions: ['extendSession', '422'], prismMisses: 'Prism rates an undocumented error status a warning, not an error' },
  { defect: rolesAsString, api: 'vcda', expectedChecks: ['body_matches_schema'], mentions: ['login', 'getSession', '/roles'] },
  { defect: defaultSession, api: 'vcda', expectedChecks: ['unauthenticated_rejected'], mentions: ['getSession', 'extendSession', 'shrinkSession'] },
  { defect: acceptsMalformed, api: 'vcda', expectedChecks: ['malformed_rejected'], mentions: ['extendSession'] },
];
