import type { VendorModule } from '../../core/vendor';
import type { VcdaPrincipal } from './auth';
import { vcdaErrorCases } from './error-cases';
import { parseVcdaFixtures, type VcdaFixtures } from './fixtures';
import { createVcdaRuntime } from './runtime';
import { vcdaContract } from './contract';

/** VMware Cloud Director Availability sessions (specs/vcda.yaml): login, get, extend, shrink, logout. */
export const vcdaVendor: VendorModule<VcdaFixtures, VcdaPrincipal> = {
  name: 'vcda',
  specFile: 'vcda.yaml',
  pathPrefixes: ['/sessions'],
  fixtureFile: 'vcda.yaml',
  parseFixtures: parseVcdaFixtures,
  errorCases: vcdaErrorCases,
  contract: vcdaContract,
  createRuntime: createVcdaRuntime,
};
