import type { SessionRecord } from '../../../core/store/session-store';
import type { Directory } from './directory';
import type { Details, MetadataChanges, Session, SessionState, StoredMetadata } from './types';

export type ZitadelRecord = SessionRecord<SessionState>;

export function detailsOf(state: SessionState, directory: Directory): Details {
  return { sequence: state.sequence, changeDate: state.changeDate, resourceOwner: directory.instanceId };
}

/** A stored session as GetSession and ListSessions answer it. */
export function sessionOf(record: ZitadelRecord, directory: Directory): Session {
  const { data } = record;
  const user = data.user ? directory.user(data.user.id) : undefined;
  const session: Session = {
    id: record.id,
    creationDate: record.created,
    changeDate: data.changeDate,
    sequence: data.sequence,
    factors: {},
    metadata: new Map(data.metadata.map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  };
  if (data.user && user) {
    session.factors.user = { verifiedAt: data.user.verifiedAt, id: user.id, loginName: user.loginName, displayName: user.displayName, organizationId: user.organizationId };
  }
  if (data.password) session.factors.password = { verifiedAt: data.password.verifiedAt };
  if (record.expires !== null) session.expirationDate = record.expires;
  return session;
}

export function storedMetadata(changes: MetadataChanges): StoredMetadata {
  return [...changes.entries()].map(([key, bytes]) => [key, Buffer.from(bytes).toString('base64')] as const);
}
