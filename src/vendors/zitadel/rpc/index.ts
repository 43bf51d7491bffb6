import { SessionService as SessionServiceDesc } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import type { VendorRpc } from '../../../core/vendor';
import type { Directory } from '../model/directory';
import type { SessionService } from '../model/service';
import { fromVendorResponse } from './errors';
import { sessionServiceRoutes } from './service';
import { createRpcValidation } from './validate';
import type { SpecApi } from '../../../spec/types';

/** RPC method name -> the spec's operationId, so faults, Prefer and the journal treat both transports alike. */
const OPERATION_OF_METHOD: Readonly<Record<string, string>> = {
  CreateSession: 'createSession',
  GetSession: 'getSession',
  SetSession: 'setSession',
  DeleteSession: 'deleteSession',
  ListSessions: 'listSessions',
};

/** ZITADEL's Session Service over gRPC, gRPC-web and Connect, from the published @zitadel/proto descriptors. */
export function createZitadelRpc(service: SessionService, directory: Directory, spec: SpecApi): VendorRpc {
  return {
    routes: sessionServiceRoutes(service, directory, createRpcValidation(spec)),
    operationId: (method) => (method.parent.typeName === SessionServiceDesc.typeName ? OPERATION_OF_METHOD[method.name] : undefined),
    fromVendorResponse,
  };
}
