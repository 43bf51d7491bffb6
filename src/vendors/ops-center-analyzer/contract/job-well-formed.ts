import type { Check, ViolationDraft } from '../../../contract/types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// 001_c39cb08b7efa28f3.txt: "yyyy-mm-ddThh:mm:ss.mmmTZD", e.g. 2016-08-12T02:51:26.371+09:00.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/;
const TIMES = ['created', 'updated', 'completed'] as const;
const IN_ORDER = [['created', 'updated'], ['updated', 'completed']] as const;

/** The KeepAlive Job: a UUID, ordered timestamps in the vendor's form, a final state, and a positive timeToLive. */
export const jobWellFormed: Check = ({ exchange }) => {
  const job = (exchange.response.body ?? {}) as Record<string, unknown>;
  const found: ViolationDraft[] = [];
  const fail = (pointer: string, expected: string, actual: unknown, hint: string): void => {
    found.push({ title: `Job ${pointer} is not well formed`, pointer, expected, actual: JSON.stringify(actual) ?? 'absent', hint });
  };
  if (typeof job.instanceID !== 'string' || !UUID.test(job.instanceID)) fail('/instanceID', 'a UUID', job.instanceID, 'give every job a fresh UUID as instanceID');
  const instants = new Map<string, number>();
  for (const name of TIMES) {
    const value = job[name];
    if (typeof value === 'string' && TIMESTAMP.test(value)) instants.set(name, Date.parse(value));
    else fail(`/${name}`, 'a time in yyyy-mm-ddThh:mm:ss.mmmTZD form', value, `write ${name} with milliseconds and an offset, e.g. 2016-08-12T02:51:26.371+09:00`);
  }
  for (const [earlier, later] of IN_ORDER) {
    if ((instants.get(earlier) ?? -Infinity) > (instants.get(later) ?? Infinity)) {
      fail(`/${earlier}`, `no later than ${later} (${String(job[later])})`, job[earlier], 'a job is created, then updated, then completed: keep created <= updated <= completed');
    }
  }
  if (job.state !== 'success' && job.state !== 'failed') fail('/state', '"success" or "failed"', job.state, 'answer the final state of the synchronous job');
  if (!Array.isArray(job.affectedResource)) fail('/affectedResource', 'an array (empty for KeepAlive)', job.affectedResource, 'send affectedResource: []');
  const result = Array.isArray(job.result) ? (job.result[0] as { timeToLive?: unknown } | undefined) : undefined;
  const ttl = result?.timeToLive;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl <= 0) fail('/result/0/timeToLive', 'a positive whole number of seconds', ttl, 'answer result: [{timeToLive}] with the seconds the renewed session has left');
  return found;
};
