'use strict';
// The contract suite against the in-process mock, in a process of its own: createMockServer(), then runContract
// with mock controls on. Reports wall time (mock start excluded, and with it) and the scenario outcomes.
const { createMockServer, runContract } = require('../../dist/index.js');

async function main() {
  const started = performance.now();
  const mock = await createMockServer({ port: 0, host: '127.0.0.1', log: () => {} });
  const ready = performance.now();
  try {
    const result = await runContract({ target: mock.url, mockControls: 'on', env: {}, cwd: __dirname });
    const finished = performance.now();
    const count = (outcome) => result.scenarios.filter((s) => s.outcome === outcome).length;
    process.send({
      ready: true,
      wallMs: finished - ready,
      wallWithStartMs: finished - started,
      apis: result.apis,
      scenarios: result.scenarios.length,
      passed: count('passed'),
      failed: count('failed'),
      skipped: count('skipped'),
      exitCode: result.exitCode,
      perApi: Object.fromEntries(result.apis.map((api) => [api, result.scenarios.filter((s) => s.api === api).reduce((ms, s) => ms + s.durationMs, 0)])),
    });
  } finally {
    await mock.close();
  }
}

main().catch((error) => {
  process.send({ ready: true, failed: String(error.stack || error) });
});
process.on('message', (message) => message.cmd === 'stop' && process.exit(0));
