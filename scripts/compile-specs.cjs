#!/usr/bin/env node
// Build step: writes each spec in specs/ as JSON into dist/specs/, so `serve` starts without parsing YAML
// (parsing the four specs as YAML costs more start-up time than everything else it loads them for).
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'specs');
mkdirSync(out, { recursive: true });
for (const name of readdirSync(join(root, 'specs')).filter((file) => /\.ya?ml$/.test(file))) {
  writeFileSync(join(out, `${name}.json`), JSON.stringify(parse(readFileSync(join(root, 'specs', name), 'utf8'))));
}
