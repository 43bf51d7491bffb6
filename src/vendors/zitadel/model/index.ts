/** The transport-neutral ZITADEL session model: what REST handlers use today and a gRPC layer will use later. */
export { SessionService, type SessionServiceDeps } from './service';
export { Directory } from './directory';
export { ZitadelError, ERROR_CATALOGUE, zitadelError, invalidArgument, type ErrorCaseName } from './errors';
export type * from './types';
