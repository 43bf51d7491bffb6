import type { VendorModule } from '../core/vendor';
import { opsCenterAnalyzerVendor } from './ops-center-analyzer';
import { vcdaVendor } from './vcda';
import { veridataVendor } from './veridata';
import { zitadelVendor } from './zitadel';

/** Every vendor session-double knows, in the order `--api` lists them. */
export const allVendors: VendorModule[] = [veridataVendor, opsCenterAnalyzerVendor, vcdaVendor, zitadelVendor] as VendorModule[];
