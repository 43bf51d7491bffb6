import { parseIsoDuration } from '../../../src/core/duration';

test.each([
  ['PT1H', 3_600_000],
  ['PT30M', 1_800_000],
  ['PT1000S', 1_000_000],
  ['P1D', 86_400_000],
  ['P1DT2H3M4S', 93_784_000],
  ['PT0.5S', 500],
])('reads %s as %d ms', (text, ms) => {
  expect(parseIsoDuration(text)).toBe(ms);
});

test.each(['', 'P', 'PT', '1H', 'PT-1H', 'P1Y', 'PT1H ', 'soon'])('rejects %p', (text) => {
  expect(parseIsoDuration(text)).toBeUndefined();
});
