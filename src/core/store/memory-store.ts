import { SessionExistsError, type SessionRecord, type SessionStore, type UpdateOutcome } from './session-store';
import { ShardedMap } from './sharded-map';

/** The default store: one process, maps in memory. Updates are atomic because `fn` runs synchronously. */
export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly byToken = new ShardedMap<string>();
  private sweeping: Iterator<SessionRecord> | undefined;

  insert<D>(record: SessionRecord<D>): Promise<void> {
    const key = sessionKey(record.api, record.id);
    if (this.sessions.has(key)) return Promise.reject(new SessionExistsError(record.api, record.id));
    this.write(key, undefined, record);
    return Promise.resolve();
  }

  put<D>(record: SessionRecord<D>): Promise<void> {
    const key = sessionKey(record.api, record.id);
    this.write(key, this.sessions.get(key) as SessionRecord<D> | undefined, record);
    return Promise.resolve();
  }

  get<D>(api: string, id: string): Promise<SessionRecord<D> | undefined> {
    return Promise.resolve(this.sessions.get(sessionKey(api, id)) as SessionRecord<D> | undefined);
  }

  findByToken<D>(api: string, tokenDigest: string): Promise<SessionRecord<D> | undefined> {
    const key = this.byToken.get(tokenKey(api, tokenDigest));
    return Promise.resolve(key === undefined ? undefined : (this.sessions.get(key) as SessionRecord<D> | undefined));
  }

  update<D, R>(api: string, id: string, fn: (current: SessionRecord<D> | undefined) => UpdateOutcome<D, R>): Promise<R> {
    const key = sessionKey(api, id);
    const current = this.sessions.get(key) as SessionRecord<D> | undefined;
    try {
      const { next, result } = fn(current);
      if (next) this.write(key, current, next);
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  delete(api: string, id: string): Promise<boolean> {
    const key = sessionKey(api, id);
    const current = this.sessions.get(key);
    if (!current) return Promise.resolve(false);
    for (const token of current.tokens) this.byToken.delete(tokenKey(api, token));
    this.sessions.delete(key);
    return Promise.resolve(true);
  }

  list(api?: string): Promise<SessionRecord[]> {
    const all = [...this.sessions.values()];
    return Promise.resolve(api === undefined ? all : all.filter((record) => record.api === api));
  }

  count(api?: string): Promise<number> {
    if (api === undefined) return Promise.resolve(this.sessions.size);
    let n = 0;
    for (const record of this.sessions.values()) if (record.api === api) n++;
    return Promise.resolve(n);
  }

  async sweep(before: number, limit: number): Promise<number> {
    let deleted = 0;
    for (let seen = 0; seen < limit; seen++) {
      this.sweeping ??= this.sessions.values();
      const next = this.sweeping.next();
      if (next.done) {
        this.sweeping = undefined;
        break;
      }
      const record = next.value;
      if (record.expires !== null && record.expires < before && (await this.delete(record.api, record.id))) deleted++;
    }
    return deleted;
  }

  async clear(api?: string): Promise<void> {
    if (api === undefined) {
      this.sessions.clear();
      this.byToken.clear();
      return;
    }
    for (const record of [...this.sessions.values()]) if (record.api === api) await this.delete(api, record.id);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  // Only the tokens that changed touch the index: an extend that swaps one token deletes one entry and adds one.
  private write<D>(key: string, previous: SessionRecord<D> | undefined, next: SessionRecord<D>): void {
    const before = previous?.tokens ?? [];
    if (before !== next.tokens) {
      const kept = lookup(next.tokens);
      for (const token of before) if (!kept(token)) this.byToken.delete(tokenKey(previous!.api, token));
      const had = lookup(before);
      for (const token of next.tokens) if (!had(token)) this.byToken.set(tokenKey(next.api, token), key);
    }
    this.sessions.set(key, next);
  }
}

/** Membership in a token list: a scan for the usual one or two tokens, a Set beyond that. */
function lookup(tokens: string[]): (token: string) => boolean {
  if (tokens.length <= 8) return (token) => tokens.includes(token);
  const set = new Set(tokens);
  return (token) => set.has(token);
}

function sessionKey(api: string, id: string): string {
  return `${api}\u0000${id}`;
}

function tokenKey(api: string, token: string): string {
  return `${api}\u0000${token}`;
}
