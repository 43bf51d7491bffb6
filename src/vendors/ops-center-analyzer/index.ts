import type { VendorModule } from '../../core/vendor';
import type { Principal } from './auth';
import { opsCenterAnalyzerContract } from './contract';
import { errorCases } from './error-cases';
import { parseFixtures, type AnalyzerFixtures } from './fixtures';
import { createRuntime } from './runtime';

/** Hitachi Ops Center Analyzer: the HSSO KeepAlive API (seed 001_c39cb08b7efa28f3.txt). */
export const opsCenterAnalyzerVendor: VendorModule<AnalyzerFixtures, Principal> = {
  name: 'ops-center-analyzer',
  specFile: 'ops-center-analyzer.yaml',
  pathPrefixes: ['/Analytics'],
  fixtureFile: 'ops-center-analyzer.yaml',
  parseFixtures,
  errorCases,
  createRuntime,
  contract: opsCenterAnalyzerContract,
};
