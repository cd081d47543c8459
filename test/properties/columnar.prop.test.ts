/**
 * evaluateColumnar ≡ evaluate, row by row, on random populations of every
 * region: the same values (absent outputs as NaN with presence 0), or the same
 * PolicyError (kind, field, policy location) at the first failing row, with
 * `row` set (an output that failed makes its row throw, as reading it from
 * `evaluate`'s lazy result does). Populations include invalid values (bad enum and boolean codes,
 * fractional and out-of-domain numbers, months outside the horizon).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateScale } from '../../src/analysis/rate-scale.js';
import { isStateful, type IrInput, type IrRegion } from '../../src/ir/ir.js';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { formatMonth, monthText, parseMonth, PolicyError } from '@policyc/runtime';
import { compilePolicies } from '../support/policies.js';
import { thrown } from '../support/checks.js';

type Columns = Record<string, Uint8Array | Int32Array | Float64Array>;
interface Result {
  values: Record<string, Float64Array | Uint8Array>;
  present: Record<string, Uint8Array>;
}
interface Mod {
  evaluate(input: Record<string, unknown>): Record<string, unknown>;
  evaluateColumnar(...args: unknown[]): Result;
  [k: string]: unknown;
}

const { regions } = compilePolicies();

/** A column value → the API value `evaluate` takes (the documented mapping). */
function apiValue(i: IrInput, v: number): unknown {
  switch (i.ty.k) {
    case 'enum':
      return v < i.ty.members.length ? i.ty.members[v] : v;
    case 'bool':
      return v === 1 ? true : v === 0 ? false : v;
    case 'month':
      return monthText(v);
    case 'rate':
      return { num: v, den: Number(rateScale(i)) };
    default:
      return v;
  }
}

/** An API value → its column value. */
function columnValue(i: IrInput, v: unknown): number {
  switch (i.ty.k) {
    case 'enum':
      return i.ty.members.indexOf(v as string);
    case 'bool':
      return v ? 1 : 0;
    case 'month':
      return parseMonth(v);
    case 'rate': {
      const q = v as { num: number; den: number };
      return (q.num * Number(rateScale(i))) / q.den;
    }
    default:
      return v as number;
  }
}

/** A value of the column that `evaluate` must reject. */
function invalidArb(i: IrInput, r: IrRegion): fc.Arbitrary<number> {
  switch (i.ty.k) {
    case 'enum':
      return fc.constantFrom(i.ty.members.length, 255);
    case 'bool':
      return fc.constantFrom(2, 255);
    case 'month':
      return fc.constantFrom(r.horizon.start - 1, r.horizon.start - 13, -5);
    default: {
      const scale = i.ty.k === 'rate' ? rateScale(i) : 1n;
      const lo = Number((i.low!.num * scale) / i.low!.den);
      const hi = Number((i.high!.num * scale) / i.high!.den);
      return fc.constantFrom(lo - 1, hi + 1, lo + 0.5, Number.NaN);
    }
  }
}

function population(r: IrRegion) {
  const persons = r.inputs.filter((i) => i.name !== r.monthInput);
  const person = regionInputs(r).map((x) => persons.map((i) => columnValue(i, x[i.name])));
  // about one person in twelve has an invalid value
  const broken = fc.oneof({ weight: 11, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(persons.length - 1), fc.nat()) });
  return fc.record({
    people: fc.array(fc.tuple(person, broken), { maxLength: 7 }),
    start: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 48 }) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: -1 }) }),
    span: fc.integer({ min: 0, max: 14 }),
    floatAges: fc.boolean(),
    prealloc: fc.boolean(),
    bad: fc.array(fc.tuple(...persons.map((i) => invalidArb(i, r))), { minLength: 1, maxLength: 1 }),
  });
}

describe('evaluateColumnar ≡ evaluate per row', () => {
  // stateful regions have evaluateTimelineColumnar instead (test/properties/timeline.prop.test.ts)
  // a region with a list input has no evaluateColumnar (a list has no typed-array column; grammar/README.md, Records and lists)
  for (const r of regions.filter((x) => !isStateful(x) && !x.inputs.some((i) => i.ty.k === 'list'))) {
    it(`region ${r.name}`, async () => {
      const mod = (await import(`../../generated/${r.name}.ts`)) as Mod;
      const persons = r.inputs.filter((i) => i.name !== r.monthInput);
      const outputs = r.decls.filter((d) => d.declKind === 'output');
      for (const i of persons) if (i.ty.k === 'enum') expect(Object.values(mod)).toContainEqual(i.ty.members);
      // the outputs with a presence column: those that may be not applicable
      const empty = Object.fromEntries(persons.map((i) => [i.name, new Float64Array(0)]));
      const shape = r.monthInput ? mod.evaluateColumnar(empty, r.horizon.start, r.horizon.start) : mod.evaluateColumnar(empty);
      const mayBeAbsent = Object.keys(shape.present);
      expect(outputs.filter((d) => d.mayBeAbsent).map((d) => d.name)).toEqual(expect.arrayContaining(mayBeAbsent));
      fc.assert(
        fc.property(population(r), ({ people, start, span, floatAges, prealloc, bad }) => {
          const P = people.length;
          const rows = people.map(([values, broken]) => {
            const v = [...values];
            if (broken && persons.length) v[broken[0]] = bad[0]![broken[0]]!;
            return v;
          });
          const cols: Columns = {};
          persons.forEach((i, c) => {
            const xs = rows.map((v) => v[c]!);
            cols[i.name] =
              i.ty.k === 'enum' || i.ty.k === 'bool' ? Uint8Array.from(xs) : i.ty.k === 'month' ? Int32Array.from(xs) : i.ty.k === 'int' && !floatAges && xs.every(Number.isInteger) ? Int32Array.from(xs) : Float64Array.from(xs);
          });
          if (!persons.length) return;
          const from = r.horizon.start + start;
          const to = from + span;
          const M = r.monthInput ? span + 1 : 1;
          // expected: evaluate on every row, person-major, up to the first error
          const want: (Record<string, unknown> | undefined)[] = [];
          let err: { kind: string; field: string; at: string; row: number } | undefined;
          outer: for (let p = 0; p < P; p++) {
            for (let j = 0; j < M; j++) {
              const input: Record<string, unknown> = {};
              persons.forEach((i) => (input[i.name] = apiValue(i, cols[i.name]![p]!)));
              if (r.monthInput) input[r.monthInput] = monthText(from + j);
              try {
                // every output read, as evaluateColumnar reads them (a failed output throws when read)
                want.push({ ...mod.evaluate(input) });
              } catch (e) {
                if (!(e instanceof PolicyError)) throw e;
                err = { kind: e.kind, field: e.field, at: `${e.location.file}:${e.location.line}`, row: p * M + j };
                break outer;
              }
            }
          }
          const out: Result | undefined = prealloc
            ? {
                values: Object.fromEntries(outputs.map((d) => [d.name, d.ty.k === 'bool' || d.ty.k === 'enum' ? new Uint8Array(P * M + 3).fill(9) : new Float64Array(P * M + 3).fill(-7)])),
                present: Object.fromEntries(mayBeAbsent.map((n) => [n, new Uint8Array(P * M + 3).fill(9)])),
              }
            : undefined;
          let got: Result;
          try {
            got = r.monthInput ? mod.evaluateColumnar(cols, from, to, out) : mod.evaluateColumnar(cols, out);
          } catch (e) {
            if (!(e instanceof PolicyError)) throw e;
            expect({ kind: e.kind, field: e.field, at: `${e.location.file}:${e.location.line}`, row: e.row }, `${r.name} from ${formatMonth(from)}`).toEqual(err);
            expect(e.message).toContain(`row ${e.row}`);
            return;
          }
          expect(err, 'evaluate threw but evaluateColumnar did not').toBeUndefined();
          if (out) expect(got).toBe(out);
          for (let k = 0; k < want.length; k++) {
            for (const d of outputs) {
              const w = want[k]![d.name];
              const v = got.values[d.name]![k]!;
              const pres = got.present[d.name];
              if (w === null) {
                expect([Number.isNaN(v), pres?.[k]], `${d.name} row ${k}`).toEqual([true, 0]);
                continue;
              }
              if (pres) expect(pres[k], `${d.name} presence row ${k}`).toBe(1);
              const expected =
                d.ty.k === 'rate' ? (w as { num: number }).num : d.ty.k === 'month' ? parseMonth(w) : d.ty.k === 'bool' ? (w ? 1 : 0) : d.ty.k === 'enum' ? d.ty.members.indexOf(w as string) : w;
              expect(v, `${d.name} row ${k}`).toBe(expected);
            }
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('rejects a malformed month range and columns of different lengths, naming the field and line', async () => {
    const mod = (await import('../../generated/national.ts')) as Mod;
    // flexible_rate: numerators over 1000000 (10%)
    const cols = { status: new Uint8Array(2), age: new Int32Array([40, 40]), base: new Float64Array([500000, 1]), pension: new Float64Array(2), average_wage: new Float64Array([800000, 800000]), flexible_rate: new Float64Array([100000, 100000]), average_pension: new Float64Array([350000, 350000]) };
    const e1 = thrown(() => mod.evaluateColumnar(cols, 24300, 24299));
    expect([e1.kind, e1.field, e1.location.line]).toEqual(['invalid_input', 'month', 35]);
    const e2 = thrown(() => mod.evaluateColumnar({ ...cols, base: new Float64Array(3) }, 24300, 24301));
    expect([e2.kind, e2.field, e2.location.line]).toEqual(['invalid_input', 'base', 33]);
    // fractional fen in the second person: rows 2 and 3; the first person's rows are fine
    const e3 = thrown(() => mod.evaluateColumnar({ ...cols, base: new Float64Array([500000, 100.5]) }, 24300, 24301));
    expect([e3.kind, e3.field, e3.row, e3.location.line]).toEqual(['invalid_input', 'base', 2, 33]);
    // a range running past the horizon's start is rejected at the first row outside it
    const e4 = thrown(() => mod.evaluateColumnar(cols, 24238, 24241));
    expect([e4.kind, e4.field, e4.row]).toEqual(['out_of_horizon', 'month', 0]);
  });
});
