// Generated from policies/years/contribution-years.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `contribution_years`: 最低缴费年限（通用示例）minimum contribution years, generic example. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "contribution_years";
/** The policy file this module was generated from. */
export const source = "policies/years/contribution-years.policy";
/** Values of input `sex`. */
export type Sex = "male" | "female";

/** Input of region `contribution_years`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
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

/** Output of region `contribution_years`. Money is integer fen. */
export interface Output {
  /** int — policies/years/contribution-years.policy:23 (F017, 001:68, 灵活就业缴费与单位缴费属于同一体系,年限和金额可累计, F017, 001:68, 居民医保与职工医保属于不同制度,缴费年限无法合并) */
  readonly contribution_years: number;
  /** int — policies/years/contribution-years.policy:26 (F018, 001:68) */
  readonly minimum_years: number;
  /** bool — policies/years/contribution-years.policy:30 (F018, the minimum period is reached) */
  readonly minimum_met: boolean;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/years/contribution-years.policy", line: 14, col: 9 };
const L1: PolicyLocation = { file: "policies/years/contribution-years.policy", line: 18, col: 9 };
const L2: PolicyLocation = { file: "policies/years/contribution-years.policy", line: 19, col: 9 };
const L3: PolicyLocation = { file: "policies/years/contribution-years.policy", line: 20, col: 9 };
const L4: PolicyLocation = { file: "policies/years/contribution-years.policy", line: 21, col: 9 };
const S0: StepInfo = { name: "contribution_years", branch: "=", file: "policies/years/contribution-years.policy", line: 23, cites: ["F017", "001:68", "灵活就业缴费与单位缴费属于同一体系,年限和金额可累计", "居民医保与职工医保属于不同制度,缴费年限无法合并"], unit: "years", reads: ["employed_years", "flexible_years"] };
const S1: StepInfo = { name: "minimum_years", branch: "for male", file: "policies/years/contribution-years.policy", line: 27, cites: ["F018", "001:68", "example: 如男25年"], unit: "years", reads: ["sex"] };
const S2: StepInfo = { name: "minimum_met", branch: "=", file: "policies/years/contribution-years.policy", line: 30, cites: ["F018", "the minimum period is reached"], unit: "", reads: ["contribution_years", "minimum_years"] };
const S3: StepInfo = { name: "minimum_years", branch: "for female", file: "policies/years/contribution-years.policy", line: 28, cites: ["F018", "001:68", "example: 女20年"], unit: "years", reads: ["sex"] };
/** `contribution_years` — policies/years/contribution-years.policy:23 (F017, 001:68, 灵活就业缴费与单位缴费属于同一体系,年限和金额可累计, F017, 001:68, 居民医保与职工医保属于不同制度,缴费年限无法合并) */
function computeContributionYears(employedYears: number, flexibleYears: number): number {
  return employedYears + flexibleYears;
}

/** `minimum_met` — policies/years/contribution-years.policy:30 (F018, the minimum period is reached) */
function computeMinimumMet(contributionYears: number, minimumYears: number): boolean {
  return contributionYears >= minimumYears;
}

/** Every rule for `sex` = `male`. */
function computeForMale(employedYears: number, flexibleYears: number): Output {
  const contributionYears = computeContributionYears(employedYears, flexibleYears);
  const minimumMet = computeMinimumMet(contributionYears, 25);
  return { contribution_years: contributionYears, minimum_years: 25, minimum_met: minimumMet };
}

/** Every rule for `sex` = `female`. */
function computeForFemale(employedYears: number, flexibleYears: number): Output {
  const contributionYears = computeContributionYears(employedYears, flexibleYears);
  const minimumMet = computeMinimumMet(contributionYears, 20);
  return { contribution_years: contributionYears, minimum_years: 20, minimum_met: minimumMet };
}

function columnarForMale(employedYears: number, flexibleYears: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Uint8Array): void {
  const contributionYears = computeContributionYears(employedYears, flexibleYears);
  const minimumMet = computeMinimumMet(contributionYears, 25);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = contributionYears;
    v1[k] = 25;
    v2[k] = minimumMet ? 1 : 0;
  }
}

function columnarForFemale(employedYears: number, flexibleYears: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Uint8Array): void {
  const contributionYears = computeContributionYears(employedYears, flexibleYears);
  const minimumMet = computeMinimumMet(contributionYears, 20);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = contributionYears;
    v1[k] = 20;
    v2[k] = minimumMet ? 1 : 0;
  }
}

/** Every rule for `sex` = `male`, recording each branch. */
function traceForMale(employedYears: number, flexibleYears: number, t: TraceStep[]): Output {
  const contributionYears = record(t, S0, computeContributionYears(employedYears, flexibleYears));
  record(t, S1, 25);
  const minimumMet = record(t, S2, computeMinimumMet(contributionYears, 25));
  return { contribution_years: contributionYears, minimum_years: 25, minimum_met: minimumMet };
}

/** Every rule for `sex` = `female`, recording each branch. */
function traceForFemale(employedYears: number, flexibleYears: number, t: TraceStep[]): Output {
  const contributionYears = record(t, S0, computeContributionYears(employedYears, flexibleYears));
  record(t, S3, 20);
  const minimumMet = record(t, S2, computeMinimumMet(contributionYears, 20));
  return { contribution_years: contributionYears, minimum_years: 20, minimum_met: minimumMet };
}

/** Computes every rule for validated inputs, dispatching once on `sex` (which it validates). */
function compute(sex: string, employedYears: number, flexibleYears: number): Output {
  switch (sex) {
    case "male":
      return computeForMale(employedYears, flexibleYears);
    case "female":
      return computeForFemale(employedYears, flexibleYears);
    default:
      return badMember("sex", sex, ["male", "female"], L0);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(sex: string, employedYears: number, flexibleYears: number, t: TraceStep[]): Output {
  switch (sex) {
    case "male":
      return traceForMale(employedYears, flexibleYears, t);
    case "female":
      return traceForFemale(employedYears, flexibleYears, t);
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
  return compute(sex, employedYears, flexibleYears);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const sex = input.sex;
  const employedYears = input.employed_years;
  const flexibleYears = input.flexible_years;
  return computeTraced(sex, employedYears, flexibleYears, t);
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
 * Evaluates region `contribution_years` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  for (let month = first; month <= last; month++) out.push(compute(sex, employedYears, flexibleYears));
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
  readonly values: Readonly<Record<"contribution_years" | "minimum_years", Float64Array>> & Readonly<Record<"minimum_met", Uint8Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { sex: L0, employed_years: L1, flexible_years: L2, resident_years: L3 });
  const { sex: sexCol, employed_years: employedYearsCol, flexible_years: flexibleYearsCol, resident_years: residentYearsCol } = persons;
  const months = monthCount(from, to, "month", L4);
  const result = columnarResult(out, count * months, "contribution_years minimum_years minimum_met", "", "minimum_met");
  const { contribution_years: v0, minimum_years: v1, minimum_met: v2 } = result.values;
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
        columnarForMale(employedYears, flexibleYears, from, to, k, v0, v1, v2);
        break;
      case 1:
        columnarForFemale(employedYears, flexibleYears, from, to, k, v0, v1, v2);
        break;
      default:
        slow(p);
    }

  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `contribution_years` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  computeContributionYears, computeMinimumMet, L0, L1, L2, L3, L4, S0, S2,
};
