/**
 * fast-check arbitraries for a stateful region's HISTORIES: a person's
 * consecutive months, each with the region's inputs (the month input set to
 * that month). The biases are the ones a ledger's rules turn on:
 *
 *   - the first month is often a November, December or January, so short
 *     histories cross a change of year;
 *   - every input is either constant over the history (a person's category)
 *     or varies month by month; an input only `initially` reads (an opening
 *     balance) is always constant;
 *   - booleans come in runs, with gaps (runs of `false` of 1..7 months) and
 *     resumptions; enums in runs;
 *   - amounts are often 0 and sometimes the domain's top (spending larger than
 *     any balance), or fall only in the boundary months (December, January,
 *     the history's first and last month).
 *
 * Values are in the generated API's shape (src/harness/arbitraries.ts). Series
 * are arrays shorter than or as long as the history (the last value carries
 * on), so fast-check shrinks a counterexample to few months and few changes.
 */
import fc from 'fast-check';
import type { IrInput, IrRegion } from '../ir/ir.js';
import { formatMonth, OPEN_END } from '@policyc/runtime';
import { readsOfBody, readsOfExpr } from '../ir/visit.js';
import { inputArbitraries } from './arbitraries.js';
import type { ApiInput } from './invariants.js';

/** A person's months: the first month's index and each month's inputs (the month input included). */
export interface History {
  readonly start: number;
  readonly months: readonly ApiInput[];
}

export const MAX_MONTHS = 36;

/** How one input's value is drawn over a history, before it is laid over the months. */
type Plan =
  | { readonly k: 'constant'; readonly v: unknown }
  | { readonly k: 'series'; readonly vs: readonly unknown[] }
  /** non-zero only in December, January and the history's first and last month */
  | { readonly k: 'boundary'; readonly vs: readonly unknown[]; readonly zero: unknown };

const isBoundary = (m: number, first: number, last: number): boolean => m === first || m === last || m % 12 === 11 || m % 12 === 0;

function valueAt(p: Plan, k: number, month: number, first: number, last: number): unknown {
  if (p.k === 'constant') return p.v;
  const v = p.vs[Math.min(k, p.vs.length - 1)];
  if (p.k === 'boundary' && !isBoundary(month, first, last)) return p.zero;
  return v;
}

const series = (value: fc.Arbitrary<unknown>): fc.Arbitrary<Plan> =>
  fc.array(value, { minLength: 1, maxLength: MAX_MONTHS }).map((vs) => ({ k: 'series', vs }));

/** short runs often, so that a history of a few months sees a gap and a resumption */
const runLength = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }) },
);

/** Runs of equal values (an enum's member for 1..12 months). */
function runs(value: fc.Arbitrary<unknown>): fc.Arbitrary<Plan> {
  return fc.array(fc.tuple(value, runLength), { minLength: 1, maxLength: 8 }).map((rs) => ({
    k: 'series',
    vs: rs.flatMap(([v, n]) => Array<unknown>(n).fill(v)).slice(0, MAX_MONTHS),
  }));
}

/** Booleans in alternating runs: paid, a gap of 1..7 unpaid months, resumption, … */
const boolRuns: fc.Arbitrary<Plan> = fc.tuple(fc.boolean(), fc.array(runLength, { minLength: 1, maxLength: 8 })).map(([first, ns]) => ({
  k: 'series',
  vs: ns
    .flatMap((n, j) => ((j % 2 === 0 ? first : !first) ? Array<unknown>(n).fill(true) : Array<unknown>(((n - 1) % 7) + 1).fill(false)))
    .slice(0, MAX_MONTHS),
}));

function planArb(i: IrInput, arb: fc.Arbitrary<unknown>): fc.Arbitrary<Plan> {
  const constant = arb.map((v): Plan => ({ k: 'constant', v }));
  const t = i.ty;
  if (t.k === 'bool') return fc.oneof(constant, boolRuns);
  if (t.k === 'enum') return fc.oneof(constant, runs(arb));
  if (t.k === 'month' || t.k === 'rate') return fc.oneof({ weight: 3, arbitrary: constant }, { weight: 1, arbitrary: series(arb) });
  const lo = Number(i.low!.num / i.low!.den);
  const hi = Number(i.high!.num / i.high!.den);
  const amount = fc.oneof(
    { weight: 3, arbitrary: fc.constant(lo) },
    { weight: 5, arbitrary: arb },
    { weight: 1, arbitrary: fc.constant(hi) },
  );
  return fc.oneof(
    { weight: 3, arbitrary: constant },
    { weight: 3, arbitrary: series(amount) },
    { weight: 1, arbitrary: fc.array(arb, { minLength: 1, maxLength: MAX_MONTHS }).map((vs): Plan => ({ k: 'boundary', vs, zero: lo })) },
  );
}

/** The first month: anywhere in the first 20 years of the horizon, often a November, December or January. */
function startArb(r: IrRegion): fc.Arbitrary<number> {
  const lo = r.horizon.start;
  const hi = Math.max(lo, Math.min(r.horizon.end ?? OPEN_END, lo + 20 * 12) - 1);
  const years = Math.floor(hi / 12) - Math.floor(lo / 12);
  const nearNewYear = fc
    .tuple(fc.integer({ min: 0, max: years }), fc.constantFrom(-2, -1, 0))
    .map(([y, d]) => Math.min(hi, Math.max(lo, (Math.floor(lo / 12) + y) * 12 + d + 12)));
  return fc.oneof({ weight: 2, arbitrary: fc.integer({ min: lo, max: hi }) }, { weight: 3, arbitrary: nearNewYear });
}

/** The number of months: mostly a few (a change of year fits in two), sometimes up to three years. */
const lengthArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 14 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_MONTHS }) },
);

/**
 * Inputs only a state's `initially` reads (an opening balance): their value
 * matters in the first month alone, so they are constant over a history, as a
 * person's opening figures are.
 */
export function openingInputs(r: IrRegion): Set<string> {
  const monthly = new Set<string>();
  const initial = new Set<string>();
  for (const d of r.decls) {
    readsOfBody(d.body, monthly);
    if (d.initially) readsOfExpr(d.initially, initial);
  }
  for (const inv of r.invariants) {
    for (const w of inv.when) readsOfExpr(w, monthly);
    for (const c of inv.claims) {
      if (c.kind === 'holds') readsOfExpr(c.e, monthly);
      else monthly.add(c.input);
    }
  }
  return new Set(r.inputs.map((i) => i.name).filter((n) => initial.has(n) && !monthly.has(n)));
}

/** The low end of a numeric input's domain in the API's units (fen, counts), if it has one. */
function lowEnd(i: IrRegion['inputs'][number]): number | undefined {
  if ((i.ty.k !== 'money' && i.ty.k !== 'int') || !i.low) return undefined;
  return Number(i.low.num / i.low.den);
}

/** Arbitrary histories of a stateful region, inside its horizon. */
export function regionHistories(r: IrRegion, opts: { maxMonths?: number } = {}): fc.Arbitrary<History> {
  const arbs = inputArbitraries(r);
  const free = r.inputs.filter((i) => i.name !== r.monthInput);
  const opening = openingInputs(r);
  const plans = fc.tuple(
    ...free.map((i) =>
      opening.has(i.name)
        ? // an opening figure: often the domain's low end (a new member, no gap in progress), else anything
          fc.oneof(lowEnd(i) !== undefined ? fc.constant(lowEnd(i)) : arbs.get(i.name)!, arbs.get(i.name)!).map((v): Plan => ({ k: 'constant', v }))
        : planArb(i, arbs.get(i.name)!),
    ),
  );
  const end = r.horizon.end ?? OPEN_END;
  const max = Math.min(opts.maxMonths ?? MAX_MONTHS, MAX_MONTHS);
  return fc.tuple(startArb(r), lengthArb, plans).map(([start, n, ps]) => {
    const length = Math.max(1, Math.min(n, max, end - start + 1));
    const last = start + length - 1;
    const months = Array.from({ length }, (_, k) => {
      const m = start + k;
      const input: ApiInput = Object.fromEntries(free.map((i, j) => [i.name, valueAt(ps[j]!, k, m, start, last)]));
      if (r.monthInput) input[r.monthInput] = formatMonth(m);
      return input;
    });
    return { start, months };
  });
}

/**
 * A second history differing from `h` only in `input`: in every month (taking
 * `other`'s values, month by month) or in one month `at` (taken modulo the length).
 */
export function varyInput(h: History, other: History, input: string, at: number | undefined): History {
  const pick = (k: number): unknown => other.months[Math.min(k, other.months.length - 1)]![input];
  const j = at === undefined ? undefined : at % h.months.length;
  return { start: h.start, months: h.months.map((m, k) => (j === undefined || j === k ? { ...m, [input]: pick(k) } : m)) };
}
