'use strict';
// The full contract suite's wall time against the in-process mock (bench/servers/contract-run.js).
const path = require('node:path');
const { forkServer } = require('../lib/forked-server');

async function runContractTiming(log) {
  log('contract suite against the in-process mock');
  const child = await forkServer(path.join(__dirname, '..', 'servers', 'contract-run.js'), [], { readyTimeoutMs: 300_000 });
  await child.stop();
  return child.info;
}

module.exports = { runContractTiming };
