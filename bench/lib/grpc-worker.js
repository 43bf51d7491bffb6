'use strict';
// gRPC load in its own process: the official client (@zitadel/client createServerTransport, gRPC over h2c)
// calling SetSession with a user check from `concurrency` concurrent loops; warm-up, then the measured run.
process.once('message', async (job) => {
  try {
    const { createServerTransport } = require('@zitadel/client/node');
    const { createSessionServiceClient } = require('@zitadel/client/v2');
    const client = createSessionServiceClient(createServerTransport(job.pat, { baseUrl: job.baseUrl }));
    const request = { sessionId: job.sessionId, checks: { user: { search: { case: 'loginName', value: job.loginName } } } };
    await drive(client, request, job.concurrency, job.warmupSeconds * 1000);
    const run = await drive(client, request, job.concurrency, job.measureSeconds * 1000);
    const sorted = run.latencies.sort((a, b) => a - b);
    const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
    process.send({
      ok: true,
      summary: { concurrency: job.concurrency, seconds: job.measureSeconds, callsPerSecond: sorted.length / job.measureSeconds, total: sorted.length, p50: at(0.5), p99: at(0.99), errors: run.errors, firstError: run.firstError },
    });
  } catch (error) {
    process.send({ ok: false, error: String(error && error.stack ? error.stack : error) });
  }
});

async function drive(client, request, concurrency, durationMs) {
  const end = performance.now() + durationMs;
  const latencies = [];
  let errors = 0;
  let firstError;
  const loop = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        await client.setSession(request);
        latencies.push(performance.now() - started);
      } catch (error) {
        errors++;
        firstError ??= String(error.message || error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, errors, firstError };
}
