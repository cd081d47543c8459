/**
 * The issue-10 timeline duel, in one fresh process (spawned by bench/run.ts):
 *
 *   handwritten  handwrittenTimeline(columns, P, from, to, out): the loop by hand
 *   generated    evaluateTimelineColumnar(columns, P, from, to, out) of generated/bench_timeline
 *
 * over the same seeded P × 36 columns (bench/timeline/data.ts), each writing
 * into its own preallocated output columns. After an untimed warm-up on a
 * tenth of the persons, `--rounds` rounds run each arm once, in rotated order,
 * each pass preceded by a full GC and a 200 ms pause; speed = person-months /
 * the fastest pass (wall time; CPU time of the process beside it). Then every
 * output of each arm is compared with the BigInt oracle on `--oracle-persons`
 * persons spread over the population, and the generated arm with the
 * handwritten one on every row.
 *
 *   node --expose-gc --import tsx bench/timeline/duel.ts --persons N --rounds R
 * Prints one line `@@RESULT <json>`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, nowMs } from '../harness.js';
import { generateTimeline, newOutputs, OUTPUT_NAMES, slicePopulation, type TimelinePopulation } from './data.js';
import { DEFAULT_TIMELINE_MODULE, loadTimelineColumnar, resultLike, type TimelineColumnar, type TimelineResult } from './generated.js';
import { handwrittenTimeline } from './handwritten.js';
import { checkAgainstOracle, samplePersons, type ArmOutputs, type OracleCheck } from './oracle.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '5' },
    'oracle-persons': { type: 'string', default: '20000' },
    'generated-module': { type: 'string', default: DEFAULT_TIMELINE_MODULE },
  },
});

export interface TimelineArm {
  name: string;
  status: 'ok' | 'not available' | 'error';
  reason?: string;
  timesMs: number[];
  cpuMs: number[];
  /** person-months / the fastest pass by wall time */
  perSec: number;
  medianPerSec: number;
  /** person-months / the pass with the least CPU time */
  cpuPerSec: number;
  oracle?: OracleCheck;
  /** every row, every output, against the handwritten arm (generated arm only) */
  vsHandwritten?: { compared: number; mismatches: number; examples: string[] };
  /** bytes of the arm's output columns */
  outputBytes: number;
}

export interface TimelineDuelResult {
  status: 'ok' | 'error';
  reason?: string;
  persons: number;
  months: number;
  rows: number;
  rounds: number;
  generateMs: number;
  inputBytes: number;
  arms: TimelineArm[];
}

interface Runner {
  name: string;
  /** one full pass; returns the output columns by name */
  run(pop: TimelinePopulation): ArmOutputs;
  outputBytes(): number;
}

const bytesOf = (cols: object): number => Object.values(cols).reduce((s: number, a: ArrayBufferView) => s + a.byteLength, 0);

function handwrittenRunner(rows: number): Runner {
  const full = newOutputs(rows);
  return {
    name: 'handwritten',
    run(pop) {
      const out = pop.persons * pop.months === rows ? full : newOutputs(pop.persons * pop.months);
      handwrittenTimeline(pop.columns, pop.persons, pop.from, pop.to, out);
      return out;
    },
    outputBytes: () => bytesOf(full),
  };
}

function generatedRunner(run: TimelineColumnar, shape: TimelineResult, rows: number): Runner {
  const full = resultLike(shape, rows);
  return {
    name: 'generated',
    run(pop) {
      const out = pop.persons * pop.months === rows ? full : undefined;
      return run(pop.columns, pop.persons, pop.from, pop.to, out).values as ArmOutputs;
    },
    outputBytes: () => bytesOf(full.values) + bytesOf(full.present),
  };
}

function compareRows(a: ArmOutputs, b: ArmOutputs, rows: number): { compared: number; mismatches: number; examples: string[] } {
  let compared = 0;
  let mismatches = 0;
  const examples: string[] = [];
  for (const name of OUTPUT_NAMES) {
    const x = a[name];
    const y = b[name];
    for (let k = 0; k < rows; k++) {
      compared++;
      if (x && y && x[k] === y[k]) continue;
      mismatches++;
      if (examples.length < 5) examples.push(`row ${k} ${name}: generated ${x ? x[k] : 'no such column'}, handwritten ${y ? y[k] : '?'}`);
    }
  }
  return { compared, mismatches, examples };
}

async function main(): Promise<TimelineDuelResult> {
  const n = Number(values.persons);
  const rounds = Math.max(1, Number(values.rounds));
  const t0 = nowMs();
  const pop = generateTimeline(n);
  const generateMs = nowMs() - t0;
  const rows = n * pop.months;
  const base = { persons: n, months: pop.months, rows, rounds, generateMs, inputBytes: bytesOf(pop.columns) };
  const warm = slicePopulation(pop, Math.max(1, Math.ceil(n / 10)));
  const runners: Runner[] = [handwrittenRunner(rows)];
  const skipped: TimelineArm[] = [];
  const none = { timesMs: [], cpuMs: [], perSec: 0, medianPerSec: 0, cpuPerSec: 0, outputBytes: 0 };
  const loaded = await loadTimelineColumnar(values['generated-module']!, repoRoot);
  if (loaded.ok) {
    try {
      const shape = loaded.run(warm.columns, warm.persons, warm.from, warm.to);
      runners.push(generatedRunner(loaded.run, shape, rows));
    } catch (e) {
      skipped.push({ name: 'generated', status: 'error', reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e), ...none });
    }
  } else skipped.push({ name: 'generated', status: 'not available', reason: loaded.reason, ...none });
  for (const r of runners) r.run(warm); // warm-up (untimed)
  const times = runners.map(() => [] as number[]);
  const cpu = runners.map(() => [] as number[]);
  const last: ArmOutputs[] = runners.map(() => ({}));
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < runners.length; j++) {
      const a = (j + round) % runners.length;
      gc?.();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const c0 = process.cpuUsage();
      const w0 = nowMs();
      last[a] = runners[a]!.run(pop);
      times[a]!.push(nowMs() - w0);
      const c = process.cpuUsage(c0);
      cpu[a]!.push((c.user + c.system) / 1000);
    }
  }
  const sample = samplePersons(n, Number(values['oracle-persons']));
  const arms: TimelineArm[] = runners.map((r, j) => ({
    name: r.name,
    status: 'ok',
    timesMs: times[j]!,
    cpuMs: cpu[j]!,
    perSec: rows / (Math.min(...times[j]!) / 1000),
    medianPerSec: rows / (median(times[j]!) / 1000),
    cpuPerSec: rows / (Math.min(...cpu[j]!) / 1000),
    oracle: checkAgainstOracle(pop, last[j]!, sample),
    vsHandwritten: j > 0 ? compareRows(last[j]!, last[0]!, rows) : undefined,
    outputBytes: r.outputBytes(),
  }));
  return { status: 'ok', ...base, arms: [...arms, ...skipped] };
}

let result: TimelineDuelResult;
try {
  result = await main();
} catch (e) {
  result = { status: 'error', reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e), persons: 0, months: 0, rows: 0, rounds: 0, generateMs: 0, inputBytes: 0, arms: [] };
}
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
