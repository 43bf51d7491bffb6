import type { Clock } from '../core/clock';
import type { FaultRegistry } from '../core/faults';
import type { Journal } from '../core/journal';
import type { SessionStore } from '../core/store/session-store';
import type { VendorModule, VendorRuntime } from '../core/vendor';
import type { SpecSet } from '../spec/spec-set';
import type { SpecApi } from '../spec/types';

/** One vendor as a running server holds it. */
export interface VendorHost {
  module: VendorModule;
  runtime: VendorRuntime;
  spec: SpecApi;
}

/** Everything a running mock shares between the vendor pipeline and the admin API. */
export interface MockState {
  clock: Clock;
  store: SessionStore;
  faults: FaultRegistry;
  journal: Journal;
  /** APIs the admin API marked unavailable. */
  unavailable: Set<string>;
  specs: SpecSet;
  vendors: Map<string, VendorHost>;
  validateResponses: boolean;
  log: (line: string) => void;
}
