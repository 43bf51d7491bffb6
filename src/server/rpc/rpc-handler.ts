import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DescMethod, DescService } from '@bufbuild/protobuf';
import { createContextValues, type ConnectRouter } from '@connectrpc/connect';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import type { MockState, VendorHost } from '../mock-state';
import { kRawRequest } from './context';
import { createRpcCallWrapper } from './rpc-call';

export interface RpcHandler {
  /** Whether a path is a procedure of a served vendor's RPC service. */
  owns(path: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

type Wrap = ReturnType<typeof createRpcCallWrapper>;
type AnyImpl = Parameters<Wrap>[2];

/**
 * One Connect adapter for every vendor's RPC services: gRPC (HTTP/2), gRPC-web and Connect (HTTP/1.1 and HTTP/2).
 * Undefined when no served vendor has any.
 */
export function createRpcHandler(state: MockState): RpcHandler | undefined {
  const hosts = [...state.vendors.values()].filter((host) => host.runtime.rpc !== undefined);
  if (hosts.length === 0) return undefined;
  const prefixes = hosts.flatMap((host) => host.runtime.rpc!.pathPrefixes);
  const wrap = createRpcCallWrapper(state);
  const adapter = connectNodeAdapter({
    routes: (router) => {
      for (const host of hosts) host.runtime.rpc!.routes(wrappingRouter(router, host, wrap));
    },
    contextValues: (req) => createContextValues().set(kRawRequest, req as IncomingMessage),
  });
  return {
    owns: (path) => prefixes.some((prefix) => path.startsWith(prefix)),
    handle: (req, res) => adapter(req, res),
  };
}

/** A router that registers a vendor's implementations with the core's per-call wrapper around each method. */
function wrappingRouter(router: ConnectRouter, host: VendorHost, wrap: Wrap): ConnectRouter {
  const wrapped: ConnectRouter = {
    get handlers() {
      return router.handlers;
    },
    service(service: DescService, implementation: Record<string, unknown>, options) {
      const methods = service.method;
      const impls = Object.fromEntries(Object.entries(implementation).map(([name, impl]) => [name, methods[name] ? wrap(host, methods[name], impl as AnyImpl) : impl]));
      router.service(service, impls as never, options);
      return wrapped;
    },
    rpc(method: DescMethod, impl: unknown, options) {
      router.rpc(method, wrap(host, method, impl as AnyImpl) as never, options);
      return wrapped;
    },
  };
  return wrapped;
}
