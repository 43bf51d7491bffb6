import { writeFile } from 'node:fs/promises';
import { createRedactor } from '../redact';
import type { CheckOutcome, ContractResult, ScenarioResult } from '../types';
import type { Reporter } from './reporter';

/** JUnit XML: a testsuite per API, a testcase per scenario step and check (a skipped scenario is one skipped case). */
export function junitReporter(file: string): Reporter {
  return {
    async onEnd(result, redaction) {
      const redactor = createRedactor(redaction);
      await writeFile(file, renderJunit(redactor.scrub(result), redactor.scrubText));
    },
  };
}

export function renderJunit(result: ContractResult, scrub: (text: string) => string = (t) => t): string {
  const suites = result.apis.map((api) => renderSuite(api, result.scenarios.filter((s) => s.api === api), scrub));
  const cases = countCases(result.scenarios);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="session-double contract" tests="${cases.tests}" failures="${cases.failures}" skipped="${cases.skipped}" time="${seconds(result.summary.durationMs)}">\n${suites.join('')}</testsuites>\n`;
}

function renderSuite(api: string, scenarios: ScenarioResult[], scrub: (text: string) => string): string {
  const counts = countCases(scenarios);
  const cases = scenarios.flatMap((scenario) => renderCases(scenario, scrub));
  const time = seconds(scenarios.reduce((sum, s) => sum + s.durationMs, 0));
  return `  <testsuite name="${xml(api)}" tests="${counts.tests}" failures="${counts.failures}" skipped="${counts.skipped}" time="${time}">\n${cases.join('')}  </testsuite>\n`;
}

function renderCases(scenario: ScenarioResult, scrub: (text: string) => string): string[] {
  const classname = xml(`${scenario.api}.${scenario.scenario}`);
  if (scenario.outcome === 'skipped') return [`    <testcase classname="${classname}" name="${xml(scenario.scenario)}" time="0">\n      <skipped message="${xml(scenario.skipReason ?? '')}"/>\n    </testcase>\n`];
  const cases = scenario.steps.flatMap((step) => step.checks.map((check) => renderCase(classname, `${step.step} :: ${check.check}`, check, scrub)));
  if (scenario.error) cases.push(`    <testcase classname="${classname}" name="${xml(`${scenario.scenario} :: completes`)}" time="0">\n      <failure message="${xml(scrub(scenario.error))}" type="scenario_error"/>\n    </testcase>\n`);
  return cases;
}

function renderCase(classname: string, name: string, check: CheckOutcome, scrub: (text: string) => string): string {
  if (check.outcome !== 'failed') return `    <testcase classname="${classname}" name="${xml(name)}" time="0"/>\n`;
  const body = check.violations
    .filter((v) => v.severity === 'error')
    .map((v) => `${v.operationId}: ${v.title}\nexpected: ${v.expected}\nactual: ${v.actual}\nfix: ${v.hint}\nrequest: ${v.request.method} ${v.request.url}\nresponse: ${v.response.status}`)
    .join('\n\n');
  const first = check.violations.find((v) => v.severity === 'error');
  return `    <testcase classname="${classname}" name="${xml(name)}" time="0">\n      <failure message="${xml(scrub(first?.title ?? check.check))}" type="${xml(check.check)}">${xml(scrub(body))}</failure>\n    </testcase>\n`;
}

function countCases(scenarios: ScenarioResult[]): { tests: number; failures: number; skipped: number } {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const scenario of scenarios) {
    if (scenario.outcome === 'skipped') {
      tests += 1;
      skipped += 1;
      continue;
    }
    for (const step of scenario.steps) {
      tests += step.checks.length;
      failures += step.checks.filter((c) => c.outcome === 'failed').length;
    }
    if (scenario.error) {
      tests += 1;
      failures += 1;
    }
  }
  return { tests, failures, skipped };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
