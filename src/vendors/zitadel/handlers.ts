import type { Handler, VendorRequest, VendorResponse } from '../../core/vendor';
import { errorResponse } from './errors';
import { createInput, detailsJson, listInput, metadataChanges, sessionJson } from './json';
import { ZitadelError } from './model/errors';
import type { SessionService } from './model/service';
import type { Caller, Checks } from './model/types';

type Json = Record<string, unknown>;

const bodyOf = (request: VendorRequest): Json => (request.body ?? {}) as Json;
const tokenOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The model's errors become grpc-gateway answers; anything else is a crash for the core's 500. */
function rest(run: (request: VendorRequest, caller: Caller) => Promise<VendorResponse>): Handler<Caller> {
  return async (request, caller) => {
    try {
      return await run(request, caller);
    } catch (error) {
      if (error instanceof ZitadelError) return errorResponse(error);
      throw error;
    }
  };
}

/** One handler per operationId: JSON in, a model call, JSON out. */
export function createHandlers(service: SessionService): Record<string, Handler<Caller>> {
  return {
    createSession: rest(async (request, caller) => {
      const created = await service.createSession(caller, createInput(bodyOf(request)));
      return { status: 201, body: { details: detailsJson(created.details), sessionId: created.sessionId, sessionToken: created.sessionToken } };
    }),
    getSession: rest(async (request, caller) => {
      const sessionToken = request.query.get('sessionToken') ?? undefined;
      const session = await service.getSession(caller, { sessionId: request.pathParams.sessionId!, sessionToken });
      return { status: 200, body: { session: sessionJson(session) } };
    }),
    setSession: rest(async (request, caller) => {
      const body = bodyOf(request);
      const input = { sessionId: request.pathParams.sessionId!, sessionToken: tokenOf(body.sessionToken), checks: body.checks as Checks | undefined, metadata: metadataChanges(body.metadata) };
      const set = await service.setSession(caller, input);
      return { status: 200, body: { details: detailsJson(set.details), sessionToken: set.sessionToken } };
    }),
    deleteSession: rest(async (request, caller) => {
      const details = await service.deleteSession(caller, { sessionId: request.pathParams.sessionId!, sessionToken: tokenOf(bodyOf(request).sessionToken) });
      return { status: 200, body: { details: detailsJson(details) } };
    }),
    listSessions: rest(async (request, caller) => {
      const found = await service.listSessions(caller, listInput(bodyOf(request)));
      const details = { totalResult: String(found.totalResult), processedSequence: String(found.processedSequence), timestamp: new Date(found.timestamp).toISOString() };
      return { status: 200, body: { details, sessions: found.sessions.map(sessionJson) } };
    }),
  };
}
