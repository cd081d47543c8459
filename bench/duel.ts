/**
 * The four arms that the issue-8 targets compare, side by side in one fresh
 * process with interleaved rounds (each round runs every arm once, in a
 * rotated order; a full GC and a 200 ms pause for its background threads
 * precede each pass):
 *
 *   handwritten  handwrittenRow(row) per row (validates the same fields)
 *   generated    the generated evaluate(row) per row
 *   hoisted      the handwritten typed-array kernel, per-person work hoisted
 *   columnar     the generated evaluateColumnar(persons, from, to, out)
 *
 * The per-row arms read the same row objects; the columnar arms read the same
 * person columns and write straight into preallocated output columns. Every
 * row of every arm's last pass is compared with the reference evaluator.
 * Spawned by bench/run.ts:  node --import tsx bench/duel.ts --persons N --rounds R
 * Prints one line `@@RESULT <json>`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_GENERATED_MODULE, loadGenerated } from './arms/generated.js';
import { handwrittenRow, hoistedKernel } from './arms/handwritten.js';
import { median, newColumns, nowMs, type Columns } from './harness.js';
import { buildRows, FIRST_MONTH, generatePersons, LAST_MONTH, MONTHS, STATUSES, type Persons, type Row } from './population.js';
import { evaluateReference } from './reference.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '5' },
    'generated-module': { type: 'string', default: DEFAULT_GENERATED_MODULE },
    arms: { type: 'string', default: 'handwritten,generated,hoisted,columnar' },
  },
});

interface Columnar {
  evaluate(row: Row): { credit: number; pooled: number };
  evaluateColumnar(persons: Persons, from: number, to: number, out?: { values: { credit: Float64Array; pooled: Float64Array }; present: object }): unknown;
}

export interface DuelArm {
  name: string;
  timesMs: number[];
  evalsPerSec: number;
  medianEvalsPerSec: number;
  /** CPU time (user + system) of each pass, ms: less sensitive to other processes than wall time */
  cpuMs: number[];
  /** rows / the pass with the least CPU time */
  cpuEvalsPerSec: number;
  mismatches: number;
  examples: string[];
}

export interface DuelResult {
  status: 'ok' | 'error';
  reason?: string;
  rows: number;
  rounds: number;
  arms: DuelArm[];
}

// Separate loops per arm: each call site stays monomorphic, as in a real caller.
function handwrittenPass(rows: readonly Row[], cols: Columns): void {
  for (let i = 0; i < rows.length; i++) {
    const o = handwrittenRow(rows[i]!);
    cols.credit[i] = o.credit;
    cols.pooled[i] = o.pooled;
  }
}

function generatedPass(evaluate: Columnar['evaluate']) {
  return (rows: readonly Row[], cols: Columns): void => {
    for (let i = 0; i < rows.length; i++) {
      const o = evaluate(rows[i]!);
      cols.credit[i] = o.credit;
      cols.pooled[i] = o.pooled;
    }
  };
}

const slice = (p: Persons, n: number): Persons => ({
  count: n,
  status: p.status.subarray(0, n),
  age: p.age.subarray(0, n),
  base: p.base.subarray(0, n),
  pension: p.pension.subarray(0, n),
});

async function main(): Promise<DuelResult> {
  const n = Number(values.persons);
  const rounds = Math.max(1, Number(values.rounds));
  const wanted = values.arms!.split(',');
  const persons = generatePersons(n);
  const total = n * MONTHS.length;
  // row objects only when a per-row arm runs (they take ~1 GB at 1M persons)
  const rows = wanted.includes('handwritten') || wanted.includes('generated') ? buildRows(persons) : [];
  const rowAt = (i: number): Row => rows[i] ?? { status: STATUSES[persons.status[Math.floor(i / MONTHS.length)]!]!, age: persons.age[Math.floor(i / MONTHS.length)]!, base: persons.base[Math.floor(i / MONTHS.length)]!, pension: persons.pension[Math.floor(i / MONTHS.length)]!, month: MONTHS[i % MONTHS.length]! };
  const loaded = await loadGenerated(values['generated-module']!, repoRoot);
  if (!loaded.ok) return { status: 'error', reason: loaded.reason, rows: total, rounds, arms: [] };
  const mod = loaded.mod as unknown as Columnar;
  if (typeof mod.evaluateColumnar !== 'function') return { status: 'error', reason: 'the generated module has no evaluateColumnar', rows: total, rounds, arms: [] };
  const evaluateColumnar = mod.evaluateColumnar;
  const all: { name: string; run: (ps: Persons, rs: readonly Row[], cols: Columns) => void }[] = [
    { name: 'handwritten', run: (_ps, rs, cols) => handwrittenPass(rs, cols) },
    { name: 'generated', run: ((pass) => (_ps: Persons, rs: readonly Row[], cols: Columns) => pass(rs, cols))(generatedPass(mod.evaluate)) },
    { name: 'hoisted', run: (ps, _rs, cols) => hoistedKernel(ps, FIRST_MONTH, LAST_MONTH, cols.credit, cols.pooled) },
    { name: 'columnar', run: (ps, _rs, cols) => void evaluateColumnar(ps, FIRST_MONTH, LAST_MONTH, { values: cols, present: {} }) },
  ];
  const arms = all.filter((a) => wanted.includes(a.name));
  // warm-up on a prefix (untimed)
  const warmPersons = Math.min(n, Math.max(1, Math.ceil(n / 10)));
  for (const a of arms) a.run(slice(persons, warmPersons), rows.slice(0, warmPersons * MONTHS.length), newColumns(warmPersons * MONTHS.length));
  const cols = arms.map(() => newColumns(total));
  const times = arms.map(() => [] as number[]);
  const cpu = arms.map(() => [] as number[]);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < arms.length; j++) {
      const a = (j + r) % arms.length;
      cols[a]!.credit.fill(Number.NaN);
      cols[a]!.pooled.fill(Number.NaN);
      gc?.();
      // let the collector's background threads (sweeping a heap of row objects) finish before timing
      await new Promise((resolve) => setTimeout(resolve, 200));
      const c0 = process.cpuUsage();
      const t0 = nowMs();
      arms[a]!.run(persons, rows, cols[a]!);
      times[a]!.push(nowMs() - t0);
      const c = process.cpuUsage(c0);
      cpu[a]!.push((c.user + c.system) / 1000);
    }
  }
  // every row of every arm against the reference
  const ref = newColumns(total);
  for (let i = 0; i < total; i++) {
    const o = evaluateReference(rowAt(i));
    ref.credit[i] = o.credit;
    ref.pooled[i] = o.pooled;
  }
  return {
    status: 'ok',
    rows: total,
    rounds,
    arms: arms.map((a, j) => {
      const c = cols[j]!;
      let mismatches = 0;
      const examples: string[] = [];
      for (let i = 0; i < total; i++) {
        if (c.credit[i] !== ref.credit[i] || c.pooled[i] !== ref.pooled[i]) {
          mismatches++;
          if (examples.length < 3) examples.push(`row ${i} ${JSON.stringify(rowAt(i))}: got (${c.credit[i]}, ${c.pooled[i]}) want (${ref.credit[i]}, ${ref.pooled[i]})`);
        }
      }
      const ts = times[j]!;
      const cs = cpu[j]!;
      return {
        name: a.name,
        timesMs: ts,
        cpuMs: cs,
        evalsPerSec: total / (Math.min(...ts) / 1000),
        medianEvalsPerSec: total / (median(ts) / 1000),
        cpuEvalsPerSec: total / (Math.min(...cs) / 1000),
        mismatches,
        examples,
      };
    }),
  };
}

let result: DuelResult;
try {
  result = await main();
} catch (e) {
  result = { status: 'error', reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e), rows: 0, rounds: 0, arms: [] };
}
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
