// Generated from policies/seed004/seed004-r2.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { need, fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, roundHalfUp } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `seed004_r2`: 种子004 读法R2（按公式）seed 004, reading R2. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "seed004_r2";
/** The policy file this module was generated from. */
export const source = "policies/seed004/seed004-r2.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `seed004_r2`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/seed004/seed004-r2.policy:14 */
  readonly status: Status;
  /** whole years, 16..120 — policies/seed004/seed004-r2.policy:15 (C25, whole years; bands are [0,35), [35,45), [45,∞) (T07)) */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/seed004/seed004-r2.policy:16 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/seed004/seed004-r2.policy:17 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/seed004/seed004-r2.policy:18 */
  readonly month: string;
}

/** Output of region `seed004_r2`. Money is integer fen. */
export interface Output {
  /** null when not applicable to the input; rate — policies/seed004/seed004-r2.policy:23 (F028, 004:17) */
  readonly transfer_rate: Rate | null;
  /** money in fen per month — policies/seed004/seed004-r2.policy:30 (F027) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/seed004/seed004-r2.policy:34 (F031, 004:27) */
  readonly credit: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/seed004/seed004-r2.policy:20 (F027, 004:11)
const employeeRate = 1; // 1/50
// policies/seed004/seed004-r2.policy:21 (F030, 004:23)
const retireeRate = 3; // 3/50
const L0: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 23, col: 3 };
const S1: StepInfo = { name: "transfer_rate", branch: "for employed › when age < 35", file: "policies/seed004/seed004-r2.policy", line: 25, cites: ["F028", "004:17", "35岁以下"], unit: "rate", reads: ["status", "age"] };
const S2: StepInfo = { name: "transfer_rate", branch: "for employed › when 35 <= age < 45", file: "policies/seed004/seed004-r2.policy", line: 26, cites: ["F028", "004:17", "35-44岁"], unit: "rate", reads: ["status", "age"] };
const S3: StepInfo = { name: "transfer_rate", branch: "for employed › when age >= 45", file: "policies/seed004/seed004-r2.policy", line: 27, cites: ["F028", "004:17", "45岁以上"], unit: "rate", reads: ["status", "age"] };
const S4: StepInfo = { name: "transfer_rate", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 28, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const L5: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 30, col: 3 };
const S6: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 31, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S7: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 32, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const L8: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 34, col: 3 };
const S9: StepInfo = { name: "credit", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 35, cites: ["F031", "004:27", "F027", "F028"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
const S10: StepInfo = { name: "credit", branch: "for retired", file: "policies/seed004/seed004-r2.policy", line: 36, cites: ["F031", "004:27", "F030", "004:23"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
const S11: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 37, cites: ["F031", "004:27", "F014", "F054"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
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

/** `transfer_rate` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRate(status: Status, age: number, t: TraceStep[] | undefined): number | null {
  // policies/seed004/seed004-r2.policy:24
  if (status === "employed") {
    // policies/seed004/seed004-r2.policy:25
    if (age < 35) {
      return step(t, S1, 23, 1000);
    }
    // policies/seed004/seed004-r2.policy:26
    if (35 <= age && age < 45) {
      return step(t, S2, 15, 1000);
    }
    // policies/seed004/seed004-r2.policy:27 — the remaining case
    return step(t, S3, 17, 1000);
  }
  // policies/seed004/seed004-r2.policy:28 — the remaining case
  return absent(t, S4);
}

/** `personal_contribution` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContribution(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:31
  if (status === "employed") {
    return step(t, S6, roundHalfUp(base * employeeRate, 50));
  }
  // policies/seed004/seed004-r2.policy:32 — the remaining case
  return step(t, S7, 0);
}

/** `credit` — policies/seed004/seed004-r2.policy:34 (F031, 004:27) */
function computeCredit(status: Status, personalContribution: number, base: number, transferRate: number | null, pension: number, t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:35
  if (status === "employed") {
    return step(t, S9, personalContribution + roundHalfUp(base * need(transferRate, "transfer_rate", L0), 1000));
  }
  // policies/seed004/seed004-r2.policy:36
  if (status === "retired") {
    return step(t, S10, roundHalfUp(pension * retireeRate, 50));
  }
  // policies/seed004/seed004-r2.policy:37 — the remaining case
  return step(t, S11, 0);
}
const L12: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 14, col: 9 };
const L13: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 15, col: 9 };
const L14: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 16, col: 9 };
const L15: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 17, col: 9 };
const L16: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 18, col: 9 };
const S17: StepInfo = { name: "employee_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 20, cites: ["F027", "004:11"], unit: "rate", reads: [] };
const S18: StepInfo = { name: "retiree_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 21, cites: ["F030", "004:23"], unit: "rate", reads: [] };

function compute(status: Status, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    step(t, S17, employeeRate, 50);
    step(t, S18, retireeRate, 50);
  }

  const transferRate = computeTransferRate(status, age, t);
  const personalContribution = computePersonalContribution(status, base, t);
  const credit = computeCredit(status, personalContribution, base, transferRate, pension, t);
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L12);
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L13);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L14);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L15);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L16);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `seed004_r2` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
    if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L12);
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L13);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L14);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L15);
    const monthText = row.month;
    if (monthText !== lastMonthText) { lastMonth = parseMonth(monthText); lastMonthText = monthText; if (lastMonth < H_START || lastMonth > H_END) { lastMonthText = undefined; badMonth("month", monthText, lastMonth, H_START, H_END, L16); } }
    const month = lastMonth;
    out[k] = compute(status, age, base, pension, month, undefined);
  }

  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L12);
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L13);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L14);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L15);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L16);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L16);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
