import type { SessionRecord, UpdateOutcome } from '../../core/store/session-store';
import { appendIssued, findIssued, issuedLog, type IssuedLog, type IssuedToken } from './issued-log';

export type { IssuedToken } from './issued-log';

export interface VeridataSessionData {
  userId: number;
  /** Role names as the fixtures print them, fixed when the session started. */
  roles: string[];
  /** Every token the session issued, each with its own expiry. */
  issued: IssuedLog;
}

/**
 * `tokens` (what the store indexes) holds the session's first token and its newest one, so an extend changes two
 * index entries however often the session was extended. A token in between still opens the session: it names the
 * session in its signed `sid` claim, and `issued` knows its expiry (auth.ts).
 */
export type VeridataSession = SessionRecord<VeridataSessionData>;

export type TokenRefusal = 'tokenInvalid' | 'tokenExpired' | 'sessionInvalidated';
export type TokenCheck = { ok: true } | { ok: false; refusal: TokenRefusal };

export interface NewSession {
  api: string;
  id: string;
  user: string;
  userId: number;
  roles: string[];
  token: IssuedToken;
}

export function openSession(input: NewSession): VeridataSession {
  return {
    api: input.api,
    id: input.id,
    user: input.user,
    created: input.token.issued,
    expires: input.token.expires,
    state: 'active',
    tokens: [input.token.digest],
    data: { userId: input.userId, roles: [...input.roles], issued: issuedLog(input.token) },
  };
}

/** Whether the token with this digest still opens the session at `now`. */
export function checkToken(session: VeridataSession | undefined, digest: string, now: number): TokenCheck {
  const token = session && findIssued(session.data.issued, digest);
  if (!session || !token) return { ok: false, refusal: 'tokenInvalid' };
  // 002_a37f00870c2dbca3.txt: invalidate ends the session, so every token of it is refused from then on.
  if (session.state === 'invalidated') return { ok: false, refusal: 'sessionInvalidated' };
  // 000_bc046bcfc83e86d4.txt: "Token expiration is 1 hour", counted per token from its own issue.
  if (now >= token.expires) return { ok: false, refusal: 'tokenExpired' };
  return { ok: true };
}

/** Extend: the session gains a new token; the presented one stays valid until its own expiry. */
export function extend(session: VeridataSession | undefined, presented: string, next: IssuedToken, now: number): UpdateOutcome<VeridataSessionData, TokenCheck> {
  const check = checkToken(session, presented, now);
  if (!check.ok || !session) return { result: check };
  // session.expires is always the latest expiry of its tokens, so the new one needs no walk over all of them
  // (a spread of every expiry into Math.max also overflows the stack past ~100k tokens).
  const expires = session.expires === null ? next.expires : Math.max(session.expires, next.expires);
  return {
    next: { ...session, expires, tokens: [session.tokens[0]!, next.digest], data: { ...session.data, issued: appendIssued(session.data.issued, next) } },
    result: check,
  };
}

/** Invalidate: the whole session ends, with every token it issued. */
export function invalidate(session: VeridataSession | undefined, presented: string, now: number): UpdateOutcome<VeridataSessionData, TokenCheck> {
  const check = checkToken(session, presented, now);
  if (!check.ok || !session) return { result: check };
  return { next: { ...session, state: 'invalidated' }, result: check };
}

