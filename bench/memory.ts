/**
 * Peak memory of one columnar arm in a fresh process:
 *   node --import tsx bench/memory.ts --arm columnar|hoisted --persons N
 * After loading the code, a GC and the resident set size (RSS) as the
 * baseline, it allocates the person columns and the output columns, runs the
 * arm twice over the whole population, and reports the peak RSS of the process
 * (getrusage ru_maxrss) minus the baseline, against the bytes of the input and
 * output arrays. Should loading the code have peaked higher than the run, the
 * figure overstates the run's memory, never understates it.
 * Prints one line `@@RESULT <json>`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_GENERATED_MODULE, loadGenerated } from './arms/generated.js';
import { hoistedKernel } from './arms/handwritten.js';
import { FIRST_MONTH, generatePersons, LAST_MONTH, MONTHS, type Persons } from './population.js';
import { evaluateReference } from './reference.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    arm: { type: 'string', default: 'columnar' },
    persons: { type: 'string', default: '1000000' },
    'generated-module': { type: 'string', default: DEFAULT_GENERATED_MODULE },
  },
});

export interface MemoryResult {
  name: string;
  status: 'ok' | 'error';
  reason?: string;
  rows: number;
  /** bytes of the person columns plus the output columns */
  arrayBytes: number;
  /** peak RSS during the run minus the RSS before allocating anything */
  peakDeltaBytes: number;
  baselineRssBytes: number;
  peakRssBytes: number;
  /** rows checked against the reference (a sample of every 97th row) */
  checked: number;
  mismatches: number;
}

type Out = { values: { credit: Float64Array; pooled: Float64Array }; present: object };
type Columnar = (persons: Persons, from: number, to: number, out?: Out) => unknown;

const gc = (globalThis as { gc?: () => void }).gc;
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

async function main(): Promise<MemoryResult> {
  const name = `${values.arm}.memory`;
  const n = Number(values.persons);
  let run: (p: Persons, credit: Float64Array, pooled: Float64Array) => void;
  if (values.arm === 'columnar') {
    const loaded = await loadGenerated(values['generated-module']!, repoRoot);
    if (!loaded.ok) throw new Error(loaded.reason);
    const evaluateColumnar = (loaded.mod as unknown as { evaluateColumnar: Columnar }).evaluateColumnar;
    run = (p, credit, pooled) => void evaluateColumnar(p, FIRST_MONTH, LAST_MONTH, { values: { credit, pooled }, present: {} });
  } else if (values.arm === 'hoisted') run = (p, credit, pooled) => hoistedKernel(p, FIRST_MONTH, LAST_MONTH, credit, pooled);
  else throw new Error(`unknown --arm ${values.arm}`);
  // warm the code on a tiny population, then take the baseline
  const tiny = generatePersons(1000, 7);
  run(tiny, new Float64Array(12000), new Float64Array(12000));
  gc?.();
  const baseline = process.memoryUsage().rss;
  const persons = generatePersons(n);
  const rows = n * MONTHS.length;
  const credit = new Float64Array(rows);
  const pooled = new Float64Array(rows);
  run(persons, credit, pooled);
  run(persons, credit, pooled);
  const peak = maxRss();
  const arrayBytes = persons.status.byteLength + persons.age.byteLength + persons.base.byteLength + persons.pension.byteLength + credit.byteLength + pooled.byteLength;
  // spot check (after the peak was read): every 97th row against the reference
  let checked = 0;
  let mismatches = 0;
  const statuses = ['employed', 'retired', 'flexible', 'resident'] as const;
  for (let k = 0; k < rows; k += 97) {
    const p = Math.floor(k / MONTHS.length);
    const o = evaluateReference({ status: statuses[persons.status[p]!]!, age: persons.age[p]!, base: persons.base[p]!, pension: persons.pension[p]!, month: MONTHS[k % MONTHS.length]! });
    checked++;
    if (o.credit !== credit[k] || o.pooled !== pooled[k]) mismatches++;
  }
  return { name, status: 'ok', rows, arrayBytes, peakDeltaBytes: peak - baseline, baselineRssBytes: baseline, peakRssBytes: peak, checked, mismatches };
}

let result: MemoryResult;
try {
  result = await main();
} catch (e) {
  result = { name: `${values.arm}.memory`, status: 'error', reason: e instanceof Error ? e.message : String(e), rows: 0, arrayBytes: 0, peakDeltaBytes: 0, baselineRssBytes: 0, peakRssBytes: 0, checked: 0, mismatches: 0 };
}
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
