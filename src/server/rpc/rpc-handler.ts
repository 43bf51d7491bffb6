import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockState } from '../mock-state';

export interface RpcHandler {
  /** Whether a path is a procedure of a served vendor's RPC service. */
  owns(path: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * The RPC entry of the request listener. The Connect adapter and every vendor's RPC services load on the first RPC
 * call (they are the heaviest modules of the mock); undefined when no served vendor has RPC services.
 */
export function createRpcHandler(state: MockState): RpcHandler | undefined {
  const hosts = [...state.vendors.values()].filter((host) => host.runtime.rpc !== undefined);
  if (hosts.length === 0) return undefined;
  const prefixes = hosts.flatMap((host) => host.runtime.rpc!.pathPrefixes);
  let adapter: Promise<(req: IncomingMessage, res: ServerResponse) => void> | undefined;
  return {
    owns: (path) => prefixes.some((prefix) => path.startsWith(prefix)),
    handle(req, res) {
      adapter ??= import('./rpc-adapter').then(({ createRpcAdapter }) => createRpcAdapter(state, hosts));
      adapter.then(
        (serve) => serve(req, res),
        (error: unknown) => {
          state.log(`[session-double] the RPC services could not load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'rpc_unavailable', message: 'the RPC services could not load; see the server log' }));
        },
      );
    },
  };
}
