/**
 * A string-keyed Map split into 64 smaller ones. A Map rehashes its whole table when inserts and deletes have used
 * it up; with a million entries that is one pause of tens of milliseconds in the middle of a request. Split, each
 * rehash touches 1/64 of the entries. Keys should end in something random (token digests do).
 */
export class ShardedMap<V> {
  private readonly shards = Array.from({ length: 64 }, () => new Map<string, V>());

  get(key: string): V | undefined {
    return this.shard(key).get(key);
  }

  set(key: string, value: V): void {
    this.shard(key).set(key, value);
  }

  delete(key: string): boolean {
    return this.shard(key).delete(key);
  }

  clear(): void {
    for (const shard of this.shards) shard.clear();
  }

  private shard(key: string): Map<string, V> {
    const n = key.length;
    return this.shards[(key.charCodeAt(n - 1) * 31 + key.charCodeAt(n - 2 < 0 ? 0 : n - 2)) & 63]!;
  }
}
