import type { CreateSessionInput, Details, ListSessionsInput, MetadataChanges, SearchQuery, Session, TimestampMethod } from './model/types';
import type { Checks } from './model/types';

/**
 * JSON <-> model, as grpc-gateway's protojson writes ZITADEL's messages: uint64 as decimal strings, timestamps as
 * RFC 3339 UTC with milliseconds, bytes as base64, Duration as "18000s". The request shapes are already validated.
 */
type Json = Record<string, unknown>;

export const timestamp = (ms: number): string => new Date(ms).toISOString();

/** A protobuf Duration in JSON ("18000s", "1.5s") in ms. */
export function parseLifetime(text: string): number {
  return Math.round(Number(text.slice(0, -1)) * 1000);
}

export function detailsJson(details: Details): Json {
  return { sequence: String(details.sequence), changeDate: timestamp(details.changeDate), resourceOwner: details.resourceOwner };
}

export function sessionJson(session: Session): Json {
  const factors: Json = {};
  const { user, password } = session.factors;
  if (user) factors.user = { ...user, verifiedAt: timestamp(user.verifiedAt) };
  if (password) factors.password = { verifiedAt: timestamp(password.verifiedAt) };
  // Built from entries so a key such as "__proto__" stays an ordinary property.
  const metadata = Object.fromEntries([...session.metadata].map(([key, bytes]) => [key, Buffer.from(bytes).toString('base64')]));
  const json: Json = {
    id: session.id,
    creationDate: timestamp(session.creationDate),
    changeDate: timestamp(session.changeDate),
    sequence: String(session.sequence),
    factors,
    metadata,
  };
  if (session.expirationDate !== undefined) json.expirationDate = timestamp(session.expirationDate);
  return json;
}

export function metadataChanges(metadata: unknown): MetadataChanges | undefined {
  if (metadata === undefined) return undefined;
  return new Map(Object.entries(metadata as Record<string, string>).map(([key, value]) => [key, Buffer.from(value, 'base64')]));
}

export function createInput(body: Json): CreateSessionInput {
  const input: CreateSessionInput = { checks: body.checks as Checks | undefined, metadata: metadataChanges(body.metadata) };
  if (typeof body.lifetime === 'string') input.lifetimeMs = parseLifetime(body.lifetime);
  return input;
}

const METHOD_PREFIX = 'TIMESTAMP_QUERY_METHOD_';

function searchQuery(query: Json): SearchQuery {
  if (query.idsQuery) return { ids: ((query.idsQuery as Json).ids as string[] | undefined) ?? [] };
  if (query.userIdQuery) return { userId: ((query.userIdQuery as Json).id as string | undefined) ?? '' };
  const byDate = query.creationDateQuery as Json;
  const method = ((byDate.method as string | undefined) ?? `${METHOD_PREFIX}EQUALS`).slice(METHOD_PREFIX.length) as TimestampMethod;
  return { creationDate: typeof byDate.creationDate === 'string' ? Date.parse(byDate.creationDate) : 0, method };
}

export function listInput(body: Json): ListSessionsInput {
  const query = (body.query ?? {}) as Json;
  return {
    offset: query.offset === undefined ? undefined : Number(query.offset),
    limit: query.limit as number | undefined,
    asc: query.asc as boolean | undefined,
    queries: ((body.queries ?? []) as Json[]).map(searchQuery),
  };
}
