// Generated from policies/shanghai/shanghai-a-supplement-pool.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./shanghai_a_supplement.js";

/** Region `shanghai_a_supplement_pool`: 上海 读法A，地方附加全部进入统筹 Shanghai, reading A, the supplement to the pool. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_a_supplement_pool";
/** The policy file this module was generated from. */
export const source = "policies/shanghai/shanghai-a-supplement-pool.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `shanghai_a_supplement_pool`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/shanghai/shanghai-a.policy:16 */
  readonly status: Status;
  /** whole years, 16..120 — policies/shanghai/shanghai-a.policy:17 */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:18 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:19 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/shanghai/shanghai-a.policy:20 */
  readonly month: string;
}

/** Output of region `shanghai_a_supplement_pool`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/shanghai/shanghai-a.policy:27 */
  readonly personal_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:32 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:37 (F052, 004:98, 单位缴纳部分的30%按比例划入) */
  readonly employer_to_account: number;
  /** money in fen per month — policies/shanghai/shanghai-a-supplement-pool.policy:10 */
  readonly credit: number;
  /** money in fen per month — policies/shanghai/shanghai-a-supplement.policy:18 (F008, 001:86) */
  readonly local_supplement: number;
  /** money in fen per month — policies/shanghai/shanghai-a-supplement.policy:38 (I02, F008, the pooled account receives the 9% and the 2% supplement) */
  readonly pooled: number;
  /** money in fen per month — policies/shanghai/shanghai-a-supplement.policy:22 (T10, T10 credits 30% of 9% + 2%, F052) */
  readonly supplement_to_account: number;
}

/** What this region shares with `shanghai_a_supplement`. */
const {
  columnarForResident, computeEmployerContributionEmployed, computeEmployerToAccountEmployed,
  computeLocalSupplementEmployed, computePersonalContributionEmployed, computePooledEmployedOrFlexible,
  computePooledFlexible, computeSupplementToAccountEmployed, employeeRate, employerRate,
  employerShareToAccount, L2, L3, L4, L5, L6, L7, localSupplementRate, S0, S2, S3, S4, S5, S8, S9, S10, S15,
  S18, S19, S20, S21, S23, S24, S25, S29,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L10: PolicyLocation = { file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 13, col: 7 };
const L11: PolicyLocation = { file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 15, col: 9 };
const S32: StepInfo = { name: "credit", branch: "for employed", file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 11, cites: ["F052"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "month", "age"] };
const S33: StepInfo = { name: "credit", branch: "for retired › from 2025-01 › when 60 <= age < 70", file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 16, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "month", "age"] };
const S34: StepInfo = { name: "credit", branch: "for retired › from 2025-01 › when 70 <= age < 80", file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 17, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "month", "age"] };
const S35: StepInfo = { name: "credit", branch: "for retired › from 2025-01 › when age >= 80", file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 18, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "month", "age"] };
const S36: StepInfo = { name: "credit", branch: "for flexible", file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 19, cites: ["F014", "003:32", "C01", "reading A: no personal account"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "month", "age"] };
const S37: StepInfo = { name: "credit", branch: "for resident", file: "policies/shanghai/shanghai-a-supplement-pool.policy", line: 20, cites: ["F054", "000:47"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "month", "age"] };
/** `credit` for `employed` — policies/shanghai/shanghai-a-supplement-pool.policy:10 */
function computeCreditEmployed(personalContribution: number, employerToAccount: number): number {
  return personalContribution + employerToAccount;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(base: number): Output {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base);
  const employerToAccount = computeEmployerToAccountEmployed(employerContribution);
  const credit = computeCreditEmployed(personalContribution, employerToAccount);
  const localSupplement = computeLocalSupplementEmployed(base);
  const pooled = computePooledEmployedOrFlexible(personalContribution, employerContribution, localSupplement, credit);
  const supplementToAccount = computeSupplementToAccountEmployed(localSupplement);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, credit, local_supplement: localSupplement, pooled, supplement_to_account: supplementToAccount };
}

/** `credit` for `retired` — policies/shanghai/shanghai-a-supplement-pool.policy:10 */
function computeCreditRetired(month: number, age: number): number {
  // policies/shanghai/shanghai-a-supplement-pool.policy:13
  if (month < 24300) {
    return fail("unspecified", "credit", L10, "credit: for retired › before 2025-01 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:14, the remaining case
  // policies/shanghai/shanghai-a-supplement-pool.policy:15
  if (age < 60) {
    return fail("unspecified", "credit", L11, "credit: for retired › from 2025-01 › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:16
  if (60 <= age && age < 70) {
    return 14000;
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:17
  if (70 <= age && age < 80) {
    return 15500;
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:18, the remaining case
  return 16800;
}

/** Every rule for `status` = `retired` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForRetired(age: number, month: number): Output {
  const credit = attempt(() => computeCreditRetired(month, age));
  return settle<Output>({ personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit, local_supplement: 0, pooled: 0, supplement_to_account: 0 });
}

/** Every rule for `status` = `retired`. */
function computeForRetired(age: number, month: number): Output {
  try {
    const credit = computeCreditRetired(month, age);
    return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit, local_supplement: 0, pooled: 0, supplement_to_account: 0 };
  } catch {
    return lazyForRetired(age, month);
  }
}

/** Every rule for `status` = `flexible` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFlexible(): Output {
  const personalContribution = attempt(() => fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources"));
  const pooled = attempt(() => computePooledFlexible(personalContribution, 0, 0, 0));
  return settle<Output>({ personal_contribution: personalContribution, employer_contribution: 0, employer_to_account: 0, credit: 0, local_supplement: 0, pooled, supplement_to_account: 0 });
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(): Output {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
    const pooled = computePooledEmployedOrFlexible(personalContribution, 0, 0, 0);
    return { personal_contribution: personalContribution, employer_contribution: 0, employer_to_account: 0, credit: 0, local_supplement: 0, pooled, supplement_to_account: 0 };
  } catch {
    return lazyForFlexible();
  }
}

/** Every rule for `status` = `resident`. */
function computeForResident(): Output {
  return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit: 0, local_supplement: 0, pooled: 0, supplement_to_account: 0 };
}

function columnarForEmployed(base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array): void {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base);
  const employerToAccount = computeEmployerToAccountEmployed(employerContribution);
  const credit = computeCreditEmployed(personalContribution, employerToAccount);
  const localSupplement = computeLocalSupplementEmployed(base);
  const pooled = computePooledEmployedOrFlexible(personalContribution, employerContribution, localSupplement, credit);
  const supplementToAccount = computeSupplementToAccountEmployed(localSupplement);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = personalContribution;
    v1[k] = employerContribution;
    v2[k] = employerToAccount;
    v3[k] = credit;
    v4[k] = localSupplement;
    v5[k] = pooled;
    v6[k] = supplementToAccount;
  }
}

function columnarForRetired(age: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array): boolean {
  try {
    for (let month = from; month <= to; month++, k++) {
      const credit = computeCreditRetired(month, age);
      v0[k] = 0;
      v1[k] = 0;
      v2[k] = 0;
      v3[k] = credit;
      v4[k] = 0;
      v5[k] = 0;
      v6[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForFlexible(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array): boolean {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
    const pooled = computePooledEmployedOrFlexible(personalContribution, 0, 0, 0);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = personalContribution;
      v1[k] = 0;
      v2[k] = 0;
      v3[k] = 0;
      v4[k] = 0;
      v5[k] = pooled;
      v6[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(base: number, t: TraceStep[]): Output {
  const personalContribution = record(t, S3, computePersonalContributionEmployed(base));
  const employerContribution = record(t, S4, computeEmployerContributionEmployed(base));
  const employerToAccount = record(t, S5, computeEmployerToAccountEmployed(employerContribution));
  const credit = record(t, S32, computeCreditEmployed(personalContribution, employerToAccount));
  const localSupplement = record(t, S20, computeLocalSupplementEmployed(base));
  const pooled = record(t, S23, computePooledEmployedOrFlexible(personalContribution, employerContribution, localSupplement, credit));
  const supplementToAccount = record(t, S21, computeSupplementToAccountEmployed(localSupplement));
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, credit, local_supplement: localSupplement, pooled, supplement_to_account: supplementToAccount };
}

/** `credit` for `retired`, recording the branch taken */
function traceCreditRetired(month: number, age: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-a-supplement-pool.policy:13
  if (month < 24300) {
    return fail("unspecified", "credit", L10, "credit: for retired › before 2025-01 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:14, the remaining case
  // policies/shanghai/shanghai-a-supplement-pool.policy:15
  if (age < 60) {
    return fail("unspecified", "credit", L11, "credit: for retired › from 2025-01 › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:16
  if (60 <= age && age < 70) {
    return record(t, S33, 14000);
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:17
  if (70 <= age && age < 80) {
    return record(t, S34, 15500);
  }
  // policies/shanghai/shanghai-a-supplement-pool.policy:18, the remaining case
  return record(t, S35, 16800);
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, month: number, t: TraceStep[]): Output {
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S10, 0);
  const credit = traceCreditRetired(month, age, t);
  record(t, S24, 0);
  record(t, S29, 0);
  record(t, S25, 0);
  return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit, local_supplement: 0, pooled: 0, supplement_to_account: 0 };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(t: TraceStep[]): Output {
  const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
  record(t, S15, 0);
  record(t, S10, 0);
  record(t, S36, 0);
  record(t, S24, 0);
  const pooled = record(t, S23, computePooledEmployedOrFlexible(personalContribution, 0, 0, 0));
  record(t, S25, 0);
  return { personal_contribution: personalContribution, employer_contribution: 0, employer_to_account: 0, credit: 0, local_supplement: 0, pooled, supplement_to_account: 0 };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(t: TraceStep[]): Output {
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S10, 0);
  record(t, S37, 0);
  record(t, S24, 0);
  record(t, S29, 0);
  record(t, S25, 0);
  return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit: 0, local_supplement: 0, pooled: 0, supplement_to_account: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, month: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(base);
    case "retired":
      return computeForRetired(age, month);
    case "flexible":
      return computeForFlexible();
    case "resident":
      return computeForResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L3);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, month: number, t: TraceStep[]): Output {
  record(t, S0, employeeRate, 50);
  record(t, S18, employerRate, 100);
  record(t, S2, employerShareToAccount, 10);
  record(t, S19, localSupplementRate, 50);
  switch (status) {
    case "employed":
      return traceForEmployed(base, t);
    case "retired":
      return traceForRetired(age, month, t);
    case "flexible":
      return traceForFlexible(t);
    case "resident":
      return traceForResident(t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L3);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END || !hasOwn(input, "status") || !hasOwn(input, "age") || !hasOwn(input, "base") || !hasOwn(input, "pension") || !hasOwn(input, "month")) return invalid(input);
  return compute(status, age, base, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const month = parseMonth(input.month);
  return computeTraced(status, age, base, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "age", "base", "pension", "month"], [L3, L4, L5, L6, L7], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L4);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L5);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L6);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L7);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "status", L3, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_a_supplement_pool` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "status", L3);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["status", "age", "base", "pension"], [L3, L4, L5, L6], "person");
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L4);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L5);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L6);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L7);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L7);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, month));
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
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"personal_contribution" | "employer_contribution" | "employer_to_account" | "credit" | "local_supplement" | "pooled" | "supplement_to_account", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L3, age: L4, base: L5, pension: L6 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol } = persons;
  const months = monthCount(from, to, "month", L7);
  const result = columnarResult(out, count * months, "personal_contribution employer_contribution employer_to_account credit local_supplement pooled supplement_to_account", "");
  const { personal_contribution: v0, employer_contribution: v1, employer_to_account: v2, credit: v3, local_supplement: v4, pooled: v5, supplement_to_account: v6 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ status: memberOf(statusCodes, statusCol[p]!), age: ageCol[p]!, base: baseCol[p]!, pension: pensionCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const statusCode = statusCol[p]!;
    const age = ageCol[p]!;
    const base = baseCol[p]!;
    const pension = pensionCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000) {
      slow(p);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(base, from, to, k, v0, v1, v2, v3, v4, v5, v6);
        break;
      case 1:
        if (!columnarForRetired(age, from, to, k, v0, v1, v2, v3, v4, v5, v6)) slow(p);
        break;
      case 2:
        if (!columnarForFlexible(from, to, k, v0, v1, v2, v3, v4, v5, v6)) slow(p);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, v4, v5, v6);
        break;
      default:
        slow(p);
    }

  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `shanghai_a_supplement_pool` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  columnarForResident, columnarForRetired, computeCreditEmployed, computeCreditRetired,
  computeEmployerContributionEmployed, computeEmployerToAccountEmployed, computeLocalSupplementEmployed,
  computePersonalContributionEmployed, computeSupplementToAccountEmployed, employeeRate, employerRate,
  employerShareToAccount, L2, L3, L4, L5, L6, L7, localSupplementRate, S0, S2, S3, S4, S5, S8, S9, S10, S15,
  S18, S19, S20, S21, S24, S25, S32, S36, S37, traceCreditRetired,
};
