import type { Exchange, ScenarioContext } from '../../../contract/types';

/** A well-formed session id (18 digits, as ZITADEL issues them) that names no session. */
export const UNKNOWN_SESSION_ID = '100000000000000001';

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** The PAT with session permissions that most steps authenticate with. */
export const withPat = (t: ScenarioContext): Record<string, string> => bearer(t.credentials.pat ?? '');

/** Metadata values are protobuf bytes, base64 in JSON. */
export const b64 = (text: string): string => Buffer.from(text).toString('base64');

export interface CreatedSession {
  exchange: Exchange;
  sessionId: string;
  sessionToken: string;
}

/** Creates a session (the scenario cannot go on without it) and answers its id and first token. */
export async function createSession(t: ScenarioContext, step: string, body: Record<string, unknown>): Promise<CreatedSession> {
  const exchange = await t.send(step, { operationId: 'createSession', headers: withPat(t), body });
  t.require(exchange, 201, 'creating a session with the configured PAT');
  const created = t.json<{ sessionId?: unknown; sessionToken?: unknown }>(exchange);
  const sessionId = typeof created.sessionId === 'string' ? created.sessionId : '';
  const sessionToken = typeof created.sessionToken === 'string' ? created.sessionToken : '';
  return { exchange, sessionId, sessionToken };
}

/** A user check for the configured test user. */
export const userCheck = (t: ScenarioContext) => ({ user: { loginName: t.credentials.loginName ?? '' } });

/** The sessionToken an answer carries (create, set). */
export function sessionToken(exchange: Exchange): string | undefined {
  const token = (exchange.response.body as { sessionToken?: unknown } | undefined)?.sessionToken;
  return typeof token === 'string' ? token : undefined;
}

/** The session's sequence: details.sequence on create and set, session.sequence on get. */
export function sequence(exchange: Exchange): string | undefined {
  const body = exchange.response.body as { details?: { sequence?: unknown }; session?: { sequence?: unknown } } | undefined;
  const value = body?.details?.sequence ?? body?.session?.sequence;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Deletes a session the scenario created, so a real instance is left as it was found.
 */
export async function cleanUp(t: ScenarioContext, session: CreatedSession): Promise<void> {
  await t.send('delete the session (clean up)', { operationId: 'deleteSession', headers: withPat(t), pathParams: { sessionId: session.sessionId } });
}

export { mockControls, withFault } from '../../../contract/scenario-helpers';
