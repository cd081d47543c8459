/**
 * Long case lists: evaluation time of a generated policy whose output is a list
 * of N age bands (and N money bands), for several N. Since long band lists
 * compile to a binary search (src/codegen/bands.ts), the time per evaluation
 * grows with log N; an `if` chain grew linearly and stopped being optimised
 * by V8 (about 50 µs per evaluation at 5,000 cases).
 *
 *   npx tsx bench/bands.ts [N …]        # default 100 1000 5000
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateRegion } from '../src/codegen/from-ir.js';
import { DiagnosticSink } from '../src/diagnostics/diagnostic.js';
import { compile } from '../src/index.js';

const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function policy(n: number): string {
  const lines = ['region bands', '  rounding half_up to fen', '  horizon from 2020-01', `  input age: years in 0 to ${n + 10}`, `  input base: money per month in 0 to ${yuan(n * 5000 + 5000)}`, '  input month: month'];
  lines.push('  output age_rate: rate', '    when age < 1: 0.5%');
  for (let k = 1; k < n - 1; k++) lines.push(`    when ${k} <= age < ${k + 1}: ${(k * 37) % 1000}.${k % 10}%`);
  lines.push(`    when age >= ${n - 1}: 3%`, '  output by_base: money per month', `    when base < ${yuan(5000)}: 0`);
  for (let k = 1; k < n - 1; k++) lines.push(`    when ${yuan(k * 5000)} <= base < ${yuan(k * 5000 + 5000)}: round(base * ${k % 11}%)`);
  lines.push(`    when base >= ${yuan((n - 1) * 5000)}: round(base * age_rate)`);
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'bench-bands-'));
mkdirSync(dir, { recursive: true });
const runtime = resolve('src/runtime/index.ts').replace(/\\/g, '/');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 2);
console.log('cases   compile+generate   µs/evaluation (best of 5 passes over 100,000 rows)');
for (const n of sizes.length ? sizes : [100, 1000, 5000]) {
  const t0 = performance.now();
  const c = compile([{ path: 'policies/bands.policy', text: policy(n) }]);
  if (c.diagnostics.length) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  const mod = generateRegion(c.regions[0]!, new DiagnosticSink(), undefined, { runtime });
  const build = performance.now() - t0;
  const file = join(dir, `bands${n}.ts`);
  writeFileSync(file, mod!.text);
  const { evaluate } = (await import(file)) as { evaluate(i: object): { by_base: number } };
  const rows = Array.from({ length: 100_000 }, (_, k) => ({ age: (k * 7919) % (n + 10), base: (k * 104729) % (n * 5000), month: '2024-06' }));
  let best = Infinity;
  let sum = 0;
  for (let pass = 0; pass < 5; pass++) {
    const s = performance.now();
    for (const r of rows) sum += evaluate(r).by_base;
    best = Math.min(best, performance.now() - s);
  }
  console.log(`${String(n).padStart(5)}   ${(build / 1000).toFixed(1).padStart(8)} s          ${((best * 1000) / rows.length).toFixed(3)}   (checksum ${sum % 1000})`);
}
