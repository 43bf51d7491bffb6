import type { SessionRecord } from './store/session-store';
import type { SessionView } from './vendor';

/** How the admin API shows a stored session at `now`: expiry is data on the record, checked here on read. */
export function sessionView(record: SessionRecord, now: number): SessionView {
  const expired = record.expires !== null && record.expires <= now;
  return {
    api: record.api,
    id: record.id,
    user: record.user,
    created: new Date(record.created).toISOString(),
    expires: record.expires === null ? null : new Date(record.expires).toISOString(),
    state: record.state === 'invalidated' ? 'invalidated' : expired ? 'expired' : 'active',
  };
}
