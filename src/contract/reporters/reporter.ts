import type { Redaction } from '../redact';
import type { ContractResult, ScenarioResult } from '../types';

/** Consumes the one stream of results; no reporter re-derives anything. */
export interface Reporter {
  onScenarioStart?(api: string, scenario: string, index: number, total: number): void;
  onScenarioEnd?(result: ScenarioResult): void;
  /** What `redaction` names is blanked from everything written. */
  onEnd(result: ContractResult, redaction: Redaction): void | Promise<void>;
}
