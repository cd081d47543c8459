// Generated from policies/ledger/account-ledger-prior-first.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMonth, monthText, columnarResult, monthCount, atRow, stateIn, unwrap, stateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./account_ledger.js";

/** Region `account_ledger_prior_first`: 个人账户台账 personal-account ledger. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "account_ledger_prior_first";
/** The policy file this module was generated from. */
export const source = "policies/ledger/account-ledger-prior-first.policy";

/** Input of region `account_ledger_prior_first`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/ledger/account-ledger.policy:23 */
  readonly month: string;
  /** money in integer fen per month, 0..10000000 — policies/ledger/account-ledger.policy:24 (F070, 004:45, 新增个人缴费和单位划入金额: the month's credit, from the region's evaluator) */
  readonly credit: number;
  /** money in integer fen, 0..100000000 — policies/ledger/account-ledger.policy:25 (F070, 004:45, 已用金额: what the member asks the account to pay this month) */
  readonly spend: number;
  /** money in integer fen, 0..100000000 — policies/ledger/account-ledger.policy:26 (F065, 当年账户 before the timeline's first month) */
  readonly opening_current_year: number;
  /** money in integer fen, 0..1000000000 — policies/ledger/account-ledger.policy:27 (F065, 历年账户 before the timeline's first month) */
  readonly opening_prior_years: number;
}

/** Output of region `account_ledger_prior_first`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/ledger/account-ledger.policy:43 (F067, C17) */
  readonly from_current_year: number;
  /** money in fen — policies/ledger/account-ledger.policy:47 (F067, C17, the rest of the payment, at most the prior-years balance) */
  readonly from_prior_years: number;
  /** money in fen — policies/ledger/account-ledger.policy:48 (F070, I05, min(amount, balance)) */
  readonly paid_from_account: number;
  /** money in fen — policies/ledger/account-ledger.policy:49 (I05, the rest is cash, F076, 003:112, 用完了那肯定这个月就不能再进行使用了,只能下个月再用) */
  readonly paid_in_cash: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/ledger/account-ledger.policy:51 (F065, 003:10) */
  readonly current_year: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/ledger/account-ledger.policy:55 (F065, F066) */
  readonly prior_years: number;
  /** money in fen — policies/ledger/account-ledger.policy:59 (F070, 004:45, 当月结余) */
  readonly balance: number;
}

/** What this region shares with `account_ledger`. */
const {
  computeBalance, computeBalance2, computeCurrentAtStart, computeCurrentAtStart2, computeCurrentAvailable,
  computeCurrentAvailable2, computeCurrentYear, computeCurrentYear2, computeFromPriorYears,
  computeFromPriorYears2, computePaidFromAccount, computePaidFromAccount2, computePaidInCash,
  computePaidInCash2, computePriorAtStart, computePriorAtStart2, computePriorYears, computePriorYears2,
  computeYearStart, L0, L1, L2, L3, L4, L5, L6, S1, S6, S7, S8, S9, S10, S11, S12, S13, S14,
  traceCurrentAtStart, tracePriorAtStart,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/ledger/account-ledger-prior-first.policy:5 (C17, 004:68, 若当年账户有剩余,则历年账户的金额才会被使用)
const spendingOrder = "prior_years_first" as "current_year_first" | "prior_years_first";
const S15: StepInfo = { name: "spending_order", branch: "=", file: "policies/ledger/account-ledger-prior-first.policy", line: 5, cites: ["C17", "004:68", "若当年账户有剩余,则历年账户的金额才会被使用"], unit: "", reads: [] };
/** `from_current_year` — policies/ledger/account-ledger.policy:43 (F067, C17) */
function computeFromCurrentYear(spend: number, currentAvailable: number, priorAtStart: number): number {
  // policies/ledger/account-ledger.policy:44
  if (spendingOrder === "current_year_first") {
    return (spend < currentAvailable ? spend : currentAvailable);
  }
  // policies/ledger/account-ledger.policy:45, the remaining case
  return Math.min((spend - priorAtStart > 0 ? spend - priorAtStart : 0), currentAvailable);
}

/** `from_current_year` — policies/ledger/account-ledger.policy:43 (F067, C17) */
function computeFromCurrentYear2(spend: number, currentAvailable: number | Failed, priorAtStart: number | Failed): number {
  // policies/ledger/account-ledger.policy:44
  if (spendingOrder === "current_year_first") {
    return Math.min(spend, unwrap(currentAvailable));
  }
  // policies/ledger/account-ledger.policy:45, the remaining case
  return Math.min(Math.max(spend - unwrap(priorAtStart), 0), unwrap(currentAvailable));
}

/** `from_current_year`, recording the branch taken */
function traceFromCurrentYear(spend: number, currentAvailable: number, priorAtStart: number, t: TraceStep[]): number {
  // policies/ledger/account-ledger.policy:44
  if (spendingOrder === "current_year_first") {
    return record(t, S7, (spend < currentAvailable ? spend : currentAvailable));
  }
  // policies/ledger/account-ledger.policy:45, the remaining case
  return record(t, S8, Math.min((spend - priorAtStart > 0 ? spend - priorAtStart : 0), currentAvailable));
}

/** State `current_year` before the first month (`initially`), from that month's inputs. */
function openCurrentYear(openingCurrentYear: number): number {
  return openingCurrentYear;
}

/** State `prior_years` before the first month (`initially`), from that month's inputs. */
function openPriorYears(openingPriorYears: number): number {
  return openingPriorYears;
}

/** One month: every rule the outputs and states need, from validated inputs and the states of the month before. */
function stepMonth(month: number, credit: number, spend: number, previousCurrentYear: number, previousPriorYears: number): Output {
  try {
    const yearStart = computeYearStart(month);
    const currentAtStart = computeCurrentAtStart(yearStart, previousCurrentYear);
    const priorAtStart = computePriorAtStart(yearStart, previousPriorYears, previousCurrentYear);
    const currentAvailable = computeCurrentAvailable(currentAtStart, credit);
    const fromCurrentYear = computeFromCurrentYear(spend, currentAvailable, priorAtStart);
    const fromPriorYears = computeFromPriorYears(spend, fromCurrentYear, priorAtStart);
    const paidFromAccount = computePaidFromAccount(fromCurrentYear, fromPriorYears);
    const paidInCash = computePaidInCash(spend, paidFromAccount);
    const currentYear = stateIn(computeCurrentYear(currentAvailable, fromCurrentYear), 0, 10000000000, "current_year", L0);
    const priorYears = stateIn(computePriorYears(priorAtStart, fromPriorYears), 0, 10000000000, "prior_years", L1);
    const balance = computeBalance(currentYear, priorYears);
    return { from_current_year: fromCurrentYear, from_prior_years: fromPriorYears, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, current_year: currentYear, prior_years: priorYears, balance };
  } catch {
    return stepMonthLazy(month, credit, spend, previousCurrentYear, previousPriorYears);
  }
}

/** `stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed. */
function stepMonthLazy(month: number, credit: number, spend: number, previousCurrentYear: number | Failed, previousPriorYears: number | Failed): Output {
  const yearStart = attempt(() => computeYearStart(month));
  const currentAtStart = attempt(() => computeCurrentAtStart2(yearStart, previousCurrentYear));
  const priorAtStart = attempt(() => computePriorAtStart2(yearStart, previousPriorYears, previousCurrentYear));
  const currentAvailable = attempt(() => computeCurrentAvailable2(currentAtStart, credit));
  const fromCurrentYear = attempt(() => computeFromCurrentYear2(spend, currentAvailable, priorAtStart));
  const fromPriorYears = attempt(() => computeFromPriorYears2(spend, fromCurrentYear, priorAtStart));
  const paidFromAccount = attempt(() => computePaidFromAccount2(fromCurrentYear, fromPriorYears));
  const paidInCash = attempt(() => computePaidInCash2(spend, paidFromAccount));
  const currentYear = attempt(() => stateIn(computeCurrentYear2(currentAvailable, fromCurrentYear), 0, 10000000000, "current_year", L0));
  const priorYears = attempt(() => stateIn(computePriorYears2(priorAtStart, fromPriorYears), 0, 10000000000, "prior_years", L1));
  const balance = attempt(() => computeBalance2(currentYear, priorYears));
  return settle<Output>({ from_current_year: fromCurrentYear, from_prior_years: fromPriorYears, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, current_year: currentYear, prior_years: priorYears, balance });
}

/** `stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values. */
function stepMonthTraced(month: number, credit: number, spend: number, previousCurrentYear: number, previousPriorYears: number, t: TraceStep[]): Output {
  let mark = 0;
  record(t, S15, spendingOrder);
  const yearStart = record(t, S1, computeYearStart(month));
  mark = t.length;
  const currentAtStart = traceCurrentAtStart(yearStart, previousCurrentYear, t);
  citePrevious(t, mark, [{ name: "current_year", value: previousCurrentYear }]);
  mark = t.length;
  const priorAtStart = tracePriorAtStart(yearStart, previousPriorYears, previousCurrentYear, t);
  citePrevious(t, mark, [{ name: "prior_years", value: previousPriorYears }, { name: "current_year", value: previousCurrentYear }]);
  const currentAvailable = record(t, S6, computeCurrentAvailable(currentAtStart, credit));
  const fromCurrentYear = traceFromCurrentYear(spend, currentAvailable, priorAtStart, t);
  const fromPriorYears = record(t, S9, computeFromPriorYears(spend, fromCurrentYear, priorAtStart));
  const paidFromAccount = record(t, S10, computePaidFromAccount(fromCurrentYear, fromPriorYears));
  const paidInCash = record(t, S11, computePaidInCash(spend, paidFromAccount));
  const currentYear = stateIn(record(t, S12, computeCurrentYear(currentAvailable, fromCurrentYear)), 0, 10000000000, "current_year", L0);
  const priorYears = stateIn(record(t, S13, computePriorYears(priorAtStart, fromPriorYears)), 0, 10000000000, "prior_years", L1);
  const balance = record(t, S14, computeBalance(currentYear, priorYears));
  return { from_current_year: fromCurrentYear, from_prior_years: fromPriorYears, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, current_year: currentYear, prior_years: priorYears, balance };
}

/** One month as a one-month timeline: each state of the month before is its `initially` value. */
function compute(month: number, credit: number, spend: number, openingCurrentYear: number, openingPriorYears: number): Output {
  const previousCurrentYear = attempt(() => openCurrentYear(openingCurrentYear));
  const previousPriorYears = attempt(() => openPriorYears(openingPriorYears));
  return previousCurrentYear instanceof Failed || previousPriorYears instanceof Failed ? stepMonthLazy(month, credit, spend, previousCurrentYear, previousPriorYears) : stepMonth(month, credit, spend, previousCurrentYear, previousPriorYears);
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(month: number, credit: number, spend: number, openingCurrentYear: number, openingPriorYears: number, t: TraceStep[]): Output {
  return stepMonthTraced(month, credit, spend, openCurrentYear(openingCurrentYear), openPriorYears(openingPriorYears), t);
}

/** One validated month of a timeline; the first month opens each state from its input. */
function runMonth(input: Input, isFirst: boolean, previousCurrentYear: number | Failed, previousPriorYears: number | Failed): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const credit = input.credit;
  const spend = input.spend;
  const openingCurrentYear = input.opening_current_year;
  const openingPriorYears = input.opening_prior_years;
  if (month < H_START || month > H_END || !Number.isInteger(credit) || credit < 0 || credit > 10000000 || !Number.isInteger(spend) || spend < 0 || spend > 100000000 || !Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000 || !Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "credit") || !hasOwn(input, "spend") || !hasOwn(input, "opening_current_year") || !hasOwn(input, "opening_prior_years")) return invalid(input);
  if (isFirst) {
    previousCurrentYear = attempt(() => openCurrentYear(openingCurrentYear));
    previousPriorYears = attempt(() => openPriorYears(openingPriorYears));
  }

  return previousCurrentYear instanceof Failed || previousPriorYears instanceof Failed ? stepMonthLazy(month, credit, spend, previousCurrentYear, previousPriorYears) : stepMonth(month, credit, spend, previousCurrentYear, previousPriorYears);
}

/** `evaluateTimeline` with a trace of every month (eager: the first failure throws). */
function timelineTraced(months: readonly Input[]): Traced<Output>[] {
  const n = timelineLength(months, "month", L2);
  const out: Traced<Output>[] = [];
  let previousCurrentYear!: number;
  let previousPriorYears!: number;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      check(input);
      const month = parseMonth(input.month);
      const credit = input.credit;
      const spend = input.spend;
      const openingCurrentYear = input.opening_current_year;
      const openingPriorYears = input.opening_prior_years;
      if (k > 0 && month !== last + 1) badTimeline("month", month, last + 1, k, L2);
      last = month;
      if (k === 0) {
        previousCurrentYear = openCurrentYear(openingCurrentYear);
        previousPriorYears = openPriorYears(openingPriorYears);
      }

      const steps2: TraceStep[] = [];
      const value = stepMonthTraced(month, credit, spend, previousCurrentYear, previousPriorYears, steps2);
      out.push({ value, steps: steps2 });
      previousCurrentYear = value["current_year"];
      previousPriorYears = value["prior_years"];
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

export function evaluateTimeline(months: readonly Input[]): Output[];
export function evaluateTimeline(months: readonly Input[], options: EvaluateOptions & { readonly trace: true }): Traced<Output>[];
export function evaluateTimeline(months: readonly Input[], options: EvaluateOptions): Output[] | Traced<Output>[];
/**
 * Evaluates region `account_ledger_prior_first` over one person's consecutive months, in order (each input carries its `month`): month k reads the states of month k − 1 through `previous(…)`; the first month reads each state's `initially` value. Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a `PolicyError` (`invalid_input`) with `row` = the month's index. Outputs are lazy as `evaluate`'s: a failed one throws when read, and a failed state fails every later reader of `previous(…)` with the same error; a state outside its declared domain fails as `out_of_domain` at the state's line.
 * With `{ trace: true }` each month comes with its trace (eager: the first failure throws).
 */
export function evaluateTimeline(months: readonly Input[], options?: EvaluateOptions): Output[] | Traced<Output>[] {
  if (options !== undefined && options.trace === true) return timelineTraced(months);
  const n = timelineLength(months, "month", L2);
  const out = new Array<Output>(n);
  let previousCurrentYear!: number | Failed;
  let previousPriorYears!: number | Failed;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      const o = runMonth(input, k === 0, previousCurrentYear, previousPriorYears);
      const monthIndex = parseMonth(input.month);
      if (k > 0 && monthIndex !== last + 1) badTimeline("month", monthIndex, last + 1, k, L2);
      last = monthIndex;
      out[k] = o;
      previousCurrentYear = stateOf<number>(o, "current_year");
      previousPriorYears = stateOf<number>(o, "prior_years");
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

/** One person's timeline over months `from` to `to` inclusive (`YYYY-MM`), the person's inputs the same every month: `evaluateTimeline` of those months (states carried from month to month, not `evaluate` of each month alone). An empty range throws `invalid_input`. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["credit", "spend", "opening_current_year", "opening_prior_years"], [L3, L4, L5, L6], "person");
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const rows: Input[] = [];
  for (let k = first; k <= last; k++) rows.push({ ...person, month: formatMonth(k) });
  return evaluateTimeline(rows);
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const credit = input.credit;
  const spend = input.spend;
  const openingCurrentYear = input.opening_current_year;
  const openingPriorYears = input.opening_prior_years;
  if (month < H_START || month > H_END || !Number.isInteger(credit) || credit < 0 || credit > 10000000 || !Number.isInteger(spend) || spend < 0 || spend > 100000000 || !Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000 || !Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "credit") || !hasOwn(input, "spend") || !hasOwn(input, "opening_current_year") || !hasOwn(input, "opening_prior_years")) return invalid(input);
  return compute(month, credit, spend, openingCurrentYear, openingPriorYears);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const month = parseMonth(input.month);
  const credit = input.credit;
  const spend = input.spend;
  const openingCurrentYear = input.opening_current_year;
  const openingPriorYears = input.opening_prior_years;
  return computeTraced(month, credit, spend, openingCurrentYear, openingPriorYears, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "credit", "spend", "opening_current_year", "opening_prior_years"], [L2, L3, L4, L5, L6], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
  const credit = input.credit;
  if (!Number.isInteger(credit) || credit < 0 || credit > 10000000) badNumber("credit", credit, 0, 10000000, "fen", L3);
  const spend = input.spend;
  if (!Number.isInteger(spend) || spend < 0 || spend > 100000000) badNumber("spend", spend, 0, 100000000, "fen", L4);
  const openingCurrentYear = input.opening_current_year;
  if (!Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000) badNumber("opening_current_year", openingCurrentYear, 0, 100000000, "fen", L5);
  const openingPriorYears = input.opening_prior_years;
  if (!Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000) badNumber("opening_prior_years", openingPriorYears, 0, 1000000000, "fen", L6);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L2, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `account_ledger_prior_first` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * The month is a one-month timeline: `previous(…)` of each state is its `initially` value from this input (`evaluateTimeline` carries states from month to month); states are returned like outputs.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs, each a one-month timeline: `rows.map((r) => evaluate(r))` into a preallocated array. For a person's months use `evaluateTimeline`; for a population, `evaluateTimelineColumnar`. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L2);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Input columns of `evaluateTimelineColumnar`: row p·M + (month − from), P·M values each (inputs vary by month). */
export interface TimelineColumns {
  readonly credit: Float64Array;
  readonly spend: Float64Array;
  readonly opening_current_year: Float64Array;
  readonly opening_prior_years: Float64Array;
}

/** Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"from_current_year" | "from_prior_years" | "paid_from_account" | "paid_in_cash" | "current_year" | "prior_years" | "balance", Float64Array>>;
  readonly present: {};
}

/** One person's months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person). */
function timelineKernel(creditCol: Float64Array, spendCol: Float64Array, openingCurrentYearCol: Float64Array, openingPriorYearsCol: Float64Array, from: number, months2: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array): boolean {
  let previousCurrentYear!: number;
  let previousPriorYears!: number;
  for (let j = 0; j < months2; j++, k++) {
    const month = from + j;
    const credit = creditCol[k]!;
    const spend = spendCol[k]!;
    const openingCurrentYear = openingCurrentYearCol[k]!;
    const openingPriorYears = openingPriorYearsCol[k]!;
    if (month < H_START || month > H_END || !Number.isInteger(credit) || credit < 0 || credit > 10000000 || !Number.isInteger(spend) || spend < 0 || spend > 100000000 || !Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000 || !Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000) return false;
    if (j === 0) {
      previousCurrentYear = openCurrentYear(openingCurrentYear);
      previousPriorYears = openPriorYears(openingPriorYears);
    }

    const yearStart = computeYearStart(month);
    const currentAtStart = computeCurrentAtStart(yearStart, previousCurrentYear);
    const priorAtStart = computePriorAtStart(yearStart, previousPriorYears, previousCurrentYear);
    const currentAvailable = computeCurrentAvailable(currentAtStart, credit);
    const fromCurrentYear = computeFromCurrentYear(spend, currentAvailable, priorAtStart);
    const fromPriorYears = computeFromPriorYears(spend, fromCurrentYear, priorAtStart);
    const paidFromAccount = computePaidFromAccount(fromCurrentYear, fromPriorYears);
    const paidInCash = computePaidInCash(spend, paidFromAccount);
    const currentYear = computeCurrentYear(currentAvailable, fromCurrentYear);
    if (currentYear < 0 || currentYear > 10000000000) return false;
    const priorYears = computePriorYears(priorAtStart, fromPriorYears);
    if (priorYears < 0 || priorYears > 10000000000) return false;
    const balance = computeBalance(currentYear, priorYears);
    v0[k] = fromCurrentYear;
    v1[k] = fromPriorYears;
    v2[k] = paidFromAccount;
    v3[k] = paidInCash;
    v4[k] = currentYear;
    v5[k] = priorYears;
    v6[k] = balance;
    previousCurrentYear = currentYear;
    previousPriorYears = priorYears;
  }

  return true;
}

/**
 * Evaluates the timelines of `persons` persons over months `from`..`to` (month indices year·12 + month − 1, both included) from typed-array columns, one pass per person, states carried from month to month.
 * Rows are person-major: row k = p·M + (month − from), M = to − from + 1; every column of `columns` holds P·M values (inputs vary by month; the month input is not a column). Enum inputs are codes into the exported `…Codes` arrays, booleans 0/1, money integer fen, rates numerators over their scale. The result (or `out`, reused when given: every column at least P·M long) holds one column per output and state; `present` is 0 (and the value NaN) where not applicable. An invalid row or a failed output or state throws its `PolicyError` with `row` set (that person's months re-run through `evaluateTimeline`). (A stateful region has no `evaluateColumnar`: its months depend on the months before.)
 */
export function evaluateTimelineColumnar(columns: TimelineColumns, persons: number, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const months2 = monthCount(from, to, "month", L2);
  const count = timelineCount(columns, { credit: L3, spend: L4, opening_current_year: L5, opening_prior_years: L6 }, persons, months2, "month", L2);
  const { credit: creditCol, spend: spendCol, opening_current_year: openingCurrentYearCol, opening_prior_years: openingPriorYearsCol } = columns;
  const result = columnarResult<ColumnarResult>(out, count * months2, "from_current_year from_prior_years paid_from_account paid_in_cash current_year prior_years balance", "");
  const { from_current_year: v0, from_prior_years: v1, paid_from_account: v2, paid_in_cash: v3, current_year: v4, prior_years: v5, balance: v6 } = result.values;
  const slow = (p: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (j) => ({ credit: creditCol[p * months2 + j]!, spend: spendCol[p * months2 + j]!, opening_current_year: openingCurrentYearCol[p * months2 + j]!, opening_prior_years: openingPriorYearsCol[p * months2 + j]!, month: monthText(from + j) }), p * months2, months2, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months2) {
    if (!timelineKernel(creditCol, spendCol, openingCurrentYearCol, openingPriorYearsCol, from, months2, k, v0, v1, v2, v3, v4, v5, v6)) slow(p);
  }

  return result;
}
