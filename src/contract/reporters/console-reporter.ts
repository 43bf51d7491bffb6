import { createRedactor } from '../redact';
import type { ContractResult, ScenarioResult, Violation } from '../types';
import type { Reporter } from './reporter';

export interface ConsoleReporterOptions {
  write?: (text: string) => void;
  /** A live progress line (on a terminal). */
  progress?: { write: (text: string) => void; isTTY: boolean };
}

/** A report a person can act on: per failing check, what was sent, what came back, expected vs actual, what to change. */
export function consoleReporter(options: ConsoleReporterOptions = {}): Reporter {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const progress = options.progress ?? { write: (text: string) => process.stderr.write(text), isTTY: process.stderr.isTTY === true };
  return {
    onScenarioStart(api, scenario, index, total) {
      if (progress.isTTY) progress.write(`\r\u001b[2K[${index + 1}/${total}] ${api} › ${scenario}`);
    },
    onScenarioEnd() {
      if (progress.isTTY) progress.write('\r\u001b[2K');
    },
    onEnd(result, redaction) {
      const redactor = createRedactor(redaction);
      write(renderConsole(redactor.scrub(result), redactor.scrubText));
    },
  };
}

export function renderConsole(result: ContractResult, scrub: (text: string) => string = (t) => t): string {
  const lines: string[] = [`session-double contract against ${result.target}${result.mockControls ? ' (mock controls on)' : ''}`, ''];
  for (const scenario of result.scenarios) lines.push(...renderScenario(scenario, scrub));
  const { scenarios, checks, durationMs } = result.summary;
  lines.push('', `${scenarios.passed} scenarios passed, ${scenarios.failed} failed, ${scenarios.skipped} skipped; ${checks.passed} checks passed, ${checks.failed} failed, ${checks.warnings} warnings (${(durationMs / 1000).toFixed(1)} s)`);
  return `${lines.join('\n')}\n`;
}

function renderScenario(scenario: ScenarioResult, scrub: (text: string) => string): string[] {
  const mark = scenario.outcome === 'passed' ? 'PASS' : scenario.outcome === 'failed' ? 'FAIL' : 'SKIP';
  const lines = [`${mark} ${scenario.api} › ${scenario.scenario}${scenario.outcome === 'skipped' ? ` (${scenario.skipReason})` : ''}`];
  for (const step of scenario.steps) {
    for (const check of step.checks) {
      for (const violation of check.violations) lines.push(...renderViolation(violation, scrub));
    }
  }
  if (scenario.error) lines.push(`     could not go on: ${scrub(scenario.error)}`);
  return lines;
}

function renderViolation(violation: Violation, scrub: (text: string) => string): string[] {
  const label = violation.severity === 'warning' ? 'warning' : 'violation';
  const sent = `${violation.request.method} ${violation.request.url}${violation.request.body ? ` ${truncate(violation.request.body)}` : ''}`;
  const body = violation.response.body === undefined ? '' : ` ${truncate(typeof violation.response.body === 'string' ? violation.response.body : JSON.stringify(violation.response.body))}`;
  return [
    `     ${label} ${violation.check} at ${violation.step} (${violation.operationId}${violation.pointer ? `, ${violation.pointer}` : ''}): ${violation.title}`,
    `       sent:     ${scrub(sent)}`,
    `       received: ${violation.response.status}${scrub(body)}`,
    `       expected: ${scrub(violation.expected)}`,
    `       actual:   ${scrub(violation.actual)}`,
    `       fix:      ${violation.hint}`,
  ];
}

function truncate(text: string): string {
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}
