#!/usr/bin/env node
// @zitadel/proto 1.3 ships CommonJS in cjs/ but declares "type": "module" for the whole package, so plain `node`
// parses cjs/*.js as ESM and require() fails. A package.json with "type": "commonjs" in cjs/ scopes those files
// back to CommonJS; nothing else changes. Idempotent; see ARCHITECTURE.md (Dependencies).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

let entry;
try {
  entry = require.resolve('@zitadel/proto/zitadel/session/v2/session_service_pb');
} catch {
  process.stdout.write('session-double: @zitadel/proto is not installed; nothing to fix\n');
  process.exit(0);
}
let dir = path.dirname(entry);
while (path.basename(dir) !== 'cjs' && path.dirname(dir) !== dir) dir = path.dirname(dir);
if (path.basename(dir) !== 'cjs') process.exit(0);
const marker = path.join(dir, 'package.json');
if (!fs.existsSync(marker)) fs.writeFileSync(marker, '{"type":"commonjs"}\n');
