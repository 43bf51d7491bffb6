import { newHssoToken } from '../../../../src/vendors/ops-center-analyzer/auth';

// The seed's token: 8113b75377dac59b7c48ee2b947b20d3bbc11f_YXZvNFIMehp3UB4jbmVyPGUgT3Q=_V0810
const SEED_SHAPE = /^[0-9a-f]{38}_[A-Za-z0-9+/]{27}=_V0810$/;

test('mints HSSO tokens with the lengths and version suffix of the seed token', () => {
  expect('8113b75377dac59b7c48ee2b947b20d3bbc11f_YXZvNFIMehp3UB4jbmVyPGUgT3Q=_V0810').toMatch(SEED_SHAPE);
  expect(newHssoToken()).toMatch(SEED_SHAPE);
});

test('never mints the same token twice', () => {
  const tokens = new Set(Array.from({ length: 200 }, () => newHssoToken()));
  expect(tokens.size).toBe(200);
});
