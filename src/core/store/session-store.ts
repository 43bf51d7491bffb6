/**
 * A session as every store keeps it. `expires` is data (an instant on the virtual clock, checked on read by the
 * vendor), never a store TTL. `tokens` are digests of the credentials that lead to this session (see
 * core/tokens.ts tokenDigest); the store keeps an index from each to the session. `data` belongs to the vendor.
 */
export interface SessionRecord<D = unknown> {
  api: string;
  id: string;
  user: string;
  created: number;
  expires: number | null;
  state: 'active' | 'invalidated';
  tokens: string[];
  data: D;
}

/** What an update function returns: the next record to store (or none, to leave it as it is) and a result. */
export interface UpdateOutcome<D, R> {
  next?: SessionRecord<D>;
  result: R;
}

/**
 * The state behind every vendor. All methods are async so a shared store (Redis) fits the same interface.
 * `update` is atomic per session: `fn` sees the current record and nothing else writes it in between; `fn` must be
 * a pure, synchronous function of its input, because a shared store may run it again after a conflict.
 */
export interface SessionStore {
  insert<D>(record: SessionRecord<D>): Promise<void>;
  /** Inserts or replaces a record as it is (fixtures seeding: idempotent, so instances sharing a store can seed). */
  put<D>(record: SessionRecord<D>): Promise<void>;
  get<D>(api: string, id: string): Promise<SessionRecord<D> | undefined>;
  findByToken<D>(api: string, tokenDigest: string): Promise<SessionRecord<D> | undefined>;
  update<D, R>(api: string, id: string, fn: (current: SessionRecord<D> | undefined) => UpdateOutcome<D, R>): Promise<R>;
  delete(api: string, id: string): Promise<boolean>;
  list(api?: string): Promise<SessionRecord[]>;
  count(api?: string): Promise<number>;
  /**
   * Deletes up to `limit` sessions whose expiry is before `before`, resuming where the previous call stopped, and
   * answers how many it deleted. Only long-dead sessions are swept this way; expiry itself is checked on read.
   */
  sweep(before: number, limit: number): Promise<number>;
  /** Removes every session of `api` (every session at all when no api is given). */
  clear(api?: string): Promise<void>;
  close(): Promise<void>;
}

export class SessionExistsError extends Error {
  constructor(api: string, id: string) {
    super(`a ${api} session with id ${id} exists already`);
  }
}
