import type { VendorModule } from '../../core/vendor';
import type { VeridataPrincipal } from './auth';
import { veridataContract } from './contract';
import { errorCases } from './error-cases';
import { parseFixtures, type VeridataFixtures } from './fixtures';
import { createRuntime } from './runtime';

/** Oracle GoldenGate Veridata: Digest/Basic login, Bearer JWT-shaped tokens, extend and invalidate. */
export const veridataVendor: VendorModule<VeridataFixtures, VeridataPrincipal> = {
  name: 'veridata',
  specFile: 'veridata.yaml',
  pathPrefixes: ['/veridata'],
  fixtureFile: 'veridata.yaml',
  parseFixtures,
  errorCases,
  createRuntime,
  contract: veridataContract,
};
