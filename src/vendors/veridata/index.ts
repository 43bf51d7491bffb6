import type { VendorModule } from '../../core/vendor';

// Placeholder until the vendor module is built: it names the vendor and fails when started.
export const veridataVendor: VendorModule = {
  name: 'veridata',
  specFile: 'veridata.yaml',
  pathPrefixes: ['/veridata'],
  fixtureFile: 'veridata.yaml',
  parseFixtures: (raw) => raw,
  errorCases: [],
  createRuntime: () => {
    throw new Error('the veridata vendor module is not built yet');
  },
};
