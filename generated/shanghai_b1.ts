// Generated from policies/shanghai/shanghai-b1.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `shanghai_b1`: 上海 读法B1 Shanghai, reading B1. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_b1";
/** The policy file this module was generated from. */
export const source = "policies/shanghai/shanghai-b1.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `shanghai_b1`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/shanghai/shanghai-a.policy:12 */
  readonly status: Status;
  /** whole years, 16..120 — policies/shanghai/shanghai-a.policy:13 */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:14 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:15 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/shanghai/shanghai-a.policy:16 */
  readonly month: string;
}

/** Output of region `shanghai_b1`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/shanghai/shanghai-a.policy:22 */
  readonly personal_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:26 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-b1.policy:7 (F053, 004:98) */
  readonly credit: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:39 (I02) */
  readonly pooled: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 18, col: 3 };
// policies/shanghai/shanghai-a.policy:18 (F052)
const employeeRate = 1; // 1/50
const L1: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 19, col: 3 };
// policies/shanghai/shanghai-a.policy:19 (F007, 001:140)
const employerRate = 19; // 19/200
const L2: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 20, col: 3 };
// policies/shanghai/shanghai-a.policy:20 (F052, 004:98)
const employerShareToAccount = 3; // 3/10
const L3: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 22, col: 3 };
const L4: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 26, col: 3 };
const L5: PolicyLocation = { file: "policies/shanghai/shanghai-b1.policy", line: 7, col: 3 };
const L6: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 39, col: 3 };
const S7: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 23, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S8: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S9: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S10: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S11: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 27, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S12: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S13: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S14: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S15: StepInfo = { name: "credit", branch: "for employed › when age < 45", file: "policies/shanghai/shanghai-b1.policy", line: 9, cites: ["F053", "004:98", "45岁以下按基数3%"], unit: "fen", reads: ["status", "age", "base"] };
const S16: StepInfo = { name: "credit", branch: "for employed › when age >= 45", file: "policies/shanghai/shanghai-b1.policy", line: 10, cites: ["F053", "004:98", "45岁以上按3.5%", "T09", "45 belongs to the upper band"], unit: "fen", reads: ["status", "age", "base"] };
const L17: PolicyLocation = { file: "policies/shanghai/shanghai-b1.policy", line: 12, col: 7 };
const S18: StepInfo = { name: "credit", branch: "for retired › when 60 <= age < 70", file: "policies/shanghai/shanghai-b1.policy", line: 13, cites: ["F053", "004:98", "F050", "004:104", "C09"], unit: "fen", reads: ["status", "age", "base"] };
const S19: StepInfo = { name: "credit", branch: "for retired › when 70 <= age < 80", file: "policies/shanghai/shanghai-b1.policy", line: 14, cites: ["F053", "004:98", "F050", "004:104", "C09"], unit: "fen", reads: ["status", "age", "base"] };
const S20: StepInfo = { name: "credit", branch: "for retired › when age >= 80", file: "policies/shanghai/shanghai-b1.policy", line: 15, cites: ["F053", "004:98", "F050", "004:104", "C09"], unit: "fen", reads: ["status", "age", "base"] };
const S21: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/shanghai/shanghai-b1.policy", line: 16, cites: ["F053", "004:98"], unit: "fen", reads: ["status", "age", "base"] };
const S22: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/shanghai/shanghai-b1.policy", line: 16, cites: ["F053", "004:98"], unit: "fen", reads: ["status", "age", "base"] };
const S23: StepInfo = { name: "pooled", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 40, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S24: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S25: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S26: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `personal_contribution` for `employed` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionEmployed(base: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:23
  const value = Math.floor((base * employeeRate + 25) / 50);
  if (t !== undefined) record(t, S7, value);
  return value;
}

/** `personal_contribution` for `retired` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionRetired(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:24
  const value = 0;
  if (t !== undefined) record(t, S8, value);
  return value;
}

/** `personal_contribution` for `flexible` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionFlexible(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:24
  const value = 0;
  if (t !== undefined) record(t, S9, value);
  return value;
}

/** `personal_contribution` for `resident` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionResident(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:24
  const value = 0;
  if (t !== undefined) record(t, S10, value);
  return value;
}

/** `employer_contribution` for `employed` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionEmployed(base: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:27
  const value = Math.floor((base * employerRate + 100) / 200);
  if (t !== undefined) record(t, S11, value);
  return value;
}

/** `employer_contribution` for `retired` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionRetired(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:28
  const value = 0;
  if (t !== undefined) record(t, S12, value);
  return value;
}

/** `employer_contribution` for `flexible` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionFlexible(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:28
  const value = 0;
  if (t !== undefined) record(t, S13, value);
  return value;
}

/** `employer_contribution` for `resident` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionResident(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:28
  const value = 0;
  if (t !== undefined) record(t, S14, value);
  return value;
}

/** `credit` for `employed` — policies/shanghai/shanghai-b1.policy:7 (F053, 004:98) */
function computeCreditEmployed(age: number, base: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-b1.policy:8
  // policies/shanghai/shanghai-b1.policy:9
  if (age < 45) {
    const value = Math.floor((base * 3 + 50) / 100);
    if (t !== undefined) record(t, S15, value);
    return value;
  }
  // policies/shanghai/shanghai-b1.policy:10 — the remaining case
  const value = Math.floor((base * 7 + 100) / 200);
  if (t !== undefined) record(t, S16, value);
  return value;
}

/** `credit` for `retired` — policies/shanghai/shanghai-b1.policy:7 (F053, 004:98) */
function computeCreditRetired(age: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-b1.policy:11
  // policies/shanghai/shanghai-b1.policy:12
  if (age < 60) {
    return fail("unspecified", "credit", L17, "credit: for retired › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-b1.policy:13
  if (60 <= age && age < 70) {
    const value = 14000;
    if (t !== undefined) record(t, S18, value);
    return value;
  }
  // policies/shanghai/shanghai-b1.policy:14
  if (70 <= age && age < 80) {
    const value = 15500;
    if (t !== undefined) record(t, S19, value);
    return value;
  }
  // policies/shanghai/shanghai-b1.policy:15 — the remaining case
  const value = 16800;
  if (t !== undefined) record(t, S20, value);
  return value;
}

/** `credit` for `flexible` — policies/shanghai/shanghai-b1.policy:7 (F053, 004:98) */
function computeCreditFlexible(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-b1.policy:16
  const value = 0;
  if (t !== undefined) record(t, S21, value);
  return value;
}

/** `credit` for `resident` — policies/shanghai/shanghai-b1.policy:7 (F053, 004:98) */
function computeCreditResident(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-b1.policy:16
  const value = 0;
  if (t !== undefined) record(t, S22, value);
  return value;
}

/** `pooled` for `employed` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledEmployed(personalContribution: number, employerContribution: number, credit: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:40
  const value = personalContribution + employerContribution - credit;
  if (t !== undefined) record(t, S23, value);
  return value;
}

/** `pooled` for `retired` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledRetired(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:41
  const value = 0;
  if (t !== undefined) record(t, S24, value);
  return value;
}

/** `pooled` for `flexible` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledFlexible(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:41
  const value = 0;
  if (t !== undefined) record(t, S25, value);
  return value;
}

/** `pooled` for `resident` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledResident(t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:41
  const value = 0;
  if (t !== undefined) record(t, S26, value);
  return value;
}
const S27: StepInfo = { name: "employee_rate", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 18, cites: ["F052"], unit: "rate", reads: [] };
const S28: StepInfo = { name: "employer_rate", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 19, cites: ["F007", "001:140"], unit: "rate", reads: [] };
const S29: StepInfo = { name: "employer_share_to_account", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 20, cites: ["F052", "004:98"], unit: "rate", reads: [] };
const L30: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 12, col: 9 };

/** Computes every rule for validated inputs, once per population `status`. */
function compute(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    record(t, S27, employeeRate, 50);
    record(t, S28, employerRate, 200);
    record(t, S29, employerShareToAccount, 10);
  }

  switch (status) {
    case "employed": {
      const personalContribution = computePersonalContributionEmployed(base, t);
      const employerContribution = computeEmployerContributionEmployed(base, t);
      const credit = computeCreditEmployed(age, base, t);
      const pooled = computePooledEmployed(personalContribution, employerContribution, credit, t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
    }
    case "retired": {
      const personalContribution = computePersonalContributionRetired(t);
      const employerContribution = computeEmployerContributionRetired(t);
      const credit = computeCreditRetired(age, t);
      const pooled = computePooledRetired(t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
    }
    case "flexible": {
      const personalContribution = computePersonalContributionFlexible(t);
      const employerContribution = computeEmployerContributionFlexible(t);
      const credit = computeCreditFlexible(t);
      const pooled = computePooledFlexible(t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
    }
    case "resident": {
      const personalContribution = computePersonalContributionResident(t);
      const employerContribution = computeEmployerContributionResident(t);
      const credit = computeCreditResident(t);
      const pooled = computePooledResident(t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
    }
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L30);
  }
}
const L31: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 12, col: 9 };
const L32: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 13, col: 9 };
const L33: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 14, col: 9 };
const L34: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 15, col: 9 };
const L35: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 16, col: 9 };

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L32);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L33);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L34);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L35);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_b1` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L32);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L33);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L34);
    const monthText = row.month;
    if (monthText !== lastMonthText) {
      lastMonth = parseMonth(monthText);
      lastMonthText = monthText;
      if (lastMonth < H_START || lastMonth > H_END) {
        lastMonthText = undefined;
        badMonth("month", monthText, lastMonth, H_START, H_END, L35);
      }
    }
    const month = lastMonth;
    out[k] = compute(status, age, base, pension, month, undefined);
  }

  return out;
}

/** The numeric outputs of many inputs, one typed array per output (money in integer fen). */
export interface OutputColumns {
  readonly personal_contribution: Float64Array;
  readonly employer_contribution: Float64Array;
  readonly credit: Float64Array;
  readonly pooled: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const personalContributionColumn = new Float64Array(rows.length);
  const employerContributionColumn = new Float64Array(rows.length);
  const creditColumn = new Float64Array(rows.length);
  const pooledColumn = new Float64Array(rows.length);
  let lastMonthText: string | undefined;
  let lastMonth = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const status = row.status;
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L32);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L33);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L34);
    const monthText = row.month;
    if (monthText !== lastMonthText) {
      lastMonth = parseMonth(monthText);
      lastMonthText = monthText;
      if (lastMonth < H_START || lastMonth > H_END) {
        lastMonthText = undefined;
        badMonth("month", monthText, lastMonth, H_START, H_END, L35);
      }
    }
    const month = lastMonth;
    const out = compute(status, age, base, pension, month, undefined);
    personalContributionColumn[k] = out.personal_contribution;
    employerContributionColumn[k] = out.employer_contribution;
    creditColumn[k] = out.credit;
    pooledColumn[k] = out.pooled;
  }

  return { personal_contribution: personalContributionColumn, employer_contribution: employerContributionColumn, credit: creditColumn, pooled: pooledColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L32);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L33);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L34);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L35);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L35);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
