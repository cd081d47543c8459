// Generated from policies/variants/national-reform-2024.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, badRate, rateNumerator, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, Rate, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./national.js";

/** Region `national_reform_2024`: 全国基线（2024年改革读法）national baseline, reform in 2024. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "national_reform_2024";
/** The policy file this module was generated from. */
export const source = "policies/variants/national-reform-2024.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `national_reform_2024`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/national.policy:31 (F001, F030, F009, F054) */
  readonly status: Status;
  /** whole years, 16..120 — policies/national.policy:32 (C25, age in whole years at the month of crediting) */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:33 (F001, monthly contribution base 缴费基数) */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:34 (F030, own basic pension 本人基本养老金) */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/national.policy:35 */
  readonly month: string;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:36 (F011, T17, regional average wage 社平工资 W, an input) */
  readonly average_wage: number;
  /** exact rate `{ num, den }`, 8%..12% — policies/national.policy:37 (F010, the rate a flexible worker chooses, 8%-12%) */
  readonly flexible_rate: Rate;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:38 (F048, F046, C07, regional average basic pension 统筹地区基本养老金平均水平 that applies in the month; frozen or recomputed is the region's choice, not stated) */
  readonly average_pension: number;
}

/** Output of region `national_reform_2024`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/national.policy:65 (F001, 000:5) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/national.policy:71 (F003, F022) */
  readonly employer_contribution: number;
  /** money in fen per month — policies/national.policy:76 (F019, F034) */
  readonly employer_to_account: number;
  /** money in fen per month — policies/national.policy:83 (F001, F027) */
  readonly personal_to_account: number;
  /** null when not applicable to the input; money in fen per month — policies/national.policy:88 (C07) */
  readonly retiree_credit: number | null;
  /** money in fen per month — policies/national.policy:94 (F027, F034, F035) */
  readonly credit: number;
  /** money in fen per month — policies/national.policy:100 (F024, F034) */
  readonly pooled: number;
}

/** What this region shares with `national`. */
const {
  columnarForFlexible, columnarForResident, computeCreditEmployed, computeCreditRetired, computeCreditRetired2,
  computeEmployerContributionEmployed, computeForFlexible, computeForResident,
  computePersonalContributionEmployed, computePersonalToAccountEmployed, computePooledEmployedOrFlexible,
  employeeRate, employerShareToAccount, L0, L1, L2, L3, L4, L5, L6, L7, L8, retireeAveragePensionRate, S1, S2,
  S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13, S14, S15, S16, S17, S18, S19, S20, S21, S22,
  traceForFlexible, traceForResident,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/variants/national-reform-2024.policy:6 (F037, 001:3)
const reformDate = 24288; // 2024-01
const S32: StepInfo = { name: "reform_date", branch: "=", file: "policies/variants/national-reform-2024.policy", line: 6, cites: ["F037", "001:3"], unit: "month", reads: [] };
/** `employer_to_account` for `employed` — policies/national.policy:76 (F019, F034) */
function computeEmployerToAccountEmployed(month: number, employerContribution: number): number {
  // policies/national.policy:78
  if (month < reformDate) {
    return Math.floor((employerContribution * employerShareToAccount + 5) / 10);
  }
  // policies/national.policy:79, the remaining case
  return 0;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(base: number, month: number): Output {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base, 7);
  const employerToAccount = computeEmployerToAccountEmployed(month, employerContribution);
  const personalToAccount = computePersonalToAccountEmployed(personalContribution);
  const credit = computeCreditEmployed(personalContribution, employerToAccount);
  const pooled = computePooledEmployedOrFlexible(personalContribution, employerContribution, credit);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, personal_to_account: personalToAccount, retiree_credit: null, credit, pooled };
}

/** `retiree_credit` for `retired` — policies/national.policy:88 (C07) */
function computeRetireeCreditRetired(month: number, averagePension: number): number {
  // policies/national.policy:90
  if (month < reformDate) {
    return fail("unspecified", "retiree_credit", L0, "retiree_credit: for retired › before reform_date is unspecified in the sources");
  }
  // policies/national.policy:91, the remaining case
  return Math.floor((averagePension * retireeAveragePensionRate + 25) / 50);
}

/** Every rule for `status` = `retired` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForRetired(month: number, averagePension: number): Output {
  const retireeCredit = attempt(() => computeRetireeCreditRetired(month, averagePension));
  const credit = attempt(() => computeCreditRetired2(retireeCredit));
  return settle<Output>({ personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, personal_to_account: 0, retiree_credit: retireeCredit, credit, pooled: 0 });
}

/** Every rule for `status` = `retired`. */
function computeForRetired(month: number, averagePension: number): Output {
  try {
    const retireeCredit = computeRetireeCreditRetired(month, averagePension);
    const credit = computeCreditRetired(retireeCredit);
    return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, personal_to_account: 0, retiree_credit: retireeCredit, credit, pooled: 0 };
  } catch {
    return lazyForRetired(month, averagePension);
  }
}

function columnarForEmployed(base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array, p0: Uint8Array): void {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base, 7);
  const employerToAccountLeaf = Math.floor((employerContribution * employerShareToAccount + 5) / 10);
  const personalToAccount = computePersonalToAccountEmployed(personalContribution);
  for (let month = from; month <= to; month++, k++) {
    const employerToAccount = month < reformDate ? employerToAccountLeaf : 0;
    const credit = computeCreditEmployed(personalContribution, employerToAccount);
    const pooled = computePooledEmployedOrFlexible(personalContribution, employerContribution, credit);
    v0[k] = personalContribution;
    v1[k] = employerContribution;
    v2[k] = employerToAccount;
    v3[k] = personalToAccount;
    v4[k] = NaN;
    p0[k] = 0;
    v5[k] = credit;
    v6[k] = pooled;
  }
}

function columnarForRetired(averagePension: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array, p0: Uint8Array): boolean {
  try {
    for (let month = from; month <= to; month++, k++) {
      const retireeCredit = computeRetireeCreditRetired(month, averagePension);
      const credit = computeCreditRetired(retireeCredit);
      v0[k] = 0;
      v1[k] = 0;
      v2[k] = 0;
      v3[k] = 0;
      v4[k] = retireeCredit;
      p0[k] = 1;
      v5[k] = credit;
      v6[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

/** `employer_to_account` for `employed`, recording the branch taken */
function traceEmployerToAccountEmployed(month: number, employerContribution: number, t: TraceStep[]): number {
  // policies/national.policy:78
  if (month < reformDate) {
    return record(t, S10, Math.floor((employerContribution * employerShareToAccount + 5) / 10));
  }
  // policies/national.policy:79, the remaining case
  return record(t, S11, 0);
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(base: number, month: number, t: TraceStep[]): Output {
  record(t, S4, 7, 100);
  record(t, S5, null);
  record(t, S6, null);
  record(t, S7, null);
  const personalContribution = record(t, S8, computePersonalContributionEmployed(base));
  const employerContribution = record(t, S9, computeEmployerContributionEmployed(base, 7));
  const employerToAccount = traceEmployerToAccountEmployed(month, employerContribution, t);
  const personalToAccount = record(t, S12, computePersonalToAccountEmployed(personalContribution));
  record(t, S13, null);
  const credit = record(t, S14, computeCreditEmployed(personalContribution, employerToAccount));
  const pooled = record(t, S15, computePooledEmployedOrFlexible(personalContribution, employerContribution, credit));
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, personal_to_account: personalToAccount, retiree_credit: null, credit, pooled };
}

/** `retiree_credit` for `retired`, recording the branch taken */
function traceRetireeCreditRetired(month: number, averagePension: number, t: TraceStep[]): number {
  // policies/national.policy:90
  if (month < reformDate) {
    return fail("unspecified", "retiree_credit", L0, "retiree_credit: for retired › before reform_date is unspecified in the sources");
  }
  // policies/national.policy:91, the remaining case
  return record(t, S20, Math.floor((averagePension * retireeAveragePensionRate + 25) / 50));
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(month: number, averagePension: number, t: TraceStep[]): Output {
  record(t, S4, 7, 100);
  record(t, S5, null);
  record(t, S6, null);
  record(t, S7, null);
  record(t, S16, 0);
  record(t, S17, 0);
  record(t, S18, 0);
  record(t, S19, 0);
  const retireeCredit = traceRetireeCreditRetired(month, averagePension, t);
  const credit = record(t, S21, computeCreditRetired(retireeCredit));
  record(t, S22, 0);
  return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, personal_to_account: 0, retiree_credit: retireeCredit, credit, pooled: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, base: number, month: number, averageWage: number, flexibleRate: number, averagePension: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(base, month);
    case "retired":
      return computeForRetired(month, averagePension);
    case "flexible":
      return computeForFlexible(base, averageWage, flexibleRate);
    case "resident":
      return computeForResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L1);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, base: number, month: number, averageWage: number, flexibleRate: number, averagePension: number, t: TraceStep[]): Output {
  record(t, S32, formatMonth(reformDate));
  record(t, S1, employeeRate, 50);
  record(t, S2, employerShareToAccount, 10);
  record(t, S3, retireeAveragePensionRate, 50);
  switch (status) {
    case "employed":
      return traceForEmployed(base, month, t);
    case "retired":
      return traceForRetired(month, averagePension, t);
    case "flexible":
      return traceForFlexible(base, averageWage, flexibleRate, t);
    case "resident":
      return traceForResident(t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L1);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  const averageWage = input.average_wage;
  const flexibleRate = rateNumerator(input.flexible_rate, 1000000);
  const averagePension = input.average_pension;
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END || !Number.isInteger(averageWage) || averageWage < 0 || averageWage > 100000000 || !Number.isInteger(flexibleRate) || flexibleRate < 80000 || flexibleRate > 120000 || !Number.isInteger(averagePension) || averagePension < 0 || averagePension > 100000000 || !hasOwn(input, "status") || !hasOwn(input, "age") || !hasOwn(input, "base") || !hasOwn(input, "pension") || !hasOwn(input, "month") || !hasOwn(input, "average_wage") || !hasOwn(input, "flexible_rate") || !hasOwn(input, "average_pension")) return invalid(input);
  return compute(status, base, month, averageWage, flexibleRate, averagePension);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const base = input.base;
  const month = parseMonth(input.month);
  const averageWage = input.average_wage;
  const flexibleRate = rateNumerator(input.flexible_rate, 1000000);
  const averagePension = input.average_pension;
  return computeTraced(status, base, month, averageWage, flexibleRate, averagePension, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "age", "base", "pension", "month", "average_wage", "flexible_rate", "average_pension"], [L1, L2, L3, L4, L5, L6, L7, L8], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L2);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L3);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L4);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L5);
  const averageWage = input.average_wage;
  if (!Number.isInteger(averageWage) || averageWage < 0 || averageWage > 100000000) badNumber("average_wage", averageWage, 0, 100000000, "fen", L6);
  const flexibleRate = rateNumerator(input.flexible_rate, 1000000);
  if (!Number.isInteger(flexibleRate) || flexibleRate < 80000 || flexibleRate > 120000) badRate("flexible_rate", input.flexible_rate, 1000000, 80000, 120000, L7);
  const averagePension = input.average_pension;
  if (!Number.isInteger(averagePension) || averagePension < 0 || averagePension > 100000000) badNumber("average_pension", averagePension, 0, 100000000, "fen", L8);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "status", L1, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `national_reform_2024` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "status", L1);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["status", "age", "base", "pension", "average_wage", "flexible_rate", "average_pension"], [L1, L2, L3, L4, L6, L7, L8], "person");
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L2);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L3);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L4);
  const averageWage = person.average_wage;
  if (!Number.isInteger(averageWage) || averageWage < 0 || averageWage > 100000000) badNumber("average_wage", averageWage, 0, 100000000, "fen", L6);
  const flexibleRate = rateNumerator(person.flexible_rate, 1000000);
  if (!Number.isInteger(flexibleRate) || flexibleRate < 80000 || flexibleRate > 120000) badRate("flexible_rate", person.flexible_rate, 1000000, 80000, 120000, L7);
  const averagePension = person.average_pension;
  if (!Number.isInteger(averagePension) || averagePension < 0 || averagePension > 100000000) badNumber("average_pension", averagePension, 0, 100000000, "fen", L8);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L5);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L5);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, base, month, averageWage, flexibleRate, averagePension));
  return out;
}

/** Column codes of `status`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly status: Uint8Array;
  readonly age: Int32Array | Float64Array;
  readonly base: Float64Array;
  readonly pension: Float64Array;
  readonly average_wage: Float64Array;
  /** numerators over 1000000 */
  readonly flexible_rate: Float64Array;
  readonly average_pension: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"personal_contribution" | "employer_contribution" | "employer_to_account" | "personal_to_account" | "retiree_credit" | "credit" | "pooled", Float64Array>>;
  readonly present: Readonly<Record<"retiree_credit", Uint8Array>>;
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L1, age: L2, base: L3, pension: L4, average_wage: L6, flexible_rate: L7, average_pension: L8 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol, average_wage: averageWageCol, flexible_rate: flexibleRateCol, average_pension: averagePensionCol } = persons;
  const months = monthCount(from, to, "month", L5);
  const result = columnarResult(out, count * months, "personal_contribution employer_contribution employer_to_account personal_to_account retiree_credit credit pooled", "retiree_credit");
  const { personal_contribution: v0, employer_contribution: v1, employer_to_account: v2, personal_to_account: v3, retiree_credit: v4, credit: v5, pooled: v6 } = result.values;
  const { retiree_credit: p0 } = result.present;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ status: memberOf(statusCodes, statusCol[p]!), age: ageCol[p]!, base: baseCol[p]!, pension: pensionCol[p]!, average_wage: averageWageCol[p]!, flexible_rate: { num: flexibleRateCol[p]!, den: 1000000 }, average_pension: averagePensionCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const statusCode = statusCol[p]!;
    const age = ageCol[p]!;
    const base = baseCol[p]!;
    const pension = pensionCol[p]!;
    const averageWage = averageWageCol[p]!;
    const flexibleRate = flexibleRateCol[p]!;
    const averagePension = averagePensionCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || !Number.isInteger(averageWage) || averageWage < 0 || averageWage > 100000000 || !Number.isInteger(flexibleRate) || flexibleRate < 80000 || flexibleRate > 120000 || !Number.isInteger(averagePension) || averagePension < 0 || averagePension > 100000000) {
      slow(p);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(base, from, to, k, v0, v1, v2, v3, v4, v5, v6, p0);
        break;
      case 1:
        if (!columnarForRetired(averagePension, from, to, k, v0, v1, v2, v3, v4, v5, v6, p0)) slow(p);
        break;
      case 2:
        columnarForFlexible(base, averageWage, flexibleRate, from, to, k, v0, v1, v2, v3, v4, v5, v6, p0);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, v4, v5, v6, p0);
        break;
      default:
        slow(p);
    }

  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `national_reform_2024` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  columnarForFlexible, columnarForResident, computeCreditRetired, computeCreditRetired2,
  computeEmployerContributionEmployed, computeForFlexible, computeForResident,
  computePersonalContributionEmployed, computePooledEmployedOrFlexible, employeeRate, employerShareToAccount,
  L0, L1, L2, L3, L4, L5, L6, L7, L8, retireeAveragePensionRate, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11,
  S13, S15, S16, S17, S18, S20, S22,
};
