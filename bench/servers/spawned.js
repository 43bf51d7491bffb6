'use strict';
// The servers the bench spawns as commands users would run: ours (the CLI), Prism, WireMock.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root } = require('../lib/config');
const { spawnServer } = require('../lib/spawned-server');
const { EXTEND_BODY, FIXTURE_TOKEN } = require('../lib/static-answer');

const EXTEND_PATH = '/veridata/v1/session/extend';
const WIREMOCK_JAR = path.join(root, 'node_modules', 'wiremock', 'build', 'wiremock-standalone-3.13.2.jar');
const PRISM = path.join(root, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

/** The extend request every server answers 200 to; the fixture token is live on our mock after every start. */
function extendTarget(port) {
  return { url: `http://127.0.0.1:${port}${EXTEND_PATH}`, method: 'GET', headers: { authorization: `Bearer ${FIXTURE_TOKEN}` } };
}

function startOursCli(port) {
  return spawnServer(process.execPath, [path.join(root, 'dist', 'cli.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], extendTarget(port), { cwd: root });
}

// `prism mock specs/veridata.yaml` as users run it; `quiet` turns its per-request log lines off (-v warn), as ours
// logs nothing per request. Prism's stdout goes nowhere (ignored), so logging costs it formatting, not a terminal.
function startPrism(port, { quiet = false } = {}) {
  const verbosity = quiet ? ['-v', 'warn'] : [];
  return spawnServer(process.execPath, [PRISM, 'mock', '-h', '127.0.0.1', '-p', String(port), ...verbosity, path.join(root, 'specs', 'veridata.yaml')], extendTarget(port), { cwd: root });
}

/** Java's version line, or undefined when there is no `java` on PATH. */
function javaVersion() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stderr.split('\n')[0].trim();
}

// One mapping with the same static answer; the request journal kept to 1,000 entries, like ours.
function startWiremock(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-double-wiremock-'));
  fs.mkdirSync(path.join(dir, 'mappings'));
  fs.mkdirSync(path.join(dir, '__files'));
  const mapping = { request: { method: 'GET', urlPath: EXTEND_PATH }, response: { status: 200, headers: { 'Content-Type': 'application/json' }, jsonBody: EXTEND_BODY } };
  fs.writeFileSync(path.join(dir, 'mappings', 'extend.json'), JSON.stringify(mapping));
  const args = ['-jar', WIREMOCK_JAR, '--port', String(port), '--bind-address', '127.0.0.1', '--root-dir', dir, '--disable-banner', '--max-request-journal-entries', '1000'];
  const cleanUp = () => fs.rmSync(dir, { recursive: true, force: true });
  return spawnServer('java', args, extendTarget(port), { timeoutMs: 90_000 }).then(
    (server) => ({ ...server, stop: () => server.stop().then(cleanUp) }),
    (error) => {
      cleanUp();
      throw error;
    },
  );
}

module.exports = { extendTarget, startOursCli, startPrism, startWiremock, javaVersion, PRISM_VERSION: require(path.join(root, 'node_modules', '@stoplight', 'prism-cli', 'package.json')).version };
