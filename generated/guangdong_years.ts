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
  /** one of male, female — policies/years/contribution-years.policy:14 (F018, F127) */
  readonly sex: Sex;
  /** whole years, 0..100 — policies/years/contribution-years.policy:18 (F017, years paid as an employee through an employer 单位缴费) */
  readonly employed_years: number;
  /** whole years, 0..100 — policies/years/contribution-years.policy:19 (F017, years paid as a flexible worker 以灵活就业身份缴纳) */
  readonly flexible_years: number;
  /** whole years, 0..100 — policies/years/contribution-years.policy:20 (F017, years in residents' insurance 居民医保) */
  readonly resident_years: number;
  /** calendar month `YYYY-MM` — policies/years/contribution-years.policy:21 */
  readonly month: string;
}

/** Output of region `guangdong_years`. Money is integer fen. */
export interface Output {
  /** int — policies/years/contribution-years.policy:23 (F017, 001:68, 灵活就业缴费与单位缴费属于同一体系,年限和金额可累计, F017, 001:68, 居民医保与职工医保属于不同制度,缴费年限无法合并) */
  readonly contribution_years: number;
  /** int — policies/years/guangdong-years.policy:15 (F127, 002:64) */
  readonly minimum_years: number;
  /** bool — policies/years/contribution-years.policy:30 (F018, the minimum period is reached) */
  readonly minimum_met: boolean;
  /** null when not applicable to the input; money in fen per year — policies/years/guangdong-years.policy:49 (F124, 002:52, C28) */
  readonly contribution_reward: number | null;
}

/** What this region shares with `contribution_years`. */
const {
  computeContributionYears, computeMinimumMet, L0, L1, L2, L3, L4, S0, S2,
} = $parent;
const H_START = 24162; // 2013-07
const H_END = 24359; // 2029-12
const L5: PolicyLocation = { file: "policies/years/guangdong-years.policy", line: 51, col: 5 };
const L6: PolicyLocation = { file: "policies/years/guangdong-years.policy", line: 21, col: 7 };
const S4: StepInfo = { name: "minimum_years", branch: "for male › from 2013-07 to 2024-12", file: "policies/years/guangdong-years.policy", line: 17, cites: ["F127", "002:64", "男职工30年"], unit: "years", reads: ["sex", "month"] };
const S5: StepInfo = { name: "minimum_years", branch: "for male › from 2025-01", file: "policies/years/guangdong-years.policy", line: 18, cites: ["F127", "002:64", "F126", "002:52", "男职工30年", "F123", "自 2025年1月1日起正式实施 ,有效期5年: the 2025 policy's first month"], unit: "years", reads: ["sex", "month"] };
const S6: StepInfo = { name: "contribution_reward", branch: "before 2025-01", file: "policies/years/guangdong-years.policy", line: 50, cites: ["F124", "002:52", "C28", "the mechanism starts on 2025-01-01"], unit: "fen", reads: ["month"] };
const S7: StepInfo = { name: "minimum_years", branch: "for female › from 2013-07 to 2024-12", file: "policies/years/guangdong-years.policy", line: 20, cites: ["F127", "002:64", "女职工25年"], unit: "years", reads: ["sex", "month"] };
/** `minimum_years` for `male` — policies/years/guangdong-years.policy:15 (F127, 002:64) */
function computeMinimumYearsMale(month: number): number {
  // policies/years/guangdong-years.policy:17
  if (month >= 24162 && month <= 24299) {
    return 30;
  }
  // policies/years/guangdong-years.policy:18, the remaining case
  return 30;
}

/** `contribution_reward` — policies/years/guangdong-years.policy:49 (F124, 002:52, C28) */
function computeContributionReward(month: number): number | null {
  // policies/years/guangdong-years.policy:50
  if (month < 24300) {
    return null;
  }
  // policies/years/guangdong-years.policy:51, the remaining case
  return fail("unresolved", "contribution_reward", L5, "contribution_reward is unresolved: 每年多报3800元 (F124): a higher annual cap, a cash reward, an account credit or something else? The seed does not say");
}

/** Every rule for `sex` = `male` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForMale(employedYears: number, flexibleYears: number, month: number): Output {
  const contributionYears = attempt(() => computeContributionYears(employedYears, flexibleYears));
  const minimumYears = attempt(() => computeMinimumYearsMale(month));
  const minimumMet = contributionYears instanceof Failed ? contributionYears : minimumYears instanceof Failed ? minimumYears : attempt(() => computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = attempt(() => computeContributionReward(month));
  return settle<Output>({ contribution_years: contributionYears, minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward });
}

/** Every rule for `sex` = `male`. */
function computeForMale(employedYears: number, flexibleYears: number, month: number): Output {
  try {
    const contributionYears = computeContributionYears(employedYears, flexibleYears);
    const minimumYears = computeMinimumYearsMale(month);
    const minimumMet = computeMinimumMet(contributionYears, minimumYears);
    const contributionReward = computeContributionReward(month);
    return { contribution_years: contributionYears, minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
  } catch {
    return lazyForMale(employedYears, flexibleYears, month);
  }
}

/** `minimum_years` for `female` — policies/years/guangdong-years.policy:15 (F127, 002:64) */
function computeMinimumYearsFemale(month: number): number {
  // policies/years/guangdong-years.policy:20
  if (month >= 24162 && month <= 24299) {
    return 25;
  }
  // policies/years/guangdong-years.policy:21, the remaining case
  return fail("unspecified", "minimum_years", L6, "minimum_years: for female › from 2025-01 is unspecified in the sources");
}

/** Every rule for `sex` = `female` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFemale(employedYears: number, flexibleYears: number, month: number): Output {
  const contributionYears = attempt(() => computeContributionYears(employedYears, flexibleYears));
  const minimumYears = attempt(() => computeMinimumYearsFemale(month));
  const minimumMet = contributionYears instanceof Failed ? contributionYears : minimumYears instanceof Failed ? minimumYears : attempt(() => computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = attempt(() => computeContributionReward(month));
  return settle<Output>({ contribution_years: contributionYears, minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward });
}

/** Every rule for `sex` = `female`. */
function computeForFemale(employedYears: number, flexibleYears: number, month: number): Output {
  try {
    const contributionYears = computeContributionYears(employedYears, flexibleYears);
    const minimumYears = computeMinimumYearsFemale(month);
    const minimumMet = computeMinimumMet(contributionYears, minimumYears);
    const contributionReward = computeContributionReward(month);
    return { contribution_years: contributionYears, minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
  } catch {
    return lazyForFemale(employedYears, flexibleYears, month);
  }
}

function columnarForMale(employedYears: number, flexibleYears: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Uint8Array, v3: Float64Array, p0: Uint8Array): boolean {
  try {
    const contributionYears = computeContributionYears(employedYears, flexibleYears);
    for (let month = from; month <= to; month++, k++) {
      const minimumYears = computeMinimumYearsMale(month);
      const minimumMet = computeMinimumMet(contributionYears, minimumYears);
      const contributionReward = computeContributionReward(month);
      v0[k] = contributionYears;
      v1[k] = minimumYears;
      v2[k] = minimumMet ? 1 : 0;
      v3[k] = contributionReward === null ? NaN : contributionReward;
      p0[k] = contributionReward === null ? 0 : 1;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForFemale(employedYears: number, flexibleYears: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Uint8Array, v3: Float64Array, p0: Uint8Array): boolean {
  try {
    const contributionYears = computeContributionYears(employedYears, flexibleYears);
    for (let month = from; month <= to; month++, k++) {
      const minimumYears = computeMinimumYearsFemale(month);
      const minimumMet = computeMinimumMet(contributionYears, minimumYears);
      const contributionReward = computeContributionReward(month);
      v0[k] = contributionYears;
      v1[k] = minimumYears;
      v2[k] = minimumMet ? 1 : 0;
      v3[k] = contributionReward === null ? NaN : contributionReward;
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
    return record(t, S4, 30);
  }
  // policies/years/guangdong-years.policy:18, the remaining case
  return record(t, S5, 30);
}

/** `contribution_reward`, recording the branch taken */
function traceContributionReward(month: number, t: TraceStep[]): number | null {
  // policies/years/guangdong-years.policy:50
  if (month < 24300) {
    return record(t, S6, null);
  }
  // policies/years/guangdong-years.policy:51, the remaining case
  return fail("unresolved", "contribution_reward", L5, "contribution_reward is unresolved: 每年多报3800元 (F124): a higher annual cap, a cash reward, an account credit or something else? The seed does not say");
}

/** Every rule for `sex` = `male`, recording each branch. */
function traceForMale(employedYears: number, flexibleYears: number, month: number, t: TraceStep[]): Output {
  const contributionYears = record(t, S0, computeContributionYears(employedYears, flexibleYears));
  const minimumYears = traceMinimumYearsMale(month, t);
  const minimumMet = record(t, S2, computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = traceContributionReward(month, t);
  return { contribution_years: contributionYears, minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
}

/** `minimum_years` for `female`, recording the branch taken */
function traceMinimumYearsFemale(month: number, t: TraceStep[]): number {
  // policies/years/guangdong-years.policy:20
  if (month >= 24162 && month <= 24299) {
    return record(t, S7, 25);
  }
  // policies/years/guangdong-years.policy:21, the remaining case
  return fail("unspecified", "minimum_years", L6, "minimum_years: for female › from 2025-01 is unspecified in the sources");
}

/** Every rule for `sex` = `female`, recording each branch. */
function traceForFemale(employedYears: number, flexibleYears: number, month: number, t: TraceStep[]): Output {
  const contributionYears = record(t, S0, computeContributionYears(employedYears, flexibleYears));
  const minimumYears = traceMinimumYearsFemale(month, t);
  const minimumMet = record(t, S2, computeMinimumMet(contributionYears, minimumYears));
  const contributionReward = traceContributionReward(month, t);
  return { contribution_years: contributionYears, minimum_years: minimumYears, minimum_met: minimumMet, contribution_reward: contributionReward };
}

/** Computes every rule for validated inputs, dispatching once on `sex` (which it validates). */
function compute(sex: string, employedYears: number, flexibleYears: number, month: number): Output {
  switch (sex) {
    case "male":
      return computeForMale(employedYears, flexibleYears, month);
    case "female":
      return computeForFemale(employedYears, flexibleYears, month);
    default:
      return badMember("sex", sex, ["male", "female"], L0);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(sex: string, employedYears: number, flexibleYears: number, month: number, t: TraceStep[]): Output {
  switch (sex) {
    case "male":
      return traceForMale(employedYears, flexibleYears, month, t);
    case "female":
      return traceForFemale(employedYears, flexibleYears, month, t);
    default:
      return badMember("sex", sex, ["male", "female"], L0);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const sex = input.sex;
  const employedYears = input.employed_years;
  const flexibleYears = input.flexible_years;
  const residentYears = input.resident_years;
  const month = parseMonth(input.month);
  if (!Number.isInteger(employedYears) || employedYears < 0 || employedYears > 100 || !Number.isInteger(flexibleYears) || flexibleYears < 0 || flexibleYears > 100 || !Number.isInteger(residentYears) || residentYears < 0 || residentYears > 100 || month < H_START || month > H_END || !hasOwn(input, "sex") || !hasOwn(input, "employed_years") || !hasOwn(input, "flexible_years") || !hasOwn(input, "resident_years") || !hasOwn(input, "month")) return invalid(input);
  return compute(sex, employedYears, flexibleYears, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const sex = input.sex;
  const employedYears = input.employed_years;
  const flexibleYears = input.flexible_years;
  const month = parseMonth(input.month);
  return computeTraced(sex, employedYears, flexibleYears, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["sex", "employed_years", "flexible_years", "resident_years", "month"], [L0, L1, L2, L3, L4], "input");
  const employedYears = input.employed_years;
  if (!Number.isInteger(employedYears) || employedYears < 0 || employedYears > 100) badNumber("employed_years", employedYears, 0, 100, "years", L1);
  const flexibleYears = input.flexible_years;
  if (!Number.isInteger(flexibleYears) || flexibleYears < 0 || flexibleYears > 100) badNumber("flexible_years", flexibleYears, 0, 100, "years", L2);
  const residentYears = input.resident_years;
  if (!Number.isInteger(residentYears) || residentYears < 0 || residentYears > 100) badNumber("resident_years", residentYears, 0, 100, "years", L3);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L4);
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
  badShape(person, ["sex", "employed_years", "flexible_years", "resident_years"], [L0, L1, L2, L3], "person");
  const sex = person.sex;
  const employedYears = person.employed_years;
  if (!Number.isInteger(employedYears) || employedYears < 0 || employedYears > 100) badNumber("employed_years", employedYears, 0, 100, "years", L1);
  const flexibleYears = person.flexible_years;
  if (!Number.isInteger(flexibleYears) || flexibleYears < 0 || flexibleYears > 100) badNumber("flexible_years", flexibleYears, 0, 100, "years", L2);
  const residentYears = person.resident_years;
  if (!Number.isInteger(residentYears) || residentYears < 0 || residentYears > 100) badNumber("resident_years", residentYears, 0, 100, "years", L3);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L4);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L4);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(sex, employedYears, flexibleYears, month));
  return out;
}

/** Column codes of `sex`. */
export const sexCodes = ["male", "female"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly sex: Uint8Array;
  readonly employed_years: Int32Array | Float64Array;
  readonly flexible_years: Int32Array | Float64Array;
  readonly resident_years: Int32Array | Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"contribution_years" | "minimum_years" | "contribution_reward", Float64Array>> & Readonly<Record<"minimum_met", Uint8Array>>;
  readonly present: Readonly<Record<"contribution_reward", Uint8Array>>;
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { sex: L0, employed_years: L1, flexible_years: L2, resident_years: L3 });
  const { sex: sexCol, employed_years: employedYearsCol, flexible_years: flexibleYearsCol, resident_years: residentYearsCol } = persons;
  const months = monthCount(from, to, "month", L4);
  const result = columnarResult(out, count * months, "contribution_years minimum_years minimum_met contribution_reward", "contribution_reward", "minimum_met");
  const { contribution_years: v0, minimum_years: v1, minimum_met: v2, contribution_reward: v3 } = result.values;
  const { contribution_reward: p0 } = result.present;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ sex: memberOf(sexCodes, sexCol[p]!), employed_years: employedYearsCol[p]!, flexible_years: flexibleYearsCol[p]!, resident_years: residentYearsCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const sexCode = sexCol[p]!;
    const employedYears = employedYearsCol[p]!;
    const flexibleYears = flexibleYearsCol[p]!;
    const residentYears = residentYearsCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(employedYears) || employedYears < 0 || employedYears > 100 || !Number.isInteger(flexibleYears) || flexibleYears < 0 || flexibleYears > 100 || !Number.isInteger(residentYears) || residentYears < 0 || residentYears > 100) {
      slow(p);
      continue;
    }

    switch (sexCode) {
      case 0:
        if (!columnarForMale(employedYears, flexibleYears, from, to, k, v0, v1, v2, v3, p0)) slow(p);
        break;
      case 1:
        if (!columnarForFemale(employedYears, flexibleYears, from, to, k, v0, v1, v2, v3, p0)) slow(p);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
