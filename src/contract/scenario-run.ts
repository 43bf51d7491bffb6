import type { SpecApi } from '../spec/types';
import { createRedactor } from './redact';
import type { SpecSet } from '../spec/spec-set';
import type { Transport } from './rest-transport';
import type { Check, CheckOutcome, Exchange, MockControls, Scenario, ScenarioContext, ScenarioResult, StepResult, Violation, ViolationDraft } from './types';

export interface ScenarioRunInput {
  api: string;
  scenario: Scenario;
  spec: SpecApi;
  specs: SpecSet;
  transport: Transport;
  credentials: Record<string, string>;
  mock: MockControls | undefined;
  exchangeChecks: Record<string, Check>;
  sessionChecks: Record<string, Check<never>>;
  strict: boolean;
}

class ScenarioAbort extends Error {}
class ScenarioSkip extends Error {}

const { scrub } = createRedactor({ values: [], headers: [] });

/** Runs one scenario: every exchange through the exchange checks, session checks where the scenario asks. */
export async function runScenario(input: ScenarioRunInput): Promise<ScenarioResult> {
  const started = performance.now();
  const steps: StepResult[] = [];
  const history: Exchange[] = [];
  let error: string | undefined;

  const runCheck = (name: string, check: Check<never>, exchange: Exchange, options: unknown): CheckOutcome => {
    const operation = input.spec.operations.find((op) => op.operationId === exchange.operationId);
    const validators = operation ? input.specs.validators(input.api, operation.operationId) : undefined;
    const drafts = (check as Check<unknown>)({ exchange, history, operation, validators, options });
    const violations = drafts.map((draft) => toViolation(name, draft, exchange, input.strict));
    const failed = violations.some((v) => v.severity === 'error');
    return { check: name, outcome: failed ? 'failed' : violations.length > 0 ? 'warning' : 'passed', violations };
  };

  const context: ScenarioContext = {
    api: input.api,
    credentials: input.credentials,
    mock: input.mock,
    history,
    async send(step, request) {
      const operation = input.spec.operation(request.operationId);
      const exchange = await input.transport(step, request, operation);
      history.push(exchange);
      const checks = Object.entries(input.exchangeChecks).map(([name, check]) => runCheck(name, check, exchange, undefined));
      steps.push({ step, operationId: operation.operationId, exchange, checks });
      return exchange;
    },
    check(name, exchange, options) {
      const check = input.sessionChecks[name];
      if (!check) throw new Error(`no check named ${name}; known: ${Object.keys(input.sessionChecks).join(', ')}`);
      const step = steps.find((candidate) => candidate.exchange === exchange);
      if (!step) throw new Error(`check ${name} was given an exchange this scenario did not send`);
      step.checks.push(runCheck(name, check, exchange, options));
    },
    require(exchange, statuses, what) {
      const allowed = Array.isArray(statuses) ? statuses : [statuses];
      if (allowed.includes(exchange.response.status)) return;
      const body = exchange.response.body === undefined ? '' : truncate(JSON.stringify(scrub(exchange.response.body)));
      throw new ScenarioAbort(`${exchange.step}: ${what} needs ${allowed.join(' or ')}, but ${exchange.request.method} ${exchange.request.url} answered ${exchange.response.status} ${body}`);
    },
    skip(reason) {
      throw new ScenarioSkip(reason);
    },
    json<T>(exchange: Exchange): T {
      const body = exchange.response.body;
      return (body && typeof body === 'object' ? body : {}) as T;
    },
  };

  try {
    await input.scenario.run(context);
  } catch (caught) {
    if (caught instanceof ScenarioSkip) {
      return { api: input.api, scenario: input.scenario.name, tags: input.scenario.tags, outcome: 'skipped', skipReason: caught.message, steps, durationMs: performance.now() - started };
    }
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const failed = error !== undefined || steps.some((step) => step.checks.some((check) => check.outcome === 'failed'));
  return { api: input.api, scenario: input.scenario.name, tags: input.scenario.tags, outcome: failed ? 'failed' : 'passed', error, steps, durationMs: performance.now() - started };
}

function toViolation(check: string, draft: ViolationDraft, exchange: Exchange, strict: boolean): Violation {
  const severity = draft.severity === 'warning' && !strict ? 'warning' : 'error';
  return {
    check,
    api: exchange.api,
    operationId: exchange.operationId,
    step: exchange.step,
    title: draft.title,
    expected: draft.expected,
    actual: draft.actual,
    hint: draft.hint,
    pointer: draft.pointer,
    severity,
    request: exchange.request,
    response: { status: exchange.response.status, headers: exchange.response.headers, body: exchange.response.body },
  };
}

function truncate(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
