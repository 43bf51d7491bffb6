import type { VendorModule } from '../core/vendor';
import { loadSpecSet } from '../spec/spec-set';

export interface CatalogueEntry {
  api: string;
  operationId: string;
  method: string;
  path: string;
  status: number;
  description: string;
  /** Natural causes (against a real server); Prefer and admin faults produce every entry on the mock. */
  causes: { case: string; cause: string }[];
  prefer: string;
}

/** Every documented (operation, status) of the given vendors' specs, with how to produce it. */
export function buildErrorCatalogue(vendors: VendorModule[]): CatalogueEntry[] {
  const specs = loadSpecSet(vendors.map((vendor) => ({ api: vendor.name, specFile: vendor.specFile })));
  const entries: CatalogueEntry[] = [];
  for (const vendor of vendors) {
    const spec = specs.apis.get(vendor.name)!;
    for (const operation of spec.operations) {
      for (const status of operation.documentedStatuses) {
        entries.push({
          api: vendor.name,
          operationId: operation.operationId,
          method: operation.method,
          path: operation.pathTemplate,
          status,
          description: operation.responses[String(status)]?.description ?? '',
          causes: vendor.errorCases
            .filter((entry) => entry.operationId === operation.operationId && entry.status === status)
            .map((entry) => ({ case: entry.case, cause: entry.cause })),
          prefer: `Prefer: code=${status}`,
        });
      }
    }
  }
  return entries;
}

export function formatErrorCatalogue(entries: CatalogueEntry[]): string {
  const lines: string[] = [];
  let current = '';
  for (const entry of entries) {
    const heading = `${entry.api} ${entry.operationId} (${entry.method} ${entry.path})`;
    if (heading !== current) {
      lines.push('', heading);
      current = heading;
    }
    lines.push(`  ${entry.status} ${entry.description.replace(/\s+/g, ' ').trim()}`);
    for (const cause of entry.causes) lines.push(`      ${cause.case}: ${cause.cause}`);
    lines.push(`      on the mock: ${entry.prefer}, or POST /__admin/faults {"api":"${entry.api}","operationId":"${entry.operationId}","status":${entry.status}}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}
