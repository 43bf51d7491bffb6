'use strict';
// npm run bench: throughput, start-up, scale, contract suite and gRPC; writes bench/RESULTS.md and results.json.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const config = require('./lib/config');
const { renderReport } = require('./lib/report');
const { javaVersion } = require('./servers/spawned');
const { runThroughput } = require('./sections/throughput');
const { runStartup } = require('./sections/startup');
const { runScale } = require('./sections/scale');
const { runContractTiming } = require('./sections/contract');
const { runGrpc } = require('./sections/grpc');

const SECTIONS = (process.env.BENCH_ONLY || 'throughput,startup,scale,contract,grpc').split(',');

async function main() {
  const started = performance.now();
  const log = (line) => process.stdout.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
  const results = {
    machine: {
      date: new Date().toISOString(),
      cores: config.cores,
      cpu: os.cpus()[0]?.model ?? 'unknown CPU',
      totalMemory: os.totalmem(),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      java: javaVersion(),
      loadAverageAtStart: os.loadavg(),
    },
    settings: { quick: config.quick, warmupSeconds: config.warmupSeconds, measureSeconds: config.measureSeconds, connections: config.connections, startupRuns: config.startupRuns, scaleSizes: config.scaleSizes },
    throughput: [],
    startup: [],
    scale: [],
    contract: undefined,
    grpc: { unavailable: 'not run (BENCH_ONLY)' },
  };
  if (SECTIONS.includes('throughput')) results.throughput = await runThroughput(log);
  if (SECTIONS.includes('startup')) results.startup = await runStartup(log);
  if (SECTIONS.includes('scale')) results.scale = await runScale(log);
  if (SECTIONS.includes('contract')) results.contract = await runContractTiming(log);
  if (SECTIONS.includes('grpc')) results.grpc = await runGrpc(log);
  results.machine.loadAverageAtEnd = os.loadavg();
  results.totalSeconds = (performance.now() - started) / 1000;
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), renderReport(results));
  log(`wrote bench/RESULTS.md and bench/results.json in ${results.totalSeconds.toFixed(0)} s`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  process.exit(1);
});
