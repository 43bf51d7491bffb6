import { buildErrorCatalogue, formatErrorCatalogue } from '../server/error-catalogue';
import { allVendors } from '../vendors';

export interface ErrorsOptions {
  api?: string[];
  json: boolean;
}

export function runErrors(options: ErrorsOptions): void {
  const unknown = (options.api ?? []).filter((api) => !allVendors.some((vendor) => vendor.name === api));
  if (unknown.length > 0) {
    process.stderr.write(`session-double: unknown API ${unknown.join(', ')}; choose from ${allVendors.map((v) => v.name).join(', ')}\n`);
    process.exit(2);
  }
  const vendors = options.api ? allVendors.filter((vendor) => options.api!.includes(vendor.name)) : allVendors;
  const entries = buildErrorCatalogue(vendors);
  process.stdout.write(options.json ? `${JSON.stringify(entries, null, 2)}\n` : formatErrorCatalogue(entries));
}
