/**
 * The seeded timeline population of the issue-10 benchmark (region
 * `bench_timeline`): P persons × 36 months, person-major typed-array columns
 * (row k = p·36 + m), every input a column of P·36 values. Money is integer
 * fen in Float64Arrays, `paid` 0/1 in a Uint8Array, month counts in
 * Int32Arrays. The opening balances and counters (`opening_*`) are read in a
 * person's first month only; the generator repeats each person's value in
 * all its rows (every row is a valid input on its own).
 *
 * Months 2023-11 … 2026-10: three changes of year (2024-01, 2025-01, 2026-01).
 *
 * Per person, from mulberry32(seed), in this order: a "never gaps" draw
 * (30 % never miss a contribution), the opening balances (20 % start with an
 * empty current year, 20 % with empty prior years), the opening counters
 * (10 % start inside a gap of 1..12 months, 10 % inside a wait of 1..6
 * months), the monthly credit level (50.00 … 1050.00 yuan). Then per month:
 * paid (a person who gaps starts a gap with probability 8 % in a paid month;
 * a gap lasts 1..7 months), the credit (the person's level in paid months,
 * 0 in gap months), the spend (50 % nothing, 3 % a large bill of up to
 * 100,000.00 yuan that usually exhausts the account, else up to 3,000.00),
 * the claim (70 % none, else 0.01 … 20,000.00 yuan, any fen: the 90 %
 * reimbursement meets half-fen ties).
 */
import { mulberry32 } from '../population.js';

/** The first month (month index, year·12 + month − 1): 2023-11. */
export const TIMELINE_FROM = 2023 * 12 + 10;
export const TIMELINE_MONTHS = 36;
export const TIMELINE_TO = TIMELINE_FROM + TIMELINE_MONTHS - 1;

/** The input columns of `bench_timeline`, P·M values each, person-major. */
export interface TimelineInputs {
  readonly paid: Uint8Array;
  readonly credit: Float64Array;
  readonly spend: Float64Array;
  readonly claim: Float64Array;
  readonly opening_current_year: Float64Array;
  readonly opening_prior_years: Float64Array;
  readonly opening_unpaid_run: Int32Array;
  readonly opening_waiting: Int32Array;
}

export interface TimelinePopulation {
  readonly persons: number;
  readonly months: number;
  readonly from: number;
  readonly to: number;
  readonly columns: TimelineInputs;
}

/**
 * The output columns every arm writes (P·M rows): every output and state of
 * the region, as the generated entry point writes them (money in fen, counts
 * in months, reimbursable 0/1).
 */
export interface TimelineOutputs {
  readonly from_current_year: Float64Array;
  readonly from_prior_years: Float64Array;
  readonly paid_from_account: Float64Array;
  readonly paid_in_cash: Float64Array;
  readonly current_year: Float64Array;
  readonly prior_years: Float64Array;
  readonly balance: Float64Array;
  readonly unpaid_run: Float64Array;
  readonly waiting: Float64Array;
  readonly reimbursable: Uint8Array;
  readonly reimbursed: Float64Array;
}

export const OUTPUT_NAMES = [
  'from_current_year',
  'from_prior_years',
  'paid_from_account',
  'paid_in_cash',
  'current_year',
  'prior_years',
  'balance',
  'unpaid_run',
  'waiting',
  'reimbursable',
  'reimbursed',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export function newOutputs(rows: number): TimelineOutputs {
  const f = (): Float64Array => new Float64Array(rows).fill(Number.NaN);
  return {
    from_current_year: f(),
    from_prior_years: f(),
    paid_from_account: f(),
    paid_in_cash: f(),
    current_year: f(),
    prior_years: f(),
    balance: f(),
    unpaid_run: f(),
    waiting: f(),
    reimbursable: new Uint8Array(rows).fill(255),
    reimbursed: f(),
  };
}

/** Bytes of all input columns. */
export function inputBytes(c: TimelineInputs): number {
  return Object.values(c).reduce((s: number, a: ArrayBufferView) => s + a.byteLength, 0);
}

/** Draws `persons` persons × 36 months from mulberry32(seed). */
export function generateTimeline(persons: number, seed = 10): TimelinePopulation {
  const M = TIMELINE_MONTHS;
  const rows = persons * M;
  const rnd = mulberry32(seed);
  const c = {
    paid: new Uint8Array(rows),
    credit: new Float64Array(rows),
    spend: new Float64Array(rows),
    claim: new Float64Array(rows),
    opening_current_year: new Float64Array(rows),
    opening_prior_years: new Float64Array(rows),
    opening_unpaid_run: new Int32Array(rows),
    opening_waiting: new Int32Array(rows),
  };
  for (let p = 0, k = 0; p < persons; p++) {
    const neverGaps = rnd() < 0.3;
    const cur = rnd() < 0.2 ? 0 : Math.floor(rnd() * 500_001);
    const prior = rnd() < 0.2 ? 0 : Math.floor(rnd() * 5_000_001);
    const unpaid = rnd() < 0.1 ? 1 + Math.floor(rnd() * 12) : 0;
    const waiting = rnd() < 0.1 ? 1 + Math.floor(rnd() * 6) : 0;
    const level = 5_000 + Math.floor(rnd() * 100_001);
    // a person whose history opens inside a gap finishes it first
    let gapLeft = unpaid > 0 && !neverGaps ? Math.floor(rnd() * 4) : 0;
    for (let m = 0; m < M; m++, k++) {
      c.opening_current_year[k] = cur;
      c.opening_prior_years[k] = prior;
      c.opening_unpaid_run[k] = unpaid;
      c.opening_waiting[k] = waiting;
      if (gapLeft === 0 && !neverGaps && rnd() < 0.08) gapLeft = 1 + Math.floor(rnd() * 7);
      const paid = gapLeft === 0;
      if (gapLeft > 0) gapLeft--;
      c.paid[k] = paid ? 1 : 0;
      c.credit[k] = paid ? level : 0;
      const u = rnd();
      c.spend[k] = u < 0.5 ? 0 : u < 0.53 ? Math.floor(rnd() * 10_000_001) : Math.floor(rnd() * rnd() * 300_001);
      c.claim[k] = rnd() < 0.7 ? 0 : 1 + Math.floor(rnd() * 2_000_000);
    }
  }
  return { persons, months: M, from: TIMELINE_FROM, to: TIMELINE_TO, columns: c };
}

/** The first `n` persons' rows (subarrays, no copy). */
export function slicePopulation(pop: TimelinePopulation, n: number): TimelinePopulation {
  const end = n * pop.months;
  const c = pop.columns;
  const sub = <T extends Uint8Array | Float64Array | Int32Array>(a: T): T => a.subarray(0, end) as T;
  return {
    ...pop,
    persons: n,
    columns: {
      paid: sub(c.paid),
      credit: sub(c.credit),
      spend: sub(c.spend),
      claim: sub(c.claim),
      opening_current_year: sub(c.opening_current_year),
      opening_prior_years: sub(c.opening_prior_years),
      opening_unpaid_run: sub(c.opening_unpaid_run),
      opening_waiting: sub(c.opening_waiting),
    },
  };
}
