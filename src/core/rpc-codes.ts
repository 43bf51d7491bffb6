import { Code } from '@connectrpc/connect';

/** The gRPC code an RPC answers where REST would answer an HTTP status (a fault or Prefer naming a status). */
export const GRPC_CODE_OF_HTTP_STATUS: Readonly<Record<number, Code>> = {
  400: Code.InvalidArgument,
  401: Code.Unauthenticated,
  403: Code.PermissionDenied,
  404: Code.NotFound,
  409: Code.Aborted,
  412: Code.FailedPrecondition,
  429: Code.ResourceExhausted,
  500: Code.Internal,
  501: Code.Unimplemented,
  503: Code.Unavailable,
  504: Code.DeadlineExceeded,
};
