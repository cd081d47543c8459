// Generated from policies/shanghai/shanghai-a.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, roundHalfUp } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `shanghai_a`: 上海 读法A Shanghai, reading A. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_a";
/** The policy file this module was generated from. */
export const source = "policies/shanghai/shanghai-a.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `shanghai_a`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
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

/** Output of region `shanghai_a`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/shanghai/shanghai-a.policy:22 */
  readonly personal_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:26 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:30 */
  readonly credit: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:39 (I02) */
  readonly pooled: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/shanghai/shanghai-a.policy:18 (F052)
const employeeRate = 1; // 1/50
// policies/shanghai/shanghai-a.policy:19 (F007, 001:140)
const employerRate = 19; // 19/200
// policies/shanghai/shanghai-a.policy:20 (F052, 004:98)
const employerShareToAccount = 3; // 3/10
const L0: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 22, col: 3 };
const S1: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 23, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S2: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const L3: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 26, col: 3 };
const S4: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 27, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S5: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const L6: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 30, col: 3 };
const S7: StepInfo = { name: "credit", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 31, cites: ["F052"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const L8: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 33, col: 7 };
const S9: StepInfo = { name: "credit", branch: "for retired › when 60 <= age < 70", file: "policies/shanghai/shanghai-a.policy", line: 34, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S10: StepInfo = { name: "credit", branch: "for retired › when 70 <= age < 80", file: "policies/shanghai/shanghai-a.policy", line: 35, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S11: StepInfo = { name: "credit", branch: "for retired › when age >= 80", file: "policies/shanghai/shanghai-a.policy", line: 36, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S12: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 37, cites: [], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const L13: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 39, col: 3 };
const S14: StepInfo = { name: "pooled", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 40, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S15: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
/** Records a trace step when tracing; returns the value (numerator over `den` for rates). */
function step(t: TraceStep[] | undefined, info: StepInfo, value: number, den?: number): number {
  if (t !== undefined) t.push({ ...info, value: den === undefined ? value : `${value}/${den}` });
  return value;
}

/** `personal_contribution` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContribution(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:23
  if (status === "employed") {
    return step(t, S1, roundHalfUp(base * employeeRate, 50));
  }
  // policies/shanghai/shanghai-a.policy:24 — the remaining case
  return step(t, S2, 0);
}

/** `employer_contribution` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContribution(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:27
  if (status === "employed") {
    return step(t, S4, roundHalfUp(base * employerRate, 200));
  }
  // policies/shanghai/shanghai-a.policy:28 — the remaining case
  return step(t, S5, 0);
}

/** `credit` — policies/shanghai/shanghai-a.policy:30 */
function computeCredit(status: Status, personalContribution: number, employerContribution: number, age: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:31
  if (status === "employed") {
    return step(t, S7, personalContribution + roundHalfUp(employerContribution * employerShareToAccount, 10));
  }
  // policies/shanghai/shanghai-a.policy:32
  if (status === "retired") {
    // policies/shanghai/shanghai-a.policy:33
    if (age < 60) {
      return fail("unspecified", "credit", L8, "credit: for retired › when age < 60 is unspecified in the sources");
    }
    // policies/shanghai/shanghai-a.policy:34
    if (60 <= age && age < 70) {
      return step(t, S9, 14000);
    }
    // policies/shanghai/shanghai-a.policy:35
    if (70 <= age && age < 80) {
      return step(t, S10, 15500);
    }
    // policies/shanghai/shanghai-a.policy:36 — the remaining case
    return step(t, S11, 16800);
  }
  // policies/shanghai/shanghai-a.policy:37 — the remaining case
  return step(t, S12, 0);
}

/** `pooled` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooled(status: Status, personalContribution: number, employerContribution: number, credit: number, t: TraceStep[] | undefined): number {
  // policies/shanghai/shanghai-a.policy:40
  if (status === "employed") {
    return step(t, S14, personalContribution + employerContribution - credit);
  }
  // policies/shanghai/shanghai-a.policy:41 — the remaining case
  return step(t, S15, 0);
}
const L16: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 12, col: 9 };
const L17: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 13, col: 9 };
const L18: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 14, col: 9 };
const L19: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 15, col: 9 };
const L20: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 16, col: 9 };
const S21: StepInfo = { name: "employee_rate", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 18, cites: ["F052"], unit: "rate", reads: [] };
const S22: StepInfo = { name: "employer_rate", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 19, cites: ["F007", "001:140"], unit: "rate", reads: [] };
const S23: StepInfo = { name: "employer_share_to_account", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 20, cites: ["F052", "004:98"], unit: "rate", reads: [] };

function compute(status: Status, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    step(t, S21, employeeRate, 50);
    step(t, S22, employerRate, 200);
    step(t, S23, employerShareToAccount, 10);
  }

  const personalContribution = computePersonalContribution(status, base, t);
  const employerContribution = computeEmployerContribution(status, base, t);
  const credit = computeCredit(status, personalContribution, employerContribution, age, t);
  const pooled = computePooled(status, personalContribution, employerContribution, credit, t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L16);
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L17);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L18);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L19);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L20);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_a` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
    if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L16);
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L17);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L18);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L19);
    const monthText = row.month;
    if (monthText !== lastMonthText) { lastMonth = parseMonth(monthText); lastMonthText = monthText; if (lastMonth < H_START || lastMonth > H_END) { lastMonthText = undefined; badMonth("month", monthText, lastMonth, H_START, H_END, L20); } }
    const month = lastMonth;
    out[k] = compute(status, age, base, pension, month, undefined);
  }

  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L16);
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L17);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L18);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L19);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L20);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L20);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
