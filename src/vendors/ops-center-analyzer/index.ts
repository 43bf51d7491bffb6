import type { VendorModule } from '../../core/vendor';

// Placeholder until the vendor module is built: it names the vendor and fails when started.
export const opsCenterAnalyzerVendor: VendorModule = {
  name: 'ops-center-analyzer',
  specFile: 'ops-center-analyzer.yaml',
  pathPrefixes: ['/Analytics'],
  fixtureFile: 'ops-center-analyzer.yaml',
  parseFixtures: (raw) => raw,
  errorCases: [],
  createRuntime: () => {
    throw new Error('the ops-center-analyzer vendor module is not built yet');
  },
};
