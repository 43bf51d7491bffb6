import type { Exchange, ScenarioContext } from '../../../contract/types';

export const basic = (user: string, password: string): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`,
});

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** The configured user's credentials, as login takes them (Basic, 23.26.1.0.1). */
export function userCredentials(t: ScenarioContext): Record<string, string> {
  return basic(t.credentials.username ?? '', t.credentials.password ?? '');
}

/** The token of a Login-shaped answer (login, extend); undefined when it carries none. */
export function tokenOf(t: ScenarioContext, exchange: Exchange): string | undefined {
  const token = t.json<{ token?: unknown }>(exchange).token;
  return typeof token === 'string' && token !== '' ? token : undefined;
}

/** A token the scenario cannot go on without: the exchange must be a 200 that carries one. */
export function requireToken(t: ScenarioContext, exchange: Exchange, what: string): string {
  t.require(exchange, 200, what);
  const token = tokenOf(t, exchange);
  if (token === undefined) throw new Error(`${exchange.step}: ${what} needs a token in the 200 body, but it carries none`);
  return token;
}

/** Logs the configured user in and answers the login exchange and its token. */
export async function logIn(t: ScenarioContext, step = 'login'): Promise<{ exchange: Exchange; token: string }> {
  const exchange = await t.send(step, { operationId: 'login', headers: userCredentials(t) });
  return { exchange, token: requireToken(t, exchange, 'logging in with the configured username and password') };
}

/** The `exp` claim (seconds) of the JWT-shaped token an exchange answered, for expiry_moves_forward. */
export function tokenExp(exchange: Exchange): number | undefined {
  const body = exchange.response.body as { token?: unknown } | undefined;
  const payload = typeof body?.token === 'string' ? body.token.split('.')[1] : undefined;
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp : undefined;
  } catch {
    return undefined;
  }
}

export { mockControls as controls, sendFaulted } from '../../../contract/scenario-helpers';

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
