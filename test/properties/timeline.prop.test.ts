/**
 * Reference semantics of stateful regions: on random histories (a person's
 * consecutive months, inputs drawn month by month from the region's input
 * domains, starting anywhere in the horizon, often in December or January),
 * the generated `evaluateTimeline` and the interpreter's `Interpreter.timeline`
 * agree month by month on every output and state — or fail alike (error kind
 * of the whole timeline, or of each failed field). The columnar timeline
 * agrees with `evaluateTimeline` column by column, and a failing person makes
 * it throw the first failure with its row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { isStateful, type IrRegion } from '../../src/ir/ir.js';
import { EvalError, Interpreter, isAbsent, type Evaluation, type Value } from '../../src/interpret/interpret.js';
import { PolicyError } from '../../src/runtime/errors.js';
import { formatMonth, OPEN_END, parseMonth } from '../../src/runtime/month.js';
import { compilePolicies, generated, sameApiValue, toApi } from '../support/policies.js';

type Row = Record<string, unknown>;
interface Columnar {
  values: Record<string, Float64Array | Uint8Array>;
  present: Record<string, Uint8Array>;
}
interface TimelineModule {
  evaluate(input: Row, options?: { trace?: boolean }): Row;
  evaluateTimeline(months: Row[], options?: { trace?: boolean }): Row[];
  evaluateTimelineColumnar(columns: Record<string, ArrayLike<number>>, persons: number, from: number, to: number): Columnar;
  [codes: string]: unknown;
}

const { regions } = compilePolicies();
/** Histories per region (more with PROPS_RUNS=1000 npm run test:props). */
const RUNS = Number(process.env.PROPS_RUNS ?? 300);
const stateful = regions.filter(isStateful);

const toValues = (r: IrRegion, input: Row): Map<string, Value> => new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name])]));

/** One field of an output: its value, or the PolicyError reading it throws. */
function read(o: Row, key: string): unknown {
  try {
    return o[key];
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
}

/** A first month in the horizon: anywhere, or a December / January (the change of year). */
function startMonth(r: IrRegion, months: number): fc.Arbitrary<number> {
  const lo = r.horizon.start;
  const hi = Math.min(r.horizon.end ?? OPEN_END, lo + 30 * 12) - months + 1;
  const years = Math.floor((hi - lo) / 12);
  return fc.oneof(
    fc.integer({ min: lo, max: Math.max(lo, hi) }),
    fc.integer({ min: 0, max: Math.max(0, years - 1) }).chain((y) => fc.constantFrom(lo + y * 12 + (11 - (lo % 12)), lo + y * 12 + (12 - (lo % 12)))),
  ).map((m) => Math.min(Math.max(m, lo), Math.max(lo, hi)));
}

/** A history of `min..max` consecutive months. */
function history(r: IrRegion, min: number, max: number): fc.Arbitrary<Row[]> {
  return fc.integer({ min, max }).chain((n) => fc.tuple(startMonth(r, n), fc.array(regionInputs(r), { minLength: n, maxLength: n }))).map(([start, rows]) => rows.map((x, k) => ({ ...x, [r.monthInput!]: formatMonth(start + k) })));
}

describe('generated evaluateTimeline ≡ Interpreter.timeline', () => {
  it('there are stateful regions to check', () => {
    expect(stateful.map((r) => r.name)).toEqual(expect.arrayContaining(['account_ledger', 'account_ledger_prior_first']));
  });
  for (const r of stateful) {
    it(`region ${r.name}`, async () => {
      const mod = (await generated(r.name)) as unknown as TimelineModule;
      const interp = new Interpreter(r);
      const fields = r.decls.filter((d) => d.declKind === 'output' || d.declKind === 'state');
      fc.assert(
        fc.property(history(r, 1, 30), (months) => {
          let want: Evaluation[] | EvalError;
          try {
            want = interp.timeline(months.map((m) => toValues(r, m)));
          } catch (e) {
            if (!(e instanceof EvalError)) throw e;
            want = e;
          }
          let got: Row[] | PolicyError;
          try {
            got = mod.evaluateTimeline(months);
          } catch (e) {
            if (!(e instanceof PolicyError)) throw e;
            got = e;
          }
          if (want instanceof EvalError || got instanceof PolicyError) {
            expect(got instanceof PolicyError ? got.kind : 'value').toBe(want instanceof EvalError ? want.kind : 'value');
            return;
          }
          expect(got.length).toBe(months.length);
          for (const [k, ev] of want.entries()) {
            for (const d of fields) {
              const w = ev.outcome(d.name);
              const g = read(got[k]!, d.name);
              const where = `${d.name} in month ${k} (${String(months[k]![r.monthInput!])})`;
              if (w instanceof EvalError || g instanceof PolicyError) {
                expect(g instanceof PolicyError ? `${g.kind} ${g.field}` : 'value', where).toBe(w instanceof EvalError ? `${w.kind} ${w.field}` : 'value');
                continue;
              }
              const expected = isAbsent(w) ? null : toApi(w);
              expect(sameApiValue(g, expected), `${where}: ${JSON.stringify(g)} vs ${JSON.stringify(expected)}`).toBe(true);
            }
          }
          // the first month alone is `evaluate` (a one-month timeline)
          const one = mod.evaluate(months[0]!);
          for (const d of fields) {
            const a = read(one, d.name);
            const b = read(got[0]!, d.name);
            expect(a instanceof PolicyError ? a.kind : a).toEqual(b instanceof PolicyError ? b.kind : b);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it(`region ${r.name}: traces cite the states of the month before, as the interpreter's`, async () => {
      const mod = (await generated(r.name)) as unknown as TimelineModule;
      const interp = new Interpreter(r);
      fc.assert(
        fc.property(history(r, 1, 14), (months) => {
          let traced: { steps: { name: string; value: unknown; previous?: { name: string; value: unknown }[] }[] }[];
          try {
            traced = mod.evaluateTimeline(months, { trace: true }) as unknown as typeof traced;
          } catch (e) {
            if (e instanceof PolicyError) return; // the eager traced path fails where any rule fails
            throw e;
          }
          const steps: { previous?: readonly { name: string; value: Value }[]; name: string }[][] = months.map(() => []);
          const evs = interp.timeline(months.map((m) => toValues(r, m)), (k) => steps[k] as never);
          for (const ev of evs) for (const d of r.decls) ev.outcome(d.name);
          for (const [k, month] of traced.entries()) {
            const cited = month.steps.filter((s) => s.previous).map((s) => ({ name: s.name, previous: s.previous }));
            const want = steps[k]!.filter((s) => s.previous).map((s) => ({ name: s.name, previous: s.previous!.map((p) => ({ name: p.name, value: isAbsent(p.value) ? 'not applicable' : toApi(p.value as never) })) }));
            // the interpreter computes lazily (states first), the generated trace in dependency order
            const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);
            expect(cited.sort(byName)).toEqual(want.sort(byName));
          }
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    });

    it(`region ${r.name}: evaluateTimelineColumnar ≡ evaluateTimeline`, async () => {
      const mod = (await generated(r.name)) as unknown as TimelineModule;
      const cols = r.inputs.filter((i) => i.name !== r.monthInput);
      const fields = r.decls.filter((d) => d.declKind === 'output' || d.declKind === 'state');
      const persons = fc.integer({ min: 1, max: 13 }).chain((m) => fc.tuple(startMonth(r, m), fc.array(fc.array(regionInputs(r), { minLength: m, maxLength: m }), { minLength: 1, maxLength: 5 })));
      fc.assert(
        fc.property(persons, ([from, people]) => {
          const M = people[0]!.length;
          const P = people.length;
          const hist = people.map((rows) => rows.map((x, j) => ({ ...x, [r.monthInput!]: formatMonth(from + j) })));
          const columns: Record<string, Float64Array | Int32Array | Uint8Array> = {};
          for (const i of cols) {
            const c = i.ty.k === 'enum' || i.ty.k === 'bool' ? new Uint8Array(P * M) : i.ty.k === 'month' ? new Int32Array(P * M) : new Float64Array(P * M);
            hist.forEach((rows, p) =>
              rows.forEach((x, j) => {
                const v = x[i.name];
                c[p * M + j] = i.ty.k === 'enum' ? (i.ty.members as readonly unknown[]).indexOf(v) : i.ty.k === 'bool' ? (v ? 1 : 0) : i.ty.k === 'month' ? parseMonth(v) : i.ty.k === 'rate' ? (v as { num: number }).num : (v as number);
              }),
            );
            columns[i.name] = c;
          }
          // the first failure, person by person, month by month, as the columnar entry reports it
          let firstFailure: { kind: string; row: number } | undefined;
          const outs: Row[][] = [];
          for (const [p, rows] of hist.entries()) {
            try {
              const o = mod.evaluateTimeline(rows);
              outs.push(o);
              o.forEach((x, j) => {
                for (const key of Object.keys(x)) {
                  const v = read(x, key);
                  if (v instanceof PolicyError && !firstFailure) firstFailure = { kind: v.kind, row: p * M + j };
                }
              });
            } catch (e) {
              if (!(e instanceof PolicyError)) throw e;
              firstFailure ??= { kind: e.kind, row: p * M + (e.row ?? 0) };
              outs.push([]);
            }
            if (firstFailure) break;
          }
          let res: Columnar | PolicyError;
          try {
            res = mod.evaluateTimelineColumnar(columns, P, from, from + M - 1);
          } catch (e) {
            if (!(e instanceof PolicyError)) throw e;
            res = e;
          }
          if (firstFailure || res instanceof PolicyError) {
            expect(res instanceof PolicyError ? { kind: res.kind, row: res.row } : 'value').toEqual(firstFailure ?? 'value');
            return;
          }
          for (const d of fields) {
            for (let k = 0; k < P * M; k++) {
              const v = outs[Math.floor(k / M)]![k % M]![d.name];
              const col = res.values[d.name]!;
              if (v === null) {
                expect(res.present[d.name]![k], d.name).toBe(0);
                expect(col[k]).toBeNaN();
                continue;
              }
              // a list-valued output is its member's code (its position in the list), a month its index
              const code = d.ty.k === 'enum' ? d.ty.members.indexOf(v as string) : -1;
              const want = typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'object' ? (v as { num: number }).num : code >= 0 ? code : typeof v === 'string' ? parseMonth(v) : v;
              expect(col[k], `${d.name} row ${k}`).toBe(want);
            }
          }
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    });

    it(`region ${r.name}: invalid histories are rejected with the month's row`, async () => {
      const mod = (await generated(r.name)) as unknown as TimelineModule;
      const [months] = fc.sample(history(r, 3, 3), { numRuns: 1, seed: 11 });
      const kindRow = (f: () => unknown): unknown => {
        try {
          f();
          return 'value';
        } catch (e) {
          return e instanceof PolicyError ? { kind: e.kind, field: e.field, row: e.row } : e;
        }
      };
      expect(kindRow(() => mod.evaluateTimeline([]))).toEqual({ kind: 'invalid_input', field: r.monthInput, row: undefined });
      expect(kindRow(() => mod.evaluateTimeline([months![0]!, months![2]!]))).toEqual({ kind: 'invalid_input', field: r.monthInput, row: 1 });
      expect(kindRow(() => mod.evaluateTimeline([months![1]!, months![0]!]))).toEqual({ kind: 'invalid_input', field: r.monthInput, row: 1 });
      const { [r.monthInput!]: _m, ...rest } = months![2]!;
      expect(kindRow(() => mod.evaluateTimeline([months![0]!, months![1]!, rest]))).toMatchObject({ kind: 'invalid_input', row: 2 });
    });
  }
});
