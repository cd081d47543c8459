// Generated from policies/seed004/seed004-r1.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `seed004_r1`: 种子004 读法R1（按例题）seed 004, reading R1. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "seed004_r1";
/** The policy file this module was generated from. */
export const source = "policies/seed004/seed004-r1.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `seed004_r1`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
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

/** Output of region `seed004_r1`. Money is integer fen. */
export interface Output {
  /** null when not applicable to the input; rate — policies/seed004/seed004-r2.policy:23 (F028, 004:17) */
  readonly transfer_rate: Rate | null;
  /** money in fen per month — policies/seed004/seed004-r2.policy:30 (F027) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
  readonly credit: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 20, col: 3 };
// policies/seed004/seed004-r2.policy:20 (F027, 004:11)
const employeeRate = 1; // 1/50
const L1: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 21, col: 3 };
// policies/seed004/seed004-r2.policy:21 (F030, 004:23)
const retireeRate = 3; // 3/50
const L2: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 23, col: 3 };
const L3: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 30, col: 3 };
const L4: PolicyLocation = { file: "policies/seed004/seed004-r1.policy", line: 6, col: 3 };
const S5: StepInfo = { name: "transfer_rate", branch: "for employed › when age < 35", file: "policies/seed004/seed004-r2.policy", line: 25, cites: ["F028", "004:17", "35岁以下"], unit: "rate", reads: ["status", "age"] };
const S6: StepInfo = { name: "transfer_rate", branch: "for employed › when 35 <= age < 45", file: "policies/seed004/seed004-r2.policy", line: 26, cites: ["F028", "004:17", "35-44岁"], unit: "rate", reads: ["status", "age"] };
const S7: StepInfo = { name: "transfer_rate", branch: "for employed › when age >= 45", file: "policies/seed004/seed004-r2.policy", line: 27, cites: ["F028", "004:17", "45岁以上"], unit: "rate", reads: ["status", "age"] };
const S8: StepInfo = { name: "transfer_rate", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 28, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S9: StepInfo = { name: "transfer_rate", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 28, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S10: StepInfo = { name: "transfer_rate", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 28, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S11: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 31, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S12: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 32, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S13: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 32, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S14: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 32, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S15: StepInfo = { name: "credit", branch: "for employed", file: "policies/seed004/seed004-r1.policy", line: 7, cites: ["F032", "004:35", "C02", "R1: the examples drop the personal 2%"], unit: "fen", reads: ["status", "base", "transfer_rate", "pension", "retiree_rate"] };
const S16: StepInfo = { name: "credit", branch: "for retired", file: "policies/seed004/seed004-r1.policy", line: 8, cites: ["F032", "004:35", "F030", "004:23"], unit: "fen", reads: ["status", "base", "transfer_rate", "pension", "retiree_rate"] };
const S17: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r1.policy", line: 9, cites: ["F032", "004:35", "F014", "F054"], unit: "fen", reads: ["status", "base", "transfer_rate", "pension", "retiree_rate"] };
const S18: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r1.policy", line: 9, cites: ["F032", "004:35", "F014", "F054"], unit: "fen", reads: ["status", "base", "transfer_rate", "pension", "retiree_rate"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `transfer_rate` for `employed` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateEmployed(age: number, t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:24
  // policies/seed004/seed004-r2.policy:25
  if (age < 35) {
    const value = 23;
    if (t !== undefined) record(t, S5, value, 1000);
    return value;
  }
  // policies/seed004/seed004-r2.policy:26
  if (35 <= age && age < 45) {
    const value = 15;
    if (t !== undefined) record(t, S6, value, 1000);
    return value;
  }
  // policies/seed004/seed004-r2.policy:27 — the remaining case
  const value = 17;
  if (t !== undefined) record(t, S7, value, 1000);
  return value;
}

/** `transfer_rate` for `retired` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateRetired(t: TraceStep[] | undefined): number | null {
  // policies/seed004/seed004-r2.policy:28
  if (t !== undefined) record(t, S8, null);
  return null;
}

/** `transfer_rate` for `flexible` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateFlexible(t: TraceStep[] | undefined): number | null {
  // policies/seed004/seed004-r2.policy:28
  if (t !== undefined) record(t, S9, null);
  return null;
}

/** `transfer_rate` for `resident` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateResident(t: TraceStep[] | undefined): number | null {
  // policies/seed004/seed004-r2.policy:28
  if (t !== undefined) record(t, S10, null);
  return null;
}

/** `personal_contribution` for `employed` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionEmployed(base: number, t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:31
  const value = Math.floor((base * employeeRate + 25) / 50);
  if (t !== undefined) record(t, S11, value);
  return value;
}

/** `personal_contribution` for `retired` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionRetired(t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:32
  const value = 0;
  if (t !== undefined) record(t, S12, value);
  return value;
}

/** `personal_contribution` for `flexible` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionFlexible(t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:32
  const value = 0;
  if (t !== undefined) record(t, S13, value);
  return value;
}

/** `personal_contribution` for `resident` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionResident(t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r2.policy:32
  const value = 0;
  if (t !== undefined) record(t, S14, value);
  return value;
}

/** `credit` for `employed` — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
function computeCreditEmployed(base: number, transferRate: number, t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r1.policy:7
  const value = Math.floor((base * transferRate + 500) / 1000);
  if (t !== undefined) record(t, S15, value);
  return value;
}

/** `credit` for `retired` — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
function computeCreditRetired(pension: number, t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r1.policy:8
  const value = Math.floor((pension * retireeRate + 25) / 50);
  if (t !== undefined) record(t, S16, value);
  return value;
}

/** `credit` for `flexible` — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
function computeCreditFlexible(t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r1.policy:9
  const value = 0;
  if (t !== undefined) record(t, S17, value);
  return value;
}

/** `credit` for `resident` — policies/seed004/seed004-r1.policy:6 (F032, 004:35) */
function computeCreditResident(t: TraceStep[] | undefined): number {
  // policies/seed004/seed004-r1.policy:9
  const value = 0;
  if (t !== undefined) record(t, S18, value);
  return value;
}
const S19: StepInfo = { name: "employee_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 20, cites: ["F027", "004:11"], unit: "rate", reads: [] };
const S20: StepInfo = { name: "retiree_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 21, cites: ["F030", "004:23"], unit: "rate", reads: [] };
const L21: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 14, col: 9 };

/** Computes every rule for validated inputs, once per population `status`. */
function compute(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    record(t, S19, employeeRate, 50);
    record(t, S20, retireeRate, 50);
  }

  switch (status) {
    case "employed": {
      const transferRate = computeTransferRateEmployed(age, t);
      const personalContribution = computePersonalContributionEmployed(base, t);
      const credit = computeCreditEmployed(base, transferRate, t);
      return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
    }
    case "retired": {
      const transferRate = computeTransferRateRetired(t);
      const personalContribution = computePersonalContributionRetired(t);
      const credit = computeCreditRetired(pension, t);
      return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
    }
    case "flexible": {
      const transferRate = computeTransferRateFlexible(t);
      const personalContribution = computePersonalContributionFlexible(t);
      const credit = computeCreditFlexible(t);
      return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
    }
    case "resident": {
      const transferRate = computeTransferRateResident(t);
      const personalContribution = computePersonalContributionResident(t);
      const credit = computeCreditResident(t);
      return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
    }
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L21);
  }
}
const L22: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 14, col: 9 };
const L23: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 15, col: 9 };
const L24: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 16, col: 9 };
const L25: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 17, col: 9 };
const L26: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 18, col: 9 };

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L23);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L24);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L25);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L26);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `seed004_r1` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L23);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L24);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L25);
    const monthText = row.month;
    if (monthText !== lastMonthText) {
      lastMonth = parseMonth(monthText);
      lastMonthText = monthText;
      if (lastMonth < H_START || lastMonth > H_END) {
        lastMonthText = undefined;
        badMonth("month", monthText, lastMonth, H_START, H_END, L26);
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
  readonly credit: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const personalContributionColumn = new Float64Array(rows.length);
  const creditColumn = new Float64Array(rows.length);
  let lastMonthText: string | undefined;
  let lastMonth = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const status = row.status;
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L23);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L24);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L25);
    const monthText = row.month;
    if (monthText !== lastMonthText) {
      lastMonth = parseMonth(monthText);
      lastMonthText = monthText;
      if (lastMonth < H_START || lastMonth > H_END) {
        lastMonthText = undefined;
        badMonth("month", monthText, lastMonth, H_START, H_END, L26);
      }
    }
    const month = lastMonth;
    const out = compute(status, age, base, pension, month, undefined);
    personalContributionColumn[k] = out.personal_contribution;
    creditColumn[k] = out.credit;
  }

  return { personal_contribution: personalContributionColumn, credit: creditColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L23);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L24);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L25);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L26);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L26);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
