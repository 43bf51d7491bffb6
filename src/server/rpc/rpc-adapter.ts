import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DescMethod, DescService } from '@bufbuild/protobuf';
import { createContextValues, type ConnectRouter } from '@connectrpc/connect';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import type { VendorRpc } from '../../core/vendor';
import type { MockState, VendorHost } from '../mock-state';
import { kRawRequest } from './context';
import { createRpcCallWrapper } from './rpc-call';

type Wrap = ReturnType<typeof createRpcCallWrapper>;
type AnyImpl = Parameters<Wrap>[3];

/**
 * One Connect adapter for every vendor's RPC services: gRPC (HTTP/2), gRPC-web and Connect (HTTP/1.1 and HTTP/2).
 * Loaded by rpc-handler.ts on the first RPC call.
 */
export async function createRpcAdapter(state: MockState, hosts: VendorHost[]): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const loaded = await Promise.all(hosts.map(async (host) => ({ host, rpc: await host.runtime.rpc!.load() })));
  const wrap = createRpcCallWrapper(state);
  return connectNodeAdapter({
    routes: (router) => {
      for (const { host, rpc } of loaded) rpc.routes(wrappingRouter(router, host, rpc, wrap));
    },
    contextValues: (req) => createContextValues().set(kRawRequest, req as IncomingMessage),
  });
}

/** A router that registers a vendor's implementations with the core's per-call wrapper around each method. */
function wrappingRouter(router: ConnectRouter, host: VendorHost, rpc: VendorRpc, wrap: Wrap): ConnectRouter {
  const wrapped: ConnectRouter = {
    get handlers() {
      return router.handlers;
    },
    service(service: DescService, implementation: Record<string, unknown>, options) {
      const methods = service.method;
      const impls = Object.fromEntries(Object.entries(implementation).map(([name, impl]) => [name, methods[name] ? wrap(host, rpc, methods[name], impl as AnyImpl) : impl]));
      router.service(service, impls as never, options);
      return wrapped;
    },
    rpc(method: DescMethod, impl: unknown, options) {
      router.rpc(method, wrap(host, rpc, method, impl as AnyImpl) as never, options);
      return wrapped;
    },
  };
  return wrapped;
}
