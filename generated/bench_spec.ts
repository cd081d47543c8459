// Generated from policies/bench/bench-spec.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { need, fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, roundHalfUp } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

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
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/bench/bench-spec.policy:19 (F036, 000:95)
const reformDate = 24276; // 2023-01
// policies/bench/bench-spec.policy:20 (benchmark assumption (FACTS §6))
const baseFloor = 731000;
// policies/bench/bench-spec.policy:21 (benchmark assumption (FACTS §6))
const baseCeiling = 3654900;
// policies/bench/bench-spec.policy:22 (F001)
const employeeRate = 1; // 1/50
// policies/bench/bench-spec.policy:23 (F007, 001:140)
const employerRate = 19; // 19/200
// policies/bench/bench-spec.policy:24 (F045, 000:6)
const retireeRateBeforeReform = 9; // 9/200
// policies/bench/bench-spec.policy:25 (F048, T16)
const retireeFixedCredit = 7000;
const L0: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 27, col: 3 };
const S1: StepInfo = { name: "clamped_base", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 28, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S2: StepInfo = { name: "clamped_base", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 29, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const L3: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 31, col: 3 };
const S4: StepInfo = { name: "employee", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 32, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S5: StepInfo = { name: "employee", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 33, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const L6: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 35, col: 3 };
const S7: StepInfo = { name: "employer", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 36, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S8: StepInfo = { name: "employer", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 37, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const L9: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 39, col: 3 };
const S10: StepInfo = { name: "band_rate", branch: "for employed › when age < 35", file: "policies/bench/bench-spec.policy", line: 41, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S11: StepInfo = { name: "band_rate", branch: "for employed › when 35 <= age < 45", file: "policies/bench/bench-spec.policy", line: 42, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S12: StepInfo = { name: "band_rate", branch: "for employed › when age >= 45", file: "policies/bench/bench-spec.policy", line: 43, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S13: StepInfo = { name: "band_rate", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 44, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const L14: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 46, col: 3 };
const S15: StepInfo = { name: "credit", branch: "for employed › before reform_date", file: "policies/bench/bench-spec.policy", line: 48, cites: ["F028", "F023"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S16: StepInfo = { name: "credit", branch: "for employed › from reform_date", file: "policies/bench/bench-spec.policy", line: 49, cites: ["F034", "F035"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S17: StepInfo = { name: "credit", branch: "for retired › before reform_date", file: "policies/bench/bench-spec.policy", line: 51, cites: ["F045"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S18: StepInfo = { name: "credit", branch: "for retired › from reform_date", file: "policies/bench/bench-spec.policy", line: 52, cites: ["F048"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S19: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/bench/bench-spec.policy", line: 53, cites: ["F014", "F054"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const L20: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 55, col: 3 };
const S21: StepInfo = { name: "pooled", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 56, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
const S22: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 57, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
/** Records a trace step when tracing; returns the value (numerator over `den` for rates). */
function step(t: TraceStep[] | undefined, info: StepInfo, value: number, den?: number): number {
  if (t !== undefined) t.push({ ...info, value: den === undefined ? value : `${value}/${den}` });
  return value;
}

/** Records that a rule declared itself not applicable; the value is absent (null). */
function absent(t: TraceStep[] | undefined, info: StepInfo): null {
  if (t !== undefined) t.push({ ...info, value: 'not applicable' });
  return null;
}

/** `clamped_base` — policies/bench/bench-spec.policy:27 (I06) */
function computeClampedBase(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/bench/bench-spec.policy:28
  if (status === "employed") {
    return step(t, S1, Math.min(Math.max(base, baseFloor), baseCeiling));
  }
  // policies/bench/bench-spec.policy:29 — the remaining case
  return step(t, S2, 0);
}

/** `employee` — policies/bench/bench-spec.policy:31 (F001) */
function computeEmployee(status: Status, clampedBase: number, t: TraceStep[] | undefined): number {
  // policies/bench/bench-spec.policy:32
  if (status === "employed") {
    return step(t, S4, roundHalfUp(clampedBase * employeeRate, 50));
  }
  // policies/bench/bench-spec.policy:33 — the remaining case
  return step(t, S5, 0);
}

/** `employer` — policies/bench/bench-spec.policy:35 (F007) */
function computeEmployer(status: Status, clampedBase: number, t: TraceStep[] | undefined): number {
  // policies/bench/bench-spec.policy:36
  if (status === "employed") {
    return step(t, S7, roundHalfUp(clampedBase * employerRate, 200));
  }
  // policies/bench/bench-spec.policy:37 — the remaining case
  return step(t, S8, 0);
}

/** `band_rate` — policies/bench/bench-spec.policy:39 (F028, 004:17); returns the numerator over 1000 */
function computeBandRate(status: Status, age: number, t: TraceStep[] | undefined): number | null {
  // policies/bench/bench-spec.policy:40
  if (status === "employed") {
    // policies/bench/bench-spec.policy:41
    if (age < 35) {
      return step(t, S10, 23, 1000);
    }
    // policies/bench/bench-spec.policy:42
    if (35 <= age && age < 45) {
      return step(t, S11, 15, 1000);
    }
    // policies/bench/bench-spec.policy:43 — the remaining case
    return step(t, S12, 17, 1000);
  }
  // policies/bench/bench-spec.policy:44 — the remaining case
  return absent(t, S13);
}

/** `credit` — policies/bench/bench-spec.policy:46 */
function computeCredit(status: Status, month: number, employee: number, clampedBase: number, bandRate: number | null, pension: number, t: TraceStep[] | undefined): number {
  // policies/bench/bench-spec.policy:47
  if (status === "employed") {
    // policies/bench/bench-spec.policy:48
    if (month < reformDate) {
      return step(t, S15, employee + roundHalfUp(clampedBase * need(bandRate, "band_rate", L9), 1000));
    }
    // policies/bench/bench-spec.policy:49 — the remaining case
    return step(t, S16, employee);
  }
  // policies/bench/bench-spec.policy:50
  if (status === "retired") {
    // policies/bench/bench-spec.policy:51
    if (month < reformDate) {
      return step(t, S17, roundHalfUp(pension * retireeRateBeforeReform, 200));
    }
    // policies/bench/bench-spec.policy:52 — the remaining case
    return step(t, S18, retireeFixedCredit);
  }
  // policies/bench/bench-spec.policy:53 — the remaining case
  return step(t, S19, 0);
}

/** `pooled` — policies/bench/bench-spec.policy:55 (I02) */
function computePooled(status: Status, employee: number, employer: number, credit: number, t: TraceStep[] | undefined): number {
  // policies/bench/bench-spec.policy:56
  if (status === "employed") {
    return step(t, S21, employee + employer - credit);
  }
  // policies/bench/bench-spec.policy:57 — the remaining case
  return step(t, S22, 0);
}
const L23: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 13, col: 9 };
const L24: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 14, col: 9 };
const L25: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 15, col: 9 };
const L26: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 16, col: 9 };
const L27: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 17, col: 9 };
const S28: StepInfo = { name: "reform_date", branch: "=", file: "policies/bench/bench-spec.policy", line: 19, cites: ["F036", "000:95"], unit: "month", reads: [] };
const S29: StepInfo = { name: "base_floor", branch: "=", file: "policies/bench/bench-spec.policy", line: 20, cites: ["benchmark assumption (FACTS §6)"], unit: "fen", reads: [] };
const S30: StepInfo = { name: "base_ceiling", branch: "=", file: "policies/bench/bench-spec.policy", line: 21, cites: ["benchmark assumption (FACTS §6)"], unit: "fen", reads: [] };
const S31: StepInfo = { name: "employee_rate", branch: "=", file: "policies/bench/bench-spec.policy", line: 22, cites: ["F001"], unit: "rate", reads: [] };
const S32: StepInfo = { name: "employer_rate", branch: "=", file: "policies/bench/bench-spec.policy", line: 23, cites: ["F007", "001:140"], unit: "rate", reads: [] };
const S33: StepInfo = { name: "retiree_rate_before_reform", branch: "=", file: "policies/bench/bench-spec.policy", line: 24, cites: ["F045", "000:6"], unit: "rate", reads: [] };
const S34: StepInfo = { name: "retiree_fixed_credit", branch: "=", file: "policies/bench/bench-spec.policy", line: 25, cites: ["F048", "T16"], unit: "fen", reads: [] };

function compute(status: Status, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    step(t, S28, reformDate);
    step(t, S29, baseFloor);
    step(t, S30, baseCeiling);
    step(t, S31, employeeRate, 50);
    step(t, S32, employerRate, 200);
    step(t, S33, retireeRateBeforeReform, 200);
    step(t, S34, retireeFixedCredit);
  }

  const clampedBase = computeClampedBase(status, base, t);
  const employee = computeEmployee(status, clampedBase, t);
  const employer = computeEmployer(status, clampedBase, t);
  const bandRate = computeBandRate(status, age, t);
  const credit = computeCredit(status, month, employee, clampedBase, bandRate, pension, t);
  const pooled = computePooled(status, employee, employer, credit, t);
  return { credit: credit, pooled: pooled };
}

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L23);
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L24);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L25);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L26);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L27);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `bench_spec` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  if (options?.trace !== true) return run(input, undefined);
  const steps: TraceStep[] = [];
  return { value: run(input, steps), steps };
}

/** Evaluates many inputs; equivalent to `rows.map((r) => evaluate(r))` but parses each distinct month once. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  const out: Output[] = new Array<Output>(rows.length);
  let lastMonthText: string | undefined;
  let lastMonth = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const status = row.status;
    if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L23);
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L24);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L25);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L26);
    const monthText = row.month;
    if (monthText !== lastMonthText) { lastMonth = parseMonth(monthText); lastMonthText = monthText; if (lastMonth < H_START || lastMonth > H_END) { lastMonthText = undefined; badMonth("month", monthText, lastMonth, H_START, H_END, L27); } }
    const month = lastMonth;
    out[k] = compute(status, age, base, pension, month, undefined);
  }

  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L23);
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L24);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L25);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L26);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L27);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L27);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
