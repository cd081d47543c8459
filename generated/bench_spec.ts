// Generated from policies/bench/bench-spec.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `bench_spec`: 基准测试政策 benchmark policy. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "bench_spec";
/** The policy file this module was generated from. */
export const source = "policies/bench/bench-spec.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `bench_spec`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/bench/bench-spec.policy:13 */
  readonly status: Status;
  /** whole years, 16..120 — policies/bench/bench-spec.policy:14 */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/bench/bench-spec.policy:15 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/bench/bench-spec.policy:16 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/bench/bench-spec.policy:17 */
  readonly month: string;
}

/** Output of region `bench_spec`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/bench/bench-spec.policy:46 */
  readonly credit: number;
  /** money in fen per month — policies/bench/bench-spec.policy:55 (I02) */
  readonly pooled: number;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/bench/bench-spec.policy:20 (benchmark assumption (FACTS §6))
const baseFloor = 731000;
// policies/bench/bench-spec.policy:21 (benchmark assumption (FACTS §6))
const baseCeiling = 3654900;
// policies/bench/bench-spec.policy:22 (F001)
const employeeRate = 1; // 1/50
// policies/bench/bench-spec.policy:23 (F007, 001:140)
const employerRate = 19; // 19/200
// policies/bench/bench-spec.policy:19 (F036, 000:95)
const reformDate = 24276; // 2023-01
// policies/bench/bench-spec.policy:24 (F045, 000:6)
const retireeRateBeforeReform = 9; // 9/200
// policies/bench/bench-spec.policy:25 (F048, T16)
const retireeFixedCredit = 7000;
const L0: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 13, col: 9 };
const L1: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 14, col: 9 };
const L2: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 15, col: 9 };
const L3: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 16, col: 9 };
const L4: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 17, col: 9 };
const S0: StepInfo = { name: "reform_date", branch: "=", file: "policies/bench/bench-spec.policy", line: 19, cites: ["F036", "000:95"], unit: "month", reads: [] };
const S1: StepInfo = { name: "base_floor", branch: "=", file: "policies/bench/bench-spec.policy", line: 20, cites: ["benchmark assumption (FACTS §6)"], unit: "fen", reads: [] };
const S2: StepInfo = { name: "base_ceiling", branch: "=", file: "policies/bench/bench-spec.policy", line: 21, cites: ["benchmark assumption (FACTS §6)"], unit: "fen", reads: [] };
const S3: StepInfo = { name: "employee_rate", branch: "=", file: "policies/bench/bench-spec.policy", line: 22, cites: ["F001"], unit: "rate", reads: [] };
const S4: StepInfo = { name: "employer_rate", branch: "=", file: "policies/bench/bench-spec.policy", line: 23, cites: ["F007", "001:140"], unit: "rate", reads: [] };
const S5: StepInfo = { name: "retiree_rate_before_reform", branch: "=", file: "policies/bench/bench-spec.policy", line: 24, cites: ["F045", "000:6"], unit: "rate", reads: [] };
const S6: StepInfo = { name: "retiree_fixed_credit", branch: "=", file: "policies/bench/bench-spec.policy", line: 25, cites: ["F048", "T16"], unit: "fen", reads: [] };
const S7: StepInfo = { name: "clamped_base", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 28, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S8: StepInfo = { name: "employee", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 32, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S9: StepInfo = { name: "employer", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 36, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S10: StepInfo = { name: "band_rate", branch: "for employed › when age < 35", file: "policies/bench/bench-spec.policy", line: 41, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S11: StepInfo = { name: "band_rate", branch: "for employed › when 35 <= age < 45", file: "policies/bench/bench-spec.policy", line: 42, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S12: StepInfo = { name: "band_rate", branch: "for employed › when age >= 45", file: "policies/bench/bench-spec.policy", line: 43, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S13: StepInfo = { name: "credit", branch: "for employed › before reform_date", file: "policies/bench/bench-spec.policy", line: 48, cites: ["F028", "F023"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S14: StepInfo = { name: "credit", branch: "for employed › from reform_date", file: "policies/bench/bench-spec.policy", line: 49, cites: ["F034", "F035"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S15: StepInfo = { name: "pooled", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 56, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
const S16: StepInfo = { name: "clamped_base", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 29, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S17: StepInfo = { name: "employee", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 33, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S18: StepInfo = { name: "employer", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 37, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S19: StepInfo = { name: "band_rate", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 44, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S20: StepInfo = { name: "credit", branch: "for retired › before reform_date", file: "policies/bench/bench-spec.policy", line: 51, cites: ["F045"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S21: StepInfo = { name: "credit", branch: "for retired › from reform_date", file: "policies/bench/bench-spec.policy", line: 52, cites: ["F048"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S22: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 57, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
const S23: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/bench/bench-spec.policy", line: 53, cites: ["F014", "F054"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
/** `clamped_base` for `employed` — policies/bench/bench-spec.policy:27 (I06) */
function computeClampedBaseEmployed(base: number): number {
  return Math.min(Math.max(base, baseFloor), baseCeiling);
}

/** `employee` for `employed` — policies/bench/bench-spec.policy:31 (F001) */
function computeEmployeeEmployed(clampedBase: number): number {
  return Math.floor((clampedBase * employeeRate + 25) / 50);
}

/** `employer` for `employed` — policies/bench/bench-spec.policy:35 (F007) */
function computeEmployerEmployed(clampedBase: number): number {
  return Math.floor((clampedBase * employerRate + 100) / 200);
}

/** `band_rate` for `employed` — policies/bench/bench-spec.policy:39 (F028, 004:17); returns the numerator over 1000 */
function computeBandRateEmployed(age: number): number {
  // policies/bench/bench-spec.policy:41
  if (age < 35) {
    return 23;
  }
  // policies/bench/bench-spec.policy:42
  if (35 <= age && age < 45) {
    return 15;
  }
  // policies/bench/bench-spec.policy:43, the remaining case
  return 17;
}

/** `credit` for `employed` — policies/bench/bench-spec.policy:46 */
function computeCreditEmployed(month: number, employee: number, clampedBase: number, bandRate: number): number {
  // policies/bench/bench-spec.policy:48
  if (month < reformDate) {
    return employee + Math.floor((clampedBase * bandRate + 500) / 1000);
  }
  // policies/bench/bench-spec.policy:49, the remaining case
  return employee;
}

/** `pooled` for `employed` — policies/bench/bench-spec.policy:55 (I02) */
function computePooledEmployed(employee: number, employer: number, credit: number): number {
  return employee + employer - credit;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number, month: number): Output {
  const clampedBase = computeClampedBaseEmployed(base);
  const employee = computeEmployeeEmployed(clampedBase);
  const employer = computeEmployerEmployed(clampedBase);
  const bandRate = computeBandRateEmployed(age);
  const credit = computeCreditEmployed(month, employee, clampedBase, bandRate);
  const pooled = computePooledEmployed(employee, employer, credit);
  return { credit, pooled };
}

/** `credit` for `retired` — policies/bench/bench-spec.policy:46 */
function computeCreditRetired(month: number, pension: number): number {
  // policies/bench/bench-spec.policy:51
  if (month < reformDate) {
    return Math.floor((pension * retireeRateBeforeReform + 100) / 200);
  }
  // policies/bench/bench-spec.policy:52, the remaining case
  return retireeFixedCredit;
}

/** Every rule for `status` = `retired`. */
function computeForRetired(pension: number, month: number): Output {
  const credit = computeCreditRetired(month, pension);
  return { credit, pooled: 0 };
}

/** Every rule for `status` = `flexible` or `resident`. */
function computeForFlexibleOrResident(): Output {
  return { credit: 0, pooled: 0 };
}

function columnarForEmployed(age: number, base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array): void {
  const clampedBase = computeClampedBaseEmployed(base);
  const employee = computeEmployeeEmployed(clampedBase);
  const employer = computeEmployerEmployed(clampedBase);
  const bandRate = computeBandRateEmployed(age);
  const creditLeaf = employee + Math.floor((clampedBase * bandRate + 500) / 1000);
  for (let month = from; month <= to; month++, k++) {
    const credit = month < reformDate ? creditLeaf : employee;
    const pooled = computePooledEmployed(employee, employer, credit);
    v0[k] = credit;
    v1[k] = pooled;
  }
}

function columnarForRetired(pension: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array): void {
  const creditLeaf2 = Math.floor((pension * retireeRateBeforeReform + 100) / 200);
  for (let month = from; month <= to; month++, k++) {
    const credit = month < reformDate ? creditLeaf2 : retireeFixedCredit;
    v0[k] = credit;
    v1[k] = 0;
  }
}

function columnarForFlexibleOrResident(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array): void {
  for (let month = from; month <= to; month++, k++) {
    v0[k] = 0;
    v1[k] = 0;
  }
}

/** `band_rate` for `employed`, recording the branch taken */
function traceBandRateEmployed(age: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:41
  if (age < 35) {
    return record(t, S10, 23, 1000);
  }
  // policies/bench/bench-spec.policy:42
  if (35 <= age && age < 45) {
    return record(t, S11, 15, 1000);
  }
  // policies/bench/bench-spec.policy:43, the remaining case
  return record(t, S12, 17, 1000);
}

/** `credit` for `employed`, recording the branch taken */
function traceCreditEmployed(month: number, employee: number, clampedBase: number, bandRate: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:48
  if (month < reformDate) {
    return record(t, S13, employee + Math.floor((clampedBase * bandRate + 500) / 1000));
  }
  // policies/bench/bench-spec.policy:49, the remaining case
  return record(t, S14, employee);
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, month: number, t: TraceStep[]): Output {
  const clampedBase = record(t, S7, computeClampedBaseEmployed(base));
  const employee = record(t, S8, computeEmployeeEmployed(clampedBase));
  const employer = record(t, S9, computeEmployerEmployed(clampedBase));
  const bandRate = traceBandRateEmployed(age, t);
  const credit = traceCreditEmployed(month, employee, clampedBase, bandRate, t);
  const pooled = record(t, S15, computePooledEmployed(employee, employer, credit));
  return { credit, pooled };
}

/** `credit` for `retired`, recording the branch taken */
function traceCreditRetired(month: number, pension: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:51
  if (month < reformDate) {
    return record(t, S20, Math.floor((pension * retireeRateBeforeReform + 100) / 200));
  }
  // policies/bench/bench-spec.policy:52, the remaining case
  return record(t, S21, retireeFixedCredit);
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(pension: number, month: number, t: TraceStep[]): Output {
  record(t, S16, 0);
  record(t, S17, 0);
  record(t, S18, 0);
  record(t, S19, null, 1000);
  const credit = traceCreditRetired(month, pension, t);
  record(t, S22, 0);
  return { credit, pooled: 0 };
}

/** Every rule for `status` = `flexible` or `resident`, recording each branch. */
function traceForFlexibleOrResident(t: TraceStep[]): Output {
  record(t, S16, 0);
  record(t, S17, 0);
  record(t, S18, 0);
  record(t, S19, null, 1000);
  record(t, S23, 0);
  record(t, S22, 0);
  return { credit: 0, pooled: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, pension: number, month: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(age, base, month);
    case "retired":
      return computeForRetired(pension, month);
    case "flexible":
    case "resident":
      return computeForFlexibleOrResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L0);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  record(t, S0, formatMonth(reformDate));
  record(t, S1, baseFloor);
  record(t, S2, baseCeiling);
  record(t, S3, employeeRate, 50);
  record(t, S4, employerRate, 200);
  record(t, S5, retireeRateBeforeReform, 200);
  record(t, S6, retireeFixedCredit);
  switch (status) {
    case "employed":
      return traceForEmployed(age, base, month, t);
    case "retired":
      return traceForRetired(pension, month, t);
    case "flexible":
    case "resident":
      return traceForFlexibleOrResident(t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L0);
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
  return compute(status, age, base, pension, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  return computeTraced(status, age, base, pension, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "age", "base", "pension", "month"], [L0, L1, L2, L3, L4], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L1);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L2);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L3);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L4);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "status", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `bench_spec` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "status", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["status", "age", "base", "pension"], [L0, L1, L2, L3], "person");
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L1);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L2);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L3);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L4);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L4);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month));
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
  readonly values: Readonly<Record<"credit" | "pooled", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L0, age: L1, base: L2, pension: L3 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol } = persons;
  const months = monthCount(from, to, "month", L4);
  const result = columnarResult(out, count * months, "credit pooled", "");
  const { credit: v0, pooled: v1 } = result.values;
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
        columnarForEmployed(age, base, from, to, k, v0, v1);
        break;
      case 1:
        columnarForRetired(pension, from, to, k, v0, v1);
        break;
      case 2:
      case 3:
        columnarForFlexibleOrResident(from, to, k, v0, v1);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
