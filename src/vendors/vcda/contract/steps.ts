import type { Exchange, ScenarioContext } from '../../../contract/types';

/** A site name no deployment pairs with: extend answers 404 SiteNotFound for it, shrink 400 BadUserInput. */
export const UNKNOWN_SITE = 'session-double-no-such-site';

/** The header that carries the session token both ways (vendors.md: login answers it, later calls send it). */
export const auth = (token: string): Record<string, string> => ({ 'X-VCAV-Auth': token });

/** The login body for the configured user (login type vcdCredentials). */
export function loginBody(t: ScenarioContext, password = t.credentials.password): Record<string, string> {
  return { type: 'vcdCredentials', vcdUser: t.credentials.user ?? '', vcdPassword: password ?? '' };
}

/**
 * Logs in and answers the X-VCAV-Auth token. Without the header nothing else can be checked, so the scenario
 * stops there (headers_documented has already reported the missing header on the login exchange).
 */
export async function login(t: ScenarioContext, step = 'login'): Promise<string> {
  const exchange = await t.send(step, { operationId: 'login', body: loginBody(t) });
  t.require(exchange, 200, 'logging in with the configured user');
  const token = exchange.response.headers['x-vcav-auth'];
  if (!token) throw new Error(`${step}: login answered 200 without the X-VCAV-Auth header, so no later request can authenticate`);
  return token;
}

/** Extend bodies for the remote site, one per credential type the seed shows. */
export function extendBodies(t: ScenarioContext): Record<'credentials' | 'cookie' | 'vcdAccessToken', Record<string, string>> {
  const site = t.credentials.remoteSite ?? '';
  return {
    credentials: { type: 'credentials', site, vcdUsername: t.credentials.remoteUser ?? '', vcdPassword: t.credentials.remotePassword ?? '' },
    cookie: { type: 'cookie', site, cookie: t.credentials.remoteCookie ?? '' },
    vcdAccessToken: { type: 'vcdAccessToken', site, vcdAccessToken: t.credentials.remoteAccessToken ?? '' },
  };
}

/** The site names a C4SessionDetails body lists as authenticated (for site_attached). */
export function authenticatedSites(exchange: Exchange): string[] | undefined {
  const body = exchange.response.body as { authenticatedSites?: unknown } | undefined;
  if (!body || !Array.isArray(body.authenticatedSites)) return undefined;
  return body.authenticatedSites.flatMap((entry: unknown) => {
    const site = (entry as { site?: unknown } | null)?.site;
    return typeof site === 'string' ? [site] : [];
  });
}

export { mockControls, withFault } from '../../../contract/scenario-helpers';
