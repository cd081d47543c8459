/**
 * Peak memory of one timeline arm in a fresh process, as bench/memory.ts does
 * for the issue-8 columnar arms:
 *   node --expose-gc --import tsx bench/timeline/memory.ts --arm handwritten|generated --persons N
 * After loading and warming the code on a tiny population, a GC and the RSS as
 * the baseline, it generates the input columns, allocates the output columns,
 * runs the arm twice over the whole population and reports the peak RSS
 * (ru_maxrss) minus the baseline against the bytes of those arrays. A spot
 * check compares 200 persons with the oracle (after reading the peak).
 * Prints one line `@@RESULT <json>` (bench/memory.ts's MemoryResult).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MemoryResult } from '../memory.js';
import { generateTimeline, inputBytes, newOutputs, type TimelineInputs } from './data.js';
import { DEFAULT_TIMELINE_MODULE, loadTimelineColumnar, resultLike, type TimelineResult } from './generated.js';
import { handwrittenTimeline } from './handwritten.js';
import { checkAgainstOracle, samplePersons, type ArmOutputs } from './oracle.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    arm: { type: 'string', default: 'generated' },
    persons: { type: 'string', default: '1000000' },
    'generated-module': { type: 'string', default: DEFAULT_TIMELINE_MODULE },
  },
});

const gc = (globalThis as { gc?: () => void }).gc;
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const bytesOf = (cols: object): number => Object.values(cols).reduce((s: number, a: ArrayBufferView) => s + a.byteLength, 0);

/** (allocate outputs for `rows`, run into them): the arm under measurement. */
type Arm = { alloc(rows: number): { run(c: TimelineInputs, persons: number, from: number, to: number): void; outputs(): ArmOutputs; bytes(): number } };

async function armOf(name: string): Promise<Arm> {
  if (name === 'handwritten') {
    return {
      alloc(rows) {
        const out = newOutputs(rows);
        return { run: (c, p, from, to) => handwrittenTimeline(c, p, from, to, out), outputs: () => out, bytes: () => bytesOf(out) };
      },
    };
  }
  if (name !== 'generated') throw new Error(`unknown --arm ${name}`);
  const loaded = await loadTimelineColumnar(values['generated-module']!, repoRoot);
  if (!loaded.ok) throw new Error(loaded.reason);
  const evaluate = loaded.run;
  let shape: TimelineResult | undefined;
  return {
    alloc(rows) {
      let out: TimelineResult | undefined = shape ? resultLike(shape, rows) : undefined;
      return {
        run: (c, p, from, to) => {
          out = evaluate(c, p, from, to, out);
          shape ??= out;
        },
        outputs: () => (out?.values ?? {}) as ArmOutputs,
        bytes: () => (out ? bytesOf(out.values) + bytesOf(out.present) : 0),
      };
    },
  };
}

async function main(): Promise<MemoryResult> {
  const name = `timeline.${values.arm}.memory`;
  const n = Number(values.persons);
  const arm = await armOf(values.arm!);
  const tiny = generateTimeline(1000, 7);
  const t = arm.alloc(tiny.persons * tiny.months);
  t.run(tiny.columns, tiny.persons, tiny.from, tiny.to);
  t.run(tiny.columns, tiny.persons, tiny.from, tiny.to);
  gc?.();
  const baseline = process.memoryUsage().rss;
  const pop = generateTimeline(n);
  const rows = n * pop.months;
  const a = arm.alloc(rows);
  a.run(pop.columns, n, pop.from, pop.to);
  a.run(pop.columns, n, pop.from, pop.to);
  const peak = maxRss();
  const arrayBytes = inputBytes(pop.columns) + a.bytes();
  const spot = checkAgainstOracle(pop, a.outputs(), samplePersons(n, 200));
  return { name, status: 'ok', rows, arrayBytes, peakDeltaBytes: peak - baseline, baselineRssBytes: baseline, peakRssBytes: peak, checked: spot.compared, mismatches: spot.mismatches };
}

let result: MemoryResult;
try {
  result = await main();
} catch (e) {
  result = { name: `timeline.${values.arm}.memory`, status: 'error', reason: e instanceof Error ? e.message : String(e), rows: 0, arrayBytes: 0, peakDeltaBytes: 0, baselineRssBytes: 0, peakRssBytes: 0, checked: 0, mismatches: 0 };
}
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
