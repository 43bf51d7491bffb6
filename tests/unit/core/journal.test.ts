import { Journal } from '../../../src/core/journal';

const draft = (path: string, api: string | null = 'vcda') => ({ time: '2030-01-01T00:00:00.000Z', api, operationId: null, method: 'GET', path, query: '', headers: {}, body: undefined });

test('lists entries newest first', () => {
  const journal = new Journal(10);
  journal.record(draft('/a'));
  journal.record(draft('/b'));
  expect(journal.list().map((entry) => entry.path)).toEqual(['/b', '/a']);
});

test('keeps only the newest entries past its capacity', () => {
  const journal = new Journal(3);
  for (const path of ['/1', '/2', '/3', '/4', '/5']) journal.record(draft(path));
  expect(journal.list().map((entry) => entry.path)).toEqual(['/5', '/4', '/3']);
});

test('filters by api and limits the count', () => {
  const journal = new Journal(10);
  journal.record(draft('/a', 'vcda'));
  journal.record(draft('/b', 'zitadel'));
  journal.record(draft('/c', 'vcda'));
  expect(journal.list({ api: 'vcda' }).map((entry) => entry.path)).toEqual(['/c', '/a']);
  expect(journal.list({ limit: 1 }).map((entry) => entry.path)).toEqual(['/c']);
});

test('clear empties it', () => {
  const journal = new Journal(2);
  journal.record(draft('/a'));
  journal.clear();
  expect(journal.list()).toEqual([]);
});
