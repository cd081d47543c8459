/**
 * Long case lists over one input compile to a binary search over sorted band
 * starts and a `switch`, not an `if` chain (src/codegen/bands.ts); short lists
 * stay `if` chains. Generated policies with 2,000 age and money bands (and
 * dated bands, gaps covered by `otherwise`, nested lists) evaluate like the
 * interpreter on random inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { EvalError, Interpreter, isAbsent } from '../../src/interpret/interpret.js';
import { compile } from '../../src/index.js';
import { PolicyError } from '../../src/runtime/errors.js';
import { generateText, loadGenerated } from '../support/generate.js';
import { sameApiValue, toApi } from '../support/policies.js';

const N = 2000;
const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function policy(n: number): string {
  const lines = [
    'region bands',
    '  rounding half_up to fen',
    '  horizon from 2020-01 to 2029-12',
    '  input status: one of employed, retired',
    `  input age: years in 0 to ${n + 10}`,
    '  input base: money per month in 0 to 100000.00',
    '  input month: month',
    '  output age_rate: rate',
    '    when age < 1: 0.5%',
  ];
  for (let k = 1; k < n - 1; k++) lines.push(`    when ${k} <= age < ${k + 1}: ${(k * 37) % 1000}.${k % 10}%`);
  lines.push(`    when age >= ${n - 1}: 3%`);
  // money bands of 50.00 with gaps every 7th band, closed by `otherwise`
  lines.push('  output by_base: money per month', '    for retired: 0', '    for employed:');
  for (let k = 0; k < n; k++) {
    if (k % 7 === 3) continue;
    const lo = k * 5000;
    const guard = k === 0 ? `base < ${yuan(lo + 5000)}` : `${yuan(lo)} <= base < ${yuan(lo + 5000)}`;
    lines.push(`      when ${guard}: ${k % 3 === 0 ? `round(base * ${k % 11}%)` : k % 3 === 1 ? `${yuan(k * 3)}` : 'not applicable'}`);
  }
  lines.push('      otherwise: round(base * age_rate)');
  // dated bands: one per month of the horizon
  lines.push('  output by_month: money per month');
  for (let m = 0; m < 120; m++) {
    const y = 2020 + Math.floor(m / 12);
    const mm = String((m % 12) + 1).padStart(2, '0');
    lines.push(`    from ${y}-${mm} to ${y}-${mm}: ${m % 5 === 0 ? 'round(base * 1%)' : yuan(m * 10)}`);
  }
  // a short list stays an `if` chain
  lines.push('  output short: money per month', '    when age < 30: 1.00', '    when 30 <= age < 60: 2.00', '    otherwise: 3.00');
  return `${lines.join('\n')}\n`;
}

describe('long band lists compile to a search', () => {
  const text = policy(N);
  const c = compile([{ path: 'policies/bands.policy', text }]);

  it('compiles clean', () => {
    expect(c.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it('is a binary search and a switch, not thousands of `if`s; short lists stay `if` chains', () => {
    const code = generateText('policies/bands.policy', text);
    expect(code).toContain('function band(starts: readonly number[], x: number): number');
    expect(code.match(/\bif \(/g)!.length).toBeLessThan(60);
    expect(code).toMatch(/if \(age < 30\)/);
  });

  it('evaluates like the interpreter on random inputs', async () => {
    const r = c.regions[0]!;
    const mod = await loadGenerated<{ evaluate(i: object): Record<string, unknown> }>('bands', 'policies/bands.policy', text);
    const interp = new Interpreter(r);
    const outputs = r.decls.filter((d) => d.declKind === 'output');
    fc.assert(
      fc.property(regionInputs(r), fc.nat({ max: N + 10 }), fc.nat({ max: N * 5000 }), (input, age, base) => {
        const x = { ...input, age, base };
        let want: Map<string, unknown> | string;
        try {
          want = interp.run(new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, x[i.name])])));
        } catch (e) {
          if (!(e instanceof EvalError)) throw e;
          want = e.kind;
        }
        let got: Record<string, unknown> | string;
        try {
          got = mod.evaluate(x);
        } catch (e) {
          if (!(e instanceof PolicyError)) throw e;
          got = e.kind;
        }
        if (typeof want === 'string' || typeof got === 'string') return expect(got).toEqual(want);
        for (const d of outputs) {
          const w = want.get(d.name) as Parameters<typeof isAbsent>[0];
          expect(sameApiValue(got[d.name], isAbsent(w) ? null : toApi(w as never)), `${d.name} ${JSON.stringify(x)}: ${JSON.stringify(got[d.name])}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // every band edge
    for (let age = 0; age <= N + 10; age++) {
      const x = { status: 'employed', age, base: age * 50 - 1 > 0 ? age * 50 - 1 : 0, month: '2024-06' };
      const want = interp.run(new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, x[i.name as keyof typeof x])])));
      const got = mod.evaluate(x);
      for (const d of outputs) {
        const w = want.get(d.name)!;
        expect(sameApiValue(got[d.name], isAbsent(w) ? null : toApi(w as never)), `${d.name} ${JSON.stringify(x)}`).toBe(true);
      }
    }
  }, 120_000);
});
