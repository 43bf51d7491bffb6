import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractSetupError, envName, resolveContractConfig } from '../../../src/contract/config';
import type { VendorModule } from '../../../src/core/vendor';

const vendor = {
  name: 'ops-center-analyzer',
  contract: { scenarios: [], credentialKeys: { username: 'a user', password: 'its password' }, defaultCredentials: { username: 'system', password: 'manager' } },
} as unknown as VendorModule;

function configFile(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
  writeFileSync(join(dir, 'session-double.contract.yaml'), text);
  return { dir, file: join(dir, 'session-double.contract.yaml') };
}

test('with only a target, every API uses the default fixtures credentials', () => {
  const config = resolveContractConfig({ target: 'http://127.0.0.1:4010/', vendors: [vendor], env: {}, cwd: tmpdir() });
  expect(config.apis['ops-center-analyzer']).toMatchObject({ baseUrl: 'http://127.0.0.1:4010', credentials: { username: 'system', password: 'manager' } });
  expect(config.secrets).toEqual([]);
});

test('configured secrets are listed for blanking; the public defaults are not', () => {
  const config = resolveContractConfig({ target: 'http://x:1', vendors: [vendor], env: { SESSION_DOUBLE_OPS_CENTER_ANALYZER_PASSWORD: 'real-secret' }, cwd: tmpdir() });
  expect(config.secrets).toEqual(['real-secret']);
});

test('an optional credential may be left out of a configured API', () => {
  const optional = { ...vendor, contract: { ...vendor.contract!, credentialKeys: { ...vendor.contract!.credentialKeys, spare: 'optional' }, optionalCredentials: ['spare'] } } as VendorModule;
  const { file } = configFile(`apis:\n  ops-center-analyzer:\n    baseUrl: http://x:1\n    credentials: { username: u, password: p }\n`);
  expect(resolveContractConfig({ configFile: file, vendors: [optional], env: {} }).apis['ops-center-analyzer']?.credentials).toEqual({ username: 'u', password: 'p', spare: '' });
});

test('a config file gives per-API base URLs, headers and credentials read from the environment', () => {
  const { dir } = configFile(`apis:\n  ops-center-analyzer:\n    baseUrl: https://analyzer.staging:22016\n    insecure: true\n    headers: { X-Trace: ci }\n    credentials:\n      username: ci-user\n      password: { env: ANALYZER_PASSWORD }\n`);
  const config = resolveContractConfig({ vendors: [vendor], env: { ANALYZER_PASSWORD: 's3cret' }, cwd: dir });
  expect(config.apis['ops-center-analyzer']).toMatchObject({ baseUrl: 'https://analyzer.staging:22016', headers: { 'X-Trace': 'ci' }, credentials: { username: 'ci-user', password: 's3cret' }, http: { insecure: true } });
});

test('environment variables override the config file', () => {
  const { file } = configFile(`target: http://a.example:1\napis:\n  ops-center-analyzer:\n    credentials: { username: u, password: p }\n`);
  const config = resolveContractConfig({ configFile: file, vendors: [vendor], env: { SESSION_DOUBLE_OPS_CENTER_ANALYZER_PASSWORD: 'from-env', SESSION_DOUBLE_OPS_CENTER_ANALYZER_BASE_URL: 'http://b.example:2' } });
  expect(config.apis['ops-center-analyzer']).toMatchObject({ baseUrl: 'http://b.example:2', credentials: { username: 'u', password: 'from-env' } });
});

test.each([
  ['a missing environment variable', `apis:\n  ops-center-analyzer:\n    baseUrl: http://x:1\n    credentials: { username: u, password: { env: NOPE } }\n`, /reads the environment variable NOPE, which is not set/],
  ['a credential left out of a configured API', `apis:\n  ops-center-analyzer:\n    baseUrl: http://x:1\n    credentials: { username: u }\n`, /needs the credential password .* SESSION_DOUBLE_OPS_CENTER_ANALYZER_PASSWORD/],
  ['an unknown top-level key', `targte: http://x:1\n`, /unknown key\(s\) targte/],
  ['a non-URL target', `target: not a url\n`, /is not a URL/],
  ['no target at all', `strict: true\n`, /no target for ops-center-analyzer/],
])('%s is a setup error that says what to fix', (_name, text, message) => {
  const { file } = configFile(text);
  expect(() => resolveContractConfig({ configFile: file, vendors: [vendor], env: {} })).toThrow(ContractSetupError);
  expect(() => resolveContractConfig({ configFile: file, vendors: [vendor], env: {} })).toThrow(message);
});

test('names environment variables in upper snake case', () => {
  expect(envName('ops-center-analyzer')).toBe('OPS_CENTER_ANALYZER');
  expect(envName('vcdPassword')).toBe('VCD_PASSWORD');
});
