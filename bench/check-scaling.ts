/**
 * Does `check` grow linearly with the size of a file? `npx tsx bench/check-scaling.ts [--sizes 1000,5000,10000] [--repeat 3]`
 *
 * Times `compile` (parse + check, what `policyc check` does besides reading files and printing) on a
 * realistic region of n lines and on every hostile class of test/fuzz/hostile.ts scaled to n lines or
 * terms, in one process after a warm-up, the median of `--repeat` runs. The last column is the time
 * per 1,000 lines (or terms) relative to the smallest size: about 1 means linear, 10 at 10× the size
 * would mean quadratic. Times are CPU time of this process (user + system), which a loaded machine
 * inflates far less than wall-clock time. No assertion: timings depend on the machine.
 */
import { parseArgs } from 'node:util';
import { compile } from '../src/index.js';
import { header, hostile } from '../test/fuzz/hostile.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,10000' }, repeat: { type: 'string', default: '3' } } });
const sizes = values.sizes.split(',').map(Number);
const repeat = Math.max(1, Number(values.repeat));

/** A region the way authors write one: dated parameters, status cases, sums, citations, tests; about n lines. */
function realistic(n: number): string {
  const out = [header('scaling')];
  for (let i = 0; out.length < n; i++) {
    out.push(
      `  parameter rate_${i}: rate                  cite F001, 000:${i % 90}`,
      `    from 2020-01 to 2022-12: ${(i % 7) + 1}%`,
      `    from 2023-01: ${(i % 5) + 1}.5%             cite "reform"`,
      `  define part_${i}: money per month = round(base * rate_${i})`,
      `  output credit_${i}: money per month`,
      `    for employed: part_${i} + ${i > 0 ? `part_${i - 1}` : '0'}`,
      `    for retired:`,
      `      when age < ${40 + (i % 40)}: 70.00`,
      `      otherwise: part_${i}`,
      `  # block ${i}`,
    );
  }
  return out.join('\n') + '\n';
}

const cases: [string, (n: number) => string][] = [
  ['realistic region (lines)', realistic],
  ['unknown names (lines)', hostile.manyUnknownNames],
  ['errors to report (lines)', hostile.manyErrors],
  ['dated ranges (lines)', hostile.datedRanges],
  ['sibling cases (lines)', hostile.siblingCases],
  ['define chain, backwards (lines)', (n) => hostile.defineChain(n, true)],
  ['flat sum (terms)', hostile.flatSum],
  ['unknown name length (×10 chars)', (n) => hostile.longUnknownNames(n * 10)],
];

function time(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = process.cpuUsage();
    const r = compile([{ path: 'bench.policy', text }]);
    const t = process.cpuUsage(t0);
    runs.push((t.user + t.system) / 1000);
    if (r.diagnostics.some((d) => d.code === 'PD9002')) throw new Error('internal compiler error');
  }
  return runs.sort((a, b) => a - b)[runs.length >> 1]!;
}

compile([{ path: 'warm.policy', text: realistic(2000) }]); // JIT warm-up
process.stdout.write(`check scaling: CPU time of compile (parse + check), median of ${repeat} run(s), node ${process.version}\n\n`);
process.stdout.write(`${'input'.padEnd(34)}${sizes.map((s) => `n=${s}`.padStart(12)).join('')}   per-1k growth\n`);
for (const [name, gen] of cases) {
  const ms = sizes.map((n) => time(gen(n)));
  const per = (i: number): number => ms[i]! / sizes[i]!;
  const growth = per(ms.length - 1) / per(0);
  process.stdout.write(`${name.padEnd(34)}${ms.map((m) => `${m.toFixed(0)} ms`.padStart(12)).join('')}   ${growth.toFixed(2)}×\n`);
}
