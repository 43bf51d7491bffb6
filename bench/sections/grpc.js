'use strict';
// SetSession over gRPC with the official ZITADEL client, beside the REST row. Runs only when the mock has the
// gRPC layer (dist/vendors/zitadel/rpc); otherwise the row says so.
const fs = require('node:fs');
const path = require('node:path');
const { fork } = require('node:child_process');
const config = require('../lib/config');
const { freePort } = require('../lib/free-port');
const { forkServer } = require('../lib/forked-server');

const OURS = path.join(__dirname, '..', 'servers', 'ours.js');
const RPC_BUILT = path.join(config.root, 'dist', 'vendors', 'zitadel', 'rpc', 'index.js');

async function runGrpc(log) {
  if (!fs.existsSync(RPC_BUILT)) return { unavailable: 'the mock has no gRPC layer yet (dist/vendors/zitadel/rpc is missing)' };
  log(`grpc: SetSession, ${config.grpcConcurrency} concurrent calls`);
  const server = await forkServer(OURS, [await freePort(), 0], { execArgv: ['--expose-gc'] });
  try {
    const { id, pat } = server.info.targets.zitadelSession;
    return await drive({ baseUrl: server.info.url, pat, sessionId: id, loginName: 'alice@example.com', concurrency: config.grpcConcurrency, warmupSeconds: config.warmupSeconds, measureSeconds: config.measureSeconds });
  } catch (error) {
    return { failed: String(error.message || error) };
  } finally {
    await server.stop();
  }
}

function drive(job) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, '..', 'lib', 'grpc-worker.js'), [], { cwd: config.root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const limit = setTimeout(() => child.kill(), (job.warmupSeconds + job.measureSeconds + 60) * 1000);
    child.once('message', (message) => {
      clearTimeout(limit);
      child.kill();
      if (message.ok) resolve(message.summary);
      else reject(new Error(message.error));
    });
    child.once('exit', (code) => {
      clearTimeout(limit);
      reject(new Error(`grpc worker exited with ${code}`));
    });
    child.send(job);
  });
}

module.exports = { runGrpc };
