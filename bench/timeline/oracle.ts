/**
 * An independent BigInt oracle of region `bench_timeline`, written from the
 * policy text (policies/ledger/account-ledger.policy,
 * policies/gaps/contribution-gaps.policy, policies/bench/bench-timeline.policy),
 * declaration by declaration, on BigInt fen: no doubles, no generated code, no
 * src/runtime code. The benchmark checks every output of every arm against it
 * on a sample of persons; test/bench/timeline-oracle.test.ts checks it
 * against the reference interpreter.
 */
import { oracleRound, percentFraction } from '../decimal-oracle.js';
import { OUTPUT_NAMES, type OutputName, type TimelineInputs, type TimelinePopulation } from './data.js';

/** One month's inputs, in fen / months / booleans. */
export interface OracleMonth {
  month: number;
  paid: boolean;
  credit: bigint;
  spend: bigint;
  claim: bigint;
  opening_current_year: bigint;
  opening_prior_years: bigint;
  opening_unpaid_run: bigint;
  opening_waiting: bigint;
}

/** Every output and state of one month. */
export interface OracleResult {
  from_current_year: bigint;
  from_prior_years: bigint;
  paid_from_account: bigint;
  paid_in_cash: bigint;
  balance: bigint;
  current_year: bigint;
  prior_years: bigint;
  unpaid_run: bigint;
  waiting: bigint;
  reimbursable: boolean;
  reimbursed: bigint;
}

// bench_timeline's overrides of contribution_gaps' parameters
const LONG_GAP = 4n;
const WAIT_AFTER_LONG_GAP = 6n;
const WAIT_AFTER_SHORT_GAP = 1n;
const RATIO = percentFraction('90');
// the states' declared domains
const BALANCE_HIGH = 100_000_000_00n;
const RUN_HIGH = 1200n;
const WAIT_HIGH = 120n;

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

function inDomain(name: string, v: bigint, high: bigint): bigint {
  if (v < 0n || v > high) throw new RangeError(`state ${name} = ${v} leaves its domain`);
  return v;
}

/** One person's consecutive months; the first month's opening_* are the states' `initially` values. */
export function oracleTimeline(months: readonly OracleMonth[]): OracleResult[] {
  const out: OracleResult[] = [];
  let prev: { current_year: bigint; prior_years: bigint; unpaid_run: bigint; waiting: bigint } | undefined;
  for (const x of months) {
    const previous = prev ?? {
      current_year: x.opening_current_year,
      prior_years: x.opening_prior_years,
      unpaid_run: x.opening_unpaid_run,
      waiting: x.opening_waiting,
    };
    // account_ledger
    const year_start = (x.month % 12) + 1 === 1;
    const current_at_start = year_start ? 0n : previous.current_year;
    const prior_at_start = year_start ? previous.prior_years + previous.current_year : previous.prior_years;
    const current_available = current_at_start + x.credit;
    const from_current_year = min(x.spend, current_available);
    const from_prior_years = min(x.spend - from_current_year, prior_at_start);
    const paid_from_account = from_current_year + from_prior_years;
    const paid_in_cash = x.spend - paid_from_account;
    const current_year = inDomain('current_year', current_available - from_current_year, BALANCE_HIGH);
    const prior_years = inDomain('prior_years', prior_at_start - from_prior_years, BALANCE_HIGH);
    const balance = current_year + prior_years;
    // contribution_gaps
    const unpaid_run = inDomain('unpaid_run', x.paid ? 0n : min(previous.unpaid_run + 1n, 1200n), RUN_HIGH);
    const wait_after_gap = previous.unpaid_run >= LONG_GAP ? WAIT_AFTER_LONG_GAP : WAIT_AFTER_SHORT_GAP;
    let waiting: bigint;
    if (!x.paid) waiting = previous.waiting;
    else if (previous.unpaid_run === 0n) waiting = max(previous.waiting - 1n, 0n);
    else waiting = wait_after_gap;
    inDomain('waiting', waiting, WAIT_HIGH);
    const in_wait = waiting > 0n;
    const reimbursable = x.paid ? !in_wait : false;
    const reimbursed = reimbursable ? oracleRound(x.claim * RATIO.num, RATIO.den, 'half_up') : 0n;
    out.push({ from_current_year, from_prior_years, paid_from_account, paid_in_cash, balance, current_year, prior_years, unpaid_run, waiting, reimbursable, reimbursed });
    prev = { current_year, prior_years, unpaid_run, waiting };
  }
  return out;
}

/** Person p's months from the columns. */
export function personMonths(c: TimelineInputs, p: number, from: number, months: number): OracleMonth[] {
  const out: OracleMonth[] = [];
  for (let j = 0; j < months; j++) {
    const k = p * months + j;
    out.push({
      month: from + j,
      paid: c.paid[k] === 1,
      credit: BigInt(c.credit[k]!),
      spend: BigInt(c.spend[k]!),
      claim: BigInt(c.claim[k]!),
      opening_current_year: BigInt(c.opening_current_year[k]!),
      opening_prior_years: BigInt(c.opening_prior_years[k]!),
      opening_unpaid_run: BigInt(c.opening_unpaid_run[k]!),
      opening_waiting: BigInt(c.opening_waiting[k]!),
    });
  }
  return out;
}

/** What an arm produced, by output name (the columns it has; a missing one is a mismatch). */
export type ArmOutputs = Partial<Record<OutputName, ArrayLike<number>>>;

export interface OracleCheck {
  /** persons checked */
  persons: number;
  /** values compared (persons × months × outputs) */
  compared: number;
  mismatches: number;
  examples: string[];
  ms: number;
}

/** The sampled persons: `n` of them spread evenly over the population (always person 0 and the last). */
export function samplePersons(total: number, n: number): number[] {
  if (n >= total) return Array.from({ length: total }, (_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor((i * (total - 1)) / Math.max(1, n - 1)));
}

/** Compares every output of `arm` with the oracle on the sampled persons, to the fen. */
export function checkAgainstOracle(pop: TimelinePopulation, arm: ArmOutputs, persons: readonly number[]): OracleCheck {
  const t0 = performance.now();
  let compared = 0;
  let mismatches = 0;
  const examples: string[] = [];
  for (const p of persons) {
    const want = oracleTimeline(personMonths(pop.columns, p, pop.from, pop.months));
    for (let j = 0; j < pop.months; j++) {
      const k = p * pop.months + j;
      const w = want[j]!;
      for (const name of OUTPUT_NAMES) {
        compared++;
        const expected = name === 'reimbursable' ? (w.reimbursable ? 1n : 0n) : w[name];
        const col = arm[name];
        const got = col ? col[k] : undefined;
        if (got !== undefined && Number.isSafeInteger(got) && BigInt(got) === expected) continue;
        mismatches++;
        if (examples.length < 5) examples.push(`person ${p} month ${j} (row ${k}) ${name}: got ${col ? got : 'no such column'}, oracle ${expected}`);
      }
    }
  }
  return { persons: persons.length, compared, mismatches, examples, ms: performance.now() - t0 };
}
