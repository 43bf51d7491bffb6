import { ConnectError, type Client, type Transport } from '@connectrpc/connect';
import { createConnectTransport } from '@connectrpc/connect-node';
import { NewAuthorizationBearerInterceptor } from '@zitadel/client';
import { createServerTransport } from '@zitadel/client/node';
import { createSessionServiceClient } from '@zitadel/client/v2';
import { createClientTransport } from '@zitadel/client/web';
import { ErrorDetailSchema } from '@zitadel/proto/zitadel/message_pb';
import type { SessionService } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import { PAT } from '../zitadel/helpers';

export type SessionClient = Client<typeof SessionService>;

/** The official client's three ways in: gRPC over h2c, gRPC-web and Connect (both over HTTP/1.1). */
export const TRANSPORTS: Record<string, (baseUrl: string, token: string) => Transport> = {
  grpc: (baseUrl, token) => createServerTransport(token, { baseUrl }),
  'grpc-web': (baseUrl, token) => createClientTransport(token, { baseUrl }),
  connect: (baseUrl, token) => createConnectTransport({ baseUrl, httpVersion: '1.1', interceptors: [NewAuthorizationBearerInterceptor(token)] }),
};

export const TRANSPORT_NAMES = Object.keys(TRANSPORTS);

export function sessionClient(transport: string, baseUrl: string, token: string = PAT): SessionClient {
  return createSessionServiceClient(TRANSPORTS[transport]!(baseUrl, token));
}

/** The ConnectError a call fails with, its code and its zitadel.v1.ErrorDetail id. */
export async function failure(call: Promise<unknown>): Promise<{ code: number; message: string; detailId: string | undefined }> {
  try {
    await call;
  } catch (error) {
    const connectError = ConnectError.from(error);
    return { code: connectError.code, message: connectError.rawMessage, detailId: connectError.findDetails(ErrorDetailSchema)[0]?.id };
  }
  throw new Error('the call succeeded');
}

export const byLoginName = (loginName: string) => ({ user: { search: { case: 'loginName' as const, value: loginName } } });
