/**
 * Benchmark runner: `npm run bench` (= tsx bench/run.ts) [--persons N] [--all] …
 * By default: the issue-8 targets (interleaved duels in fresh processes, each
 * comparing every row with the reference, and peak memory per arm). With
 * `--all` also the legacy arms (reference, generated per row and
 * evaluateMany, json-rules-engine, zen), each in a fresh child process
 * (bench/child.ts) on the same seeded population, and the exactness oracle
 * over the whole population. See bench/README.md for the method.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DuelResult } from './duel.js';
import type { VariantResult } from './harness.js';
import type { MemoryResult } from './memory.js';
import { formatOracle, type OracleReport } from './oracle.js';
import { formatTimeline } from './timeline/report.js';
import type { TimelineDuelResult } from './timeline/duel.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '5' },
    'jre-rows': { type: 'string', default: '20000' },
    'zen-rows': { type: 'string', default: '50000' },
    'zen-chunk': { type: 'string', default: '10000' },
    'generated-module': { type: 'string' },
    'heap-mb': { type: 'string', default: '8192' },
    'skip-oracle': { type: 'boolean', default: false },
    'skip-zen-install': { type: 'boolean', default: false },
    /** also the legacy arms and the exactness oracle (minutes more) */
    all: { type: 'boolean', default: false },
    /** the issue-10 timeline duel: persons (default: --persons) × 36 months, oracle sample */
    'timeline-persons': { type: 'string' },
    'timeline-oracle-persons': { type: 'string', default: '20000' },
    'timeline-module': { type: 'string' },
    'skip-timeline': { type: 'boolean', default: false },
  },
});

const persons = Number(values.persons);
if (!Number.isSafeInteger(persons) || persons <= 0) throw new Error('--persons must be a positive integer');
const totalRows = persons * 12;

/** Runs a tsx script in a fresh node process; returns its @@RESULT payload or an error text. */
function runChild(script: string, args: string[]): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const argv = [`--max-old-space-size=${values['heap-mb']}`, '--expose-gc', '--import', 'tsx', path.join(here, script), ...args];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('close', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith('@@RESULT '));
      for (const l of out.split('\n')) if (l && !l.startsWith('@@RESULT ')) process.stderr.write(`  | ${l}\n`);
      if (line) resolve({ ok: true, value: JSON.parse(line.slice(9)) });
      else resolve({ ok: false, error: `child exited with ${signal ?? code}` });
    });
  });
}

/** Installs bench/zen on demand; returns undefined when usable, else the reason. */
function ensureZen(): string | undefined {
  const zenDir = path.join(here, 'zen');
  if (existsSync(path.join(zenDir, 'node_modules', '@gorules', 'zen-engine', 'package.json'))) return undefined;
  if (values['skip-zen-install']) return 'not installed (--skip-zen-install)';
  process.stderr.write('installing @gorules/zen-engine into bench/zen …\n');
  const r = spawnSync('npm', ['install', '--prefix', zenDir, '--no-audit', '--no-fund'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 300_000,
    shell: process.platform === 'win32',
  });
  if (r.error) return `npm install failed: ${r.error.message}`;
  if (r.status !== 0) {
    const lines = (r.stderr || '').split('\n').filter((l) => /npm (error|ERR!)/.test(l) && !/complete log/.test(l));
    return `npm install exited ${r.status}: ${lines.slice(0, 2).join(' / ').trim()}`;
  }
  return undefined;
}

interface Plan {
  arm: string;
  variant: string;
  rows: number;
}

const sample = (n: string | undefined): number => Math.min(totalRows, Number(n));
const plans: Plan[] = [
  { arm: 'reference', variant: 'row', rows: totalRows },
  { arm: 'generated', variant: 'row', rows: totalRows },
  { arm: 'generated', variant: 'many', rows: totalRows },
  { arm: 'jre', variant: 'row', rows: sample(values['jre-rows']) },
  { arm: 'zen', variant: 'row', rows: sample(values['zen-rows']) },
  { arm: 'zen', variant: 'batch', rows: sample(values['zen-rows']) },
];

// ---- issue 8 targets first: each pair in one fresh process, interleaved rounds; memory per arm in its own process
const gm = values['generated-module'] ? ['--generated-module', values['generated-module']] : [];
const duels: { label: string; base: string; arm: string; target: number; result: DuelResult | string }[] = [
  { label: 'per row', base: 'handwritten', arm: 'generated', target: 0.9, result: '' },
  { label: 'columnar', base: 'hoisted', arm: 'columnar', target: 0.9, result: '' },
];
for (const d of duels) {
  process.stderr.write(`running ${d.base} vs ${d.arm} (interleaved, ${values.repeat} rounds) …\n`);
  const r = await runChild('duel.ts', ['--persons', String(persons), '--rounds', String(values.repeat), '--arms', `${d.base},${d.arm}`, ...gm]);
  d.result = r.ok ? (r.value as DuelResult) : r.error;
}
let timeline: TimelineDuelResult | string | undefined;
const timelineMemory: (MemoryResult | string)[] = [];
if (!values['skip-timeline']) {
  const tp = values['timeline-persons'] ?? String(persons);
  process.stderr.write(`running the timeline duel, handwritten vs generated, ${tp} persons x 36 months (interleaved, ${values.repeat} rounds) …\n`);
  const tm = values['timeline-module'] ? ['--generated-module', values['timeline-module']] : [];
  const r = await runChild('timeline/duel.ts', ['--persons', tp, '--rounds', String(values.repeat), '--oracle-persons', values['timeline-oracle-persons']!, ...tm]);
  timeline = r.ok ? (r.value as TimelineDuelResult) : r.error;
  const genOk = typeof timeline !== 'string' && timeline.arms.some((a) => a.name === 'generated' && a.status === 'ok');
  for (const arm of genOk ? ['handwritten', 'generated'] : ['handwritten']) {
    process.stderr.write(`measuring the peak memory of the timeline arm ${arm} …\n`);
    const m = await runChild('timeline/memory.ts', ['--arm', arm, '--persons', tp, ...tm]);
    timelineMemory.push(m.ok ? (m.value as MemoryResult) : `${arm}: ${m.error}`);
  }
}
const memories: (MemoryResult | string)[] = [];
for (const arm of ['columnar', 'hoisted']) {
  process.stderr.write(`measuring the peak memory of ${arm} …\n`);
  const r = await runChild('memory.ts', ['--arm', arm, '--persons', String(persons), ...gm]);
  memories.push(r.ok ? (r.value as MemoryResult) : `${arm}: ${r.error}`);
}

const zenProblem = values.all ? ensureZen() : undefined;
if (zenProblem) process.stdout.write(`zen: unavailable (${zenProblem})\n`);

const results: VariantResult[] = [];
for (const p of values.all ? plans : []) {
  const name = p.variant === 'row' ? p.arm : `${p.arm}.${p.variant}`;
  if (p.arm === 'zen' && zenProblem) {
    results.push({ name, status: 'unavailable', reason: zenProblem, rows: p.rows, timesMs: [], evalsPerSec: 0 });
    continue;
  }
  process.stderr.write(`running ${name} on ${p.rows} rows …\n`);
  const args = ['--arm', p.arm, '--variant', p.variant, '--rows', String(p.rows), '--repeat', String(values.repeat)];
  if (values['generated-module']) args.push('--generated-module', values['generated-module']);
  if (p.arm === 'zen') args.push('--zen-chunk', String(values['zen-chunk']));
  const r = await runChild('child.ts', args);
  results.push(r.ok ? (r.value as VariantResult) : { name, status: 'error', reason: r.error, rows: p.rows, timesMs: [], evalsPerSec: 0 });
}

// ---- table ----
const byName = new Map(results.map((r) => [r.name, r]));
const speed = (n: string): number => (byName.get(n)?.status === 'ok' ? byName.get(n)!.evalsPerSec : 0);
const refSpeed = speed('reference');
const genSpeed = speed('generated');
const ratio = (x: number, base: number): string => {
  if (!(x > 0 && base > 0)) return '-';
  const q = x / base;
  return q >= 0.1 ? `${q.toFixed(2)}x` : `${q.toPrecision(2)}x (1/${Math.round(1 / q)})`;
};
const header = ['implementation', 'rows', 'evals/s', 'median', 'vs reference', 'vs generated', 'mismatches', 'checksum'];
const table: string[][] = results.map((r) => {
  const v = r.verification;
  if (r.status !== 'ok') return [r.name, String(r.rows), `${r.status}: ${r.reason ?? ''}`, '', '', '', '', ''];
  return [
    r.name,
    r.rows.toLocaleString('en-US'),
    Math.round(r.evalsPerSec).toLocaleString('en-US'),
    Math.round(r.medianEvalsPerSec ?? 0).toLocaleString('en-US'),
    ratio(r.evalsPerSec, refSpeed),
    ratio(r.evalsPerSec, genSpeed),
    v ? `${v.mismatches}/${v.compared}` : '?',
    v ? (v.checksum === v.referenceChecksum ? 'ok' : 'DIFFERS') : '?',
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.filter((row) => row[4] !== '').map((row) => row[i]!.length)));
const fmt = (row: string[]): string =>
  row[4] === '' && row !== header
    ? `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)}  ${row[2]}`
    : row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
if (results.length) process.stdout.write(
  `\npopulation: ${persons} persons x 12 months = ${totalRows} rows, mulberry32(42); evals/s = rows / fastest of ${values.repeat} timed passes (median also shown)\n`,
);
if (results.length) process.stdout.write(`${fmt(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
for (const row of table) process.stdout.write(`${fmt(row)}\n`);
for (const r of results) for (const ex of r.verification?.examples ?? []) process.stdout.write(`  ${r.name}: ${ex}\n`);
const refSum = byName.get('reference')?.verification?.checksum;
for (const r of results) {
  const v = r.verification;
  if (v && r.rows === totalRows && refSum && v.checksum !== refSum)
    process.stdout.write(`  ${r.name}: checksum ${v.checksum} != reference run ${refSum}\n`);
}

// ---- issue 8 targets
const mrows = (x: number): string => `${(x / 1e6).toFixed(1)}M rows/s`;
const mb = (x: number): string => `${(x / 1048576).toFixed(0)} MB`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
let targetsFailed = false;
process.stdout.write(`\ntargets (issue 8), ${persons} persons x 12 months, fastest of ${values.repeat} interleaved rounds (by CPU time in brackets); every row compared with the reference:\n`);
for (const d of duels) {
  const r = d.result;
  if (typeof r === 'string' || r.status !== 'ok') {
    process.stdout.write(`  ${d.label}: error: ${typeof r === 'string' ? r : r.reason}\n`);
    targetsFailed = true;
    continue;
  }
  const a = r.arms.find((x) => x.name === d.arm)!;
  const b = r.arms.find((x) => x.name === d.base)!;
  const q = a.evalsPerSec / b.evalsPerSec;
  const qc = a.cpuEvalsPerSec / b.cpuEvalsPerSec;
  const exact = a.mismatches === 0 && b.mismatches === 0;
  process.stdout.write(
    `  ${d.label.padEnd(9)} ${d.base} ${mrows(b.evalsPerSec)} (${mrows(b.cpuEvalsPerSec)}), ${d.arm} ${mrows(a.evalsPerSec)} (${mrows(a.cpuEvalsPerSec)}): ` +
      `${d.arm}/${d.base} = ${q.toFixed(2)}x (${qc.toFixed(2)}x), target >= ${d.target}x ${verdict(q >= d.target)}; mismatches ${b.mismatches}+${a.mismatches}/${r.rows}\n`,
  );
  for (const x of [...b.examples, ...a.examples]) process.stdout.write(`    ${x}\n`);
  if (!exact) targetsFailed = true;
}
for (const m of memories) {
  if (typeof m === 'string' || m.status !== 'ok') {
    process.stdout.write(`  memory: error: ${typeof m === 'string' ? m : m.reason}\n`);
    targetsFailed = true;
    continue;
  }
  const q = m.peakDeltaBytes / m.arrayBytes;
  process.stdout.write(
    `  memory    ${m.name}: peak RSS ${mb(m.peakRssBytes)} - baseline ${mb(m.baselineRssBytes)} = ${mb(m.peakDeltaBytes)} for ${mb(m.arrayBytes)} of input and output arrays = ${q.toFixed(2)}x` +
      `${m.name.startsWith('columnar') ? `, target <= 1.2x ${verdict(q <= 1.2)}` : ''}; spot check ${m.mismatches}/${m.checked} mismatches\n`,
  );
  if (m.mismatches > 0) targetsFailed = true;
}

if (timeline !== undefined) {
  const t = formatTimeline(timeline, timelineMemory);
  process.stdout.write(`\n${t.text}\n`);
  if (t.failed) targetsFailed = true;
}

let failed = targetsFailed || results.some((r) => r.status === 'error' || (r.verification?.mismatches ?? 0) > 0);
if (values.all && !values['skip-oracle']) {
  process.stderr.write(`running exactness oracle over ${totalRows} rows …\n`);
  const o = await runChild('oracle.ts', ['--persons', String(persons), '--json']);
  if (o.ok) {
    const rep = o.value as OracleReport;
    process.stdout.write(`\n${formatOracle(rep)}\n`);
    if (rep.runtimeMismatches > 0) failed = true;
  } else {
    process.stdout.write(`\nexactness oracle failed: ${o.error}\n`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
