'use strict';
// Throughput and latency: each row's server starts fresh for each connection count, is loaded, and is stopped.
const path = require('node:path');
const os = require('node:os');
const config = require('../lib/config');
const { freePort } = require('../lib/free-port');
const { forkServer } = require('../lib/forked-server');
const { load } = require('../lib/load');
const { extendTarget, startPrism, startWiremock, javaVersion, PRISM_VERSION } = require('../servers/spawned');

const OURS = path.join(__dirname, '..', 'servers', 'ours.js');
const PLAIN = path.join(__dirname, '..', 'servers', 'plain.js');

/** Each row: how to start its server and which request to load it with; stop() ends what start() began. */
function rows() {
  const java = javaVersion();
  return [
    { id: 'ours-extend', label: 'session-double: Veridata extend (validate, auth, store update, new JWT)', start: forkedOurs('extend') },
    { id: 'prism-extend', label: `Prism ${PRISM_VERSION}: the same extend, static example (\`prism mock specs/veridata.yaml\`)`, start: spawnedStatic((port) => startPrism(port)) },
    { id: 'prism-quiet-extend', label: `Prism ${PRISM_VERSION}, request log off (\`-v warn\`)`, start: spawnedStatic((port) => startPrism(port, { quiet: true })) },
    { id: 'ours-set-session', label: 'session-double: ZITADEL set session, user check by PAT (no sessionToken)', start: forkedOurs('setSession') },
    { id: 'plain-node', label: 'plain node:http answering the extend JSON (ceiling)', start: forkedPlain },
    java
      ? { id: 'wiremock-extend', label: 'WireMock 3.13.2 (bundled jar): one mapping with the extend JSON', start: spawnedStatic(startWiremock) }
      : { id: 'wiremock-extend', label: 'WireMock 3.13.2: not available (no `java` on PATH)', unavailable: 'no java' },
  ];
}

function forkedOurs(targetName) {
  return async () => {
    const server = await forkServer(OURS, [await freePort(), 0], { execArgv: ['--expose-gc'] });
    return { target: server.info.targets[targetName], stop: server.stop };
  };
}

async function forkedPlain() {
  const server = await forkServer(PLAIN, [await freePort()]);
  return { target: { url: `${server.info.url}/veridata/v1/session/extend`, method: 'GET' }, stop: server.stop };
}

function spawnedStatic(start) {
  return async () => {
    const port = await freePort();
    const server = await start(port);
    return { target: extendTarget(port), stop: server.stop };
  };
}

async function runThroughput(log) {
  const results = [];
  for (const row of rows()) {
    for (const connections of config.connections) {
      if (row.unavailable) {
        results.push({ id: row.id, label: row.label, connections, unavailable: row.unavailable });
        continue;
      }
      log(`throughput: ${row.id} at ${connections} connections`);
      const server = await row.start();
      try {
        const loadBefore = os.loadavg()[0];
        const summary = await load(server.target, { connections, warmupSeconds: config.warmupSeconds, measureSeconds: config.measureSeconds });
        results.push({ id: row.id, label: row.label, ...summary, loadAverage: [loadBefore, os.loadavg()[0]] });
      } catch (error) {
        results.push({ id: row.id, label: row.label, connections, failed: String(error.message || error) });
      } finally {
        await server.stop();
      }
    }
  }
  return results;
}

module.exports = { runThroughput };
