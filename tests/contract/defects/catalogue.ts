import type { Answer, Defect } from '../../helpers/defects';

/** A broken backend, the exact set of checks that must fail against it, and what their violations must name. */
export interface DefectCase {
  defect: Defect;
  api: string;
  expectedChecks: string[];
  mentions: string[];
  /** Where Prism's reading is more lenient than ours and does not flag the defect: why. */
  prismMisses?: string;
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

/** The checks that judge an answer's shape against the spec: Prism's second reading must agree with each of them. */
const STRUCTURAL = ['status_documented', 'content_type_documented', 'body_matches_schema', 'headers_documented', 'error_body_in_vendor_shape'];

/**
 * Splits the failed checks of a run against a defect into our own checks and Prism's verdict. Prism must fail
 * exactly where one of our structural checks fails (its reading agrees with ours) and stay quiet on session defects.
 */
export function expectFailedChecks(failed: string[], expected: string[], prismMisses?: string): void {
  const ours = [...new Set(failed.filter((check) => check !== 'prism_agrees'))].sort();
  expect(ours).toEqual([...expected].sort());
  const prismShould = prismMisses === undefined && expected.some((check) => STRUCTURAL.includes(check));
  expect({ prismFlagged: failed.includes('prism_agrees') }).toEqual({ prismFlagged: prismShould });
}
