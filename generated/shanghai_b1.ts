// Generated from policies/shanghai/shanghai-b1.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./shanghai_a.js";

/** Region `shanghai_b1`: 上海 读法B1 Shanghai, reading B1. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_b1";
/** The policy file this module was generated from. */
export const source = "policies/shanghai/shanghai-b1.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `shanghai_b1`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
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

/** Output of region `shanghai_b1`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/shanghai/shanghai-a.policy:27 */
  readonly personal_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:32 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-b1.policy:13 (F053, 004:98) */
  readonly credit: number;
  /** money in fen per month — policies/shanghai/shanghai-b1.policy:9 (F053, 004:98, the credit less the personal 2%) */
  readonly employer_to_account: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:53 (I02) */
  readonly pooled: number;
}

/** What this region shares with `shanghai_a`. */
const {
  columnarForFlexible, columnarForResident, computeEmployerContributionEmployed,
  computePersonalContributionEmployed, computePooledEmployedOrFlexible, computePooledFlexible, employeeRate,
  employerRate, employerShareToAccount, L2, L3, L4, L5, L6, L7, S0, S1, S2, S3, S4, S7, S8, S9, S14, S15,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L8: PolicyLocation = { file: "policies/shanghai/shanghai-b1.policy", line: 18, col: 7 };
const L9: PolicyLocation = { file: "policies/shanghai/shanghai-b1.policy", line: 20, col: 9 };
const S18: StepInfo = { name: "credit", branch: "for employed › when age < 45", file: "policies/shanghai/shanghai-b1.policy", line: 15, cites: ["F053", "004:98", "45岁以下按基数3%"], unit: "fen", reads: ["status", "age", "base", "month"] };
const S19: StepInfo = { name: "credit", branch: "for employed › when age >= 45", file: "policies/shanghai/shanghai-b1.policy", line: 16, cites: ["F053", "004:98", "45岁以上按3.5%", "T09", "45 belongs to the upper band"], unit: "fen", reads: ["status", "age", "base", "month"] };
const S20: StepInfo = { name: "employer_to_account", branch: "for employed", file: "policies/shanghai/shanghai-b1.policy", line: 10, cites: ["F053", "004:98", "the credit less the personal 2%"], unit: "fen", reads: ["status", "credit", "personal_contribution"] };
const S21: StepInfo = { name: "credit", branch: "for retired › from 2025-01 › when 60 <= age < 70", file: "policies/shanghai/shanghai-b1.policy", line: 21, cites: ["F053", "004:98", "F050", "004:104", "C09"], unit: "fen", reads: ["status", "age", "base", "month"] };
const S22: StepInfo = { name: "credit", branch: "for retired › from 2025-01 › when 70 <= age < 80", file: "policies/shanghai/shanghai-b1.policy", line: 22, cites: ["F053", "004:98", "F050", "004:104", "C09"], unit: "fen", reads: ["status", "age", "base", "month"] };
const S23: StepInfo = { name: "credit", branch: "for retired › from 2025-01 › when age >= 80", file: "policies/shanghai/shanghai-b1.policy", line: 23, cites: ["F053", "004:98", "F050", "004:104", "C09"], unit: "fen", reads: ["status", "age", "base", "month"] };
const S24: StepInfo = { name: "employer_to_account", branch: "for flexible, retired, resident", file: "policies/shanghai/shanghai-b1.policy", line: 11, cites: ["F053", "004:98", "the credit less the personal 2%"], unit: "fen", reads: ["status", "credit", "personal_contribution"] };
const S25: StepInfo = { name: "credit", branch: "for flexible", file: "policies/shanghai/shanghai-b1.policy", line: 24, cites: ["F053", "004:98", "F014", "003:32", "C01", "reading A: no personal account"], unit: "fen", reads: ["status", "age", "base", "month"] };
const S26: StepInfo = { name: "credit", branch: "for resident", file: "policies/shanghai/shanghai-b1.policy", line: 25, cites: ["F053", "004:98", "F054", "000:47"], unit: "fen", reads: ["status", "age", "base", "month"] };
/** `credit` for `employed` — policies/shanghai/shanghai-b1.policy:13 (F053, 004:98) */
function computeCreditEmployed(age: number, base: number): number {
  // policies/shanghai/shanghai-b1.policy:15
  if (age < 45) {
    return Math.floor((base * 3 + 50) / 100);
  }
  // policies/shanghai/shanghai-b1.policy:16, the remaining case
  return Math.floor((base * 7 + 100) / 200);
}

/** `employer_to_account` for `employed` — policies/shanghai/shanghai-b1.policy:9 (F053, 004:98, the credit less the personal 2%) */
function computeEmployerToAccountEmployed(credit: number, personalContribution: number): number {
  return credit - personalContribution;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number): Output {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base);
  const credit = computeCreditEmployed(age, base);
  const employerToAccount = computeEmployerToAccountEmployed(credit, personalContribution);
  const pooled = computePooledEmployedOrFlexible(personalContribution, employerContribution, credit);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit, employer_to_account: employerToAccount, pooled };
}

/** `credit` for `retired` — policies/shanghai/shanghai-b1.policy:13 (F053, 004:98) */
function computeCreditRetired(age: number, month: number): number {
  // policies/shanghai/shanghai-b1.policy:18
  if (month < 24300) {
    return fail("unspecified", "credit", L8, "credit: for retired › before 2025-01 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-b1.policy:19, the remaining case
  // policies/shanghai/shanghai-b1.policy:20
  if (age < 60) {
    return fail("unspecified", "credit", L9, "credit: for retired › from 2025-01 › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-b1.policy:21
  if (60 <= age && age < 70) {
    return 14000;
  }
  // policies/shanghai/shanghai-b1.policy:22
  if (70 <= age && age < 80) {
    return 15500;
  }
  // policies/shanghai/shanghai-b1.policy:23, the remaining case
  return 16800;
}

/** Every rule for `status` = `retired` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForRetired(age: number, month: number): Output {
  const credit = attempt(() => computeCreditRetired(age, month));
  return settle<Output>({ personal_contribution: 0, employer_contribution: 0, credit, employer_to_account: 0, pooled: 0 });
}

/** Every rule for `status` = `retired`. */
function computeForRetired(age: number, month: number): Output {
  try {
    const credit = computeCreditRetired(age, month);
    return { personal_contribution: 0, employer_contribution: 0, credit, employer_to_account: 0, pooled: 0 };
  } catch {
    return lazyForRetired(age, month);
  }
}

/** Every rule for `status` = `flexible` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFlexible(): Output {
  const personalContribution = attempt(() => fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources"));
  const pooled = attempt(() => computePooledFlexible(personalContribution, 0, 0));
  return settle<Output>({ personal_contribution: personalContribution, employer_contribution: 0, credit: 0, employer_to_account: 0, pooled });
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(): Output {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
    const pooled = computePooledEmployedOrFlexible(personalContribution, 0, 0);
    return { personal_contribution: personalContribution, employer_contribution: 0, credit: 0, employer_to_account: 0, pooled };
  } catch {
    return lazyForFlexible();
  }
}

/** Every rule for `status` = `resident`. */
function computeForResident(): Output {
  return { personal_contribution: 0, employer_contribution: 0, credit: 0, employer_to_account: 0, pooled: 0 };
}

function columnarForEmployed(age: number, base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): void {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base);
  const credit = computeCreditEmployed(age, base);
  const employerToAccount = computeEmployerToAccountEmployed(credit, personalContribution);
  const pooled = computePooledEmployedOrFlexible(personalContribution, employerContribution, credit);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = personalContribution;
    v1[k] = employerContribution;
    v2[k] = credit;
    v3[k] = employerToAccount;
    v4[k] = pooled;
  }
}

function columnarForRetired(age: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    for (let month = from; month <= to; month++, k++) {
      const credit = computeCreditRetired(age, month);
      v0[k] = 0;
      v1[k] = 0;
      v2[k] = credit;
      v3[k] = 0;
      v4[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

/** `credit` for `employed`, recording the branch taken */
function traceCreditEmployed(age: number, base: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-b1.policy:15
  if (age < 45) {
    return record(t, S18, Math.floor((base * 3 + 50) / 100));
  }
  // policies/shanghai/shanghai-b1.policy:16, the remaining case
  return record(t, S19, Math.floor((base * 7 + 100) / 200));
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, t: TraceStep[]): Output {
  const personalContribution = record(t, S3, computePersonalContributionEmployed(base));
  const employerContribution = record(t, S4, computeEmployerContributionEmployed(base));
  const credit = traceCreditEmployed(age, base, t);
  const employerToAccount = record(t, S20, computeEmployerToAccountEmployed(credit, personalContribution));
  const pooled = record(t, S7, computePooledEmployedOrFlexible(personalContribution, employerContribution, credit));
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit, employer_to_account: employerToAccount, pooled };
}

/** `credit` for `retired`, recording the branch taken */
function traceCreditRetired(age: number, month: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-b1.policy:18
  if (month < 24300) {
    return fail("unspecified", "credit", L8, "credit: for retired › before 2025-01 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-b1.policy:19, the remaining case
  // policies/shanghai/shanghai-b1.policy:20
  if (age < 60) {
    return fail("unspecified", "credit", L9, "credit: for retired › from 2025-01 › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-b1.policy:21
  if (60 <= age && age < 70) {
    return record(t, S21, 14000);
  }
  // policies/shanghai/shanghai-b1.policy:22
  if (70 <= age && age < 80) {
    return record(t, S22, 15500);
  }
  // policies/shanghai/shanghai-b1.policy:23, the remaining case
  return record(t, S23, 16800);
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, month: number, t: TraceStep[]): Output {
  record(t, S8, 0);
  record(t, S9, 0);
  const credit = traceCreditRetired(age, month, t);
  record(t, S24, 0);
  record(t, S14, 0);
  return { personal_contribution: 0, employer_contribution: 0, credit, employer_to_account: 0, pooled: 0 };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(t: TraceStep[]): Output {
  const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
  record(t, S15, 0);
  record(t, S25, 0);
  record(t, S24, 0);
  const pooled = record(t, S7, computePooledEmployedOrFlexible(personalContribution, 0, 0));
  return { personal_contribution: personalContribution, employer_contribution: 0, credit: 0, employer_to_account: 0, pooled };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(t: TraceStep[]): Output {
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S26, 0);
  record(t, S24, 0);
  record(t, S14, 0);
  return { personal_contribution: 0, employer_contribution: 0, credit: 0, employer_to_account: 0, pooled: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, month: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(age, base);
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
  record(t, S1, employerRate, 200);
  record(t, S2, employerShareToAccount, 10);
  switch (status) {
    case "employed":
      return traceForEmployed(age, base, t);
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
 * Evaluates region `shanghai_b1` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  readonly values: Readonly<Record<"personal_contribution" | "employer_contribution" | "credit" | "employer_to_account" | "pooled", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L3, age: L4, base: L5, pension: L6 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol } = persons;
  const months = monthCount(from, to, "month", L7);
  const result = columnarResult(out, count * months, "personal_contribution employer_contribution credit employer_to_account pooled", "");
  const { personal_contribution: v0, employer_contribution: v1, credit: v2, employer_to_account: v3, pooled: v4 } = result.values;
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
        columnarForEmployed(age, base, from, to, k, v0, v1, v2, v3, v4);
        break;
      case 1:
        if (!columnarForRetired(age, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 2:
        if (!columnarForFlexible(from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, v4);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
