import { fromJson, toJson, type DescMessage, type JsonValue } from '@bufbuild/protobuf';
import { ConnectError, createClient, type Transport as RpcTransport } from '@connectrpc/connect';
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from '@connectrpc/connect-node';
import { ErrorDetailSchema } from '@zitadel/proto/zitadel/message_pb';
import { SessionService } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import type { ApiTarget } from '../../contract/config';
import { createRestTransport, type Transport } from '../../contract/rest-transport';
import type { Exchange, ReceivedResponse, RequestSpec, SentRequest } from '../../contract/types';
import type { SpecApi, SpecOperation } from '../../spec/types';
import { ERROR_DETAIL_TYPE, HTTP_STATUS_OF_CODE } from './errors';

import type { ZitadelTransportName } from './transport-names';

export { ZITADEL_TRANSPORTS, type ZitadelTransportName } from './transport-names';

type Json = Record<string, JsonValue>;
type Method = (typeof SessionService.method)[keyof typeof SessionService.method];

/** operationId -> the RPC method, and how a REST-shaped request (path, query, body) becomes its message in JSON. */
const OPERATIONS: Record<string, { method: Method; input: (request: RequestSpec) => Json }> = {
  createSession: { method: SessionService.method.createSession, input: (r) => body(r) },
  getSession: { method: SessionService.method.getSession, input: (r) => ({ sessionId: r.pathParams?.sessionId ?? '', ...(r.query?.sessionToken === undefined ? {} : { sessionToken: r.query.sessionToken }) }) },
  setSession: { method: SessionService.method.setSession, input: (r) => ({ ...body(r), sessionId: r.pathParams?.sessionId ?? '' }) },
  deleteSession: { method: SessionService.method.deleteSession, input: (r) => ({ ...body(r), sessionId: r.pathParams?.sessionId ?? '' }) },
  listSessions: { method: SessionService.method.listSessions, input: (r) => body(r) },
};

const body = (request: RequestSpec): Json => (request.body ?? {}) as Json;

/**
 * The contract suite's transport for ZITADEL over gRPC, gRPC-web or Connect: each scenario step (REST-shaped) is
 * sent as the matching SessionService call, and the answer is reported in REST terms (grpc-gateway's status for
 * the code, the protojson body or the error body with its ErrorDetail), so the same checks apply. Steps protobuf
 * cannot express (raw malformed bytes, a hand-made path) still go over REST.
 */
export function zitadelContractTransport(name: Exclude<ZitadelTransportName, 'rest'>) {
  return (target: ApiTarget, spec: SpecApi): Transport => {
    const rpc = rpcTransport(name, target);
    const rest = createRestTransport(spec, target);
    return async (step, request, operation) => {
      const call = OPERATIONS[operation.operationId];
      if (!call || request.rawBody !== undefined || request.path !== undefined) return rest(step, request, operation);
      const headers = { ...lower(target.headers), ...lower(request.headers ?? {}) };
      const sent: SentRequest = { method: 'POST', url: `${target.baseUrl}/${SessionService.typeName}/${call.method.name}`, headers, body: undefined };
      const started = performance.now();
      const response = await invoke(rpc, call.method, call.input(request), headers, sent, operation);
      return { api: spec.api, step, operationId: operation.operationId, request: sent, response, durationMs: performance.now() - started } satisfies Exchange;
    };
  };
}

function rpcTransport(name: Exclude<ZitadelTransportName, 'rest'>, target: ApiTarget): RpcTransport {
  const tls = { ca: target.http.ca, rejectUnauthorized: !target.http.insecure };
  const common = { baseUrl: target.baseUrl, defaultTimeoutMs: target.http.timeoutMs };
  // A short idle timeout lets the process exit soon after the last call instead of holding the h2 session open.
  if (name === 'grpc') return createGrpcTransport({ ...common, idleConnectionTimeoutMs: 1000, nodeOptions: tls });
  if (name === 'grpc-web') return createGrpcWebTransport({ ...common, httpVersion: '1.1', nodeOptions: tls });
  return createConnectTransport({ ...common, httpVersion: '1.1', nodeOptions: tls });
}

async function invoke(transport: RpcTransport, method: Method, input: Json, headers: Record<string, string>, sent: SentRequest, operation: SpecOperation): Promise<ReceivedResponse> {
  const client = createClient(SessionService, transport) as unknown as Record<string, (message: unknown, options: { headers: Record<string, string> }) => Promise<unknown>>;
  let message: unknown;
  try {
    message = fromJson(method.input as DescMessage, input);
  } catch (error) {
    return received(400, { code: 3, message: `the request cannot be encoded as ${method.input.typeName}: ${(error as Error).message}` });
  }
  sent.body = JSON.stringify(toJson(method.input as DescMessage, message as never));
  try {
    const output = await client[method.localName]!(message, { headers });
    const success = operation.documentedStatuses.find((status) => status >= 200 && status < 300) ?? 200;
    return received(success, toJson(method.output as DescMessage, output as never));
  } catch (error) {
    const failure = ConnectError.from(error);
    // As grpc-gateway's protojson writes it: an empty id and an empty details list are left out.
    const details = failure.findDetails(ErrorDetailSchema).map((detail) => ({ '@type': ERROR_DETAIL_TYPE, ...(detail.id ? { id: detail.id } : {}), message: detail.message }));
    const body = { code: failure.code, message: failure.rawMessage };
    return received(HTTP_STATUS_OF_CODE[failure.code] ?? 500, details.length > 0 ? { ...body, details } : body);
  }
}

function received(status: number, json: unknown): ReceivedResponse {
  const text = JSON.stringify(json);
  return { status, headers: { 'content-type': 'application/json' }, contentType: 'application/json', body: json, text };
}

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
