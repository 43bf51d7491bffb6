'use strict';
// Writes bench/RESULTS.md from the results object (the same object goes to bench/results.json).
const fmt = (n, digits = 0) => (typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');
const mib = (bytes) => fmt(bytes / 1024 / 1024, 0);
const ratio = (a, b) => (a && b ? `${fmt(a / b, 2)}×` : '—');

function throughputTable(rows) {
  const lines = ['| row | connections | requests/s | p50 ms | p99 ms | errors | non-2xx |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    if (r.unavailable || r.failed) lines.push(`| ${r.label} | ${r.connections} | ${r.unavailable ? 'not available' : `failed: ${r.failed.split('\n')[0]}`} | | | | |`);
    else lines.push(`| ${r.label} | ${r.connections} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors + r.timeouts} | ${r.non2xx} |`);
  }
  return lines.join('\n');
}

function ratioTable(rows, connections) {
  const at = (c) => Object.fromEntries(rows.filter((r) => r.connections === c && r.requestsPerSecond).map((r) => [r.id, r]));
  const lines = ['| connections | ours ÷ Prism | ours ÷ Prism (log off) | ours ÷ WireMock | ours ÷ plain node | ZITADEL set ÷ plain node | ours p99 ÷ plain p99 |', '|---:|---:|---:|---:|---:|---:|---:|'];
  for (const c of connections) {
    const r = at(c);
    const ours = r['ours-extend']?.requestsPerSecond;
    lines.push(`| ${c} | ${ratio(ours, r['prism-extend']?.requestsPerSecond)} | ${ratio(ours, r['prism-quiet-extend']?.requestsPerSecond)} | ${ratio(ours, r['wiremock-extend']?.requestsPerSecond)} | ${ratio(ours, r['plain-node']?.requestsPerSecond)} | ${ratio(r['ours-set-session']?.requestsPerSecond, r['plain-node']?.requestsPerSecond)} | ${ratio(r['ours-extend']?.p99, r['plain-node']?.p99)} |`);
  }
  return lines.join('\n');
}

function startupTable(rows) {
  const lines = ['| server | median ms to first 200 | runs (ms) |', '|---|---:|---|'];
  for (const r of rows) lines.push(`| ${r.label} | ${r.medianMs === undefined ? (r.failed ? `failed: ${r.failed.split('\n')[0]}` : 'not available') : fmt(r.medianMs)} | ${(r.runsMs || []).map((ms) => fmt(ms)).join(', ')} |`);
  return lines.join('\n');
}

function scaleTable(rows) {
  const lines = ['| live sessions | RSS after GC (MiB) | heap used (MiB) | mint time (s) | extend requests/s | extend p50 ms | extend p99 ms | errors + non-2xx |', '|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    if (r.failed) lines.push(`| ${fmt(r.sessions)} | failed: ${r.failed.split('\n')[0]} | | | | | | |`);
    else lines.push(`| ${fmt(r.liveSessions)} | ${mib(r.rssBytes)} | ${mib(r.heapUsedBytes)} | ${fmt(r.mintSeconds, 1)} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors + r.timeouts + r.non2xx} |`);
  }
  return lines.join('\n');
}

function contractLine(c) {
  if (!c || c.failed) return `The contract suite could not run: ${c ? c.failed.split('\n')[0] : 'no result'}.`;
  if (c.scenarios === 0) return 'No contract scenarios exist yet: nothing to time.';
  return `${c.scenarios} scenarios (${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped) over ${c.apis.join(', ')}: **${fmt(c.wallMs / 1000, 2)} s** wall time (${fmt(c.wallWithStartMs / 1000, 2)} s with the mock's start-up); exit code ${c.exitCode}.`;
}

function grpcLine(g) {
  if (g.unavailable) return `Not measured: ${g.unavailable}.`;
  if (g.failed) return `Failed: ${g.failed.split('\n')[0]}`;
  return `| row | concurrent calls | calls/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n| ZITADEL SetSession over gRPC (h2c), official client \`@zitadel/client\` createServerTransport, user check by PAT | ${g.concurrency} | ${fmt(g.callsPerSecond)} | ${fmt(g.p50, 1)} | ${fmt(g.p99, 1)} | ${g.errors} |`;
}

/** Each target of issue 5 against this run's numbers. */
function targetsTable(results) {
  const at100 = Object.fromEntries(results.throughput.filter((r) => r.connections === 100 && r.requestsPerSecond).map((r) => [r.id, r]));
  const ours = at100['ours-extend'];
  const rows = [];
  const add = (target, value, met) => rows.push(`| ${target} | ${value} | ${met === undefined ? 'not measured' : met ? 'met' : '**missed**'} |`);
  const vs = (id, min) => (ours && at100[id] ? [`${fmt(ours.requestsPerSecond / at100[id].requestsPerSecond, 2)}×`, ours.requestsPerSecond / at100[id].requestsPerSecond >= min] : ['—', undefined]);
  add('(a) ≥ 5× Prism at 100 connections', ...vs('prism-extend', 5));
  add('(a) ≥ 2× WireMock at 100 connections', ...vs('wiremock-extend', 2));
  add('(a) ≥ 0.5× plain node:http at 100 connections', ...vs('plain-node', 0.5));
  const p99 = ours && at100['plain-node'] ? ours.p99 / at100['plain-node'].p99 : undefined;
  add('p99 at 100 connections ≤ 2× the ceiling\'s p99', p99 === undefined ? '—' : `${fmt(ours.p99)} ms vs ${fmt(at100['plain-node'].p99)} ms (${fmt(p99, 2)}×)`, p99 === undefined ? undefined : p99 <= 2);
  const startup = results.startup.find((r) => r.id === 'ours')?.medianMs;
  add('start-up < 500 ms to first 200', startup === undefined ? '—' : `${fmt(startup)} ms`, startup === undefined ? undefined : startup < 500);
  const small = results.scale.find((r) => r.sessions === 10_000 && r.p99 !== undefined);
  const large = results.scale.find((r) => r.sessions === 1_000_000 && r.p99 !== undefined);
  add('1M live sessions < 1 GiB RSS', large ? `${mib(large.rssBytes)} MiB` : '—', large ? large.rssBytes < 1024 ** 3 : undefined);
  add('p99 of extend at 1M no worse than at 10k', large && small ? `${fmt(large.p99)} ms vs ${fmt(small.p99)} ms` : '—', large && small ? large.p99 <= small.p99 : undefined);
  const c = results.contract;
  add('full contract suite < 10 s', c && c.wallMs ? `${fmt(c.wallMs / 1000, 2)} s` : '—', c && c.wallMs && c.scenarios > 0 ? c.wallMs < 10_000 : undefined);
  return ['| target (issue 5) | this run | |', '|---|---|---|', ...rows].join('\n');
}

function renderReport(results) {
  const { machine, settings } = results;
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.js) on ${machine.date}. Raw numbers: \`bench/results.json\`.

- Machine: ${machine.cores} cores (${machine.cpu}), ${mib(machine.totalMemory)} MiB RAM, ${machine.platform}; Node ${machine.node}; ${machine.java ?? 'no Java'}.
- **The load generator shares the ${machine.cores} cores with the server under test**: autocannon runs in its own process, but on the same machine, so every server here is measured with one core's worth of competition. Load average (1, 5, 15 min) at the start of the run: ${machine.loadAverageAtStart.map((n) => fmt(n, 2)).join(' / ')}; at the end: ${(machine.loadAverageAtEnd ?? []).map((n) => fmt(n, 2)).join(' / ')}.
- Each load: ${settings.warmupSeconds} s warm-up, then ${settings.measureSeconds} s measured, keep-alive, no pipelining${settings.quick ? ' (BENCH_QUICK=1: shortened)' : ''}; each server is started fresh for each connection count and stopped after it; everything on 127.0.0.1.
- Row (a) extends **one** session for the whole load with the same (first) token, so that session gains one live token per request (tens of thousands by the end). Row (c) sets a user check on one ZITADEL session without a sessionToken (authorised by the PAT's session.write), so every request succeeds and rotates the token.
- Prism runs as \`prism mock specs/veridata.yaml\` (its defaults, which log each request; the stdout goes nowhere) and, in a second row, with \`-v warn\` (no per-request log, like ours). "ours ÷ Prism" uses the default row. WireMock keeps its request journal to 1,000 entries (ours: a ring of 1,000).
- Other work shared the machine during the run (1-minute load average above, from processes other than the bench), so absolute numbers move by tens of percent from run to run; rows measured back to back are comparable, runs on different days less so.

## Targets

${targetsTable(results)}

## Throughput and latency

${throughputTable(results.throughput)}

${ratioTable(results.throughput, settings.connections)}

## Start-up (spawn to first 200 on the extend request, median of ${settings.startupRuns})

${startupTable(results.startup)}

## Scale (live Veridata sessions in the memory store, minted in bulk in the server's process; extend at 100 connections)

${scaleTable(results.scale)}

## Contract suite against the in-process mock

${contractLine(results.contract)}

## gRPC

${grpcLine(results.grpc)}

Whole run: ${fmt(results.totalSeconds, 0)} s.
`;
}

module.exports = { renderReport };
