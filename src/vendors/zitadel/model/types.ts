import type { Permission } from '../fixtures';

/** The authenticated principal of a call, whichever transport carried its bearer token. */
export interface Caller {
  id: string;
  name: string;
  permissions: ReadonlySet<Permission>;
}

/** Metadata as stored: key -> base64 of the value's bytes, as entries so any key (even `__proto__`) is plain data. */
export type StoredMetadata = ReadonlyArray<readonly [string, string]>;

/** A session's own state (the `data` of its SessionRecord): plain JSON values, so any store can keep it. */
export interface SessionState {
  /** Count of the session's events so far. */
  sequence: number;
  /** When the last event happened (ms on the virtual clock). */
  changeDate: number;
  /** tokenDigest() of the current session token; older tokens stop working when it changes. */
  tokenDigest: string;
  user?: { id: string; verifiedAt: number };
  password?: { verifiedAt: number };
  metadata: StoredMetadata;
}

export interface UserCheck {
  userId?: string;
  loginName?: string;
}

export interface Checks {
  user?: UserCheck;
  password?: { password: string };
}

/** Metadata changes as a request carries them: key -> bytes; empty bytes delete the key. */
export type MetadataChanges = ReadonlyMap<string, Uint8Array>;

export interface CreateSessionInput {
  checks?: Checks;
  metadata?: MetadataChanges;
  /** Lifetime in ms; absent or 0: the session does not expire. */
  lifetimeMs?: number;
}

export interface SetSessionInput {
  sessionId: string;
  sessionToken?: string;
  checks?: Checks;
  metadata?: MetadataChanges;
}

export interface SessionRef {
  sessionId: string;
  sessionToken?: string;
}

export type TimestampMethod = 'EQUALS' | 'GREATER' | 'GREATER_OR_EQUALS' | 'LESS' | 'LESS_OR_EQUALS';

export type SearchQuery = { ids: string[] } | { userId: string } | { creationDate: number; method: TimestampMethod };

export interface ListSessionsInput {
  offset?: number;
  limit?: number;
  /** Default: descending by creation date. */
  asc?: boolean;
  /** Combined with a logical AND. */
  queries: SearchQuery[];
}

/** Times are ms on the virtual clock; the transport formats them. */
export interface Details {
  sequence: number;
  changeDate: number;
  resourceOwner: string;
}

export interface UserFactor {
  verifiedAt: number;
  id: string;
  loginName: string;
  displayName: string;
  organizationId: string;
}

export interface Session {
  id: string;
  creationDate: number;
  changeDate: number;
  sequence: number;
  factors: { user?: UserFactor; password?: { verifiedAt: number } };
  metadata: Map<string, Uint8Array>;
  expirationDate?: number;
}

export interface CreateSessionResult {
  details: Details;
  sessionId: string;
  sessionToken: string;
}

export interface SetSessionResult {
  details: Details;
  /** The new token, or the request's own when nothing changed (empty when the request sent none). */
  sessionToken: string;
}

export interface ListSessionsResult {
  totalResult: number;
  processedSequence: number;
  timestamp: number;
  sessions: Session[];
}
