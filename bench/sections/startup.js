'use strict';
// Start-up: spawn the command to its first 200 on the extend request, median of N runs each.
const config = require('../lib/config');
const { freePort } = require('../lib/free-port');
const { startOursCli, startPrism, startWiremock, javaVersion, PRISM_VERSION } = require('../servers/spawned');

async function runStartup(log) {
  const candidates = [
    { id: 'ours', label: 'session-double (`node dist/cli.js serve`)', start: startOursCli },
    { id: 'prism', label: `Prism ${PRISM_VERSION} (\`prism mock specs/veridata.yaml\`)`, start: (port) => startPrism(port) },
    javaVersion() ? { id: 'wiremock', label: 'WireMock 3.13.2 (`java -jar`)', start: startWiremock } : { id: 'wiremock', label: 'WireMock: not available (no `java` on PATH)' },
  ];
  const results = [];
  for (const candidate of candidates) {
    if (!candidate.start) {
      results.push({ id: candidate.id, label: candidate.label, unavailable: true });
      continue;
    }
    log(`start-up: ${candidate.id} x${config.startupRuns}`);
    const runs = [];
    try {
      for (let i = 0; i < config.startupRuns; i++) {
        const server = await candidate.start(await freePort());
        runs.push(server.startupMs);
        await server.stop();
      }
      results.push({ id: candidate.id, label: candidate.label, runsMs: runs, medianMs: median(runs) });
    } catch (error) {
      results.push({ id: candidate.id, label: candidate.label, runsMs: runs, failed: String(error.message || error) });
    }
  }
  return results;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

module.exports = { runStartup, median };
