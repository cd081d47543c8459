// Generated from policies/years/guangdong-years.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./contribution_years.js";

/** Region `guangdong_years`: 广东 最低缴费年限 Guangdong, minimum contribution years. Horizon 2013-07..2029-12; rounding half_up to fen. */
export const region = "guangdong_years";
/** The policy file this module was generated from. */
export const source = "policies/years/guangdong-years.policy";
/** Values of input `sex`. */
export type Sex = "male" | "female";

/** Input of region `guangdong_years`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of male, female — policies/years/contribution-years.policy:13 (F018, F127) */
  readonly sex: Sex;
  /** whole years, 0..100 — policies/years/contribution-years.policy:14 (F018, cumulative employee-insurance contribution years 累计缴费年限) */
  readonly contribution_years: number;
  /** calendar month `YYYY-MM` — policies/years/contribution-years.policy:15 */
  readonly month: string;
}

/** Output of region `guangdong_years`. Money is integer fen. */
export interface Output {
  /** int — policies/years/guangdong-years.policy:15 (F127, 002:64) */
  readonly minimum_years: number;
  /** bool — policies/years/contribution-years.policy:21 (F018, the minimum period is reached) */
  readonly minimum_met: boolean;
  /** null when not applicable to the input; money in fen per year — policies/years/guangdong-years.policy:44 (F124, 002:52, C28) */
  readonly contribution_reward: number | null;
}

/** What this region shares with `contribution_years`. */
const {
  computeMinimumMet, L0, L1, L2, S1,
} = $parent;
const H_START = 24162; // 2013-07
const H_END = 24359; // 2029-12
const L3: PolicyLocation = { file: "policies/years/guangdong-years.policy", line: 46, col: 5 };
const L4: PolicyLocation = { file: "policies/years/guangdong-years.policy", line: 21, col: 7 };
const S3: StepInfo = { name: "minimum_years", branch: "for male › from 2013-07 to 2024-12", file: "policies/years/guangdong-years.policy", line: 17, cites: ["F127", "002:64", "男职工30年"], unit: "years", reads: ["sex", "month"] };
const S4: StepInfo = { name: "minimum_years", branch: "for male › from 2025-01", file: "policies/years/guangdong-years.policy", line: 18, cites: ["F127", "002:64", "F126", "002:52", "2025 policy: 男职工30年, as F127"], unit: "years", reads: ["sex", "month"] };
const S5: StepInfo = { name: "contribution_reward", branch: "before 2025-01", file: "policies/years/guangdong-years.policy", line: 45, cites: ["F124", "002:52", "C28", "the mechanism starts on 2025-01-01"], unit: "fen", reads: ["month"] };
const S6: StepInfo = { name: "minimum_years", branch: "for female › from 2013-07 to 2024-12", file: "policies/years/guangdong-years.policy", line: 20, cites: ["F127", "002:64", "女职工25年"], unit: "years", reads: ["sex", "month"] };
/** `minimum_years` for `male` — policies/years/guangdong-years.policy:15 (F127, 002:64) */
function computeMinimumYearsMale(month: number): number {
  // policies/years/guangdong-years.policy:17
  if (month >= 24162 && month <= 24299) {
    return 30;
  }
  // policies/years/guangdong-years.policy:18, the remaining case
  return 30;
}

/** `contribution_reward` — policies/years/guangdong-years.policy:44 (F124, 002:52, C28) */
function computeContributionReward(month: number): number | null {
  // policies/years/guangdong-years.policy:45
  if (month < 24300) {
    return null;
  }
  // policies/years/guangdong-years.policy:46, the remaining case
  return fail("unresolved", "contribution_reward", L3, "contribution_reward is unresolved: 每年多报3800元 (F124): a higher annual cap, a cash reward, an account credit or something else? The seed does not say");
}

/** Every rule for `sex` = `male` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForMale(contributionYears: number, month: number): Output {
  const minimumYears = attempt(() => computeMinimumYearsMale(month));
  const minimumMet = minimumYears instanceof Failed ? minimumYears : attempt(() => computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = attempt(() => computeContributionReward(month));
  return settle<Output>({ minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward });
}

/** Every rule for `sex` = `male`. */
function computeForMale(contributionYears: number, month: number): Output {
  try {
    const minimumYears = computeMinimumYearsMale(month);
    const minimumMet = computeMinimumMet(contributionYears, minimumYears);
    const contributionReward = computeContributionReward(month);
    return { minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
  } catch {
    return lazyForMale(contributionYears, month);
  }
}

/** `minimum_years` for `female` — policies/years/guangdong-years.policy:15 (F127, 002:64) */
function computeMinimumYearsFemale(month: number): number {
  // policies/years/guangdong-years.policy:20
  if (month >= 24162 && month <= 24299) {
    return 25;
  }
  // policies/years/guangdong-years.policy:21, the remaining case
  return fail("unspecified", "minimum_years", L4, "minimum_years: for female › from 2025-01 is unspecified in the sources");
}

/** Every rule for `sex` = `female` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFemale(contributionYears: number, month: number): Output {
  const minimumYears = attempt(() => computeMinimumYearsFemale(month));
  const minimumMet = minimumYears instanceof Failed ? minimumYears : attempt(() => computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = attempt(() => computeContributionReward(month));
  return settle<Output>({ minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward });
}

/** Every rule for `sex` = `female`. */
function computeForFemale(contributionYears: number, month: number): Output {
  try {
    const minimumYears = computeMinimumYearsFemale(month);
    const minimumMet = computeMinimumMet(contributionYears, minimumYears);
    const contributionReward = computeContributionReward(month);
    return { minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
  } catch {
    return lazyForFemale(contributionYears, month);
  }
}

function columnarForMale(contributionYears: number, from: number, to: number, k: number, v0: Float64Array, v1: Uint8Array, v2: Float64Array, p0: Uint8Array): boolean {
  try {
    for (let month = from; month <= to; month++, k++) {
      const minimumYears = computeMinimumYearsMale(month);
      const minimumMet = computeMinimumMet(contributionYears, minimumYears);
      const contributionReward = computeContributionReward(month);
      v0[k] = minimumYears;
      v1[k] = minimumMet ? 1 : 0;
      v2[k] = contributionReward === null ? NaN : contributionReward;
      p0[k] = contributionReward === null ? 0 : 1;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForFemale(contributionYears: number, from: number, to: number, k: number, v0: Float64Array, v1: Uint8Array, v2: Float64Array, p0: Uint8Array): boolean {
  try {
    for (let month = from; month <= to; month++, k++) {
      const minimumYears = computeMinimumYearsFemale(month);
      const minimumMet = computeMinimumMet(contributionYears, minimumYears);
      const contributionReward = computeContributionReward(month);
      v0[k] = minimumYears;
      v1[k] = minimumMet ? 1 : 0;
      v2[k] = contributionReward === null ? NaN : contributionReward;
      p0[k] = contributionReward === null ? 0 : 1;
    }
  } catch {
    return false;
  }
  return true;
}

/** `minimum_years` for `male`, recording the branch taken */
function traceMinimumYearsMale(month: number, t: TraceStep[]): number {
  // policies/years/guangdong-years.policy:17
  if (month >= 24162 && month <= 24299) {
    return record(t, S3, 30);
  }
  // policies/years/guangdong-years.policy:18, the remaining case
  return record(t, S4, 30);
}

/** `contribution_reward`, recording the branch taken */
function traceContributionReward(month: number, t: TraceStep[]): number | null {
  // policies/years/guangdong-years.policy:45
  if (month < 24300) {
    return record(t, S5, null);
  }
  // policies/years/guangdong-years.policy:46, the remaining case
  return fail("unresolved", "contribution_reward", L3, "contribution_reward is unresolved: 每年多报3800元 (F124): a higher annual cap, a cash reward, an account credit or something else? The seed does not say");
}

/** Every rule for `sex` = `male`, recording each branch. */
function traceForMale(contributionYears: number, month: number, t: TraceStep[]): Output {
  const minimumYears = traceMinimumYearsMale(month, t);
  const minimumMet = record(t, S1, computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = traceContributionReward(month, t);
  return { minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
}

/** `minimum_years` for `female`, recording the branch taken */
function traceMinimumYearsFemale(month: number, t: TraceStep[]): number {
  // policies/years/guangdong-years.policy:20
  if (month >= 24162 && month <= 24299) {
    return record(t, S6, 25);
  }
  // policies/years/guangdong-years.policy:21, the remaining case
  return fail("unspecified", "minimum_years", L4, "minimum_years: for female › from 2025-01 is unspecified in the sources");
}

/** Every rule for `sex` = `female`, recording each branch. */
function traceForFemale(contributionYears: number, month: number, t: TraceStep[]): Output {
  const minimumYears = traceMinimumYearsFemale(month, t);
  const minimumMet = record(t, S1, computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = traceContributionReward(month, t);
  return { minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
}

/** Computes every rule for validated inputs, dispatching once on `sex` (which it validates). */
function compute(sex: string, contributionYears: number, month: number): Output {
  switch (sex) {
    case "male":
      return computeForMale(contributionYears, month);
    case "female":
      return computeForFemale(contributionYears, month);
    default:
      return badMember("sex", sex, ["male", "female"], L0);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(sex: string, contributionYears: number, month: number, t: TraceStep[]): Output {
  switch (sex) {
    case "male":
      return traceForMale(contributionYears, month, t);
    case "female":
      return traceForFemale(contributionYears, month, t);
    default:
      return badMember("sex", sex, ["male", "female"], L0);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const sex = input.sex;
  const contributionYears = input.contribution_years;
  const month = parseMonth(input.month);
  if (!Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100 || month < H_START || month > H_END || !hasOwn(input, "sex") || !hasOwn(input, "contribution_years") || !hasOwn(input, "month")) return invalid(input);
  return compute(sex, contributionYears, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const sex = input.sex;
  const contributionYears = input.contribution_years;
  const month = parseMonth(input.month);
  return computeTraced(sex, contributionYears, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["sex", "contribution_years", "month"], [L0, L1, L2], "input");
  const contributionYears = input.contribution_years;
  if (!Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100) badNumber("contribution_years", contributionYears, 0, 100, "years", L1);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "sex", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `guangdong_years` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "sex", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["sex", "contribution_years"], [L0, L1], "person");
  const sex = person.sex;
  const contributionYears = person.contribution_years;
  if (!Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100) badNumber("contribution_years", contributionYears, 0, 100, "years", L1);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(sex, contributionYears, month));
  return out;
}

/** Column codes of `sex`. */
export const sexCodes = ["male", "female"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly sex: Uint8Array;
  readonly contribution_years: Int32Array | Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"minimum_years" | "contribution_reward", Float64Array>> & Readonly<Record<"minimum_met", Uint8Array>>;
  readonly present: Readonly<Record<"contribution_reward", Uint8Array>>;
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { sex: L0, contribution_years: L1 });
  const { sex: sexCol, contribution_years: contributionYearsCol } = persons;
  const months = monthCount(from, to, "month", L2);
  const result = columnarResult(out, count * months, "minimum_years minimum_met contribution_reward", "contribution_reward", "minimum_met");
  const { minimum_years: v0, minimum_met: v1, contribution_reward: v2 } = result.values;
  const { contribution_reward: p0 } = result.present;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ sex: memberOf(sexCodes, sexCol[p]!), contribution_years: contributionYearsCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const sexCode = sexCol[p]!;
    const contributionYears = contributionYearsCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100) {
      slow(p);
      continue;
    }

    switch (sexCode) {
      case 0:
        if (!columnarForMale(contributionYears, from, to, k, v0, v1, v2, p0)) slow(p);
        break;
      case 1:
        if (!columnarForFemale(contributionYears, from, to, k, v0, v1, v2, p0)) slow(p);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
