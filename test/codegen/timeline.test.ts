/**
 * Generated timelines of a small stateful region whose states fail: a counter
 * that leaves its domain (`out_of_domain` at its line, never clamped), a state
 * reading an `unspecified` output only in some months, boolean and enum
 * states. On random histories the generated `evaluateTimeline` agrees with
 * the interpreter's `timeline` field by field and month by month — a failed
 * state fails later months only where `previous(…)` of it is read — and the
 * columnar timeline throws the first failure with its row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { EvalError, Interpreter, isAbsent, type Value } from '../../src/interpret/interpret.js';
import { PolicyError } from '../../src/runtime/errors.js';
import { formatMonth } from '../../src/runtime/month.js';
import * as Q from '../../src/ir/rational.js';
import { loadGenerated } from '../support/generate.js';
import { toApi } from '../support/policies.js';

const PATH = 'test/codegen/timeline-demo.policy';
const TEXT = `region demo
  rounding half_up to fen
  horizon from 2020-01
  input month: month
  input paid: boolean
  input amount: money in 0.00 to 100.00
  state streak: months in 0 to 3
    initially: 0
    when paid: previous(streak) + 1
    when not paid: 0
  state ever: boolean
    initially: false
    when paid: true
    when not paid: previous(ever)
  state level: one of low, high
    initially: low
    when amount > 50.00: high
    otherwise: previous(level)
  state total: money in 0.00 to 250.00
    initially: amount
    when paid: previous(total) + carry
    when not paid: previous(total)
  output carry: money
    when paid: amount
    when not paid: unspecified
  output after: months = streak
  output seen: boolean = ever
  output top: boolean = level is high
  output held: money = total
`;

type Row = Record<string, unknown>;
interface Demo {
  evaluate(input: Row): Row;
  evaluateTimeline(months: Row[], options?: { trace: boolean }): Row[];
  evaluateTimelineColumnar(columns: Record<string, ArrayLike<number>>, persons: number, from: number, to: number): { values: Record<string, Float64Array | Uint8Array> };
}

const region = compile([{ path: PATH, text: TEXT }]).regions[0]!;
const fields = ['carry', 'after', 'seen', 'top', 'held', 'streak', 'ever', 'level', 'total'];

function read(o: Row, key: string): unknown {
  try {
    return o[key];
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
}

// a domain failure is at the state's line in both; `unspecified` is at the case (generated) or the declaration (interpreter)
const outcome = (v: unknown): unknown => (v instanceof PolicyError ? `${v.kind} ${v.field}${v.kind === 'out_of_domain' ? ` line ${v.location.line}` : ''}` : v);
const interpOutcome = (v: Value | EvalError): unknown =>
  v instanceof EvalError ? `${v.kind} ${v.field}${v.kind === 'out_of_domain' ? ` line ${v.where.line}` : ''}` : isAbsent(v) ? null : toApi(v as never);

const month = fc.record({ paid: fc.boolean(), amount: fc.oneof(fc.constantFrom(0, 5000, 5001, 10000), fc.integer({ min: 0, max: 10000 })) });
const history = fc.tuple(fc.integer({ min: 2020 * 12, max: 2030 * 12 }), fc.array(month, { minLength: 1, maxLength: 12 }));
const rows = (start: number, ms: { paid: boolean; amount: number }[]): Row[] => ms.map((m, k) => ({ ...m, month: formatMonth(start + k) }));
const values = (r: Row): Map<string, Value> =>
  new Map<string, Value>([
    ['month', { k: 'month', value: (r.month as string) === '' ? 0 : Number((r.month as string).slice(0, 4)) * 12 + Number((r.month as string).slice(5)) - 1 }],
    ['paid', { k: 'bool', value: r.paid as boolean }],
    ['amount', { k: 'num', value: Q.rat(BigInt(r.amount as number)) }],
  ]);

describe('generated timeline of a region whose states fail', () => {
  it('agrees with the interpreter month by month, failures included', async () => {
    const mod = await loadGenerated<Demo>('demo', PATH, TEXT);
    const interp = new Interpreter(region);
    let failedStates = 0;
    let recovered = 0;
    fc.assert(
      fc.property(history, ([start, ms]) => {
        const hist = rows(start, ms);
        const want = interp.timeline(hist.map(values));
        const got = mod.evaluateTimeline(hist);
        for (const [k, ev] of want.entries()) {
          for (const f of fields) expect(outcome(read(got[k]!, f)), `${f} in month ${k} of ${JSON.stringify(ms)}`).toEqual(interpOutcome(ev.outcome(f)));
          const s = read(got[k]!, 'streak');
          if (s instanceof PolicyError) failedStates++;
          else if (k > 0 && read(got[k - 1]!, 'streak') instanceof PolicyError) recovered++;
        }
      }),
      { numRuns: 1000 },
    );
    // the property saw states fail, and later months that did not read them recover
    expect(failedStates).toBeGreaterThan(10);
    expect(recovered).toBeGreaterThan(10);
  });

  it('a failed state is out_of_domain at its line and fails next month’s previous(…) with the same error', async () => {
    const mod = await loadGenerated<Demo>('demo', PATH, TEXT);
    const hist = rows(2024 * 12, [true, true, true, true, true, false].map((paid) => ({ paid, amount: 100 })));
    const got = mod.evaluateTimeline(hist);
    expect(got.slice(0, 3).map((o) => o.streak)).toEqual([1, 2, 3]);
    const e4 = read(got[3]!, 'streak') as PolicyError;
    expect([e4.kind, e4.field, e4.location.line]).toEqual(['out_of_domain', 'streak', 7]);
    expect(read(got[4]!, 'streak')).toBe(e4);
    expect(() => got[4]!.after).toThrow(e4);
    expect(got[5]!.streak).toBe(0);
    expect(got[5]!.held).toBe(600); // opened at 100, then 100 a paid month
    // `evaluate` is a one-month timeline; the trace cites the states of the month before
    const one = mod.evaluateTimeline(hist.slice(0, 2), { trace: true }) as unknown as { steps: { name: string; previous?: unknown }[] }[];
    expect(one[1]!.steps.find((s) => s.name === 'streak')?.previous).toEqual([{ name: 'streak', value: 1 }]);
    expect(one[0]!.steps.find((s) => s.name === 'total')?.previous).toEqual([{ name: 'total', value: 100 }]);
  });

  it('the columnar timeline throws the first failure with its row, else equals the object timeline', async () => {
    const mod = await loadGenerated<Demo>('demo', PATH, TEXT);
    fc.assert(
      fc.property(fc.integer({ min: 2020 * 12, max: 2030 * 12 }), fc.integer({ min: 1, max: 8 }).chain((m) => fc.array(fc.array(month, { minLength: m, maxLength: m }), { minLength: 1, maxLength: 4 })), (from, people) => {
        const M = people[0]!.length;
        const P = people.length;
        const paid = new Uint8Array(P * M);
        const amount = new Float64Array(P * M);
        people.forEach((ms, p) => ms.forEach((m, j) => ((paid[p * M + j] = m.paid ? 1 : 0), (amount[p * M + j] = m.amount))));
        let first: unknown;
        const outs = people.map((ms, p) => {
          const o = mod.evaluateTimeline(rows(from, ms));
          o.forEach((x, j) => {
            for (const f of Object.keys(x)) {
              const v = read(x, f);
              if (v instanceof PolicyError && first === undefined) first = { kind: v.kind, row: p * M + j };
            }
          });
          return o;
        });
        let got: unknown;
        try {
          const res = mod.evaluateTimelineColumnar({ paid, amount }, P, from, from + M - 1);
          got = res;
          expect(first).toBeUndefined();
          for (const f of fields) outs.forEach((o, p) => o.forEach((x, j) => {
            const v = x[f];
            expect(res.values[f]![p * M + j], f).toBe(typeof v === 'boolean' ? (v ? 1 : 0) : v === 'low' ? 0 : v === 'high' ? 1 : v);
          }));
        } catch (e) {
          if (!(e instanceof PolicyError)) throw e;
          got = { kind: e.kind, row: e.row };
          expect(got).toEqual(first);
        }
        expect(got).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
