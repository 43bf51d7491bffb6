import type { Answer, Defect } from '../../helpers/defects';

/** A broken backend, the exact set of checks that must fail against it, and what their violations must name. */
export interface DefectCase {
  defect: Defect;
  api: string;
  expectedChecks: string[];
  mentions: string[];
}

type Headers = Answer['headers'];

/** The headers with `name` (any case) replaced by `value`, or removed when `value` is undefined. */
export function setHeader(headers: Headers, name: string, value: string | undefined): Headers {
  const kept = Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()));
  return value === undefined ? kept : { ...kept, [name]: value };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The backend never lets time pass: the admin clock answers as if it moved, so nothing ever expires. */
export function clockNeverMoves(name: string): Defect {
  return {
    name,
    matches: (method, path) => method === 'POST' && path === '/__admin/clock',
    replace: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: { now: new Date().toISOString() } }),
  };
}
