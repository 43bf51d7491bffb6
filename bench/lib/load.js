'use strict';
const { fork } = require('node:child_process');
const path = require('node:path');

/**
 * Loads `target` ({url, method, headers, body}) from a separate process: warm-up, then the measured run.
 * Resolves with the measured run's summary (requests/s, p50, p99 in ms, errors, non-2xx).
 */
function load(target, { connections, warmupSeconds, measureSeconds }) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const limit = setTimeout(() => finish(new Error(`load of ${target.url} did not finish in time`)), (warmupSeconds + measureSeconds + 30) * 1000);
    function finish(error, summary) {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      if (child.exitCode === null) child.kill();
      if (error) reject(error);
      else resolve(summary);
    }
    child.once('message', (message) => (message.ok ? finish(null, message.summary) : finish(new Error(message.error))));
    child.once('exit', (code) => finish(new Error(`load worker exited with ${code} before reporting`)));
    child.send({ ...target, connections, warmupSeconds, measureSeconds });
  });
}

module.exports = { load };
