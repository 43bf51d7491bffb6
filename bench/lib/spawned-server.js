'use strict';
const { stopChild } = require('./stop-child');
const { spawn } = require('node:child_process');
const http = require('node:http');

/**
 * Spawns a server command and polls `probe` ({url, headers}) until it answers 200. Resolves with the time from
 * spawn to that first 200 and a stop() that ends exactly this process (SIGTERM, then SIGKILL after 5 s).
 */
function spawnServer(command, args, probe, { cwd, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const handle = { pid: child.pid, stop: () => stopChild(child, (c) => c.kill('SIGTERM')) };
    let done = false;
    child.once('error', (error) => finish(error));
    child.once('exit', (code) => finish(new Error(`${command} exited with ${code} before answering 200: ${stderr.trim()}`)));
    const deadline = started + timeoutMs;
    const poll = () => {
      if (done) return;
      if (performance.now() > deadline) return stopChild(child, (c) => c.kill('SIGTERM')).then(() => finish(new Error(`${command} gave no 200 in ${timeoutMs} ms: ${stderr.trim()}`)));
      get(probe).then((status) => (status === 200 ? finish(null, performance.now() - started) : setTimeout(poll, 10)), () => setTimeout(poll, 10));
    };
    function finish(error, startupMs) {
      if (done) return;
      done = true;
      child.removeAllListeners('exit');
      if (error) reject(error);
      else resolve({ ...handle, startupMs });
    }
    poll();
  });
}

function get({ url, headers }) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    request.setTimeout(2000, () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}


module.exports = { spawnServer };
