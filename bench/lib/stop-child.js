'use strict';

/**
 * Ends exactly this child process: `ask(child)` asks it to stop (an IPC message or SIGTERM), and SIGKILL follows if
 * it has not exited within 5 s. Resolves once it is gone.
 */
function stopChild(child, ask) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    ask(child);
  });
}

module.exports = { stopChild };
