// Generated from policies/seed004/seed004-r2.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, atRow, monthText } from "../src/runtime/index.js";
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
const L0: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 20, col: 3 };
// policies/seed004/seed004-r2.policy:20 (F027, 004:11)
const employeeRate = 1; // 1/50
const L1: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 21, col: 3 };
// policies/seed004/seed004-r2.policy:21 (F030, 004:23)
const retireeRate = 3; // 3/50
const L2: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 23, col: 3 };
const L3: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 30, col: 3 };
const L4: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 34, col: 3 };
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
const S15: StepInfo = { name: "credit", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 35, cites: ["F031", "004:27", "F027", "F028"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
const S16: StepInfo = { name: "credit", branch: "for retired", file: "policies/seed004/seed004-r2.policy", line: 36, cites: ["F031", "004:27", "F030", "004:23"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
const S17: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 37, cites: ["F031", "004:27", "F014", "F054"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
const S18: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 37, cites: ["F031", "004:27", "F014", "F054"], unit: "fen", reads: ["status", "personal_contribution", "base", "transfer_rate", "pension", "retiree_rate"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `transfer_rate` for `employed` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateEmployed(age: number): number {
  // policies/seed004/seed004-r2.policy:24
  // policies/seed004/seed004-r2.policy:25
  if (age < 35) {
    return 23;
  }
  // policies/seed004/seed004-r2.policy:26
  if (35 <= age && age < 45) {
    return 15;
  }
  // policies/seed004/seed004-r2.policy:27 — the remaining case
  return 17;
}

/** `transfer_rate` for `retired` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateRetired(): number | null {
  // policies/seed004/seed004-r2.policy:28
  return null;
}

/** `transfer_rate` for `flexible` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateFlexible(): number | null {
  // policies/seed004/seed004-r2.policy:28
  return null;
}

/** `transfer_rate` for `resident` — policies/seed004/seed004-r2.policy:23 (F028, 004:17); returns the numerator over 1000 */
function computeTransferRateResident(): number | null {
  // policies/seed004/seed004-r2.policy:28
  return null;
}

/** `personal_contribution` for `employed` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionEmployed(base: number): number {
  // policies/seed004/seed004-r2.policy:31
  return Math.floor((base * employeeRate + 25) / 50);
}

/** `personal_contribution` for `retired` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionRetired(): number {
  // policies/seed004/seed004-r2.policy:32
  return 0;
}

/** `personal_contribution` for `flexible` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionFlexible(): number {
  // policies/seed004/seed004-r2.policy:32
  return 0;
}

/** `personal_contribution` for `resident` — policies/seed004/seed004-r2.policy:30 (F027) */
function computePersonalContributionResident(): number {
  // policies/seed004/seed004-r2.policy:32
  return 0;
}

/** `credit` for `employed` — policies/seed004/seed004-r2.policy:34 (F031, 004:27) */
function computeCreditEmployed(personalContribution: number, base: number, transferRate: number): number {
  // policies/seed004/seed004-r2.policy:35
  return personalContribution + Math.floor((base * transferRate + 500) / 1000);
}

/** `credit` for `retired` — policies/seed004/seed004-r2.policy:34 (F031, 004:27) */
function computeCreditRetired(pension: number): number {
  // policies/seed004/seed004-r2.policy:36
  return Math.floor((pension * retireeRate + 25) / 50);
}

/** `credit` for `flexible` — policies/seed004/seed004-r2.policy:34 (F031, 004:27) */
function computeCreditFlexible(): number {
  // policies/seed004/seed004-r2.policy:37
  return 0;
}

/** `credit` for `resident` — policies/seed004/seed004-r2.policy:34 (F031, 004:27) */
function computeCreditResident(): number {
  // policies/seed004/seed004-r2.policy:37
  return 0;
}

/** `transfer_rate` for `employed`, recording the branch taken (see `computeTransferRateEmployed`) */
function traceTransferRateEmployed(age: number, t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:24
  // policies/seed004/seed004-r2.policy:25
  if (age < 35) {
    const value = 23;
    record(t, S5, value, 1000);
    return value;
  }
  // policies/seed004/seed004-r2.policy:26
  if (35 <= age && age < 45) {
    const value = 15;
    record(t, S6, value, 1000);
    return value;
  }
  // policies/seed004/seed004-r2.policy:27 — the remaining case
  const value = 17;
  record(t, S7, value, 1000);
  return value;
}

/** `transfer_rate` for `retired`, recording the branch taken (see `computeTransferRateRetired`) */
function traceTransferRateRetired(t: TraceStep[]): number | null {
  // policies/seed004/seed004-r2.policy:28
  record(t, S8, null);
  return null;
}

/** `transfer_rate` for `flexible`, recording the branch taken (see `computeTransferRateFlexible`) */
function traceTransferRateFlexible(t: TraceStep[]): number | null {
  // policies/seed004/seed004-r2.policy:28
  record(t, S9, null);
  return null;
}

/** `transfer_rate` for `resident`, recording the branch taken (see `computeTransferRateResident`) */
function traceTransferRateResident(t: TraceStep[]): number | null {
  // policies/seed004/seed004-r2.policy:28
  record(t, S10, null);
  return null;
}

/** `personal_contribution` for `employed`, recording the branch taken (see `computePersonalContributionEmployed`) */
function tracePersonalContributionEmployed(base: number, t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:31
  const value = Math.floor((base * employeeRate + 25) / 50);
  record(t, S11, value);
  return value;
}

/** `personal_contribution` for `retired`, recording the branch taken (see `computePersonalContributionRetired`) */
function tracePersonalContributionRetired(t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:32
  const value = 0;
  record(t, S12, value);
  return value;
}

/** `personal_contribution` for `flexible`, recording the branch taken (see `computePersonalContributionFlexible`) */
function tracePersonalContributionFlexible(t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:32
  const value = 0;
  record(t, S13, value);
  return value;
}

/** `personal_contribution` for `resident`, recording the branch taken (see `computePersonalContributionResident`) */
function tracePersonalContributionResident(t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:32
  const value = 0;
  record(t, S14, value);
  return value;
}

/** `credit` for `employed`, recording the branch taken (see `computeCreditEmployed`) */
function traceCreditEmployed(personalContribution: number, base: number, transferRate: number, t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:35
  const value = personalContribution + Math.floor((base * transferRate + 500) / 1000);
  record(t, S15, value);
  return value;
}

/** `credit` for `retired`, recording the branch taken (see `computeCreditRetired`) */
function traceCreditRetired(pension: number, t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:36
  const value = Math.floor((pension * retireeRate + 25) / 50);
  record(t, S16, value);
  return value;
}

/** `credit` for `flexible`, recording the branch taken (see `computeCreditFlexible`) */
function traceCreditFlexible(t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:37
  const value = 0;
  record(t, S17, value);
  return value;
}

/** `credit` for `resident`, recording the branch taken (see `computeCreditResident`) */
function traceCreditResident(t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:37
  const value = 0;
  record(t, S18, value);
  return value;
}
const S19: StepInfo = { name: "employee_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 20, cites: ["F027", "004:11"], unit: "rate", reads: [] };
const S20: StepInfo = { name: "retiree_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 21, cites: ["F030", "004:23"], unit: "rate", reads: [] };

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number, pension: number, month: number): Output {
  const transferRate = computeTransferRateEmployed(age);
  const personalContribution = computePersonalContributionEmployed(base);
  const credit = computeCreditEmployed(personalContribution, base, transferRate);
  return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `retired`. */
function computeForRetired(age: number, base: number, pension: number, month: number): Output {
  const transferRate = computeTransferRateRetired();
  const personalContribution = computePersonalContributionRetired();
  const credit = computeCreditRetired(pension);
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(age: number, base: number, pension: number, month: number): Output {
  const transferRate = computeTransferRateFlexible();
  const personalContribution = computePersonalContributionFlexible();
  const credit = computeCreditFlexible();
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `resident`. */
function computeForResident(age: number, base: number, pension: number, month: number): Output {
  const transferRate = computeTransferRateResident();
  const personalContribution = computePersonalContributionResident();
  const credit = computeCreditResident();
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const transferRate = traceTransferRateEmployed(age, t);
  const personalContribution = tracePersonalContributionEmployed(base, t);
  const credit = traceCreditEmployed(personalContribution, base, transferRate, t);
  return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const transferRate = traceTransferRateRetired(t);
  const personalContribution = tracePersonalContributionRetired(t);
  const credit = traceCreditRetired(pension, t);
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const transferRate = traceTransferRateFlexible(t);
  const personalContribution = tracePersonalContributionFlexible(t);
  const credit = traceCreditFlexible(t);
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const transferRate = traceTransferRateResident(t);
  const personalContribution = tracePersonalContributionResident(t);
  const credit = traceCreditResident(t);
  return { transfer_rate: transferRate === null ? null : { num: transferRate, den: 1000 }, personal_contribution: personalContribution, credit: credit };
}
const L21: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 14, col: 9 };

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, pension: number, month: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(age, base, pension, month);
    case "retired":
      return computeForRetired(age, base, pension, month);
    case "flexible":
      return computeForFlexible(age, base, pension, month);
    case "resident":
      return computeForResident(age, base, pension, month);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L21);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  record(t, S19, employeeRate, 50);
  record(t, S20, retireeRate, 50);
  switch (status) {
    case "employed":
      return traceForEmployed(age, base, pension, month, t);
    case "retired":
      return traceForRetired(age, base, pension, month, t);
    case "flexible":
      return traceForFlexible(age, base, pension, month, t);
    case "resident":
      return traceForResident(age, base, pension, month, t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L21);
  }
}
const L22: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 14, col: 9 };
const L23: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 15, col: 9 };
const L24: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 16, col: 9 };
const L25: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 17, col: 9 };
const L26: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 18, col: 9 };

function run(input: Input): Output {
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END) return invalid(input);
  return compute(status, age, base, pension, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END) return invalid(input);
  return computeTraced(status, age, base, pension, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Reports the first invalid field of an input that failed validation (the cold path). */
function invalid(input: Input): never {
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L23);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L24);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L25);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L26);
  return fail("invalid_input", "status", L22, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `seed004_r2` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumns`, which keeps no object per row. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
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
  for (let k = 0; k < rows.length; k++) {
    const out = run(rows[k]!);
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
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month));
  return out;
}

/** Codes of `status` in columns: code c stands for `statusCodes[c]`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Columnar input of `evaluateColumnar`: one array per person input, index p = person p, all of one length. Enums are codes into the `…Codes` arrays, booleans 0/1, months indices year·12 + month − 1, money integer fen. */
export interface PersonColumns {
  /** status */
  readonly status: Uint8Array;
  /** age */
  readonly age: Int32Array | Float64Array;
  /** base */
  readonly base: Float64Array;
  /** pension */
  readonly pension: Float64Array;
}

/** One column per output, one row per person and month (person-major). */
export interface ColumnarValues {
  /** transfer_rate: numerators over 1000; NaN where not applicable (see `present`) */
  readonly transfer_rate: Float64Array;
  /** personal_contribution: integer fen */
  readonly personal_contribution: Float64Array;
  /** credit: integer fen */
  readonly credit: Float64Array;
}

/** For each output that may be not applicable: 1 where it applies, 0 where it does not. */
export interface ColumnarPresent {
  readonly transfer_rate: Uint8Array;
}

/** The result of `evaluateColumnar`: values and presence, row k = p·M + (month − from). */
export interface ColumnarResult {
  readonly values: ColumnarValues;
  readonly present: ColumnarPresent;
}
const L27: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 15, col: 9 };
const L28: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 16, col: 9 };
const L29: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 17, col: 9 };
const L30: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 18, col: 9 };

/** The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set. */
function columnarRows(persons: PersonColumns, p: number, from: number, months: number, result: ColumnarResult): void {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const transferRateValues = result.values.transfer_rate;
  const personalContributionValues = result.values.personal_contribution;
  const creditValues = result.values.credit;
  const transferRatePresent = result.present.transfer_rate;
  for (let j = 0; j < months; j++) {
    const row = p * months + j;
    let o: Output;
    try {
      o = run({ status: statusColumn[p]! < 4 ? statusCodes[statusColumn[p]!]! : statusColumn[p]!, age: ageColumn[p]!, base: baseColumn[p]!, pension: pensionColumn[p]!, month: monthText(from + j) } as unknown as Input);
    } catch (e) {
      throw atRow(e, row);
    }

    if (o.transfer_rate === null) {
      transferRateValues[row] = NaN;
      transferRatePresent[row] = 0;
    } else {
      transferRateValues[row] = o.transfer_rate.num;
      transferRatePresent[row] = 1;
    }

    personalContributionValues[row] = o.personal_contribution;
    creditValues[row] = o.credit;
  }
}

/** The rows of one person with `status` = `employed`, from row `k` on: per-person rules once, the rest per month. */
function columnarForEmployed(age: number, base: number, from: number, to: number, k: number, transferRateValues: Float64Array, personalContributionValues: Float64Array, creditValues: Float64Array, transferRatePresent: Uint8Array): void {
  const transferRate = computeTransferRateEmployed(age);
  const personalContribution = computePersonalContributionEmployed(base);
  const credit = computeCreditEmployed(personalContribution, base, transferRate);
  for (let month = from; month <= to; month++) {
    transferRateValues[k] = transferRate;
    transferRatePresent[k] = 1;
    personalContributionValues[k] = personalContribution;
    creditValues[k] = credit;
    k++;
  }
}

/** The rows of one person with `status` = `retired`, from row `k` on: per-person rules once, the rest per month. */
function columnarForRetired(pension: number, from: number, to: number, k: number, transferRateValues: Float64Array, personalContributionValues: Float64Array, creditValues: Float64Array, transferRatePresent: Uint8Array): void {
  const transferRate = computeTransferRateRetired();
  const personalContribution = computePersonalContributionRetired();
  const credit = computeCreditRetired(pension);
  for (let month = from; month <= to; month++) {
    if (transferRate === null) {
      transferRateValues[k] = NaN;
      transferRatePresent[k] = 0;
    } else {
      transferRateValues[k] = transferRate;
      transferRatePresent[k] = 1;
    }

    personalContributionValues[k] = personalContribution;
    creditValues[k] = credit;
    k++;
  }
}

/** The rows of one person with `status` = `flexible`, from row `k` on: per-person rules once, the rest per month. */
function columnarForFlexible(from: number, to: number, k: number, transferRateValues: Float64Array, personalContributionValues: Float64Array, creditValues: Float64Array, transferRatePresent: Uint8Array): void {
  const transferRate = computeTransferRateFlexible();
  const personalContribution = computePersonalContributionFlexible();
  const credit = computeCreditFlexible();
  for (let month = from; month <= to; month++) {
    if (transferRate === null) {
      transferRateValues[k] = NaN;
      transferRatePresent[k] = 0;
    } else {
      transferRateValues[k] = transferRate;
      transferRatePresent[k] = 1;
    }

    personalContributionValues[k] = personalContribution;
    creditValues[k] = credit;
    k++;
  }
}

/** The rows of one person with `status` = `resident`, from row `k` on: per-person rules once, the rest per month. */
function columnarForResident(from: number, to: number, k: number, transferRateValues: Float64Array, personalContributionValues: Float64Array, creditValues: Float64Array, transferRatePresent: Uint8Array): void {
  const transferRate = computeTransferRateResident();
  const personalContribution = computePersonalContributionResident();
  const credit = computeCreditResident();
  for (let month = from; month <= to; month++) {
    if (transferRate === null) {
      transferRateValues[k] = NaN;
      transferRatePresent[k] = 0;
    } else {
      transferRateValues[k] = transferRate;
      transferRatePresent[k] = 1;
    }

    personalContributionValues[k] = personalContribution;
    creditValues[k] = credit;
    k++;
  }
}

/**
 * Evaluates region `seed004_r2` for P persons × every month from `from` to `to` (month indices, inclusive), from typed-array columns into typed-array columns (pass `out` to reuse preallocated columns of at least P × M rows). Row k = p × M + (month − from).
 * Per-person work runs once per person, only month-dependent rules per month. Validates exactly like `evaluate` and throws its `PolicyError`, with `row` set; on error the contents of `out` are unspecified.
 */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const count = statusColumn.length;
  if (ageColumn.length !== count) fail("invalid_input", "age", L27, "column `age` has " + ageColumn.length + " values for " + count + " persons");
  if (baseColumn.length !== count) fail("invalid_input", "base", L28, "column `base` has " + baseColumn.length + " values for " + count + " persons");
  if (pensionColumn.length !== count) fail("invalid_input", "pension", L29, "column `pension` has " + pensionColumn.length + " values for " + count + " persons");
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) fail("invalid_input", "month", L30, "the month range must be two month indices (year × 12 + month − 1) with from <= to");
  const months = to - from + 1;
  const monthsOk = from >= H_START && to <= H_END;
  const rows = count * months;
  const result: ColumnarResult = out ?? { values: { transfer_rate: new Float64Array(rows), personal_contribution: new Float64Array(rows), credit: new Float64Array(rows) }, present: { transfer_rate: new Uint8Array(rows) } };
  const transferRateValues = result.values.transfer_rate;
  const personalContributionValues = result.values.personal_contribution;
  const creditValues = result.values.credit;
  const transferRatePresent = result.present.transfer_rate;
  if (transferRateValues.length < rows || personalContributionValues.length < rows || creditValues.length < rows || transferRatePresent.length < rows) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
  for (let p = 0; p < count; p++) {
    const k = p * months;
    const statusCode = statusColumn[p]!;
    const age = ageColumn[p]!;
    const base = baseColumn[p]!;
    const pension = pensionColumn[p]!;
    if (!monthsOk || !Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000) {
      columnarRows(persons, p, from, months, result);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(age, base, from, to, k, transferRateValues, personalContributionValues, creditValues, transferRatePresent);
        break;
      case 1:
        columnarForRetired(pension, from, to, k, transferRateValues, personalContributionValues, creditValues, transferRatePresent);
        break;
      case 2:
        columnarForFlexible(from, to, k, transferRateValues, personalContributionValues, creditValues, transferRatePresent);
        break;
      case 3:
        columnarForResident(from, to, k, transferRateValues, personalContributionValues, creditValues, transferRatePresent);
        break;
      default:
        columnarRows(persons, p, from, months, result);
    }

  }

  return result;
}
