import type { VendorHost } from './mock-state';

export class CoverageError extends Error {}

/**
 * Fails start-up, naming what is missing, when a vendor lacks a handler for an operation of its spec, or cannot
 * produce the documented response of an (operation, status) pair. No silent fallbacks hide a spec bug.
 */
export function checkVendorCoverage(hosts: VendorHost[]): void {
  const missing: string[] = [];
  for (const { module, runtime, spec } of hosts) {
    for (const operation of spec.operations) {
      if (!operation.operationId) missing.push(`${module.specFile}: ${operation.method} ${operation.pathTemplate} has no operationId`);
      else if (!runtime.handlers[operation.operationId]) missing.push(`${module.name}: no handler for operation ${operation.operationId}`);
      for (const status of operation.documentedStatuses) {
        try {
          const response = runtime.errors.documented(operation.operationId, status);
          if (response.status !== status) missing.push(`${module.name} ${operation.operationId}: the documented ${status} answers ${response.status}`);
        } catch (error) {
          missing.push(`${module.name} ${operation.operationId}: no documented response for ${status} (${error instanceof Error ? error.message : String(error)})`);
        }
      }
    }
    for (const operationId of Object.keys(runtime.handlers)) {
      if (!spec.operations.some((operation) => operation.operationId === operationId)) missing.push(`${module.name}: handler ${operationId} matches no operation in ${module.specFile}`);
    }
  }
  if (missing.length > 0) throw new CoverageError(`session-double cannot start:\n  - ${missing.join('\n  - ')}`);
}
