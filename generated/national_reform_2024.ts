// Generated from policies/variants/national-reform-2024.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { need, fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, roundHalfUp } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `national_reform_2024`: 全国基线（2024年改革读法）national baseline, reform in 2024. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "national_reform_2024";
/** The policy file this module was generated from. */
export const source = "policies/variants/national-reform-2024.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `national_reform_2024`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/national.policy:17 (F001, F030, F009, F054) */
  readonly status: Status;
  /** whole years, 16..120 — policies/national.policy:18 (C25, age in whole years at the month of crediting) */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:19 (F001, monthly contribution base 缴费基数) */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:20 (F030, own basic pension 本人基本养老金) */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/national.policy:21 */
  readonly month: string;
}

/** Output of region `national_reform_2024`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/national.policy:31 (F001, 000:5) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/national.policy:35 (F003, F022) */
  readonly employer_contribution: number;
  /** money in fen per month — policies/national.policy:39 (F019, F034) */
  readonly employer_to_account: number;
  /** null when not applicable to the input; money in fen per month — policies/national.policy:45 (C07) */
  readonly retiree_credit: number | null;
  /** money in fen per month — policies/national.policy:51 (F027, F034, F035) */
  readonly credit: number;
  /** money in fen per month — policies/national.policy:57 (F024, F034) */
  readonly pooled: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/variants/national-reform-2024.policy:6 (F037, 001:3)
const reformDate = 24288; // 2024-01
// policies/national.policy:24 (F001, 000:5)
const employeeRate = 1; // 1/50
const L0: PolicyLocation = { file: "policies/national.policy", line: 25, col: 3 };
const S1: StepInfo = { name: "employer_rate", branch: "from 2020-01", file: "policies/national.policy", line: 26, cites: ["F022", "derived: 105 / (5000 × 30%) = 7%"], unit: "rate", reads: ["month"] };
// policies/national.policy:27 (F019, 000:47)
const employerShareToAccount = 3; // 3/10
// policies/national.policy:28 (F045, 000:6)
const retireeRateBeforeReform = 9; // 9/200
// policies/national.policy:29 (F048, 002:33, T16, 2% × 3500.00 regional average pension)
const retireeFixedCredit = 7000;
const L2: PolicyLocation = { file: "policies/national.policy", line: 31, col: 3 };
const S3: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/national.policy", line: 32, cites: ["F001", "000:5"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S4: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 33, cites: ["F001", "000:5", "F009", "no employee-insurance contribution in this scheme"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const L5: PolicyLocation = { file: "policies/national.policy", line: 35, col: 3 };
const S6: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/national.policy", line: 36, cites: ["F003", "F022"], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S7: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 37, cites: ["F003", "F022", "F009"], unit: "fen", reads: ["status", "base", "employer_rate"] };
const L8: PolicyLocation = { file: "policies/national.policy", line: 39, col: 3 };
const S9: StepInfo = { name: "employer_to_account", branch: "for employed › before reform_date", file: "policies/national.policy", line: 41, cites: ["F019", "F034", "000:47"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S10: StepInfo = { name: "employer_to_account", branch: "for employed › from reform_date", file: "policies/national.policy", line: 42, cites: ["F019", "F034", "F036", "000:95"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S11: StepInfo = { name: "employer_to_account", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 43, cites: ["F019", "F034"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const L12: PolicyLocation = { file: "policies/national.policy", line: 45, col: 3 };
const S13: StepInfo = { name: "retiree_credit", branch: "for retired › before reform_date", file: "policies/national.policy", line: 47, cites: ["C07", "F045", "000:6"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S14: StepInfo = { name: "retiree_credit", branch: "for retired › from reform_date", file: "policies/national.policy", line: 48, cites: ["C07", "F048", "002:33"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S15: StepInfo = { name: "retiree_credit", branch: "for employed, flexible, resident", file: "policies/national.policy", line: 49, cites: ["C07"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const L16: PolicyLocation = { file: "policies/national.policy", line: 51, col: 3 };
const S17: StepInfo = { name: "credit", branch: "for employed", file: "policies/national.policy", line: 52, cites: ["F027", "F034", "F035", "F001", "F019"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S18: StepInfo = { name: "credit", branch: "for retired", file: "policies/national.policy", line: 53, cites: ["F027", "F034", "F035", "C07"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S19: StepInfo = { name: "credit", branch: "for flexible", file: "policies/national.policy", line: 54, cites: ["F027", "F034", "F035", "F014", "003:32"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S20: StepInfo = { name: "credit", branch: "for resident", file: "policies/national.policy", line: 55, cites: ["F027", "F034", "F035", "F054", "000:47"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const L21: PolicyLocation = { file: "policies/national.policy", line: 57, col: 3 };
const S22: StepInfo = { name: "pooled", branch: "for employed", file: "policies/national.policy", line: 58, cites: ["F024", "F034", "I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S23: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 59, cites: ["F024", "F034"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
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

/** `employer_rate` — policies/national.policy:25 (F022, derived: 105 / (5000 × 30%) = 7%); returns the numerator over 100 */
function computeEmployerRate(month: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:26 — the remaining case
  return step(t, S1, 7, 100);
}

/** `personal_contribution` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContribution(status: Status, base: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:32
  if (status === "employed") {
    return step(t, S3, roundHalfUp(base * employeeRate, 50));
  }
  // policies/national.policy:33 — the remaining case
  return step(t, S4, 0);
}

/** `employer_contribution` — policies/national.policy:35 (F003, F022) */
function computeEmployerContribution(status: Status, base: number, employerRate: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:36
  if (status === "employed") {
    return step(t, S6, roundHalfUp(base * employerRate, 100));
  }
  // policies/national.policy:37 — the remaining case
  return step(t, S7, 0);
}

/** `employer_to_account` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccount(status: Status, month: number, employerContribution: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:40
  if (status === "employed") {
    // policies/national.policy:41
    if (month < reformDate) {
      return step(t, S9, roundHalfUp(employerContribution * employerShareToAccount, 10));
    }
    // policies/national.policy:42 — the remaining case
    return step(t, S10, 0);
  }
  // policies/national.policy:43 — the remaining case
  return step(t, S11, 0);
}

/** `retiree_credit` — policies/national.policy:45 (C07) */
function computeRetireeCredit(status: Status, month: number, pension: number, t: TraceStep[] | undefined): number | null {
  // policies/national.policy:46
  if (status === "retired") {
    // policies/national.policy:47
    if (month < reformDate) {
      return step(t, S13, roundHalfUp(pension * retireeRateBeforeReform, 200));
    }
    // policies/national.policy:48 — the remaining case
    return step(t, S14, retireeFixedCredit);
  }
  // policies/national.policy:49 — the remaining case
  return absent(t, S15);
}

/** `credit` — policies/national.policy:51 (F027, F034, F035) */
function computeCredit(status: Status, personalContribution: number, employerToAccount: number, retireeCredit: number | null, t: TraceStep[] | undefined): number {
  // policies/national.policy:52
  if (status === "employed") {
    return step(t, S17, personalContribution + employerToAccount);
  }
  // policies/national.policy:53
  if (status === "retired") {
    return step(t, S18, need(retireeCredit, "retiree_credit", L12));
  }
  // policies/national.policy:54
  if (status === "flexible") {
    return step(t, S19, 0);
  }
  // policies/national.policy:55 — the remaining case
  return step(t, S20, 0);
}

/** `pooled` — policies/national.policy:57 (F024, F034) */
function computePooled(status: Status, personalContribution: number, employerContribution: number, credit: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:58
  if (status === "employed") {
    return step(t, S22, personalContribution + employerContribution - credit);
  }
  // policies/national.policy:59 — the remaining case
  return step(t, S23, 0);
}
const L24: PolicyLocation = { file: "policies/national.policy", line: 17, col: 9 };
const L25: PolicyLocation = { file: "policies/national.policy", line: 18, col: 9 };
const L26: PolicyLocation = { file: "policies/national.policy", line: 19, col: 9 };
const L27: PolicyLocation = { file: "policies/national.policy", line: 20, col: 9 };
const L28: PolicyLocation = { file: "policies/national.policy", line: 21, col: 9 };
const S29: StepInfo = { name: "reform_date", branch: "=", file: "policies/variants/national-reform-2024.policy", line: 6, cites: ["F037", "001:3"], unit: "month", reads: [] };
const S30: StepInfo = { name: "employee_rate", branch: "=", file: "policies/national.policy", line: 24, cites: ["F001", "000:5"], unit: "rate", reads: [] };
const S31: StepInfo = { name: "employer_share_to_account", branch: "=", file: "policies/national.policy", line: 27, cites: ["F019", "000:47"], unit: "rate", reads: [] };
const S32: StepInfo = { name: "retiree_rate_before_reform", branch: "=", file: "policies/national.policy", line: 28, cites: ["F045", "000:6"], unit: "rate", reads: [] };
const S33: StepInfo = { name: "retiree_fixed_credit", branch: "=", file: "policies/national.policy", line: 29, cites: ["F048", "002:33", "T16", "2% × 3500.00 regional average pension"], unit: "fen", reads: [] };

function compute(status: Status, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    step(t, S29, reformDate);
    step(t, S30, employeeRate, 50);
    step(t, S31, employerShareToAccount, 10);
    step(t, S32, retireeRateBeforeReform, 200);
    step(t, S33, retireeFixedCredit);
  }

  const employerRate = computeEmployerRate(month, t);
  const personalContribution = computePersonalContribution(status, base, t);
  const employerContribution = computeEmployerContribution(status, base, employerRate, t);
  const employerToAccount = computeEmployerToAccount(status, month, employerContribution, t);
  const retireeCredit = computeRetireeCredit(status, month, pension, t);
  const credit = computeCredit(status, personalContribution, employerToAccount, retireeCredit, t);
  const pooled = computePooled(status, personalContribution, employerContribution, credit, t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L24);
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L25);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L26);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L27);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L28);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `national_reform_2024` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
    if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L24);
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L25);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L26);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L27);
    const monthText = row.month;
    if (monthText !== lastMonthText) { lastMonth = parseMonth(monthText); lastMonthText = monthText; if (lastMonth < H_START || lastMonth > H_END) { lastMonthText = undefined; badMonth("month", monthText, lastMonth, H_START, H_END, L28); } }
    const month = lastMonth;
    out[k] = compute(status, age, base, pension, month, undefined);
  }

  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  if (status !== "employed" && status !== "retired" && status !== "flexible" && status !== "resident") badMember("status", status, ["employed", "retired", "flexible", "resident"], L24);
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L25);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L26);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L27);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L28);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L28);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
