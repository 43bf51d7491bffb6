'use strict';
const { stopChild } = require('./stop-child');
const { fork } = require('node:child_process');

/**
 * Forks one of bench/servers/*.js and waits for its {ready} message. The handle asks it for its memory after GC
 * and stops it (by its own pid, SIGKILL if it does not exit within 5 s).
 */
function forkServer(script, args = [], { execArgv = [], readyTimeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(script, args.map(String), { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} was not ready in ${readyTimeoutMs} ms`));
    }, readyTimeoutMs);
    child.once('exit', (code) => {
      clearTimeout(limit);
      reject(new Error(`${script} exited with ${code} before it was ready`));
    });
    child.once('message', (info) => {
      clearTimeout(limit);
      child.removeAllListeners('exit');
      resolve({ info, pid: child.pid, memory: () => ask(child, 'memory'), stop: () => stopChild(child, (c) => c.send({ cmd: 'stop' })) });
    });
  });
}

function ask(child, cmd) {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message[cmd]));
    child.send({ cmd });
  });
}


module.exports = { forkServer };
