// Generated from policies/years/guangzhou-years.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `guangzhou_years`: 广州 15年缴费年限 Guangzhou, 15-year cohort. Horizon 2001-12 onwards; rounding half_up to fen. */
export const region = "guangzhou_years";
/** The policy file this module was generated from. */
export const source = "policies/years/guangzhou-years.policy";

/** Input of region `guangzhou_years`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** whole years, 0..100 — policies/years/guangzhou-years.policy:17 (F130, cumulative employee-insurance contribution years 缴费年限) */
  readonly contribution_years: number;
  /** calendar month `YYYY-MM` — policies/years/guangzhou-years.policy:18 */
  readonly month: string;
  /** calendar month `YYYY-MM` — policies/years/guangzhou-years.policy:19 (F130, month of the first Guangzhou employee-insurance registration 参保登记) */
  readonly registration_month: string;
  /** calendar month `YYYY-MM` — policies/years/guangzhou-years.policy:20 (F130, month of the first payment 缴费) */
  readonly first_payment_month: string;
}

/** Output of region `guangzhou_years`. Money is integer fen. */
export interface Output {
  /** int — policies/years/guangzhou-years.policy:22 (F130, 002:76, 缴费年限按照15年执行) */
  readonly minimum_years: number;
  /** bool — policies/years/guangzhou-years.policy:30 (F130, the minimum period is reached) */
  readonly minimum_met: boolean;
}

const H_START = 24023; // 2001-12
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/years/guangzhou-years.policy", line: 23, col: 5 };
const L1: PolicyLocation = { file: "policies/years/guangzhou-years.policy", line: 28, col: 9 };
const L2: PolicyLocation = { file: "policies/years/guangzhou-years.policy", line: 17, col: 9 };
const L3: PolicyLocation = { file: "policies/years/guangzhou-years.policy", line: 18, col: 9 };
const L4: PolicyLocation = { file: "policies/years/guangzhou-years.policy", line: 19, col: 9 };
const L5: PolicyLocation = { file: "policies/years/guangzhou-years.policy", line: 20, col: 9 };
const S0: StepInfo = { name: "minimum_years", branch: "from 2014-01 › when registration_month >= 2014-01", file: "policies/years/guangzhou-years.policy", line: 25, cites: ["F130", "002:76", "缴费年限按照15年执行", "(a) 2014年1月1日后首次办理参保登记手续并缴费"], unit: "years", reads: ["month", "registration_month", "first_payment_month"] };
const S1: StepInfo = { name: "minimum_years", branch: "from 2014-01 › when registration_month <= 2013-12 › when first_payment_month >= 2014-02", file: "policies/years/guangzhou-years.policy", line: 27, cites: ["F130", "002:76", "缴费年限按照15年执行", "(b) 2013年12月31日前已经办理登记但没有在2014年1月31日前缴费"], unit: "years", reads: ["month", "registration_month", "first_payment_month"] };
const S2: StepInfo = { name: "minimum_met", branch: "=", file: "policies/years/guangzhou-years.policy", line: 30, cites: ["F130", "the minimum period is reached"], unit: "", reads: ["contribution_years", "minimum_years"] };
/** `minimum_years` — policies/years/guangzhou-years.policy:22 (F130, 002:76, 缴费年限按照15年执行) */
function computeMinimumYears(month: number, registrationMonth: number, firstPaymentMonth: number): number {
  // policies/years/guangzhou-years.policy:23
  if (month < 24168) {
    return fail("unspecified", "minimum_years", L0, "minimum_years: before 2014-01 is unspecified in the sources");
  }
  // policies/years/guangzhou-years.policy:24, the remaining case
  // policies/years/guangzhou-years.policy:25
  if (registrationMonth >= 24168) {
    return 15;
  }
  // policies/years/guangzhou-years.policy:26, the remaining case
  // policies/years/guangzhou-years.policy:27
  if (firstPaymentMonth >= 24169) {
    return 15;
  }
  // policies/years/guangzhou-years.policy:28, the remaining case
  return fail("unspecified", "minimum_years", L1, "minimum_years: from 2014-01 › when registration_month <= 2013-12 › when first_payment_month <= 2014-01 is unspecified in the sources");
}

/** `minimum_met` — policies/years/guangzhou-years.policy:30 (F130, the minimum period is reached) */
function computeMinimumMet(contributionYears: number, minimumYears: number): boolean {
  return contributionYears >= minimumYears;
}

function columnarForAll(contributionYears: number, registrationMonth: number, firstPaymentMonth: number, from: number, to: number, k: number, v0: Float64Array, v1: Uint8Array): boolean {
  try {
    for (let month = from; month <= to; month++, k++) {
      const minimumYears = computeMinimumYears(month, registrationMonth, firstPaymentMonth);
      const minimumMet = computeMinimumMet(contributionYears, minimumYears);
      v0[k] = minimumYears;
      v1[k] = minimumMet ? 1 : 0;
    }
  } catch {
    return false;
  }
  return true;
}

/** `minimum_years`, recording the branch taken */
function traceMinimumYears(month: number, registrationMonth: number, firstPaymentMonth: number, t: TraceStep[]): number {
  // policies/years/guangzhou-years.policy:23
  if (month < 24168) {
    return fail("unspecified", "minimum_years", L0, "minimum_years: before 2014-01 is unspecified in the sources");
  }
  // policies/years/guangzhou-years.policy:24, the remaining case
  // policies/years/guangzhou-years.policy:25
  if (registrationMonth >= 24168) {
    return record(t, S0, 15);
  }
  // policies/years/guangzhou-years.policy:26, the remaining case
  // policies/years/guangzhou-years.policy:27
  if (firstPaymentMonth >= 24169) {
    return record(t, S1, 15);
  }
  // policies/years/guangzhou-years.policy:28, the remaining case
  return fail("unspecified", "minimum_years", L1, "minimum_years: from 2014-01 › when registration_month <= 2013-12 › when first_payment_month <= 2014-01 is unspecified in the sources");
}

/** Computes every rule for validated inputs. */
function compute(contributionYears: number, month: number, registrationMonth: number, firstPaymentMonth: number): Output {
  try {
    const minimumYears = computeMinimumYears(month, registrationMonth, firstPaymentMonth);
    const minimumMet = computeMinimumMet(contributionYears, minimumYears);
    return { minimum_years: minimumYears, minimum_met: minimumMet };
  } catch {
    return computeLazy(contributionYears, month, registrationMonth, firstPaymentMonth);
  }
}

/** `compute` after a rule failed: outputs that do not depend on the failure are still computed. */
function computeLazy(contributionYears: number, month: number, registrationMonth: number, firstPaymentMonth: number): Output {
  const minimumYears = attempt(() => computeMinimumYears(month, registrationMonth, firstPaymentMonth));
  const minimumMet = minimumYears instanceof Failed ? minimumYears : attempt(() => computeMinimumMet(contributionYears, minimumYears));
  return settle<Output>({ minimum_years: minimumYears, minimum_met: minimumMet });
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(contributionYears: number, month: number, registrationMonth: number, firstPaymentMonth: number, t: TraceStep[]): Output {
  const minimumYears = traceMinimumYears(month, registrationMonth, firstPaymentMonth, t);
  const minimumMet = record(t, S2, computeMinimumMet(contributionYears, minimumYears));
  return { minimum_years: minimumYears, minimum_met: minimumMet };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const contributionYears = input.contribution_years;
  const month = parseMonth(input.month);
  const registrationMonth = parseMonth(input.registration_month);
  const firstPaymentMonth = parseMonth(input.first_payment_month);
  if (!Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100 || month < H_START || month > H_END || registrationMonth < H_START || registrationMonth > H_END || firstPaymentMonth < H_START || firstPaymentMonth > H_END || !hasOwn(input, "contribution_years") || !hasOwn(input, "month") || !hasOwn(input, "registration_month") || !hasOwn(input, "first_payment_month")) return invalid(input);
  return compute(contributionYears, month, registrationMonth, firstPaymentMonth);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const contributionYears = input.contribution_years;
  const month = parseMonth(input.month);
  const registrationMonth = parseMonth(input.registration_month);
  const firstPaymentMonth = parseMonth(input.first_payment_month);
  return computeTraced(contributionYears, month, registrationMonth, firstPaymentMonth, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["contribution_years", "month", "registration_month", "first_payment_month"], [L2, L3, L4, L5], "input");
  const contributionYears = input.contribution_years;
  if (!Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100) badNumber("contribution_years", contributionYears, 0, 100, "years", L2);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L3);
  const registrationMonth = parseMonth(input.registration_month);
  if (registrationMonth < H_START || registrationMonth > H_END) badMonth("registration_month", input.registration_month, registrationMonth, H_START, H_END, L4);
  const firstPaymentMonth = parseMonth(input.first_payment_month);
  if (firstPaymentMonth < H_START || firstPaymentMonth > H_END) badMonth("first_payment_month", input.first_payment_month, firstPaymentMonth, H_START, H_END, L5);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "contribution_years", L2, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `guangzhou_years` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "contribution_years", L2);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["contribution_years", "registration_month", "first_payment_month"], [L2, L4, L5], "person");
  const contributionYears = person.contribution_years;
  if (!Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100) badNumber("contribution_years", contributionYears, 0, 100, "years", L2);
  const registrationMonth = parseMonth(person.registration_month);
  if (registrationMonth < H_START || registrationMonth > H_END) badMonth("registration_month", person.registration_month, registrationMonth, H_START, H_END, L4);
  const firstPaymentMonth = parseMonth(person.first_payment_month);
  if (firstPaymentMonth < H_START || firstPaymentMonth > H_END) badMonth("first_payment_month", person.first_payment_month, firstPaymentMonth, H_START, H_END, L5);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L3);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L3);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(contributionYears, month, registrationMonth, firstPaymentMonth));
  return out;
}

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly contribution_years: Int32Array | Float64Array;
  readonly registration_month: Int32Array;
  readonly first_payment_month: Int32Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"minimum_years", Float64Array>> & Readonly<Record<"minimum_met", Uint8Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { contribution_years: L2, registration_month: L4, first_payment_month: L5 });
  const { contribution_years: contributionYearsCol, registration_month: registrationMonthCol, first_payment_month: firstPaymentMonthCol } = persons;
  const months = monthCount(from, to, "month", L3);
  const result = columnarResult(out, count * months, "minimum_years minimum_met", "", "minimum_met");
  const { minimum_years: v0, minimum_met: v1 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ contribution_years: contributionYearsCol[p]!, registration_month: monthText(registrationMonthCol[p]!), first_payment_month: monthText(firstPaymentMonthCol[p]!), month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const contributionYears = contributionYearsCol[p]!;
    const registrationMonth = registrationMonthCol[p]!;
    const firstPaymentMonth = firstPaymentMonthCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(contributionYears) || contributionYears < 0 || contributionYears > 100 || registrationMonth < H_START || registrationMonth > H_END || firstPaymentMonth < H_START || firstPaymentMonth > H_END) {
      slow(p);
      continue;
    }

    if (!columnarForAll(contributionYears, registrationMonth, firstPaymentMonth, from, to, k, v0, v1)) slow(p);
  }

  return result;
}
