import type { ConnectRouter, HandlerContext } from '@connectrpc/connect';
import { SessionService as SessionServiceDesc } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import { readAuthorization } from '../../../core/http-auth';
import type { Directory } from '../model/directory';
import type { SessionService } from '../model/service';
import type { Caller } from '../model/types';
import { rethrow } from './errors';
import { createInputOf, listInputOf, setInputOf } from './requests';
import { createResponse, detailsMessage, listResponse, sessionMessage, setResponse } from './responses';
import type { RpcValidation } from './validate';

/** `authorization: Bearer <PAT>` metadata -> the caller, as the REST handlers authenticate. */
function callerOf(directory: Directory, context: HandlerContext): Caller {
  const authorization = readAuthorization({ authorization: context.requestHeader.get('authorization') ?? undefined });
  return directory.authenticate(authorization?.scheme === 'bearer' && authorization.value !== '' ? authorization.value : undefined, authorization !== undefined);
}

/** zitadel.session.v2.SessionService over the transport-neutral model: the REST handlers' twin. */
export function sessionServiceRoutes(service: SessionService, directory: Directory, validate: RpcValidation) {
  const call = async <T>(context: HandlerContext, run: (caller: Caller) => Promise<T>): Promise<T> => {
    try {
      return await run(callerOf(directory, context));
    } catch (error) {
      return rethrow(error);
    }
  };
  return (router: ConnectRouter): void => {
    router.service(SessionServiceDesc, {
      createSession: (request, context) =>
        call(context, async (caller) => {
          validate.checks('CreateSessionRequest', request.checks);
          return createResponse(await service.createSession(caller, createInputOf(request)));
        }),
      getSession: (request, context) =>
        call(context, async (caller) => {
          validate.sessionRef('GetSessionRequest', request);
          return { session: sessionMessage(await service.getSession(caller, { sessionId: request.sessionId, sessionToken: request.sessionToken })) };
        }),
      setSession: (request, context) =>
        call(context, async (caller) => {
          validate.sessionRef('SetSessionRequest', { sessionId: request.sessionId, sessionToken: request.sessionToken === '' ? undefined : request.sessionToken });
          validate.checks('SetSessionRequest', request.checks);
          return setResponse(await service.setSession(caller, setInputOf(request)));
        }),
      deleteSession: (request, context) =>
        call(context, async (caller) => {
          validate.sessionRef('DeleteSessionRequest', request);
          return { details: detailsMessage(await service.deleteSession(caller, { sessionId: request.sessionId, sessionToken: request.sessionToken })) };
        }),
      listSessions: (request, context) => call(context, async (caller) => listResponse(await service.listSessions(caller, listInputOf(request)))),
    });
  };
}
