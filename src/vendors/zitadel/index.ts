import type { VendorModule } from '../../core/vendor';
import { zitadelErrorCases } from './error-cases';
import { parseZitadelFixtures, type ZitadelFixtures } from './fixtures';
import type { Caller } from './model/types';
import { createZitadelRuntime } from './runtime';
import { zitadelContract } from './contract';

/** ZITADEL Session Service v2 in its REST (grpc-gateway) form: create, get, set (the seed), delete, search. */
export const zitadelVendor: VendorModule<ZitadelFixtures, Caller> = {
  name: 'zitadel',
  specFile: 'zitadel-session-v2.yaml',
  pathPrefixes: ['/v2/sessions'],
  fixtureFile: 'zitadel.yaml',
  parseFixtures: parseZitadelFixtures,
  errorCases: zitadelErrorCases,
  contract: zitadelContract,
  createRuntime: createZitadelRuntime,
};
