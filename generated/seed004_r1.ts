// Generated from policies/seed004/seed004-r1.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf } from "@policyc/runtime";
import type { EvaluateOptions, Rate, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./seed004_r2.js";

/** Region `seed004_r1`: 种子004 读法R1（按例题）seed 004, reading R1. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "seed004_r1";
/** The policy file this module was generated from. */
export const source = "policies/seed004/seed004-r1.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `seed004_r1`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/seed004/seed004-r2.policy:30 */
  readonly status: Status;
  /** whole years, 16..120 — policies/seed004/seed004-r2.policy:31 (C25, whole years; bands are [0,35), [35,45), [45,∞) (T07)) */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/seed004/seed004-r2.policy:32 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/seed004/seed004-r2.policy:33 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/seed004/seed004-r2.policy:34 */
  readonly month: string;
}

/** Output of region `seed004_r1`. Money is integer fen. */
export interface Output {
  /** null when not applicable to the input; rate — policies/seed004/seed004-r2.policy:53 (F028, 004:17) */
  readonly transfer_rate: Rate | null;
  /** money in fen per month — policies/seed004/seed004-r2.policy:57 (F027) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/seed004/seed004-r2.policy:62 (F028, 004:17, 按本人缴费基数的2.3%划入) */
  readonly employer_to_account: number;
  /** money in fen per month — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
  readonly credit: number;
}

/** What this region shares with `seed004_r2`. */
const {
  columnarForFlexible, columnarForResident, columnarForRetired, computeAgeBand, computeBandRate,
  computeCreditRetired, computeEmployerToAccountEmployed, computeForFlexible, computeForResident,
  computeForRetired, computePersonalContributionEmployed, computeTransferRateEmployed, employeeRate, L0, L1,
  L2, L3, L4, L5, retireeRate, S0, S1, S8, S9, S10, S12, S13, S14, traceAgeBand, traceBandRate,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const S17: StepInfo = { name: "credit", branch: "for employed", file: "policies/seed004/seed004-r1.policy", line: 7, cites: ["F032", "004:35", "C02", "R1: the examples drop the personal 2%"], unit: "fen", reads: ["status", "employer_to_account", "pension", "retiree_rate"] };
const S18: StepInfo = { name: "credit", branch: "for retired", file: "policies/seed004/seed004-r1.policy", line: 8, cites: ["F032", "004:35", "F030", "004:23"], unit: "fen", reads: ["status", "employer_to_account", "pension", "retiree_rate"] };
const S19: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r1.policy", line: 9, cites: ["F032", "004:35", "F014", "F054"], unit: "fen", reads: ["status", "employer_to_account", "pension", "retiree_rate"] };
/** `credit` for `employed` — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
function computeCreditEmployed(employerToAccount: number): number {
  return employerToAccount;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number): Output {
  const ageBand = computeAgeBand(age);
  const bandRate = computeBandRate(ageBand);
  const transferRate = computeTransferRateEmployed(bandRate);
  const personalContribution = computePersonalContributionEmployed(base);
  const employerToAccount = computeEmployerToAccountEmployed(base, transferRate);
  const credit = computeCreditEmployed(employerToAccount);
  return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, employer_to_account: employerToAccount, credit };
}

function columnarForEmployed(age: number, base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, p0: Uint8Array): void {
  const ageBand = computeAgeBand(age);
  const bandRate = computeBandRate(ageBand);
  const transferRate = computeTransferRateEmployed(bandRate);
  const personalContribution = computePersonalContributionEmployed(base);
  const employerToAccount = computeEmployerToAccountEmployed(base, transferRate);
  const credit = computeCreditEmployed(employerToAccount);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = transferRate;
    p0[k] = 1;
    v1[k] = personalContribution;
    v2[k] = employerToAccount;
    v3[k] = credit;
  }
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  const bandRate = traceBandRate(ageBand, t);
  const transferRate = record(t, S8, computeTransferRateEmployed(bandRate), 1000);
  const personalContribution = record(t, S9, computePersonalContributionEmployed(base));
  const employerToAccount = record(t, S10, computeEmployerToAccountEmployed(base, transferRate));
  const credit = record(t, S17, computeCreditEmployed(employerToAccount));
  return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, employer_to_account: employerToAccount, credit };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, pension: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  traceBandRate(ageBand, t);
  record(t, S12, null, 1000);
  record(t, S13, 0);
  record(t, S14, 0);
  const credit = record(t, S18, computeCreditRetired(pension));
  return { transfer_rate: null, personal_contribution: 0, employer_to_account: 0, credit };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(age: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  traceBandRate(ageBand, t);
  record(t, S12, null, 1000);
  const personalContribution = fail("unspecified", "personal_contribution", L0, "personal_contribution: for flexible is unspecified in the sources");
  record(t, S14, 0);
  record(t, S19, 0);
  return { transfer_rate: null, personal_contribution: personalContribution, employer_to_account: 0, credit: 0 };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(age: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  traceBandRate(ageBand, t);
  record(t, S12, null, 1000);
  record(t, S13, 0);
  record(t, S14, 0);
  record(t, S19, 0);
  return { transfer_rate: null, personal_contribution: 0, employer_to_account: 0, credit: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, pension: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(age, base);
    case "retired":
      return computeForRetired(pension);
    case "flexible":
      return computeForFlexible();
    case "resident":
      return computeForResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L1);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, t: TraceStep[]): Output {
  record(t, S0, employeeRate, 50);
  record(t, S1, retireeRate, 50);
  switch (status) {
    case "employed":
      return traceForEmployed(age, base, t);
    case "retired":
      return traceForRetired(age, pension, t);
    case "flexible":
      return traceForFlexible(age, t);
    case "resident":
      return traceForResident(age, t);
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
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END || !hasOwn(input, "status") || !hasOwn(input, "age") || !hasOwn(input, "base") || !hasOwn(input, "pension") || !hasOwn(input, "month")) return invalid(input);
  return compute(status, age, base, pension);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  return computeTraced(status, age, base, pension, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "age", "base", "pension", "month"], [L1, L2, L3, L4, L5], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L2);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L3);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L4);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L5);
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
 * Evaluates region `seed004_r1` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  badShape(person, ["status", "age", "base", "pension"], [L1, L2, L3, L4], "person");
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L2);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L3);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L4);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L5);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L5);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension));
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
  readonly values: Readonly<Record<"transfer_rate" | "personal_contribution" | "employer_to_account" | "credit", Float64Array>>;
  readonly present: Readonly<Record<"transfer_rate", Uint8Array>>;
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L1, age: L2, base: L3, pension: L4 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol } = persons;
  const months = monthCount(from, to, "month", L5);
  const result = columnarResult(out, count * months, "transfer_rate personal_contribution employer_to_account credit", "transfer_rate");
  const { transfer_rate: v0, personal_contribution: v1, employer_to_account: v2, credit: v3 } = result.values;
  const { transfer_rate: p0 } = result.present;
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
        columnarForEmployed(age, base, from, to, k, v0, v1, v2, v3, p0);
        break;
      case 1:
        columnarForRetired(pension, from, to, k, v0, v1, v2, v3, p0);
        break;
      case 2:
        if (!columnarForFlexible(from, to, k, v0, v1, v2, v3, p0)) slow(p);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, p0);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
