import { ClockError, VirtualClock } from '../../../src/core/clock';

test('starts at real time and runs with it', () => {
  let real = 1_000;
  const clock = new VirtualClock(() => real);
  expect(clock.now()).toBe(1_000);
  real = 1_500;
  expect(clock.now()).toBe(1_500);
});

test('advance moves the virtual time forward and keeps running with real time', () => {
  let real = 1_000;
  const clock = new VirtualClock(() => real);
  clock.advance(3_600_000);
  real = 2_000;
  expect(clock.now()).toBe(3_602_000);
});

test('set jumps to a later instant', () => {
  const clock = new VirtualClock(() => 1_000);
  expect(clock.set(Date.parse('2030-01-01T00:00:00Z'))).toBe(Date.parse('2030-01-01T00:00:00Z'));
});

test.each([
  ['a negative advance', (clock: VirtualClock) => clock.advance(-1)],
  ['a set into the past', (clock: VirtualClock) => clock.set(0)],
  ['a NaN advance', (clock: VirtualClock) => clock.advance(Number.NaN)],
])('refuses %s: the clock only moves forward', (_name, move) => {
  const clock = new VirtualClock(() => 1_000);
  expect(() => move(clock)).toThrow(ClockError);
  expect(clock.now()).toBe(1_000);
});

test('reset returns to real time', () => {
  const clock = new VirtualClock(() => 1_000);
  clock.advance(5_000);
  clock.reset();
  expect(clock.now()).toBe(1_000);
});

test('refuses to move past the last instant a four-digit-year timestamp can write', () => {
  const clock = new VirtualClock(() => 1_000);
  expect(() => clock.advance(1e15 * 1000)).toThrow(/cannot go past 9999-12-31T23:59:59.999Z/);
  expect(() => clock.set(Date.UTC(10000, 0, 1))).toThrow(ClockError);
  expect(clock.now()).toBe(1_000);
});
