import { fromJson, type DescMethodUnary, type JsonValue, type Message } from '@bufbuild/protobuf';
import { Code, ConnectError } from '@connectrpc/connect';
import { ErrorDetailSchema } from '@zitadel/proto/zitadel/message_pb';
import { GRPC_CODE_OF_HTTP_STATUS } from '../../../core/rpc-codes';
import type { VendorResponse } from '../../../core/vendor';
import { ZitadelError } from '../model/errors';

/**
 * A ZITADEL error as connect-go sends it (vendors.md): the English "<text> (<id>)" as the status message and a
 * zitadel.v1.ErrorDetail{id, message}; connect-node encodes both per protocol.
 */
export function toConnectError(error: ZitadelError): ConnectError {
  const details = error.key ? [{ desc: ErrorDetailSchema, value: { id: error.id, message: error.text } }] : [];
  return new ConnectError(error.message, error.code, undefined, details);
}

/** Model errors become ConnectErrors; anything else stays a crash (connect-node answers Internal). */
export function rethrow(error: unknown): never {
  throw error instanceof ZitadelError ? toConnectError(error) : error;
}

interface RestErrorBody {
  code?: number;
  message?: string;
  details?: { id?: string; message?: string }[];
}

/** A REST answer the core decided on (fault, Prefer, unavailable) as the RPC answers it. */
export function fromVendorResponse(method: DescMethodUnary, response: VendorResponse): Message | ConnectError {
  if (response.status >= 200 && response.status < 300) return fromJson(method.output, (response.body ?? {}) as JsonValue, { ignoreUnknownFields: true });
  const body = (response.body ?? {}) as RestErrorBody;
  const code = typeof body.code === 'number' && body.code > 0 ? (body.code as Code) : (GRPC_CODE_OF_HTTP_STATUS[response.status] ?? Code.Unknown);
  const detail = body.details?.[0];
  const details = detail ? [{ desc: ErrorDetailSchema, value: { id: detail.id ?? '', message: detail.message ?? '' } }] : [];
  return new ConnectError(body.message ?? `HTTP ${response.status}`, code, undefined, details);
}
