/**
 * Reference semantics: on random valid inputs, every generated evaluator and
 * the interpreter over the checked IR agree to the fen on every output —
 * or both reject the input with the same error kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { EvalError, Interpreter, isAbsent, type Value } from '../../src/interpret/interpret.js';
import { PolicyError } from '../../src/runtime/errors.js';
import { compilePolicies, generated, sameApiValue, toApi } from '../support/policies.js';

const { regions } = compilePolicies();

const toValues = (r: (typeof regions)[number], input: Record<string, unknown>): Map<string, Value> =>
  new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name])]));

describe('generated evaluator ≡ reference interpreter', () => {
  for (const r of regions) {
    it(`region ${r.name}`, async () => {
      const mod = await generated(r.name);
      const interp = new Interpreter(r);
      const outputs = r.decls.filter((d) => d.declKind === 'output');
      fc.assert(
        fc.property(regionInputs(r), (input) => {
          let want: Map<string, Value> | EvalError;
          try {
            want = interp.run(toValues(r, input));
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
            const w = want.get(d.name)!;
            const expected = isAbsent(w) ? null : toApi(w);
            expect(sameApiValue(got[d.name], expected), `${d.name} for ${JSON.stringify(input)}: ${JSON.stringify(got[d.name])} vs ${JSON.stringify(expected)}`).toBe(true);
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
          if (one.every((o) => typeof o !== 'string')) expect(mod.evaluateMany(rows)).toEqual(one);
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
          expect(months).toEqual(each);
        }
      }
    });
  }
});
