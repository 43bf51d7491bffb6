import type { Exchange, ScenarioContext } from '../../../contract/types';

export const basic = (user: string, password: string): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`,
});

export const hsso = (token: string): Record<string, string> => ({ authorization: `HSSO ${token}` });

/** The configured user's Basic credentials, which open an HSSO session on any call. */
export function userCredentials(t: ScenarioContext): Record<string, string> {
  return basic(t.credentials.username ?? '', t.credentials.password ?? '');
}

/** The submit Action as the seed prints it (001_c39cb08b7efa28f3.txt); invoke checks only name and method. */
export const SUBMIT_ACTION = {
  name: 'submit',
  href: 'http://localhost:22015/Analytics/v1/services/KeepAlive/actions/submit/invoke',
  method: 'POST',
  type: 'application/json',
  parameters: [],
};

/** The HSSO token a success names in `WWW-Authenticate: HSSO <token>`; the scenario cannot go on without it. */
export function requireHsso(t: ScenarioContext, exchange: Exchange, what: string): string {
  t.require(exchange, 200, what);
  const token = /^HSSO (\S+)$/.exec(exchange.response.headers['www-authenticate'] ?? '')?.[1];
  if (token === undefined) throw new Error(`${exchange.step}: ${what} needs "WWW-Authenticate: HSSO <token>" on the 200, but it carries none`);
  return token;
}

/** Invokes KeepAlive with Basic credentials (opening a session) and answers the exchange and its HSSO token. */
export async function openByInvoke(t: ScenarioContext, step = 'invoke KeepAlive with Basic credentials'): Promise<{ exchange: Exchange; token: string }> {
  const exchange = await t.send(step, { operationId: 'invokeKeepAlive', headers: userCredentials(t), body: SUBMIT_ACTION });
  return { exchange, token: requireHsso(t, exchange, 'opening an HSSO session with the configured user') };
}

/** When the session runs out, as a Job tells it: `completed` plus `timeToLive` seconds (ms since the epoch). */
export function jobExpiry(exchange: Exchange): number | undefined {
  const job = exchange.response.body as { completed?: unknown; result?: { timeToLive?: unknown }[] } | undefined;
  const completed = typeof job?.completed === 'string' ? Date.parse(job.completed) : NaN;
  const ttl = Array.isArray(job?.result) ? job.result[0]?.timeToLive : undefined;
  return Number.isFinite(completed) && typeof ttl === 'number' ? completed + ttl * 1000 : undefined;
}

export { mockControls as controls, sendFaulted } from '../../../contract/scenario-helpers';

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
