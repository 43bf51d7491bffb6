'use strict';
// Runs in its own process (forked by load.js), so the load generator never shares an event loop with a server.
const autocannon = require('autocannon');

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

process.once('message', async (job) => {
  try {
    const base = { url: job.url, method: job.method, headers: job.headers, body: job.body, connections: job.connections, pipelining: 1, timeout: 10 };
    if (job.warmupSeconds > 0) await run({ ...base, duration: job.warmupSeconds });
    const result = await run({ ...base, duration: job.measureSeconds });
    process.send({
      ok: true,
      summary: {
        connections: job.connections,
        seconds: job.measureSeconds,
        requestsPerSecond: result.requests.average,
        total: result.requests.total,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        status2xx: result['2xx'],
      },
    });
  } catch (error) {
    process.send({ ok: false, error: String(error && error.stack ? error.stack : error) });
  }
});
