/**
 * Ranges end to end (src/check/ranges.ts): a value that depends on `ratio = 70% to 90%` is
 * computed at both ends of the range. Checked here, on generated inputs:
 *  - the interpreter and the generated evaluator agree (the same value, or kind `range` with the
 *    same exact bounds);
 *  - the bounds are exact: they are the values the same policy computes with the ratio fixed at
 *    70% and at 90% (each rounded as declared), whichever is lower first;
 *  - they are sound: with the ratio fixed anywhere inside the range, the value lies between them
 *    (increasing, decreasing, capped and negative-going values alike, and a value whose cases
 *    move in opposite directions);
 *  - a range that collapses is an ordinary value, and `unresolved` fails with its question.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { EvalError, Interpreter, type Value } from '../../src/interpret/interpret.js';
import * as Q from '../../src/ir/rational.js';
import { PolicyError } from '../../src/runtime/errors.js';
import { loadGenerated } from '../support/generate.js';
import { typeErrors } from '../support/checks.js';
import { generateText } from '../support/generate.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const policy = (ratio: string): string => `region rng
  horizon from 2020-01
  rounding half_up to fen
  input kind: one of a, b, c
  input cost: money in 0.00 to 100000.00
  input off: money in 0.00 to 100.00
  parameter ratio: rate = ${ratio}
  define paid: money = round(cost * ratio)
  output reimbursed: money = paid
  output rest: money = cost - paid
  output capped: money = min(paid, 500.00)
  output below: money = max(round(off * ratio) - off, -60.00)
  output by_kind: money
    for a: paid + 1.00
    for b: 0
    for c: not applicable
  output mixed: money
    for a: paid
    for b, c: 100000.00 - paid
  output note: money
    for a, b: 2.00
    for c: unresolved "what does \\"c\\" get? */ \${process.exit(1)}"
`;
const OUTPUTS = ['reimbursed', 'rest', 'capped', 'below', 'by_kind', 'mixed'] as const;

const region = (text: string) => {
  const c = compile([{ path: 'rng.policy', text }]);
  expect(c.diagnostics.map((d) => `${d.code} ${d.message.args.join(' ')}`)).toEqual([]);
  return c.regions[0]!;
};
const ranged = new Interpreter(region(policy('70% to 90%')));
/** the same policy with the ratio fixed (percent texts inside the range, both ends included) */
const FIXED = ['70%', '71.25%', '75%', '80.5%', '83.33%', '89.99%', '90%'];
const fixed = new Map(FIXED.map((p) => [p, new Interpreter(region(policy(p)))]));

type In = { kind: 'a' | 'b' | 'c'; cost: number; off: number };
const values = (i: In): Map<string, Value> =>
  new Map<string, Value>([
    ['kind', { k: 'enum', value: i.kind }],
    ['cost', { k: 'num', value: Q.rat(BigInt(i.cost)) }],
    ['off', { k: 'num', value: Q.rat(BigInt(i.off)) }],
  ]);
const input = fc.record({
  kind: fc.constantFrom<'a' | 'b' | 'c'>('a', 'b', 'c'),
  cost: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 10_000_000 })),
  off: fc.integer({ min: 0, max: 10_000 }),
});

/** One output as fen (or null: not applicable), or its range `[low, high]` in fen, or the failure's kind. */
type Seen = number | null | [number, number] | string;
function interpreted(it: Interpreter, i: In, name: string): Seen {
  const got = it.evaluate(values(i)).outcome(name);
  if (got instanceof EvalError) {
    if (got.kind === 'range' && got.detail && 'low' in got.detail) return [fen(got.detail.low), fen(got.detail.high)];
    return got.kind;
  }
  return got.k === 'enum' ? null : fen(got);
}
const fen = (v: Value): number => {
  if (v.k !== 'num' || v.value.den !== 1n) throw new TypeError(`not whole fen: ${JSON.stringify(v)}`);
  return Number(v.value.num);
};

describe('ranges', () => {
  it('bounds are the values at the two ends, and every value inside the range lies between them', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const name of OUTPUTS) {
          const got = interpreted(ranged, i, name);
          const atEnds = ['70%', '90%'].map((p) => interpreted(fixed.get(p)!, i, name));
          if (typeof atEnds[0] !== 'number') {
            // not applicable at both ends: not applicable here
            expect(got, name).toEqual(atEnds[0]);
            continue;
          }
          const [a, b] = atEnds as [number, number];
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          expect(got, `${name} for ${JSON.stringify(i)}`).toEqual(low === high ? low : [low, high]);
          for (const p of FIXED) {
            const v = interpreted(fixed.get(p)!, i, name) as number;
            expect(v >= low && v <= high, `${name} at ${p} = ${v} outside ${low}..${high}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the generated evaluator agrees with the interpreter', async () => {
    type Mod = { evaluate(i: In): Record<string, unknown> };
    const mod = await loadGenerated<Mod>('rng', 'rng.policy', policy('70% to 90%'));
    const generated = (i: In, name: string): Seen => {
      try {
        return mod.evaluate(i)[name] as number | null;
      } catch (e) {
        if (!(e instanceof PolicyError)) throw e;
        if (e.kind !== 'range') return e.kind;
        expect(e.range!.den).toBe(1);
        return [e.range!.low, e.range!.high];
      }
    };
    fc.assert(
      fc.property(input, (i) => {
        for (const name of [...OUTPUTS, 'note']) expect(generated(i, name), `${name} for ${JSON.stringify(i)}`).toEqual(interpreted(ranged, i, name));
      }),
      { numRuns: 300 },
    );
  });

  it('the rate itself is a range of exact rates; a decreasing value swaps its ends', () => {
    const ev = ranged.evaluate(values({ kind: 'a', cost: 10_000, off: 0 }));
    const ratio = ev.outcome('ratio');
    expect(ratio instanceof EvalError && ratio.kind).toBe('range');
    expect((ratio as EvalError).detail).toEqual({ low: { k: 'num', value: Q.rat(7n, 10n) }, high: { k: 'num', value: Q.rat(9n, 10n) }, branch: '' });
    expect(interpreted(ranged, { kind: 'a', cost: 10_000, off: 0 }, 'rest')).toEqual([1000, 3000]);
    expect(interpreted(ranged, { kind: 'a', cost: 0, off: 0 }, 'reimbursed')).toBe(0);
  });

  it('an unresolved value fails with its question, quoted safely in generated code', async () => {
    const got = ranged.evaluate(values({ kind: 'c', cost: 0, off: 0 })).outcome('note');
    expect(got instanceof EvalError && got.detail).toEqual({ reason: 'what does "c" get? */ ${process.exit(1)}', branch: 'for c' });
    const text = generateText('rng.policy', policy('70% to 90%'));
    mkdirSync(resolve('node_modules/.cache'), { recursive: true });
    const file = join(mkdtempSync(join(resolve('node_modules/.cache'), 'gen-')), 'rng.ts');
    writeFileSync(file, text);
    expect(typeErrors([file])).toEqual([]);
    const mod = (await import(file)) as { evaluate(i: In): Record<string, unknown> };
    const out = mod.evaluate({ kind: 'c', cost: 0, off: 0 });
    expect(() => out['note']).toThrow(/unresolved: note is unresolved: what does "c" get\? \*\/ \$\{process\.exit\(1\)\}/);
    expect(out['rest']).toBe(0);
  });
});
