import type { ContractResult, ScenarioResult } from '../types';

/** Consumes the one stream of results; no reporter re-derives anything. */
export interface Reporter {
  onScenarioStart?(api: string, scenario: string, index: number, total: number): void;
  onScenarioEnd?(result: ScenarioResult): void;
  /** `secrets` are blanked from everything written. */
  onEnd(result: ContractResult, secrets: string[]): void | Promise<void>;
}
