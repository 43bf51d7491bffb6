import { setTimeout as sleep } from 'node:timers/promises';
import { create, isMessage, toJson, type DescMethod, type DescMethodUnary, type Message, type MessageInitShape } from '@bufbuild/protobuf';
import { Code, ConnectError, type HandlerContext } from '@connectrpc/connect';
import { codeToHttpStatus, errorToJson } from '@connectrpc/connect/protocol-connect';
import type { JournalEntry, RpcCall } from '../../core/journal';
import type { VendorRpc } from '../../core/vendor';
import type { MockState, VendorHost } from '../mock-state';
import { createInjectStage } from '../stages/inject';
import { kRawRequest } from './context';

/** A unary implementation: it may answer an init object, which Connect turns into the message. */
type Unary = (request: Message, context: HandlerContext) => Promise<Message | MessageInitShape<DescMethodUnary['output']>>;

/**
 * Wraps a vendor's unary method the way the REST pipeline wraps a request: journal, then `prefer: code=NNN`, admin
 * faults and availability (by the operationId the vendor names), then the vendor's implementation.
 */
export function createRpcCallWrapper(state: MockState) {
  const inject = createInjectStage(state);
  return function wrap(host: VendorHost, rpc: VendorRpc, method: DescMethod, implementation: Unary): Unary {
    const operationId = method.methodKind === 'unary' ? rpc.operationId(method as DescMethodUnary) : undefined;
    if (operationId === undefined) return implementation;
    const operation = host.spec.operation(operationId);
    const unary = method as DescMethodUnary;
    return async (request, context) => {
      const started = performance.now();
      const entry = record(state, host, operationId, unary, request, context);
      try {
        const injection = inject(host, operation, context.requestHeader.get('prefer') ?? undefined);
        if (injection) entry.injected = injection.reason;
        if (injection?.delayMs) await sleep(injection.delayMs, undefined, { ref: false });
        if (injection?.drop) {
          context.values.get(kRawRequest)?.socket.destroy();
          throw new ConnectError(`connection dropped by ${injection.reason}`, Code.Unavailable);
        }
        const outcome = injection?.response ? rpc.fromVendorResponse(unary, injection.response) : await implementation(request, context);
        if (outcome instanceof ConnectError) throw outcome;
        const message = isMessage(outcome, unary.output) ? outcome : create(unary.output, outcome);
        finish(entry, started, 'ok', 200, toJson(unary.output, message));
        return message;
      } catch (caught) {
        const error = ConnectError.from(caught);
        const json = errorToJson(error, undefined);
        finish(entry, started, typeof json.code === 'string' ? json.code : 'unknown', codeToHttpStatus(error.code), json);
        throw error;
      }
    };
  };
}

function record(state: MockState, host: VendorHost, operationId: string, method: DescMethodUnary, request: Message, context: HandlerContext): JournalEntry {
  const url = new URL(context.url, 'http://rpc');
  const entry = state.journal.record({
    time: new Date(state.clock.now()).toISOString(),
    api: host.module.name,
    operationId,
    method: context.requestMethod,
    path: url.pathname,
    query: url.search.slice(1),
    headers: Object.fromEntries(context.requestHeader.entries()),
    body: toJson(method.input, request),
  });
  entry.rpc = { protocol: protocolOf(context.requestHeader.get('content-type')), service: method.parent.typeName, method: method.name, code: '' };
  return entry;
}

function finish(entry: JournalEntry, started: number, code: string, status: number, body: unknown): void {
  entry.rpc!.code = code;
  entry.response = { status, headers: {}, body };
  entry.durationMs = performance.now() - started;
}

function protocolOf(contentType: string | null): RpcCall['protocol'] {
  if (contentType?.startsWith('application/grpc-web')) return 'grpc-web';
  if (contentType?.startsWith('application/grpc')) return 'grpc';
  return 'connect';
}
