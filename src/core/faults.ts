import { randomUUID } from 'node:crypto';

/** What a fault does to the requests it matches. `times` 0 means until removed. */
export interface FaultSpec {
  api?: string;
  operationId?: string;
  status?: number;
  delayMs?: number;
  drop?: boolean;
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  times: number;
  /** How many more requests it applies to; null while `times` is 0 (unlimited). */
  remaining: number | null;
}

export class FaultError extends Error {}

const MAX_DELAY_MS = 60_000;

export class FaultRegistry {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    validateFaultSpec(spec);
    const times = spec.times ?? 1;
    const fault: Fault = { ...spec, id: randomUUID(), times, remaining: times === 0 ? null : times };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching this request, counted as used; undefined when none applies. */
  take(api: string, operationId: string): Fault | undefined {
    if (this.faults.length === 0) return undefined;
    const fault = this.faults.find(
      (candidate) => (candidate.api === undefined || candidate.api === api) && (candidate.operationId === undefined || candidate.operationId === operationId),
    );
    if (!fault) return undefined;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.remove(fault.id);
    }
    return { ...fault };
  }
}

function validateFaultSpec(spec: FaultSpec): void {
  if (spec.status === undefined && spec.delayMs === undefined && spec.drop !== true) {
    throw new FaultError('a fault needs at least one of status, delayMs or drop: true');
  }
  if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)) {
    throw new FaultError(`status must be an HTTP status code (100-599), got ${String(spec.status)}`);
  }
  if (spec.delayMs !== undefined && (!Number.isInteger(spec.delayMs) || spec.delayMs < 0 || spec.delayMs > MAX_DELAY_MS)) {
    throw new FaultError(`delayMs must be a whole number from 0 to ${MAX_DELAY_MS}, got ${String(spec.delayMs)}`);
  }
  if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 0)) {
    throw new FaultError(`times must be a whole number >= 0 (0 = until removed), got ${String(spec.times)}`);
  }
}
