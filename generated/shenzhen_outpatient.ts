// Generated from policies/claims/shenzhen-outpatient.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarResult, monthCount, memberOf, atRow, stateIn, unwrap, stateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `shenzhen_outpatient`: 深圳 二档 门诊 Shenzhen tier-2 outpatient. Horizon 2023-01 onwards; rounding half_up to fen. */
export const region = "shenzhen_outpatient";
/** The policy file this module was generated from. */
export const source = "policies/claims/shenzhen-outpatient.policy";
/** Values of input `level`. */
export type Level = "level1_or_below" | "level2" | "level3";

/** Input of region `shenzhen_outpatient`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/shenzhen-outpatient.policy:16 */
  readonly month: string;
  /** one of level1_or_below, level2, level3 — policies/claims/shenzhen-outpatient.policy:17 (F111, institution level 一级以下 / 二级 / 三级) */
  readonly level: Level;
  /** money in integer fen, 0..100000000 — policies/claims/shenzhen-outpatient.policy:18 (F110, F111, the eligible cost of the month's claims at one level) */
  readonly claim: number;
  /** money in integer fen per year, 0..1000000000 — policies/claims/shenzhen-outpatient.policy:19 (F109, 001:128, 上上年度在岗职工年平均工资) */
  readonly wage_two_years_before: number;
  /** money in integer fen, 0..100000000 — policies/claims/shenzhen-outpatient.policy:20 (T28, reimbursed earlier in the year, before the timeline) */
  readonly opening_reimbursed_this_year: number;
}

/** Output of region `shenzhen_outpatient`. Money is integer fen. */
export interface Output {
  /** money in fen per year — policies/claims/shenzhen-outpatient.policy:24 (F109, 001:128) */
  readonly annual_cap: number;
  /** money in fen — policies/claims/shenzhen-outpatient.policy:38 (F109, T28, the cap bounds what is reimbursed) */
  readonly reimbursed: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/claims/shenzhen-outpatient.policy:41 (F109, what the year's cap has used) */
  readonly reimbursed_this_year: number;
}

const H_START = 24276; // 2023-01
const H_END = 119999; // open
// policies/claims/shenzhen-outpatient.policy:22 (F109, 001:128)
const capRate = 3; // 3/200
const L0: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 33, col: 5 };
const L1: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 36, col: 7 };
const L2: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 41, col: 3 };
const L3: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 16, col: 9 };
const L4: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 17, col: 9 };
const L5: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 18, col: 9 };
const L6: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 19, col: 9 };
const L7: PolicyLocation = { file: "policies/claims/shenzhen-outpatient.policy", line: 20, col: 9 };
const S0: StepInfo = { name: "cap_rate", branch: "=", file: "policies/claims/shenzhen-outpatient.policy", line: 22, cites: ["F109", "001:128"], unit: "rate", reads: [] };
const S1: StepInfo = { name: "annual_cap", branch: "before 2023-10", file: "policies/claims/shenzhen-outpatient.policy", line: 25, cites: ["F109", "001:128", "a fixed 1000 yuan before"], unit: "fen", reads: ["month", "wage_two_years_before", "cap_rate"] };
const S2: StepInfo = { name: "annual_cap", branch: "from 2023-10", file: "policies/claims/shenzhen-outpatient.policy", line: 26, cites: ["F109", "001:128", "T27"], unit: "fen", reads: ["month", "wage_two_years_before", "cap_rate"] };
const S3: StepInfo = { name: "reimbursed_before", branch: "when month_of_year(month) = 1", file: "policies/claims/shenzhen-outpatient.policy", line: 29, cites: ["T28", "already reimbursed this year", "F109", "an annual cap: the year starts at 0"], unit: "fen", reads: ["month"] };
const S4: StepInfo = { name: "reimbursed_before", branch: "otherwise", file: "policies/claims/shenzhen-outpatient.policy", line: 30, cites: ["T28", "already reimbursed this year"], unit: "fen", reads: ["month"] };
const S5: StepInfo = { name: "by_ratio", branch: "from 2023-10 › for level1_or_below", file: "policies/claims/shenzhen-outpatient.policy", line: 35, cites: ["F110", "F111", "001:128", "在一级以下医疗机构就医,报销比例为75%"], unit: "fen", reads: ["month", "level", "claim"] };
const S6: StepInfo = { name: "reimbursed", branch: "=", file: "policies/claims/shenzhen-outpatient.policy", line: 38, cites: ["F109", "T28", "the cap bounds what is reimbursed"], unit: "fen", reads: ["by_ratio", "annual_cap", "reimbursed_before"] };
const S7: StepInfo = { name: "reimbursed_this_year", branch: "otherwise", file: "policies/claims/shenzhen-outpatient.policy", line: 43, cites: ["F109", "what the year's cap has used"], unit: "fen", reads: ["reimbursed_before", "reimbursed", "opening_reimbursed_this_year"] };
/** `annual_cap` — policies/claims/shenzhen-outpatient.policy:24 (F109, 001:128) */
function computeAnnualCap(month: number, wageTwoYearsBefore: number): number {
  // policies/claims/shenzhen-outpatient.policy:25
  if (month < 24285) {
    return 100000;
  }
  // policies/claims/shenzhen-outpatient.policy:26, the remaining case
  return Math.floor((wageTwoYearsBefore * capRate + 100) / 200);
}

/** `reimbursed_before` — policies/claims/shenzhen-outpatient.policy:28 (T28, already reimbursed this year) */
function computeReimbursedBefore(month: number, previousReimbursedThisYear: number): number {
  // policies/claims/shenzhen-outpatient.policy:29
  if (month % 12 + 1 === 1) {
    return 0;
  }
  // policies/claims/shenzhen-outpatient.policy:30
  return previousReimbursedThisYear;
}

/** `by_ratio` — policies/claims/shenzhen-outpatient.policy:32 (F110, F111) */
function computeByRatio(month: number, level: Level, claim: number): number {
  // policies/claims/shenzhen-outpatient.policy:33
  if (month < 24285) {
    return fail("unspecified", "by_ratio", L0, "by_ratio: before 2023-10 is unspecified in the sources");
  }
  // policies/claims/shenzhen-outpatient.policy:34, the remaining case
  // policies/claims/shenzhen-outpatient.policy:35
  if (level === "level1_or_below") {
    return Math.floor((claim * 3 + 2) / 4);
  }
  // policies/claims/shenzhen-outpatient.policy:36, the remaining case
  return fail("unspecified", "by_ratio", L1, "by_ratio: from 2023-10 › for level2, level3 is unspecified in the sources");
}

/** `reimbursed` — policies/claims/shenzhen-outpatient.policy:38 (F109, T28, the cap bounds what is reimbursed) */
function computeReimbursed(byRatio: number, annualCap: number, reimbursedBefore: number): number {
  return Math.min(byRatio, (annualCap - reimbursedBefore > 0 ? annualCap - reimbursedBefore : 0));
}

/** `reimbursed_this_year` — policies/claims/shenzhen-outpatient.policy:41 (F109, what the year's cap has used) */
function computeReimbursedThisYear(reimbursedBefore: number, reimbursed: number): number {
  return reimbursedBefore + reimbursed;
}

/** `reimbursed_before` — policies/claims/shenzhen-outpatient.policy:28 (T28, already reimbursed this year) */
function computeReimbursedBefore2(month: number, previousReimbursedThisYear: number | Failed): number {
  // policies/claims/shenzhen-outpatient.policy:29
  if (month % 12 + 1 === 1) {
    return 0;
  }
  // policies/claims/shenzhen-outpatient.policy:30
  return unwrap(previousReimbursedThisYear);
}

/** `reimbursed` — policies/claims/shenzhen-outpatient.policy:38 (F109, T28, the cap bounds what is reimbursed) */
function computeReimbursed2(byRatio: number | Failed, annualCap: number | Failed, reimbursedBefore: number | Failed): number {
  return Math.min(unwrap(byRatio), Math.max(unwrap(annualCap) - unwrap(reimbursedBefore), 0));
}

/** `reimbursed_this_year` — policies/claims/shenzhen-outpatient.policy:41 (F109, what the year's cap has used) */
function computeReimbursedThisYear2(reimbursedBefore: number | Failed, reimbursed: number | Failed): number {
  return unwrap(reimbursedBefore) + unwrap(reimbursed);
}

/** `annual_cap`, recording the branch taken */
function traceAnnualCap(month: number, wageTwoYearsBefore: number, t: TraceStep[]): number {
  // policies/claims/shenzhen-outpatient.policy:25
  if (month < 24285) {
    return record(t, S1, 100000);
  }
  // policies/claims/shenzhen-outpatient.policy:26, the remaining case
  return record(t, S2, Math.floor((wageTwoYearsBefore * capRate + 100) / 200));
}

/** `reimbursed_before`, recording the branch taken */
function traceReimbursedBefore(month: number, previousReimbursedThisYear: number, t: TraceStep[]): number {
  // policies/claims/shenzhen-outpatient.policy:29
  if (month % 12 + 1 === 1) {
    return record(t, S3, 0);
  }
  // policies/claims/shenzhen-outpatient.policy:30
  return record(t, S4, previousReimbursedThisYear);
}

/** `by_ratio`, recording the branch taken */
function traceByRatio(month: number, level: Level, claim: number, t: TraceStep[]): number {
  // policies/claims/shenzhen-outpatient.policy:33
  if (month < 24285) {
    return fail("unspecified", "by_ratio", L0, "by_ratio: before 2023-10 is unspecified in the sources");
  }
  // policies/claims/shenzhen-outpatient.policy:34, the remaining case
  // policies/claims/shenzhen-outpatient.policy:35
  if (level === "level1_or_below") {
    return record(t, S5, Math.floor((claim * 3 + 2) / 4));
  }
  // policies/claims/shenzhen-outpatient.policy:36, the remaining case
  return fail("unspecified", "by_ratio", L1, "by_ratio: from 2023-10 › for level2, level3 is unspecified in the sources");
}

/** State `reimbursed_this_year` before the first month (`initially`), from that month's inputs. */
function openReimbursedThisYear(openingReimbursedThisYear: number): number {
  return openingReimbursedThisYear;
}

/** One month: every rule the outputs and states need, from validated inputs and the states of the month before. */
function stepMonth(month: number, level: Level, claim: number, wageTwoYearsBefore: number, previousReimbursedThisYear: number): Output {
  try {
    const annualCap = computeAnnualCap(month, wageTwoYearsBefore);
    const reimbursedBefore = computeReimbursedBefore(month, previousReimbursedThisYear);
    const byRatio = computeByRatio(month, level, claim);
    const reimbursed = computeReimbursed(byRatio, annualCap, reimbursedBefore);
    const reimbursedThisYear = stateIn(computeReimbursedThisYear(reimbursedBefore, reimbursed), 0, 10000000000, "reimbursed_this_year", L2);
    return { annual_cap: annualCap, reimbursed, reimbursed_this_year: reimbursedThisYear };
  } catch {
    return stepMonthLazy(month, level, claim, wageTwoYearsBefore, previousReimbursedThisYear);
  }
}

/** `stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed. */
function stepMonthLazy(month: number, level: Level, claim: number, wageTwoYearsBefore: number, previousReimbursedThisYear: number | Failed): Output {
  const annualCap = attempt(() => computeAnnualCap(month, wageTwoYearsBefore));
  const reimbursedBefore = attempt(() => computeReimbursedBefore2(month, previousReimbursedThisYear));
  const byRatio = attempt(() => computeByRatio(month, level, claim));
  const reimbursed = attempt(() => computeReimbursed2(byRatio, annualCap, reimbursedBefore));
  const reimbursedThisYear = attempt(() => stateIn(computeReimbursedThisYear2(reimbursedBefore, reimbursed), 0, 10000000000, "reimbursed_this_year", L2));
  return settle<Output>({ annual_cap: annualCap, reimbursed, reimbursed_this_year: reimbursedThisYear });
}

/** `stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values. */
function stepMonthTraced(month: number, level: Level, claim: number, wageTwoYearsBefore: number, previousReimbursedThisYear: number, t: TraceStep[]): Output {
  let mark = 0;
  record(t, S0, capRate, 200);
  const annualCap = traceAnnualCap(month, wageTwoYearsBefore, t);
  mark = t.length;
  const reimbursedBefore = traceReimbursedBefore(month, previousReimbursedThisYear, t);
  citePrevious(t, mark, [{ name: "reimbursed_this_year", value: previousReimbursedThisYear }]);
  const byRatio = traceByRatio(month, level, claim, t);
  const reimbursed = record(t, S6, computeReimbursed(byRatio, annualCap, reimbursedBefore));
  const reimbursedThisYear = stateIn(record(t, S7, computeReimbursedThisYear(reimbursedBefore, reimbursed)), 0, 10000000000, "reimbursed_this_year", L2);
  return { annual_cap: annualCap, reimbursed, reimbursed_this_year: reimbursedThisYear };
}

/** One month as a one-month timeline: each state of the month before is its `initially` value. */
function compute(month: number, level: Level, claim: number, wageTwoYearsBefore: number, openingReimbursedThisYear: number): Output {
  const previousReimbursedThisYear = attempt(() => openReimbursedThisYear(openingReimbursedThisYear));
  return previousReimbursedThisYear instanceof Failed ? stepMonthLazy(month, level, claim, wageTwoYearsBefore, previousReimbursedThisYear) : stepMonth(month, level, claim, wageTwoYearsBefore, previousReimbursedThisYear);
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(month: number, level: Level, claim: number, wageTwoYearsBefore: number, openingReimbursedThisYear: number, t: TraceStep[]): Output {
  return stepMonthTraced(month, level, claim, wageTwoYearsBefore, openReimbursedThisYear(openingReimbursedThisYear), t);
}

/** One validated month of a timeline; the first month opens each state from its input. */
function runMonth(input: Input, isFirst: boolean, previousReimbursedThisYear: number | Failed): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const level = input.level;
  const claim = input.claim;
  const wageTwoYearsBefore = input.wage_two_years_before;
  const openingReimbursedThisYear = input.opening_reimbursed_this_year;
  if (month < H_START || month > H_END || (level !== "level1_or_below" && level !== "level2" && level !== "level3") || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(wageTwoYearsBefore) || wageTwoYearsBefore < 0 || wageTwoYearsBefore > 1000000000 || !Number.isInteger(openingReimbursedThisYear) || openingReimbursedThisYear < 0 || openingReimbursedThisYear > 100000000 || !hasOwn(input, "month") || !hasOwn(input, "level") || !hasOwn(input, "claim") || !hasOwn(input, "wage_two_years_before") || !hasOwn(input, "opening_reimbursed_this_year")) return invalid(input);
  if (isFirst) {
    previousReimbursedThisYear = attempt(() => openReimbursedThisYear(openingReimbursedThisYear));
  }

  return previousReimbursedThisYear instanceof Failed ? stepMonthLazy(month, level, claim, wageTwoYearsBefore, previousReimbursedThisYear) : stepMonth(month, level, claim, wageTwoYearsBefore, previousReimbursedThisYear);
}

/** `evaluateTimeline` with a trace of every month (eager: the first failure throws). */
function timelineTraced(months: readonly Input[]): Traced<Output>[] {
  const n = timelineLength(months, "month", L3);
  const out: Traced<Output>[] = [];
  let previousReimbursedThisYear!: number;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      check(input);
      const month = parseMonth(input.month);
      const level = input.level;
      const claim = input.claim;
      const wageTwoYearsBefore = input.wage_two_years_before;
      const openingReimbursedThisYear = input.opening_reimbursed_this_year;
      if (k > 0 && month !== last + 1) badTimeline("month", month, last + 1, k, L3);
      last = month;
      if (k === 0) {
        previousReimbursedThisYear = openReimbursedThisYear(openingReimbursedThisYear);
      }

      const steps2: TraceStep[] = [];
      const value = stepMonthTraced(month, level, claim, wageTwoYearsBefore, previousReimbursedThisYear, steps2);
      out.push({ value, steps: steps2 });
      previousReimbursedThisYear = value["reimbursed_this_year"];
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
 * Evaluates region `shenzhen_outpatient` over one person's consecutive months, in order (each input carries its `month`): month k reads the states of month k − 1 through `previous(…)`; the first month reads each state's `initially` value. Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a `PolicyError` (`invalid_input`) with `row` = the month's index. Outputs are lazy as `evaluate`'s: a failed one throws when read, and a failed state fails every later reader of `previous(…)` with the same error; a state outside its declared domain fails as `out_of_domain` at the state's line.
 * With `{ trace: true }` each month comes with its trace (eager: the first failure throws).
 */
export function evaluateTimeline(months: readonly Input[], options?: EvaluateOptions): Output[] | Traced<Output>[] {
  if (options !== undefined && options.trace === true) return timelineTraced(months);
  const n = timelineLength(months, "month", L3);
  const out = new Array<Output>(n);
  let previousReimbursedThisYear!: number | Failed;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      const o = runMonth(input, k === 0, previousReimbursedThisYear);
      const monthIndex = parseMonth(input.month);
      if (k > 0 && monthIndex !== last + 1) badTimeline("month", monthIndex, last + 1, k, L3);
      last = monthIndex;
      out[k] = o;
      previousReimbursedThisYear = stateOf<number>(o, "reimbursed_this_year");
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

/** One person's timeline over months `from` to `to` inclusive (`YYYY-MM`), the person's inputs the same every month: `evaluateTimeline` of those months (states carried from month to month, not `evaluate` of each month alone). An empty range throws `invalid_input`. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["level", "claim", "wage_two_years_before", "opening_reimbursed_this_year"], [L4, L5, L6, L7], "person");
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L3);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L3);
  const rows: Input[] = [];
  for (let k = first; k <= last; k++) rows.push({ ...person, month: formatMonth(k) });
  return evaluateTimeline(rows);
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const level = input.level;
  const claim = input.claim;
  const wageTwoYearsBefore = input.wage_two_years_before;
  const openingReimbursedThisYear = input.opening_reimbursed_this_year;
  if (month < H_START || month > H_END || (level !== "level1_or_below" && level !== "level2" && level !== "level3") || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(wageTwoYearsBefore) || wageTwoYearsBefore < 0 || wageTwoYearsBefore > 1000000000 || !Number.isInteger(openingReimbursedThisYear) || openingReimbursedThisYear < 0 || openingReimbursedThisYear > 100000000 || !hasOwn(input, "month") || !hasOwn(input, "level") || !hasOwn(input, "claim") || !hasOwn(input, "wage_two_years_before") || !hasOwn(input, "opening_reimbursed_this_year")) return invalid(input);
  return compute(month, level, claim, wageTwoYearsBefore, openingReimbursedThisYear);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const month = parseMonth(input.month);
  const level = input.level;
  const claim = input.claim;
  const wageTwoYearsBefore = input.wage_two_years_before;
  const openingReimbursedThisYear = input.opening_reimbursed_this_year;
  return computeTraced(month, level, claim, wageTwoYearsBefore, openingReimbursedThisYear, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "level", "claim", "wage_two_years_before", "opening_reimbursed_this_year"], [L3, L4, L5, L6, L7], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L3);
  const level = input.level;
  if (level !== "level1_or_below" && level !== "level2" && level !== "level3") badMember("level", level, ["level1_or_below", "level2", "level3"], L4);
  const claim = input.claim;
  if (!Number.isInteger(claim) || claim < 0 || claim > 100000000) badNumber("claim", claim, 0, 100000000, "fen", L5);
  const wageTwoYearsBefore = input.wage_two_years_before;
  if (!Number.isInteger(wageTwoYearsBefore) || wageTwoYearsBefore < 0 || wageTwoYearsBefore > 1000000000) badNumber("wage_two_years_before", wageTwoYearsBefore, 0, 1000000000, "fen", L6);
  const openingReimbursedThisYear = input.opening_reimbursed_this_year;
  if (!Number.isInteger(openingReimbursedThisYear) || openingReimbursedThisYear < 0 || openingReimbursedThisYear > 100000000) badNumber("opening_reimbursed_this_year", openingReimbursedThisYear, 0, 100000000, "fen", L7);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L3, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shenzhen_outpatient` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * The month is a one-month timeline: `previous(…)` of each state is its `initially` value from this input (`evaluateTimeline` carries states from month to month); states are returned like outputs.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs, each a one-month timeline: `rows.map((r) => evaluate(r))` into a preallocated array. For a person's months use `evaluateTimeline`; for a population, `evaluateTimelineColumnar`. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L3);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Column codes of `level`. */
export const levelCodes = ["level1_or_below", "level2", "level3"] as const;

/** Input columns of `evaluateTimelineColumnar`: row p·M + (month − from), P·M values each (inputs vary by month). */
export interface TimelineColumns {
  readonly level: Uint8Array;
  readonly claim: Float64Array;
  readonly wage_two_years_before: Float64Array;
  readonly opening_reimbursed_this_year: Float64Array;
}

/** Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"annual_cap" | "reimbursed" | "reimbursed_this_year", Float64Array>>;
  readonly present: {};
}

/** One person's months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person). */
function timelineKernel(levelCol: Uint8Array, claimCol: Float64Array, wageTwoYearsBeforeCol: Float64Array, openingReimbursedThisYearCol: Float64Array, from: number, months2: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array): boolean {
  let previousReimbursedThisYear!: number;
  try {
    for (let j = 0; j < months2; j++, k++) {
      const month = from + j;
      const levelCode = levelCol[k]!;
      const claim = claimCol[k]!;
      const wageTwoYearsBefore = wageTwoYearsBeforeCol[k]!;
      const openingReimbursedThisYear = openingReimbursedThisYearCol[k]!;
      if (month < H_START || month > H_END || levelCode >= 3 || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(wageTwoYearsBefore) || wageTwoYearsBefore < 0 || wageTwoYearsBefore > 1000000000 || !Number.isInteger(openingReimbursedThisYear) || openingReimbursedThisYear < 0 || openingReimbursedThisYear > 100000000) return false;
      const level = levelCodes[levelCode]!;
      if (j === 0) {
        previousReimbursedThisYear = openReimbursedThisYear(openingReimbursedThisYear);
      }

      const annualCap = computeAnnualCap(month, wageTwoYearsBefore);
      const reimbursedBefore = computeReimbursedBefore(month, previousReimbursedThisYear);
      const byRatio = computeByRatio(month, level, claim);
      const reimbursed = computeReimbursed(byRatio, annualCap, reimbursedBefore);
      const reimbursedThisYear = computeReimbursedThisYear(reimbursedBefore, reimbursed);
      if (reimbursedThisYear < 0 || reimbursedThisYear > 10000000000) return false;
      v0[k] = annualCap;
      v1[k] = reimbursed;
      v2[k] = reimbursedThisYear;
      previousReimbursedThisYear = reimbursedThisYear;
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
  const months2 = monthCount(from, to, "month", L3);
  const count = timelineCount(columns, { level: L4, claim: L5, wage_two_years_before: L6, opening_reimbursed_this_year: L7 }, persons, months2, "month", L3);
  const { level: levelCol, claim: claimCol, wage_two_years_before: wageTwoYearsBeforeCol, opening_reimbursed_this_year: openingReimbursedThisYearCol } = columns;
  const result = columnarResult<ColumnarResult>(out, count * months2, "annual_cap reimbursed reimbursed_this_year", "");
  const { annual_cap: v0, reimbursed: v1, reimbursed_this_year: v2 } = result.values;
  const slow = (p: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (j) => ({ level: memberOf(levelCodes, levelCol[p * months2 + j]!), claim: claimCol[p * months2 + j]!, wage_two_years_before: wageTwoYearsBeforeCol[p * months2 + j]!, opening_reimbursed_this_year: openingReimbursedThisYearCol[p * months2 + j]!, month: monthText(from + j) }), p * months2, months2, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months2) {
    if (!timelineKernel(levelCol, claimCol, wageTwoYearsBeforeCol, openingReimbursedThisYearCol, from, months2, k, v0, v1, v2)) slow(p);
  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `shenzhen_outpatient` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  capRate, computeAnnualCap, computeReimbursed, computeReimbursed2, computeReimbursedBefore,
  computeReimbursedBefore2, computeReimbursedThisYear, computeReimbursedThisYear2, L0, L1, L2, L3, L4, L5, L6,
  L7, S0, S1, S2, S5, S6, S7, traceAnnualCap, traceReimbursedBefore,
};
