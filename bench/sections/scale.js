'use strict';
// Scale: N live Veridata sessions minted in bulk in the server's own process, RSS after GC, then p99 of extend.
const path = require('node:path');
const config = require('../lib/config');
const { freePort } = require('../lib/free-port');
const { forkServer } = require('../lib/forked-server');
const { load } = require('../lib/load');

const OURS = path.join(__dirname, '..', 'servers', 'ours.js');
const CONNECTIONS = 100;

async function runScale(log) {
  const results = [];
  for (const sessions of config.scaleSizes) {
    log(`scale: ${sessions} live sessions`);
    const server = await forkServer(OURS, [await freePort(), sessions], { execArgv: ['--expose-gc', '--max-old-space-size=4096'], readyTimeoutMs: 600_000 });
    try {
      const before = await server.memory();
      const summary = await load(server.info.targets.extend, { connections: CONNECTIONS, warmupSeconds: config.warmupSeconds, measureSeconds: config.measureSeconds });
      const after = await server.memory();
      results.push({ sessions, liveSessions: server.info.sessions, mintSeconds: server.info.mintSeconds, rssBytes: before.rss, heapUsedBytes: before.heapUsed, rssAfterLoadBytes: after.rss, ...summary });
    } catch (error) {
      results.push({ sessions, failed: String(error.message || error) });
    } finally {
      await server.stop();
    }
  }
  return results;
}

module.exports = { runScale };
