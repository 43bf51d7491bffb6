import type { SpecOperation } from '../spec/types';
import type { OperationValidators } from '../spec/validators';

/** What a scenario asks to send; the path comes from the spec's template for `operationId`. */
export interface RequestSpec {
  operationId: string;
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A JSON body (serialised with Content-Type application/json unless `contentType` says otherwise). */
  body?: unknown;
  /** Raw bytes to send as they are (e.g. malformed JSON). */
  rawBody?: string;
  contentType?: string;
  /** Overrides the path built from the spec (e.g. a doubled slash, an unknown path under the vendor's prefix). */
  path?: string;
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  contentType: string | undefined;
  /** Parsed JSON when the body is JSON, else the text; undefined when empty. */
  body: unknown;
  text: string;
}

/** One request a scenario sent and what came back. */
export interface Exchange {
  api: string;
  step: string;
  operationId: string;
  request: SentRequest;
  response: ReceivedResponse;
  durationMs: number;
}

export type Severity = 'error' | 'warning';

/** What a check found, before the runner adds where it was found. */
export interface ViolationDraft {
  title: string;
  expected: string;
  actual: string;
  /** What to change so the check passes. */
  hint: string;
  pointer?: string;
  severity?: Severity;
}

export interface Violation extends Required<Omit<ViolationDraft, 'pointer'>> {
  check: string;
  api: string;
  operationId: string;
  step: string;
  pointer: string | undefined;
  request: SentRequest;
  response: Pick<ReceivedResponse, 'status' | 'headers' | 'body'>;
}

export interface CheckInput<O> {
  exchange: Exchange;
  history: readonly Exchange[];
  operation: SpecOperation | undefined;
  validators: OperationValidators | undefined;
  options: O;
}

/** A named property of an exchange: returns every way the exchange breaks it (none when it holds). */
export type Check<O = undefined> = (input: CheckInput<O>) => ViolationDraft[];

export interface CheckOutcome {
  check: string;
  outcome: 'passed' | 'failed' | 'warning';
  violations: Violation[];
}

export interface StepResult {
  step: string;
  operationId: string;
  exchange: Exchange | undefined;
  checks: CheckOutcome[];
}

export type ScenarioTag = 'natural' | 'mock-controls';

export interface ScenarioResult {
  api: string;
  scenario: string;
  tags: ScenarioTag[];
  outcome: 'passed' | 'failed' | 'skipped';
  skipReason?: string;
  /** Set when the scenario could not go on (a precondition failed, the target broke off). */
  error?: string;
  steps: StepResult[];
  durationMs: number;
}

export interface ContractSummary {
  scenarios: { passed: number; failed: number; skipped: number };
  checks: { passed: number; failed: number; warnings: number };
  durationMs: number;
}

export interface ContractResult {
  target: string;
  apis: string[];
  mockControls: boolean;
  scenarios: ScenarioResult[];
  summary: ContractSummary;
  /** 0 all conform, 1 a violation. (Usage and setup errors throw ContractSetupError instead.) */
  exitCode: 0 | 1;
}

/** The admin API of a session-double mock, as scenarios tagged `mock-controls` use it. */
export interface MockControls {
  advanceClock(by: string): Promise<void>;
  addFault(fault: { operationId?: string; status?: number; delayMs?: number; drop?: boolean; times?: number }): Promise<string>;
  removeFault(id: string): Promise<void>;
  setAvailability(available: boolean): Promise<void>;
  mintSession(user: string): Promise<Record<string, unknown> & { headers: Record<string, string> }>;
}

/** What a scenario works with: sending through the spec, running named checks, reading results. */
export interface ScenarioContext {
  api: string;
  credentials: Readonly<Record<string, string>>;
  /** The mock's admin API; present only for scenarios tagged `mock-controls`. */
  mock: MockControls | undefined;
  history: readonly Exchange[];
  /** Sends one request (every response goes through the exchange checks) and records it. */
  send(step: string, request: RequestSpec): Promise<Exchange>;
  /** Runs a named session check on an exchange. */
  check<O>(name: string, exchange: Exchange, options?: O): void;
  /** Stops the scenario (as failed) unless the exchange answered one of `statuses`: `what` says why it mattered. */
  require(exchange: Exchange, statuses: number | number[], what: string): void;
  /** Ends the scenario as skipped (e.g. an optional credential is not configured). */
  skip(reason: string): never;
  /** The exchange's body as an object (an empty object when it is not one). */
  json<T = Record<string, unknown>>(exchange: Exchange): T;
}

export interface Scenario {
  name: string;
  tags: ScenarioTag[];
  run(context: ScenarioContext): Promise<void>;
}

/** What a vendor module gives the contract suite. */
export interface VendorContract {
  scenarios: Scenario[];
  /** The credential keys scenarios read, each with what it is (documented in config and env names). */
  credentialKeys: Record<string, string>;
  /** Values for the default fixtures, used when no config is given (works against a default mock). */
  defaultCredentials: Record<string, string>;
  /** Keys a configured API may leave out (they default to ""; scenarios leave out what needs them). */
  optionalCredentials?: string[];
  /** Vendor-specific named checks (e.g. a job's timestamps), next to the generic ones. */
  checks?: Record<string, Check<never>>;
}
