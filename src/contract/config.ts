import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import type { VendorModule } from '../core/vendor';
import type { HttpOptions } from './http-client';

export const DEFAULT_CONFIG_FILE = 'session-double.contract.yaml';

/** A usage or setup problem (bad config, missing credential, unreachable target): exit code 2. */
export class ContractSetupError extends Error {}

export interface ApiTarget {
  baseUrl: string;
  headers: Record<string, string>;
  http: HttpOptions;
  credentials: Record<string, string>;
}

export interface ResolvedContractConfig {
  apis: Record<string, ApiTarget>;
  strict: boolean;
  adminToken: string | undefined;
  /** Every secret value, so reports can blank them wherever they appear. */
  secrets: string[];
}

type Value = string | { env: string };

interface ConfigFile {
  target?: string;
  timeoutMs?: number;
  strict?: boolean;
  adminToken?: Value;
  apis?: Record<string, { baseUrl?: string; timeoutMs?: number; ca?: string; insecure?: boolean; headers?: Record<string, string>; credentials?: Record<string, Value> }>;
}

export interface ConfigInput {
  target?: string;
  configFile?: string;
  strict?: boolean;
  adminToken?: string;
  vendors: VendorModule[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Config file, then environment variables, then command-line flags; defaults from the vendors' fixtures. */
export function resolveContractConfig(input: ConfigInput): ResolvedContractConfig {
  const env = input.env ?? process.env;
  const { file, path } = readConfigFile(input.configFile, input.cwd ?? process.cwd());
  const secrets: string[] = [];
  const read = (value: Value | undefined, where: string): string | undefined => {
    if (value === undefined || typeof value === 'string') return value;
    const found = env[value.env];
    if (found === undefined) throw new ContractSetupError(`${path}: ${where} reads the environment variable ${value.env}, which is not set`);
    return found;
  };
  const apis: Record<string, ApiTarget> = {};
  for (const vendor of input.vendors) {
    const section = file.apis?.[vendor.name] ?? {};
    const prefix = `SESSION_DOUBLE_${envName(vendor.name)}_`;
    const baseUrl = env[`${prefix}BASE_URL`] ?? section.baseUrl ?? input.target ?? file.target;
    if (!baseUrl) throw new ContractSetupError(`no target for ${vendor.name}: pass --target URL, or set apis.${vendor.name}.baseUrl in ${path ?? DEFAULT_CONFIG_FILE}`);
    checkUrl(baseUrl, vendor.name);
    const keys = Object.keys(vendor.contract?.credentialKeys ?? {});
    const credentials: Record<string, string> = {};
    for (const key of keys) {
      const configured = env[`${prefix}${envName(key)}`] ?? read(section.credentials?.[key], `apis.${vendor.name}.credentials.${key}`);
      const fallback = section.credentials ? (vendor.contract?.optionalCredentials?.includes(key) ? '' : undefined) : vendor.contract?.defaultCredentials[key];
      const value = configured ?? fallback;
      if (value === undefined) {
        throw new ContractSetupError(`${vendor.name} needs the credential ${key} (${vendor.contract?.credentialKeys[key] ?? ''}): set apis.${vendor.name}.credentials.${key} in ${path ?? DEFAULT_CONFIG_FILE} or ${prefix}${envName(key)}`);
      }
      credentials[key] = value;
      // The default fixtures' values are public; only what a user configured is a secret to blank.
      if (configured !== undefined && /password|token|secret|cookie|pat/i.test(key)) secrets.push(configured);
    }
    apis[vendor.name] = {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      headers: section.headers ?? {},
      credentials,
      http: { timeoutMs: section.timeoutMs ?? file.timeoutMs ?? 10_000, insecure: section.insecure ?? false, ca: section.ca && path ? readCa(resolve(dirname(path), section.ca)) : undefined },
    };
  }
  const adminToken = input.adminToken ?? env.SESSION_DOUBLE_ADMIN_TOKEN ?? read(file.adminToken, 'adminToken');
  if (adminToken) secrets.push(adminToken);
  return { apis, strict: input.strict ?? file.strict ?? false, adminToken, secrets: secrets.filter((s) => s.length >= 3) };
}

function readConfigFile(given: string | undefined, cwd: string): { file: ConfigFile; path: string | undefined } {
  const path = given ? resolve(cwd, given) : existsSync(resolve(cwd, DEFAULT_CONFIG_FILE)) ? resolve(cwd, DEFAULT_CONFIG_FILE) : undefined;
  if (!path) return { file: {}, path: undefined };
  if (!existsSync(path)) throw new ContractSetupError(`config file ${path} does not exist`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContractSetupError(`${path}: not valid YAML (${error instanceof Error ? error.message : String(error)})`);
  }
  if (raw === null || raw === undefined) return { file: {}, path };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ContractSetupError(`${path}: the top level must be a mapping (target, timeoutMs, strict, adminToken, apis)`);
  const unknown = Object.keys(raw).filter((key) => !['target', 'timeoutMs', 'strict', 'adminToken', 'apis'].includes(key));
  if (unknown.length > 0) throw new ContractSetupError(`${path}: unknown key(s) ${unknown.join(', ')}; known: target, timeoutMs, strict, adminToken, apis`);
  return { file: raw, path };
}

function readCa(path: string): string {
  if (!existsSync(path)) throw new ContractSetupError(`CA file ${path} does not exist`);
  return readFileSync(path, 'utf8');
}

function checkUrl(url: string, api: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ContractSetupError(`${api}: ${JSON.stringify(url)} is not a URL (e.g. http://127.0.0.1:4010)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ContractSetupError(`${api}: ${url} must be http:// or https://`);
}

/** "ops-center-analyzer" -> "OPS_CENTER_ANALYZER", "vcdPassword" -> "VCD_PASSWORD". */
export function envName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}
