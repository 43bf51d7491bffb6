import type { VendorResponse } from '../../core/vendor';
import type { SpecOperation } from '../../spec/types';
import type { MockState, VendorHost } from '../mock-state';

/** What the faults stage decided: wait, then drop the connection or answer, or (no response) carry on. */
export interface Injection {
  reason: string;
  delayMs?: number;
  drop?: boolean;
  response?: VendorResponse;
}

const PREFER_CODE = /(?:^|[\s,;])code\s*=\s*"?(\d{3})"?/i;

/**
 * The faults stage: what QA asked for instead of the real answer. In order: `Prefer: code=NNN` on the request,
 * a matching admin fault, an API marked unavailable. Every injected answer is the operation's documented one.
 */
export function createInjectStage(state: MockState) {
  return function inject(host: VendorHost, operation: SpecOperation, prefer: string | undefined): Injection | undefined {
    if (prefer !== undefined) {
      const code = PREFER_CODE.exec(prefer)?.[1];
      if (code !== undefined) return { response: documentedOrRefused(host, operation, Number(code), 'Prefer'), reason: `prefer code=${code}` };
    }
    const fault = state.faults.take(host.module.name, operation.operationId);
    if (fault) {
      const reason = `fault ${fault.id}`;
      if (fault.drop) return { reason, delayMs: fault.delayMs, drop: true };
      const response =
        fault.status !== undefined ? documentedOrRefused(host, operation, fault.status, reason) : state.unavailable.has(host.module.name) ? host.runtime.errors.unavailable(operation.operationId) : undefined;
      return { reason, delayMs: fault.delayMs, response };
    }
    if (state.unavailable.has(host.module.name)) return { response: host.runtime.errors.unavailable(operation.operationId), reason: 'api unavailable' };
    return undefined;
  };
}

function documentedOrRefused(host: VendorHost, operation: SpecOperation, status: number, source: string): VendorResponse {
  if (operation.documentedStatuses.includes(status)) return host.runtime.errors.documented(operation.operationId, status);
  return host.runtime.errors.invalidRequest(operation.operationId, [
    {
      location: 'header',
      pointer: 'prefer',
      kind: 'prefer',
      message: `${source} asked for status ${status}, which ${operation.operationId} does not document; documented: ${operation.documentedStatuses.join(', ')}`,
    },
  ]);
}
