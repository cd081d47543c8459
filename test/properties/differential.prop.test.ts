/**
 * Reference semantics: on random valid inputs, every generated evaluator and
 * the interpreter over the checked IR agree to the fen on every output —
 * or both reject the input with the same error kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { EvalError, Interpreter, isAbsent, type Evaluation, type Value } from '../../src/interpret/interpret.js';
import { PolicyError } from '../../src/runtime/errors.js';
import { compilePolicies, generated, sameApiValue, toApi } from '../support/policies.js';

const { regions } = compilePolicies();

const toValues = (r: (typeof regions)[number], input: Record<string, unknown>): Map<string, Value> =>
  new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name])]));

/** One output field: its value, or the PolicyError reading it throws (outputs are lazy). */
function read(o: Record<string, unknown>, key: string): unknown {
  try {
    return o[key];
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
}

/** An output object with each failed field replaced by its error kind, for comparisons. */
const settled = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(o).map((k) => {
    const v = read(o, k);
    return [k, v instanceof PolicyError ? { failed: v.kind } : v];
  }));

describe('generated evaluator ≡ reference interpreter', () => {
  for (const r of regions) {
    it(`region ${r.name}`, async () => {
      const mod = await generated(r.name);
      const interp = new Interpreter(r);
      const outputs = r.decls.filter((d) => d.declKind === 'output');
      fc.assert(
        fc.property(regionInputs(r), (input) => {
          // invalid input fails the whole evaluation; rule failures fail only the outputs that depend on them
          let want: Evaluation | EvalError;
          try {
            want = interp.evaluate(toValues(r, input));
          } catch (e) {
            if (!(e instanceof EvalError)) throw e;
            want = e;
          }
          let got: Record<string, unknown> | PolicyError;
          try {
            got = mod.evaluate(input);
          } catch (e) {
            if (!(e instanceof PolicyError)) throw e;
            got = e;
          }
          if (want instanceof EvalError || got instanceof PolicyError) {
            expect(got instanceof PolicyError ? got.kind : 'value', JSON.stringify(input)).toBe(want instanceof EvalError ? want.kind : 'value');
            return;
          }
          for (const d of outputs) {
            const w = want.outcome(d.name);
            const g = read(got, d.name);
            const where = `${d.name} for ${JSON.stringify(input)}`;
            if (w instanceof EvalError || g instanceof PolicyError) {
              expect(g instanceof PolicyError ? g.kind : 'value', where).toBe(w instanceof EvalError ? w.kind : 'value');
              continue;
            }
            const expected = isAbsent(w) ? null : toApi(w);
            expect(sameApiValue(g, expected), `${where}: ${JSON.stringify(g)} vs ${JSON.stringify(expected)}`).toBe(true);
          }
        }),
        { numRuns: 3000 },
      );
    });
  }
});

describe('batch forms agree with evaluate', () => {
  for (const r of regions) {
    it(`region ${r.name}: evaluateMany and evaluateMonths`, async () => {
      const mod = await generated(r.name);
      fc.assert(
        fc.property(fc.array(regionInputs(r), { maxLength: 30 }), (rows) => {
          const one = rows.map((x) => {
            try {
              return mod.evaluate(x);
            } catch (e) {
              return (e as PolicyError).kind;
            }
          });
          if (one.every((o) => typeof o !== 'string')) expect(mod.evaluateMany(rows).map(settled)).toEqual(one.map(settled));
        }),
        { numRuns: 200 },
      );
      if (mod.evaluateMonths && r.monthInput) {
        const sample = fc.sample(regionInputs(r), { numRuns: 20, seed: 7 });
        for (const s of sample) {
          const { [r.monthInput]: _m, ...person } = s;
          let months: Record<string, unknown>[];
          try {
            months = mod.evaluateMonths(person, '2022-07', '2023-06');
          } catch {
            continue;
          }
          const each = months.map((_, k) => mod.evaluate({ ...person, [r.monthInput!]: `${k < 6 ? 2022 : 2023}-${String(((k + 6) % 12) + 1).padStart(2, '0')}` }));
          expect(months.map(settled)).toEqual(each.map(settled));
        }
      }
    });
  }
});
