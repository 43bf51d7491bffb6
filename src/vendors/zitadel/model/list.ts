import type { ZitadelRecord } from './session-view';
import type { ListSessionsInput, SearchQuery, TimestampMethod } from './types';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const COMPARE: Record<TimestampMethod, (a: number, b: number) => boolean> = {
  EQUALS: (a, b) => a === b,
  GREATER: (a, b) => a > b,
  GREATER_OR_EQUALS: (a, b) => a >= b,
  LESS: (a, b) => a < b,
  LESS_OR_EQUALS: (a, b) => a <= b,
};

export function matchesQuery(record: ZitadelRecord, query: SearchQuery): boolean {
  if ('ids' in query) return query.ids.includes(record.id);
  if ('userId' in query) return record.data.user?.id === query.userId;
  return COMPARE[query.method](record.created, query.creationDate);
}

/** The live sessions matching every query, sorted by creation date (descending unless asc), and their page. */
export function searchSessions(records: ZitadelRecord[], input: ListSessionsInput): { total: number; page: ZitadelRecord[] } {
  const matched = records.filter((record) => record.state === 'active' && input.queries.every((query) => matchesQuery(record, query)));
  const direction = input.asc ? 1 : -1;
  matched.sort((a, b) => direction * (a.created - b.created || a.id.localeCompare(b.id)));
  const limit = Math.min(input.limit || DEFAULT_LIMIT, MAX_LIMIT);
  const offset = input.offset ?? 0;
  return { total: matched.length, page: matched.slice(offset, offset + limit) };
}
