import { create } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { DetailsSchema, ListDetailsSchema, type Details as DetailsMessage } from '@zitadel/proto/zitadel/object/v2/object_pb';
import { SessionSchema, type Session as SessionMessage } from '@zitadel/proto/zitadel/session/v2/session_pb';
import {
  CreateSessionResponseSchema,
  ListSessionsResponseSchema,
  SetSessionResponseSchema,
  type CreateSessionResponse,
  type ListSessionsResponse,
  type SetSessionResponse,
} from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import type { CreateSessionResult, Details, ListSessionsResult, Session, SetSessionResult } from '../model/types';

/** The model's results -> protobuf response messages (times are ms on the virtual clock). */

export function detailsMessage(details: Details): DetailsMessage {
  return create(DetailsSchema, { sequence: BigInt(details.sequence), changeDate: timestampFromMs(details.changeDate), resourceOwner: details.resourceOwner });
}

export function sessionMessage(session: Session): SessionMessage {
  const { user, password } = session.factors;
  return create(SessionSchema, {
    id: session.id,
    creationDate: timestampFromMs(session.creationDate),
    changeDate: timestampFromMs(session.changeDate),
    sequence: BigInt(session.sequence),
    factors: {
      user: user ? { ...user, verifiedAt: timestampFromMs(user.verifiedAt) } : undefined,
      password: password ? { verifiedAt: timestampFromMs(password.verifiedAt) } : undefined,
    },
    metadata: Object.fromEntries(session.metadata),
    expirationDate: session.expirationDate === undefined ? undefined : timestampFromMs(session.expirationDate),
  });
}

export function createResponse(result: CreateSessionResult): CreateSessionResponse {
  return create(CreateSessionResponseSchema, { details: detailsMessage(result.details), sessionId: result.sessionId, sessionToken: result.sessionToken });
}

export function setResponse(result: SetSessionResult): SetSessionResponse {
  return create(SetSessionResponseSchema, { details: detailsMessage(result.details), sessionToken: result.sessionToken });
}

export function listResponse(result: ListSessionsResult): ListSessionsResponse {
  return create(ListSessionsResponseSchema, {
    details: create(ListDetailsSchema, {
      totalResult: BigInt(result.totalResult),
      processedSequence: BigInt(result.processedSequence),
      timestamp: timestampFromMs(result.timestamp),
    }),
    sessions: result.sessions.map(sessionMessage),
  });
}
