/**
 * The one virtual clock every expiry is computed from. It starts at real time, runs with real time, and moves
 * forward only: through the admin API (advance, set) or with real time itself.
 */
export interface Clock {
  now(): number;
  advance(ms: number): number;
  set(instant: number): number;
  reset(): void;
}

export class ClockError extends Error {}

/** The last instant every vendor's timestamp format can write (four-digit years). */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export class VirtualClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.realNow() + this.offsetMs;
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new ClockError(`the clock only moves forward: cannot advance by ${ms} ms`);
    return this.set(this.now() + ms);
  }

  set(instant: number): number {
    const now = this.now();
    if (!Number.isFinite(instant)) throw new ClockError('set needs a valid instant');
    if (instant > LATEST) throw new ClockError('the clock cannot go past 9999-12-31T23:59:59.999Z');
    if (instant < now) {
      throw new ClockError(`the clock only moves forward: ${new Date(instant).toISOString()} is before ${new Date(now).toISOString()}`);
    }
    this.offsetMs += instant - now;
    return this.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
