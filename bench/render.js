'use strict';
// Re-writes bench/RESULTS.md from bench/results.json (after a change to the report's layout, without a new run).
const fs = require('node:fs');
const path = require('node:path');
const { renderReport } = require('./lib/report');

const results = JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8'));
fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), renderReport(results));
