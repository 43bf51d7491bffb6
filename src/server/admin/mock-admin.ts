import { ClockError } from '../../core/clock';
import { parseIsoDuration } from '../../core/duration';
import type { Fault, FaultSpec } from '../../core/faults';
import type { JournalEntry } from '../../core/journal';
import { sessionView } from '../../core/session-view';
import { MintError, type MintedSession, type SessionView } from '../../core/vendor';
import type { MockState, VendorHost } from '../mock-state';
import { AdminError } from './admin-error';

export interface ClockChange {
  advance?: string;
  advanceSeconds?: number;
  set?: string;
}

/** The admin API as methods: what `/__admin` serves over HTTP and what `createMockServer().admin` offers in-process. */
export interface MockAdmin {
  health(): { status: 'ok'; apis: string[]; version: string };
  reset(): Promise<void>;
  clock(): { now: string };
  changeClock(change: ClockChange): { now: string };
  /** Moves the virtual clock forward by an ISO 8601 duration ("PT1H") or a number of seconds. */
  advanceClock(by: string | number): { now: string };
  sessions(api?: string): Promise<SessionView[]>;
  mintSession(api: string, user: string): Promise<MintedSession>;
  killSession(api: string, id: string): Promise<void>;
  addFault(spec: FaultSpec): Fault;
  faults(): Fault[];
  removeFault(id: string): void;
  clearFaults(): void;
  setAvailability(api: string, available: boolean): { api: string; available: boolean };
  requests(filter?: { api?: string; limit?: number }): JournalEntry[];
  clearRequests(): void;
}

export function createMockAdmin(state: MockState, version: string): MockAdmin {
  const host = (api: string): VendorHost => {
    const found = state.vendors.get(api);
    if (!found) throw new AdminError(404, `no API named ${JSON.stringify(api)} is served here; served: ${[...state.vendors.keys()].join(', ')}`);
    return found;
  };
  const now = () => ({ now: new Date(state.clock.now()).toISOString() });
  const admin: MockAdmin = {
    health: () => ({ status: 'ok', apis: [...state.vendors.keys()], version }),
    async reset() {
      // Only the served APIs: another instance sharing the store may serve others.
      for (const api of state.vendors.keys()) await state.store.clear(api);
      state.clock.reset();
      state.faults.clear();
      state.journal.clear();
      state.unavailable.clear();
      for (const vendor of state.vendors.values()) await vendor.runtime.seed();
    },
    clock: now,
    changeClock(change) {
      const given = ['advance', 'advanceSeconds', 'set'].filter((key) => change[key as keyof ClockChange] !== undefined);
      if (given.length !== 1) throw new AdminError(400, 'send exactly one of {"advance":"PT1H"}, {"advanceSeconds":3600} or {"set":"2030-01-01T00:00:00Z"}');
      try {
        if (change.set !== undefined) {
          const instant = typeof change.set === 'string' ? Date.parse(change.set) : NaN;
          if (Number.isNaN(instant)) throw new AdminError(400, `set needs an ISO 8601 instant such as "2030-01-01T00:00:00Z", got ${JSON.stringify(change.set)}`);
          state.clock.set(instant);
          return now();
        }
        return admin.advanceClock((change.advance ?? change.advanceSeconds) as string | number);
      } catch (error) {
        if (error instanceof ClockError) throw new AdminError(400, error.message);
        throw error;
      }
    },
    advanceClock(by) {
      const ms = typeof by === 'number' ? by * 1000 : typeof by === 'string' ? parseIsoDuration(by) : undefined;
      if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
        throw new AdminError(400, `advance needs a forward ISO 8601 duration such as "PT1H" or "P1DT30M", or advanceSeconds >= 0; got ${JSON.stringify(by)}`);
      }
      state.clock.advance(ms);
      return now();
    },
    async sessions(api) {
      const hosts = api === undefined ? [...state.vendors.values()] : [host(api)];
      const views: SessionView[] = [];
      for (const vendor of hosts) {
        for (const record of await state.store.list(vendor.module.name)) views.push(sessionView(record, state.clock.now()));
      }
      return views;
    },
    async mintSession(api, user) {
      if (typeof user !== 'string' || user === '') throw new AdminError(400, 'mint needs {"api": "<name>", "user": "<user from the fixtures>"}');
      try {
        return await host(api).runtime.mint(user);
      } catch (error) {
        if (error instanceof MintError) throw new AdminError(400, error.message);
        throw error;
      }
    },
    async killSession(api, id) {
      host(api);
      if (!(await state.store.delete(api, id))) throw new AdminError(404, `no ${api} session with id ${JSON.stringify(id)}`);
    },
    addFault(spec) {
      if (spec.api !== undefined) host(spec.api);
      if (spec.operationId !== undefined) checkFaultOperation(state, spec);
      return state.faults.add(spec);
    },
    faults: () => state.faults.list(),
    removeFault(id) {
      if (!state.faults.remove(id)) throw new AdminError(404, `no fault with id ${JSON.stringify(id)}`);
    },
    clearFaults: () => state.faults.clear(),
    setAvailability(api, available) {
      host(api);
      if (typeof available !== 'boolean') throw new AdminError(400, 'send {"available": false} or {"available": true}');
      if (available) state.unavailable.delete(api);
      else state.unavailable.add(api);
      return { api, available };
    },
    requests: (filter) => state.journal.list(filter),
    clearRequests: () => state.journal.clear(),
  };
  return admin;
}

function checkFaultOperation(state: MockState, spec: FaultSpec): void {
  const apis = spec.api === undefined ? [...state.vendors.values()] : [state.vendors.get(spec.api)!];
  const operations = apis.flatMap((vendor) => vendor.spec.operations.filter((op) => op.operationId === spec.operationId));
  if (operations.length === 0) throw new AdminError(400, `no served operation has operationId ${JSON.stringify(spec.operationId)}`);
  if (spec.status === undefined) return;
  const documenting = operations.filter((op) => op.documentedStatuses.includes(spec.status!));
  if (documenting.length === 0) {
    const listed = operations.map((op) => `${op.api} ${op.operationId}: ${op.documentedStatuses.join(', ')}`).join('; ');
    throw new AdminError(400, `status ${spec.status} is not documented for ${spec.operationId} (${listed})`);
  }
}
