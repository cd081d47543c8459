// Generated from policies/claims/shanghai-inpatient-b.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMonth, monthText, columnarResult, monthCount, atRow, stateIn, unwrap, stateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `shanghai_inpatient_b`: 上海 住院 2025 Shanghai inpatient 2025: the annual deductible first. Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "shanghai_inpatient_b";
/** The policy file this module was generated from. */
export const source = "policies/claims/shanghai-inpatient-b.policy";

/** Input of region `shanghai_inpatient_b`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/shanghai-inpatient-b.policy:18 */
  readonly month: string;
  /** money in integer fen, 0..100000000 — policies/claims/shanghai-inpatient-b.policy:19 (F107, the month's in-catalogue inpatient cost) */
  readonly claim: number;
  /** money in integer fen, 0..1000000000 — policies/claims/shanghai-inpatient-b.policy:20 (I11, eligible inpatient cost earlier in the year, before the timeline) */
  readonly opening_eligible_this_year: number;
}

/** Output of region `shanghai_inpatient_b`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/shanghai-inpatient-b.policy:31 (F107, F079, the patient's part below the deductible) */
  readonly below_deductible: number;
  /** money in fen — policies/claims/shanghai-inpatient-b.policy:34 (F107) */
  readonly above_deductible: number;
  /** money in fen — policies/claims/shanghai-inpatient-b.policy:37 (F106, 004:110, 住院则按10%-30%自付) */
  readonly reimbursed: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/claims/shanghai-inpatient-b.policy:41 (I11, the year's cumulative eligible cost) */
  readonly eligible_this_year: number;
}

const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
// policies/claims/shanghai-inpatient-b.policy:22 (F107, 004:110, 需先扣除起付标准(通常为1500元/年))
const deductible = 150000;
const L0: PolicyLocation = { file: "policies/claims/shanghai-inpatient-b.policy", line: 39, col: 5 };
const L1: PolicyLocation = { file: "policies/claims/shanghai-inpatient-b.policy", line: 41, col: 3 };
const L2: PolicyLocation = { file: "policies/claims/shanghai-inpatient-b.policy", line: 18, col: 9 };
const L3: PolicyLocation = { file: "policies/claims/shanghai-inpatient-b.policy", line: 19, col: 9 };
const L4: PolicyLocation = { file: "policies/claims/shanghai-inpatient-b.policy", line: 20, col: 9 };
const S0: StepInfo = { name: "deductible", branch: "=", file: "policies/claims/shanghai-inpatient-b.policy", line: 22, cites: ["F107", "004:110", "需先扣除起付标准(通常为1500元/年)"], unit: "fen", reads: [] };
const S1: StepInfo = { name: "eligible_before", branch: "when month_of_year(month) = 1", file: "policies/claims/shanghai-inpatient-b.policy", line: 25, cites: ["I11", "the year's eligible cost before this month", "F107", "1500元/年: the year starts at 0"], unit: "fen", reads: ["month"] };
const S2: StepInfo = { name: "eligible_before", branch: "otherwise", file: "policies/claims/shanghai-inpatient-b.policy", line: 26, cites: ["I11", "the year's eligible cost before this month"], unit: "fen", reads: ["month"] };
const S3: StepInfo = { name: "deductible_remaining", branch: "=", file: "policies/claims/shanghai-inpatient-b.policy", line: 28, cites: ["I11", "deductible_remaining_before_claim"], unit: "fen", reads: ["deductible", "eligible_before"] };
const S4: StepInfo = { name: "below_deductible", branch: "=", file: "policies/claims/shanghai-inpatient-b.policy", line: 31, cites: ["F107", "F079", "the patient's part below the deductible"], unit: "fen", reads: ["claim", "deductible_remaining"] };
const S5: StepInfo = { name: "above_deductible", branch: "=", file: "policies/claims/shanghai-inpatient-b.policy", line: 34, cites: ["F107"], unit: "fen", reads: ["claim", "below_deductible"] };
const S6: StepInfo = { name: "reimbursed", branch: "when above_deductible = 0", file: "policies/claims/shanghai-inpatient-b.policy", line: 38, cites: ["F106", "004:110", "住院则按10%-30%自付", "F107", "I11", "nothing while the year's cost is within the deductible"], unit: "fen", reads: ["above_deductible"] };
const S7: StepInfo = { name: "eligible_this_year", branch: "otherwise", file: "policies/claims/shanghai-inpatient-b.policy", line: 43, cites: ["I11", "the year's cumulative eligible cost"], unit: "fen", reads: ["eligible_before", "claim", "opening_eligible_this_year"] };
/** `eligible_before` — policies/claims/shanghai-inpatient-b.policy:24 (I11, the year's eligible cost before this month) */
function computeEligibleBefore(month: number, previousEligibleThisYear: number): number {
  // policies/claims/shanghai-inpatient-b.policy:25
  if (month % 12 + 1 === 1) {
    return 0;
  }
  // policies/claims/shanghai-inpatient-b.policy:26
  return previousEligibleThisYear;
}

/** `deductible_remaining` — policies/claims/shanghai-inpatient-b.policy:28 (I11, deductible_remaining_before_claim) */
function computeDeductibleRemaining(eligibleBefore: number): number {
  return Math.max(deductible - eligibleBefore, 0);
}

/** `below_deductible` — policies/claims/shanghai-inpatient-b.policy:31 (F107, F079, the patient's part below the deductible) */
function computeBelowDeductible(claim: number, deductibleRemaining: number): number {
  return (claim < deductibleRemaining ? claim : deductibleRemaining);
}

/** `above_deductible` — policies/claims/shanghai-inpatient-b.policy:34 (F107) */
function computeAboveDeductible(claim: number, belowDeductible: number): number {
  return claim - belowDeductible;
}

/** `reimbursed` — policies/claims/shanghai-inpatient-b.policy:37 (F106, 004:110, 住院则按10%-30%自付) */
function computeReimbursed(aboveDeductible: number): number {
  // policies/claims/shanghai-inpatient-b.policy:38
  if (aboveDeductible === 0) {
    return 0;
  }
  // policies/claims/shanghai-inpatient-b.policy:39
  return fail("unspecified", "reimbursed", L0, "reimbursed: otherwise is unspecified in the sources");
}

/** `eligible_this_year` — policies/claims/shanghai-inpatient-b.policy:41 (I11, the year's cumulative eligible cost) */
function computeEligibleThisYear(eligibleBefore: number, claim: number): number {
  return eligibleBefore + claim;
}

/** `eligible_before` — policies/claims/shanghai-inpatient-b.policy:24 (I11, the year's eligible cost before this month) */
function computeEligibleBefore2(month: number, previousEligibleThisYear: number | Failed): number {
  // policies/claims/shanghai-inpatient-b.policy:25
  if (month % 12 + 1 === 1) {
    return 0;
  }
  // policies/claims/shanghai-inpatient-b.policy:26
  return unwrap(previousEligibleThisYear);
}

/** `deductible_remaining` — policies/claims/shanghai-inpatient-b.policy:28 (I11, deductible_remaining_before_claim) */
function computeDeductibleRemaining2(eligibleBefore: number | Failed): number {
  return Math.max(deductible - unwrap(eligibleBefore), 0);
}

/** `below_deductible` — policies/claims/shanghai-inpatient-b.policy:31 (F107, F079, the patient's part below the deductible) */
function computeBelowDeductible2(claim: number, deductibleRemaining: number | Failed): number {
  return Math.min(claim, unwrap(deductibleRemaining));
}

/** `above_deductible` — policies/claims/shanghai-inpatient-b.policy:34 (F107) */
function computeAboveDeductible2(claim: number, belowDeductible: number | Failed): number {
  return claim - unwrap(belowDeductible);
}

/** `reimbursed` — policies/claims/shanghai-inpatient-b.policy:37 (F106, 004:110, 住院则按10%-30%自付) */
function computeReimbursed2(aboveDeductible: number | Failed): number {
  // policies/claims/shanghai-inpatient-b.policy:38
  if (unwrap(aboveDeductible) === 0) {
    return 0;
  }
  // policies/claims/shanghai-inpatient-b.policy:39
  return fail("unspecified", "reimbursed", L0, "reimbursed: otherwise is unspecified in the sources");
}

/** `eligible_this_year` — policies/claims/shanghai-inpatient-b.policy:41 (I11, the year's cumulative eligible cost) */
function computeEligibleThisYear2(eligibleBefore: number | Failed, claim: number): number {
  return unwrap(eligibleBefore) + claim;
}

/** `eligible_before`, recording the branch taken */
function traceEligibleBefore(month: number, previousEligibleThisYear: number, t: TraceStep[]): number {
  // policies/claims/shanghai-inpatient-b.policy:25
  if (month % 12 + 1 === 1) {
    return record(t, S1, 0);
  }
  // policies/claims/shanghai-inpatient-b.policy:26
  return record(t, S2, previousEligibleThisYear);
}

/** `reimbursed`, recording the branch taken */
function traceReimbursed(aboveDeductible: number, t: TraceStep[]): number {
  // policies/claims/shanghai-inpatient-b.policy:38
  if (aboveDeductible === 0) {
    return record(t, S6, 0);
  }
  // policies/claims/shanghai-inpatient-b.policy:39
  return fail("unspecified", "reimbursed", L0, "reimbursed: otherwise is unspecified in the sources");
}

/** State `eligible_this_year` before the first month (`initially`), from that month's inputs. */
function openEligibleThisYear(openingEligibleThisYear: number): number {
  return openingEligibleThisYear;
}

/** One month: every rule the outputs and states need, from validated inputs and the states of the month before. */
function stepMonth(month: number, claim: number, previousEligibleThisYear: number): Output {
  try {
    const eligibleBefore = computeEligibleBefore(month, previousEligibleThisYear);
    const deductibleRemaining = computeDeductibleRemaining(eligibleBefore);
    const belowDeductible = computeBelowDeductible(claim, deductibleRemaining);
    const aboveDeductible = computeAboveDeductible(claim, belowDeductible);
    const reimbursed = computeReimbursed(aboveDeductible);
    const eligibleThisYear = stateIn(computeEligibleThisYear(eligibleBefore, claim), 0, 10000000000, "eligible_this_year", L1);
    return { below_deductible: belowDeductible, above_deductible: aboveDeductible, reimbursed, eligible_this_year: eligibleThisYear };
  } catch {
    return stepMonthLazy(month, claim, previousEligibleThisYear);
  }
}

/** `stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed. */
function stepMonthLazy(month: number, claim: number, previousEligibleThisYear: number | Failed): Output {
  const eligibleBefore = attempt(() => computeEligibleBefore2(month, previousEligibleThisYear));
  const deductibleRemaining = attempt(() => computeDeductibleRemaining2(eligibleBefore));
  const belowDeductible = attempt(() => computeBelowDeductible2(claim, deductibleRemaining));
  const aboveDeductible = attempt(() => computeAboveDeductible2(claim, belowDeductible));
  const reimbursed = attempt(() => computeReimbursed2(aboveDeductible));
  const eligibleThisYear = attempt(() => stateIn(computeEligibleThisYear2(eligibleBefore, claim), 0, 10000000000, "eligible_this_year", L1));
  return settle<Output>({ below_deductible: belowDeductible, above_deductible: aboveDeductible, reimbursed, eligible_this_year: eligibleThisYear });
}

/** `stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values. */
function stepMonthTraced(month: number, claim: number, previousEligibleThisYear: number, t: TraceStep[]): Output {
  let mark = 0;
  record(t, S0, deductible);
  mark = t.length;
  const eligibleBefore = traceEligibleBefore(month, previousEligibleThisYear, t);
  citePrevious(t, mark, [{ name: "eligible_this_year", value: previousEligibleThisYear }]);
  const deductibleRemaining = record(t, S3, computeDeductibleRemaining(eligibleBefore));
  const belowDeductible = record(t, S4, computeBelowDeductible(claim, deductibleRemaining));
  const aboveDeductible = record(t, S5, computeAboveDeductible(claim, belowDeductible));
  const reimbursed = traceReimbursed(aboveDeductible, t);
  const eligibleThisYear = stateIn(record(t, S7, computeEligibleThisYear(eligibleBefore, claim)), 0, 10000000000, "eligible_this_year", L1);
  return { below_deductible: belowDeductible, above_deductible: aboveDeductible, reimbursed, eligible_this_year: eligibleThisYear };
}

/** One month as a one-month timeline: each state of the month before is its `initially` value. */
function compute(month: number, claim: number, openingEligibleThisYear: number): Output {
  const previousEligibleThisYear = attempt(() => openEligibleThisYear(openingEligibleThisYear));
  return previousEligibleThisYear instanceof Failed ? stepMonthLazy(month, claim, previousEligibleThisYear) : stepMonth(month, claim, previousEligibleThisYear);
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(month: number, claim: number, openingEligibleThisYear: number, t: TraceStep[]): Output {
  return stepMonthTraced(month, claim, openEligibleThisYear(openingEligibleThisYear), t);
}

/** One validated month of a timeline; the first month opens each state from its input. */
function runMonth(input: Input, isFirst: boolean, previousEligibleThisYear: number | Failed): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const claim = input.claim;
  const openingEligibleThisYear = input.opening_eligible_this_year;
  if (month < H_START || month > H_END || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "claim") || !hasOwn(input, "opening_eligible_this_year")) return invalid(input);
  if (isFirst) {
    previousEligibleThisYear = attempt(() => openEligibleThisYear(openingEligibleThisYear));
  }

  return previousEligibleThisYear instanceof Failed ? stepMonthLazy(month, claim, previousEligibleThisYear) : stepMonth(month, claim, previousEligibleThisYear);
}

/** `evaluateTimeline` with a trace of every month (eager: the first failure throws). */
function timelineTraced(months: readonly Input[]): Traced<Output>[] {
  const n = timelineLength(months, "month", L2);
  const out: Traced<Output>[] = [];
  let previousEligibleThisYear!: number;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      check(input);
      const month = parseMonth(input.month);
      const claim = input.claim;
      const openingEligibleThisYear = input.opening_eligible_this_year;
      if (k > 0 && month !== last + 1) badTimeline("month", month, last + 1, k, L2);
      last = month;
      if (k === 0) {
        previousEligibleThisYear = openEligibleThisYear(openingEligibleThisYear);
      }

      const steps2: TraceStep[] = [];
      const value = stepMonthTraced(month, claim, previousEligibleThisYear, steps2);
      out.push({ value, steps: steps2 });
      previousEligibleThisYear = value["eligible_this_year"];
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
 * Evaluates region `shanghai_inpatient_b` over one person's consecutive months, in order (each input carries its `month`): month k reads the states of month k − 1 through `previous(…)`; the first month reads each state's `initially` value. Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a `PolicyError` (`invalid_input`) with `row` = the month's index. Outputs are lazy as `evaluate`'s: a failed one throws when read, and a failed state fails every later reader of `previous(…)` with the same error; a state outside its declared domain fails as `out_of_domain` at the state's line.
 * With `{ trace: true }` each month comes with its trace (eager: the first failure throws).
 */
export function evaluateTimeline(months: readonly Input[], options?: EvaluateOptions): Output[] | Traced<Output>[] {
  if (options !== undefined && options.trace === true) return timelineTraced(months);
  const n = timelineLength(months, "month", L2);
  const out = new Array<Output>(n);
  let previousEligibleThisYear!: number | Failed;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      const o = runMonth(input, k === 0, previousEligibleThisYear);
      const monthIndex = parseMonth(input.month);
      if (k > 0 && monthIndex !== last + 1) badTimeline("month", monthIndex, last + 1, k, L2);
      last = monthIndex;
      out[k] = o;
      previousEligibleThisYear = stateOf<number>(o, "eligible_this_year");
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

/** One person's timeline over months `from` to `to` inclusive (`YYYY-MM`), the person's inputs the same every month: `evaluateTimeline` of those months (states carried from month to month, not `evaluate` of each month alone). An empty range throws `invalid_input`. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["claim", "opening_eligible_this_year"], [L3, L4], "person");
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
  const claim = input.claim;
  const openingEligibleThisYear = input.opening_eligible_this_year;
  if (month < H_START || month > H_END || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "claim") || !hasOwn(input, "opening_eligible_this_year")) return invalid(input);
  return compute(month, claim, openingEligibleThisYear);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const month = parseMonth(input.month);
  const claim = input.claim;
  const openingEligibleThisYear = input.opening_eligible_this_year;
  return computeTraced(month, claim, openingEligibleThisYear, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "claim", "opening_eligible_this_year"], [L2, L3, L4], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
  const claim = input.claim;
  if (!Number.isInteger(claim) || claim < 0 || claim > 100000000) badNumber("claim", claim, 0, 100000000, "fen", L3);
  const openingEligibleThisYear = input.opening_eligible_this_year;
  if (!Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000) badNumber("opening_eligible_this_year", openingEligibleThisYear, 0, 1000000000, "fen", L4);
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
 * Evaluates region `shanghai_inpatient_b` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  readonly claim: Float64Array;
  readonly opening_eligible_this_year: Float64Array;
}

/** Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"below_deductible" | "above_deductible" | "reimbursed" | "eligible_this_year", Float64Array>>;
  readonly present: {};
}

/** One person's months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person). */
function timelineKernel(claimCol: Float64Array, openingEligibleThisYearCol: Float64Array, from: number, months2: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array): boolean {
  let previousEligibleThisYear!: number;
  try {
    for (let j = 0; j < months2; j++, k++) {
      const month = from + j;
      const claim = claimCol[k]!;
      const openingEligibleThisYear = openingEligibleThisYearCol[k]!;
      if (month < H_START || month > H_END || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000) return false;
      if (j === 0) {
        previousEligibleThisYear = openEligibleThisYear(openingEligibleThisYear);
      }

      const eligibleBefore = computeEligibleBefore(month, previousEligibleThisYear);
      const deductibleRemaining = computeDeductibleRemaining(eligibleBefore);
      const belowDeductible = computeBelowDeductible(claim, deductibleRemaining);
      const aboveDeductible = computeAboveDeductible(claim, belowDeductible);
      const reimbursed = computeReimbursed(aboveDeductible);
      const eligibleThisYear = computeEligibleThisYear(eligibleBefore, claim);
      if (eligibleThisYear < 0 || eligibleThisYear > 10000000000) return false;
      v0[k] = belowDeductible;
      v1[k] = aboveDeductible;
      v2[k] = reimbursed;
      v3[k] = eligibleThisYear;
      previousEligibleThisYear = eligibleThisYear;
    }

  } catch {
    return false;
  }

  return true;
}

/**
 * Evaluates the timelines of `persons` persons over months `from`..`to` (month indices year·12 + month − 1, both included) from typed-array columns, one pass per person, states carried from month to month.
 * Rows are person-major: row k = p·M + (month − from), M = to − from + 1; every column of `columns` holds P·M values (inputs vary by month; the month input is not a column). Enum inputs are codes into the exported `…Codes` arrays, booleans 0/1, money integer fen, rates numerators over their scale. The result (or `out`, reused when given: every column at least P·M long) holds one column per output and state; `present` is 0 (and the value NaN) where not applicable. An invalid row or a failed output or state throws its `PolicyError` with `row` set (that person's months re-run through `evaluateTimeline`). (A stateful region has no `evaluateColumnar`: its months depend on the months before.)
 */
export function evaluateTimelineColumnar(columns: TimelineColumns, persons: number, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const months2 = monthCount(from, to, "month", L2);
  const count = timelineCount(columns, { claim: L3, opening_eligible_this_year: L4 }, persons, months2, "month", L2);
  const { claim: claimCol, opening_eligible_this_year: openingEligibleThisYearCol } = columns;
  const result = columnarResult<ColumnarResult>(out, count * months2, "below_deductible above_deductible reimbursed eligible_this_year", "");
  const { below_deductible: v0, above_deductible: v1, reimbursed: v2, eligible_this_year: v3 } = result.values;
  const slow = (p: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (j) => ({ claim: claimCol[p * months2 + j]!, opening_eligible_this_year: openingEligibleThisYearCol[p * months2 + j]!, month: monthText(from + j) }), p * months2, months2, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months2) {
    if (!timelineKernel(claimCol, openingEligibleThisYearCol, from, months2, k, v0, v1, v2, v3)) slow(p);
  }

  return result;
}
