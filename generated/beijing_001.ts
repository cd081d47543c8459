// Generated from policies/provinces/beijing.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, roundHalfUp } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `beijing_001`: 北京（来源001）Beijing, source 001. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "beijing_001";
/** The policy file this module was generated from. */
export const source = "policies/provinces/beijing.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `beijing_001`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/provinces/beijing.policy:9 */
  readonly status: Status;
  /** money in integer fen per month, 0..100000000 — policies/provinces/beijing.policy:10 */
  readonly base: number;
  /** calendar month `YYYY-MM` — policies/provinces/beijing.policy:11 */
  readonly month: string;
}

/** Output of region `beijing_001`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/provinces/beijing.policy:16 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/provinces/beijing.policy:19 */
  readonly employee_contribution: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/provinces/beijing.policy:13 (F005, 001:44)
const employerRate = 9; // 9/100
// policies/provinces/beijing.policy:14 (F002, 001:44, T39, assumed monthly)
const criticalIllnessPremium = 300;
const L0: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 16, col: 3 };
const S1: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 17, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S2: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 18, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const L3: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 19, col: 3 };
const S4: StepInfo = { name: "employee_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 20, cites: ["F002"], unit: "fen", reads: ["status", "base", "critical_illness_premium"] };
const S5: StepInfo = { name: "employee_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 21, cites: [], unit: "fen", reads: ["status", "base", "critical_illness_premium"] };
/** Records a trace step when tracing; returns the value (numerator over `den` for rates). */
function step(t: TraceStep[] | undefined, info: StepInfo, value: number, den?: number): number {
  if (t !== undefined) t.push({ ...info, value: den === undefined ? value : `${value}/${den}` });
  return value;
}

/** `employer_contribution` — policies/provinces/beijing.policy:16 */
function computeEmployerContribution(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/provinces/beijing.policy:17
  if (status === "employed") {
    return step(t, S1, roundHalfUp(base * employerRate, 100));
  }
  // policies/provinces/beijing.policy:18 — the remaining case
  return step(t, S2, 0);
}

/** `employee_contribution` — policies/provinces/beijing.policy:19 */
function computeEmployeeContribution(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/provinces/beijing.policy:20
  if (status === "employed") {
    return step(t, S4, roundHalfUp(base * 1, 50) + criticalIllnessPremium);
  }
  // policies/provinces/beijing.policy:21 — the remaining case
  return step(t, S5, 0);
}
const L6: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 9, col: 9 };
const L7: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 10, col: 9 };
const L8: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 11, col: 9 };
const S9: StepInfo = { name: "employer_rate", branch: "=", file: "policies/provinces/beijing.policy", line: 13, cites: ["F005", "001:44"], unit: "rate", reads: [] };
const S10: StepInfo = { name: "critical_illness_premium", branch: "=", file: "policies/provinces/beijing.policy", line: 14, cites: ["F002", "001:44", "T39", "assumed monthly"], unit: "fen", reads: [] };

function compute(status: Status, base: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    step(t, S9, employerRate, 100);
    step(t, S10, criticalIllnessPremium);
  }

  const employerContribution = computeEmployerContribution(status, base, t);
  const employeeContribution = computeEmployeeContribution(status, base, t);
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L6);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L7);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L8);
  return compute(status, base, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `beijing_001` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
    if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L6);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L7);
    const monthText = row.month;
    if (monthText !== lastMonthText) { lastMonth = parseMonth(monthText); lastMonthText = monthText; if (lastMonth < H_START || lastMonth > H_END) { lastMonthText = undefined; badMonth("month", monthText, lastMonth, H_START, H_END, L8); } }
    const month = lastMonth;
    out[k] = compute(status, base, month, undefined);
  }

  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L6);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L7);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L8);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L8);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, base, month, undefined));
  return out;
}
