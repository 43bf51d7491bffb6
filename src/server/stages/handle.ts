import type { VendorRequest, VendorResponse } from '../../core/vendor';
import type { MockState, VendorHost } from '../mock-state';

/** Authenticate, then run the vendor's handler. A handler that throws answers the vendor's own 500, never a stack. */
export function createHandleStage(state: MockState) {
  return async function handle(host: VendorHost, request: VendorRequest): Promise<VendorResponse> {
    try {
      const auth = await host.runtime.authenticate(request);
      if ('response' in auth) return auth.response;
      const handler = host.runtime.handlers[request.operationId];
      if (!handler) throw new Error(`no handler for ${request.operationId}`);
      return await handler(request, auth.principal);
    } catch (error) {
      state.log(`[session-double] ${host.module.name} ${request.operationId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return host.runtime.errors.internal(request.operationId);
    }
  };
}
