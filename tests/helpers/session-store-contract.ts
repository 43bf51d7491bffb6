import type { SessionRecord, SessionStore } from '../../src/core/store/session-store';

const record = (id: string, tokens: string[] = [], api = 'vcda'): SessionRecord<{ n: number }> => ({
  api,
  id,
  user: 'alice',
  created: 1_000,
  expires: 2_000,
  state: 'active',
  tokens,
  data: { n: 0 },
});

/** One behaviour suite every SessionStore implementation must pass (memory today, Redis next). */
export function describeSessionStore(name: string, createStore: () => Promise<SessionStore>): void {
  describe(name, () => {
    let store: SessionStore;
    beforeEach(async () => {
      store = await createStore();
      await store.clear();
    });
    afterEach(async () => {
      await store.close();
    });

    test('gets a session back by api and id, and not under another api', async () => {
      await store.insert(record('s1'));
      expect((await store.get('vcda', 's1'))?.user).toBe('alice');
      expect(await store.get('zitadel', 's1')).toBeUndefined();
    });

    test('refuses to insert a second session with the same id', async () => {
      await store.insert(record('s1'));
      await expect(store.insert(record('s1'))).rejects.toThrow(/exists already/);
    });

    test('finds a session by any of its token digests', async () => {
      await store.insert(record('s1', ['t1', 't2']));
      expect((await store.findByToken('vcda', 't2'))?.id).toBe('s1');
      expect(await store.findByToken('vcda', 't3')).toBeUndefined();
      expect(await store.findByToken('zitadel', 't1')).toBeUndefined();
    });

    test('update replaces the token index: a dropped token no longer finds the session', async () => {
      await store.insert(record('s1', ['old']));
      await store.update<{ n: number }, void>('vcda', 's1', (current) => ({ next: { ...current!, tokens: ['new'] }, result: undefined }));
      expect(await store.findByToken('vcda', 'old')).toBeUndefined();
      expect((await store.findByToken('vcda', 'new'))?.id).toBe('s1');
    });

    test('update returns the function result and leaves the record when no next is given', async () => {
      await store.insert(record('s1'));
      const result = await store.update<{ n: number }, string>('vcda', 's1', (current) => ({ result: `seen ${current?.id}` }));
      expect(result).toBe('seen s1');
      expect((await store.get<{ n: number }>('vcda', 's1'))?.data.n).toBe(0);
    });

    test('update of an unknown session sees undefined', async () => {
      expect(await store.update('vcda', 'nope', (current) => ({ result: current === undefined }))).toBe(true);
    });

    test('concurrent updates of one session lose nothing', async () => {
      await store.insert(record('s1'));
      await Promise.all(
        Array.from({ length: 200 }, () =>
          store.update<{ n: number }, void>('vcda', 's1', (current) => ({ next: { ...current!, data: { n: current!.data.n + 1 } }, result: undefined })),
        ),
      );
      expect((await store.get<{ n: number }>('vcda', 's1'))?.data.n).toBe(200);
    });

    test('delete removes the session and its tokens', async () => {
      await store.insert(record('s1', ['t1']));
      expect(await store.delete('vcda', 's1')).toBe(true);
      expect(await store.get('vcda', 's1')).toBeUndefined();
      expect(await store.findByToken('vcda', 't1')).toBeUndefined();
      expect(await store.delete('vcda', 's1')).toBe(false);
    });

    test('put inserts or replaces a record and keeps its token index right', async () => {
      await store.put(record('s1', ['t1']));
      await store.put(record('s1', ['t2']));
      expect(await store.count()).toBe(1);
      expect(await store.findByToken('vcda', 't1')).toBeUndefined();
      expect((await store.findByToken('vcda', 't2'))?.id).toBe('s1');
    });

    test('clear(api) removes that API only, with its tokens', async () => {
      await store.insert(record('a', ['ta']));
      await store.insert(record('b', ['tb'], 'zitadel'));
      await store.clear('vcda');
      expect(await store.get('vcda', 'a')).toBeUndefined();
      expect(await store.findByToken('vcda', 'ta')).toBeUndefined();
      expect((await store.get('zitadel', 'b'))?.id).toBe('b');
    });

    test('sweep deletes sessions that expired before the instant, a bounded number per call, and nothing else', async () => {
      for (let i = 0; i < 5; i++) await store.insert({ ...record(`dead${i}`, [`t${i}`]), expires: 100 });
      await store.insert({ ...record('alive'), expires: 10_000 });
      await store.insert({ ...record('forever'), expires: null });
      let deleted = 0;
      for (let call = 0; call < 10; call++) deleted += await store.sweep(1_000, 2);
      expect(deleted).toBe(5);
      expect((await store.list()).map((r) => r.id).sort()).toEqual(['alive', 'forever']);
      expect(await store.findByToken('vcda', 't0')).toBeUndefined();
    });

    test('list and count filter by api', async () => {
      await store.insert(record('a'));
      await store.insert(record('b', [], 'zitadel'));
      expect((await store.list('vcda')).map((r) => r.id)).toEqual(['a']);
      expect(await store.count()).toBe(2);
      expect(await store.count('zitadel')).toBe(1);
    });

    test('an update function that throws changes nothing and rejects', async () => {
      await store.insert(record('s1'));
      await expect(store.update('vcda', 's1', () => { throw new Error('boom'); })).rejects.toThrow('boom');
      expect((await store.get<{ n: number }>('vcda', 's1'))?.data.n).toBe(0);
    });
  });
}
