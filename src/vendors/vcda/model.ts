import type { SessionRecord, UpdateOutcome } from '../../core/store/session-store';

/** A site the session has authenticated with, as C4SessionDetails lists it. */
export interface SiteAuth {
  org: string;
  site: string;
}

export interface VcdaSessionData {
  roles: string[];
  authenticatedSites: SiteAuth[];
}

export type VcdaSession = SessionRecord<VcdaSessionData>;

/** The C4SessionDetails body, in the seed example's key order. */
export interface SessionDetails {
  authenticatedSites: SiteAuth[];
  roles: string[];
  user: string;
}

export interface NewSession {
  api: string;
  id: string;
  tokenDigest: string;
  user: string;
  roles: string[];
  authenticatedSites: SiteAuth[];
  /** When the session was last used; its idle timeout counts from here. */
  lastUsed: number;
  idleTimeoutMs: number;
}

export function startSession(input: NewSession): VcdaSession {
  return {
    api: input.api,
    id: input.id,
    user: input.user,
    created: input.lastUsed,
    expires: input.lastUsed + input.idleTimeoutMs,
    state: 'active',
    tokens: [input.tokenDigest],
    data: { roles: [...input.roles], authenticatedSites: input.authenticatedSites.map((auth) => ({ ...auth })) },
  };
}

export function stateAt(session: VcdaSession, now: number): 'active' | 'expired' | 'invalidated' {
  if (session.state === 'invalidated') return 'invalidated';
  return session.expires !== null && now >= session.expires ? 'expired' : 'active';
}

/** A successful request slides the idle timeout (vendors.md: 30 minutes of inactivity). */
export function touch(session: VcdaSession, now: number, idleTimeoutMs: number): VcdaSession {
  return { ...session, expires: now + idleTimeoutMs };
}

/** Extend: the site's new authentication replaces an earlier one for the same site in place, never sits beside it. */
export function attachSite(session: VcdaSession, auth: SiteAuth): VcdaSession {
  const current = session.data.authenticatedSites;
  const replaced = current.map((entry) => (entry.site === auth.site ? { ...auth } : entry));
  const authenticatedSites = current.some((entry) => entry.site === auth.site) ? replaced : [...current, { ...auth }];
  return { ...session, data: { ...session.data, authenticatedSites } };
}

/** Shrink: forgets the site's authentication, if any. */
export function forgetSite(session: VcdaSession, site: string): VcdaSession {
  return { ...session, data: { ...session.data, authenticatedSites: session.data.authenticatedSites.filter((entry) => entry.site !== site) } };
}

export function invalidate(session: VcdaSession): VcdaSession {
  return { ...session, state: 'invalidated' };
}

export function details(session: VcdaSession): SessionDetails {
  return {
    authenticatedSites: session.data.authenticatedSites.map((auth) => ({ org: auth.org, site: auth.site })),
    roles: [...session.data.roles],
    user: session.user,
  };
}

/**
 * The update function for `store.update`: applies `change` to a live session and slides its idle timeout; a
 * missing, expired or logged-out session stays as it is and answers undefined (401 NotAuthenticated).
 */
export function onLiveSession(now: number, idleTimeoutMs: number, change: (session: VcdaSession) => VcdaSession) {
  return (current: VcdaSession | undefined): UpdateOutcome<VcdaSessionData, VcdaSession | undefined> => {
    if (!current || stateAt(current, now) !== 'active') return { result: undefined };
    const next = touch(change(current), now, idleTimeoutMs);
    return { next, result: next };
  };
}
