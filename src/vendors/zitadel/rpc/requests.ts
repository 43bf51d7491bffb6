import { timestampMs, type Duration } from '@bufbuild/protobuf/wkt';
import { Code, ConnectError } from '@connectrpc/connect';
import { TimestampQueryMethod } from '@zitadel/proto/zitadel/object/v2/object_pb';
import type { SearchQuery as SearchQueryMessage } from '@zitadel/proto/zitadel/session/v2/session_pb';
import type { Checks as ChecksMessage, CreateSessionRequest, ListSessionsRequest, SetSessionRequest } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import type { Checks, CreateSessionInput, ListSessionsInput, MetadataChanges, SearchQuery, SetSessionInput, TimestampMethod } from '../model/types';

/** Protobuf request messages -> the model's inputs. Unset proto3 strings arrive as "" and mean "absent". */

const METHODS: Readonly<Record<TimestampQueryMethod, TimestampMethod>> = {
  [TimestampQueryMethod.EQUALS]: 'EQUALS',
  [TimestampQueryMethod.GREATER]: 'GREATER',
  [TimestampQueryMethod.GREATER_OR_EQUALS]: 'GREATER_OR_EQUALS',
  [TimestampQueryMethod.LESS]: 'LESS',
  [TimestampQueryMethod.LESS_OR_EQUALS]: 'LESS_OR_EQUALS',
};

const UNMOCKED_CHECKS = ['webAuthN', 'idpIntent', 'totp', 'otpSms', 'otpEmail'] as const;

export function checksOf(message: ChecksMessage | undefined): Checks | undefined {
  if (!message) return undefined;
  const unmocked = UNMOCKED_CHECKS.filter((name) => message[name] !== undefined);
  if (unmocked.length > 0) throw new ConnectError(`session-double mocks the user and password checks only, not ${unmocked.join(', ')}`, Code.Unimplemented);
  const checks: Checks = {};
  const search = message.user?.search;
  if (search?.case === 'userId') checks.user = { userId: search.value };
  else if (search?.case === 'loginName') checks.user = { loginName: search.value };
  if (message.password) checks.password = { password: message.password.password };
  return checks;
}

export function metadataOf(metadata: Record<string, Uint8Array>): MetadataChanges | undefined {
  const entries = Object.entries(metadata);
  return entries.length === 0 ? undefined : new Map(entries);
}

function durationMs(duration: Duration): number {
  return Number(duration.seconds) * 1000 + Math.round(duration.nanos / 1e6);
}

export function createInputOf(request: CreateSessionRequest): CreateSessionInput {
  const input: CreateSessionInput = { checks: checksOf(request.checks), metadata: metadataOf(request.metadata) };
  if (request.lifetime) input.lifetimeMs = durationMs(request.lifetime);
  return input;
}

export function setInputOf(request: SetSessionRequest): SetSessionInput {
  // SetSessionRequest.session_token is a plain proto3 string: empty is how a client leaves it out.
  return { sessionId: request.sessionId, sessionToken: request.sessionToken === '' ? undefined : request.sessionToken, checks: checksOf(request.checks), metadata: metadataOf(request.metadata) };
}

function searchQueryOf(message: SearchQueryMessage): SearchQuery {
  const { query } = message;
  if (query.case === 'idsQuery') return { ids: query.value.ids };
  if (query.case === 'userIdQuery') return { userId: query.value.id };
  if (query.case === 'creationDateQuery') {
    const { creationDate, method } = query.value;
    return { creationDate: creationDate ? timestampMs(creationDate) : 0, method: METHODS[method] ?? 'EQUALS' };
  }
  throw new ConnectError(`session-double searches sessions by ids, user id and creation date only, not by ${query.case ?? 'an empty query'}`, query.case ? Code.Unimplemented : Code.InvalidArgument);
}

export function listInputOf(request: ListSessionsRequest): ListSessionsInput {
  const { query } = request;
  return {
    offset: query ? Number(query.offset) : undefined,
    limit: query?.limit || undefined,
    asc: query?.asc,
    queries: request.queries.map(searchQueryOf),
  };
}
