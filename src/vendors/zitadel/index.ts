import type { VendorModule } from '../../core/vendor';

// Placeholder until the vendor module is built: it names the vendor and fails when started.
export const zitadelVendor: VendorModule = {
  name: 'zitadel',
  specFile: 'zitadel-session-v2.yaml',
  pathPrefixes: ['/v2/sessions'],
  fixtureFile: 'zitadel.yaml',
  parseFixtures: (raw) => raw,
  errorCases: [],
  createRuntime: () => {
    throw new Error('the zitadel vendor module is not built yet');
  },
};
