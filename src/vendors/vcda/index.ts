import type { VendorModule } from '../../core/vendor';

// Placeholder until the vendor module is built: it names the vendor and fails when started.
export const vcdaVendor: VendorModule = {
  name: 'vcda',
  specFile: 'vcda.yaml',
  pathPrefixes: ['/sessions'],
  fixtureFile: 'vcda.yaml',
  parseFixtures: (raw) => raw,
  errorCases: [],
  createRuntime: () => {
    throw new Error('the vcda vendor module is not built yet');
  },
};
