'use strict';
const os = require('node:os');
const path = require('node:path');

const quick = process.env.BENCH_QUICK === '1';

/** Durations and sizes of one bench run; BENCH_QUICK=1 shortens every load (1 s warm-up, 3 s measured). */
module.exports = {
  quick,
  root: path.resolve(__dirname, '..', '..'),
  benchDir: path.resolve(__dirname, '..'),
  warmupSeconds: quick ? 1 : 3,
  measureSeconds: quick ? 3 : 10,
  connections: [10, 100],
  startupRuns: 5,
  scaleSizes: (process.env.BENCH_SCALE || '10000,100000,1000000').split(',').map(Number),
  grpcConcurrency: 50,
  cores: os.cpus().length,
  host: '127.0.0.1',
};
