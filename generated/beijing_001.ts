// Generated from policies/provinces/beijing.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, atRow, monthText } from "../src/runtime/index.js";
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
const L0: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 13, col: 3 };
// policies/provinces/beijing.policy:13 (F005, 001:44)
const employerRate = 9; // 9/100
const L1: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 14, col: 3 };
// policies/provinces/beijing.policy:14 (F002, 001:44, T39, assumed monthly)
const criticalIllnessPremium = 300;
const L2: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 16, col: 3 };
const L3: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 19, col: 3 };
const S4: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 17, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S5: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 18, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S6: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 18, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S7: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 18, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S8: StepInfo = { name: "employee_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 20, cites: ["F002"], unit: "fen", reads: ["status", "base", "critical_illness_premium"] };
const S9: StepInfo = { name: "employee_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 21, cites: [], unit: "fen", reads: ["status", "base", "critical_illness_premium"] };
const S10: StepInfo = { name: "employee_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 21, cites: [], unit: "fen", reads: ["status", "base", "critical_illness_premium"] };
const S11: StepInfo = { name: "employee_contribution", branch: "for retired, flexible, resident", file: "policies/provinces/beijing.policy", line: 21, cites: [], unit: "fen", reads: ["status", "base", "critical_illness_premium"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `employer_contribution` for `employed` — policies/provinces/beijing.policy:16 */
function computeEmployerContributionEmployed(base: number): number {
  // policies/provinces/beijing.policy:17
  return Math.floor((base * employerRate + 50) / 100);
}

/** `employer_contribution` for `retired` — policies/provinces/beijing.policy:16 */
function computeEmployerContributionRetired(): number {
  // policies/provinces/beijing.policy:18
  return 0;
}

/** `employer_contribution` for `flexible` — policies/provinces/beijing.policy:16 */
function computeEmployerContributionFlexible(): number {
  // policies/provinces/beijing.policy:18
  return 0;
}

/** `employer_contribution` for `resident` — policies/provinces/beijing.policy:16 */
function computeEmployerContributionResident(): number {
  // policies/provinces/beijing.policy:18
  return 0;
}

/** `employee_contribution` for `employed` — policies/provinces/beijing.policy:19 */
function computeEmployeeContributionEmployed(base: number): number {
  // policies/provinces/beijing.policy:20
  return Math.floor((base * 1 + 25) / 50) + criticalIllnessPremium;
}

/** `employee_contribution` for `retired` — policies/provinces/beijing.policy:19 */
function computeEmployeeContributionRetired(): number {
  // policies/provinces/beijing.policy:21
  return 0;
}

/** `employee_contribution` for `flexible` — policies/provinces/beijing.policy:19 */
function computeEmployeeContributionFlexible(): number {
  // policies/provinces/beijing.policy:21
  return 0;
}

/** `employee_contribution` for `resident` — policies/provinces/beijing.policy:19 */
function computeEmployeeContributionResident(): number {
  // policies/provinces/beijing.policy:21
  return 0;
}

/** `employer_contribution` for `employed`, recording the branch taken (see `computeEmployerContributionEmployed`) */
function traceEmployerContributionEmployed(base: number, t: TraceStep[]): number {
  // policies/provinces/beijing.policy:17
  const value = Math.floor((base * employerRate + 50) / 100);
  record(t, S4, value);
  return value;
}

/** `employer_contribution` for `retired`, recording the branch taken (see `computeEmployerContributionRetired`) */
function traceEmployerContributionRetired(t: TraceStep[]): number {
  // policies/provinces/beijing.policy:18
  const value = 0;
  record(t, S5, value);
  return value;
}

/** `employer_contribution` for `flexible`, recording the branch taken (see `computeEmployerContributionFlexible`) */
function traceEmployerContributionFlexible(t: TraceStep[]): number {
  // policies/provinces/beijing.policy:18
  const value = 0;
  record(t, S6, value);
  return value;
}

/** `employer_contribution` for `resident`, recording the branch taken (see `computeEmployerContributionResident`) */
function traceEmployerContributionResident(t: TraceStep[]): number {
  // policies/provinces/beijing.policy:18
  const value = 0;
  record(t, S7, value);
  return value;
}

/** `employee_contribution` for `employed`, recording the branch taken (see `computeEmployeeContributionEmployed`) */
function traceEmployeeContributionEmployed(base: number, t: TraceStep[]): number {
  // policies/provinces/beijing.policy:20
  const value = Math.floor((base * 1 + 25) / 50) + criticalIllnessPremium;
  record(t, S8, value);
  return value;
}

/** `employee_contribution` for `retired`, recording the branch taken (see `computeEmployeeContributionRetired`) */
function traceEmployeeContributionRetired(t: TraceStep[]): number {
  // policies/provinces/beijing.policy:21
  const value = 0;
  record(t, S9, value);
  return value;
}

/** `employee_contribution` for `flexible`, recording the branch taken (see `computeEmployeeContributionFlexible`) */
function traceEmployeeContributionFlexible(t: TraceStep[]): number {
  // policies/provinces/beijing.policy:21
  const value = 0;
  record(t, S10, value);
  return value;
}

/** `employee_contribution` for `resident`, recording the branch taken (see `computeEmployeeContributionResident`) */
function traceEmployeeContributionResident(t: TraceStep[]): number {
  // policies/provinces/beijing.policy:21
  const value = 0;
  record(t, S11, value);
  return value;
}
const S12: StepInfo = { name: "employer_rate", branch: "=", file: "policies/provinces/beijing.policy", line: 13, cites: ["F005", "001:44"], unit: "rate", reads: [] };
const S13: StepInfo = { name: "critical_illness_premium", branch: "=", file: "policies/provinces/beijing.policy", line: 14, cites: ["F002", "001:44", "T39", "assumed monthly"], unit: "fen", reads: [] };

/** Every rule for `status` = `employed`. */
function computeForEmployed(base: number, month: number): Output {
  const employerContribution = computeEmployerContributionEmployed(base);
  const employeeContribution = computeEmployeeContributionEmployed(base);
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `retired`. */
function computeForRetired(base: number, month: number): Output {
  const employerContribution = computeEmployerContributionRetired();
  const employeeContribution = computeEmployeeContributionRetired();
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(base: number, month: number): Output {
  const employerContribution = computeEmployerContributionFlexible();
  const employeeContribution = computeEmployeeContributionFlexible();
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `resident`. */
function computeForResident(base: number, month: number): Output {
  const employerContribution = computeEmployerContributionResident();
  const employeeContribution = computeEmployeeContributionResident();
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(base: number, month: number, t: TraceStep[]): Output {
  const employerContribution = traceEmployerContributionEmployed(base, t);
  const employeeContribution = traceEmployeeContributionEmployed(base, t);
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(base: number, month: number, t: TraceStep[]): Output {
  const employerContribution = traceEmployerContributionRetired(t);
  const employeeContribution = traceEmployeeContributionRetired(t);
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(base: number, month: number, t: TraceStep[]): Output {
  const employerContribution = traceEmployerContributionFlexible(t);
  const employeeContribution = traceEmployeeContributionFlexible(t);
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(base: number, month: number, t: TraceStep[]): Output {
  const employerContribution = traceEmployerContributionResident(t);
  const employeeContribution = traceEmployeeContributionResident(t);
  return { employer_contribution: employerContribution, employee_contribution: employeeContribution };
}
const L14: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 9, col: 9 };

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, base: number, month: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(base, month);
    case "retired":
      return computeForRetired(base, month);
    case "flexible":
      return computeForFlexible(base, month);
    case "resident":
      return computeForResident(base, month);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L14);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, base: number, month: number, t: TraceStep[]): Output {
  record(t, S12, employerRate, 100);
  record(t, S13, criticalIllnessPremium);
  switch (status) {
    case "employed":
      return traceForEmployed(base, month, t);
    case "retired":
      return traceForRetired(base, month, t);
    case "flexible":
      return traceForFlexible(base, month, t);
    case "resident":
      return traceForResident(base, month, t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L14);
  }
}
const L15: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 9, col: 9 };
const L16: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 10, col: 9 };
const L17: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 11, col: 9 };

function run(input: Input): Output {
  const status = input.status;
  const base = input.base;
  const month = parseMonth(input.month);
  if (!Number.isInteger(base) || base < 0 || base > 100000000 || month < H_START || month > H_END) return invalid(input);
  return compute(status, base, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  const status = input.status;
  const base = input.base;
  const month = parseMonth(input.month);
  if (!Number.isInteger(base) || base < 0 || base > 100000000 || month < H_START || month > H_END) return invalid(input);
  return computeTraced(status, base, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Reports the first invalid field of an input that failed validation (the cold path). */
function invalid(input: Input): never {
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L16);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L17);
  return fail("invalid_input", "status", L15, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `beijing_001` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  readonly employer_contribution: Float64Array;
  readonly employee_contribution: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const employerContributionColumn = new Float64Array(rows.length);
  const employeeContributionColumn = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const out = run(rows[k]!);
    employerContributionColumn[k] = out.employer_contribution;
    employeeContributionColumn[k] = out.employee_contribution;
  }

  return { employer_contribution: employerContributionColumn, employee_contribution: employeeContributionColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L16);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L17);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L17);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, base, month));
  return out;
}

/** Codes of `status` in columns: code c stands for `statusCodes[c]`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Columnar input of `evaluateColumnar`: one array per person input, index p = person p, all of one length. Enums are codes into the `…Codes` arrays, booleans 0/1, months indices year·12 + month − 1, money integer fen. */
export interface PersonColumns {
  /** status */
  readonly status: Uint8Array;
  /** base */
  readonly base: Float64Array;
}

/** One column per output, one row per person and month (person-major). */
export interface ColumnarValues {
  /** employer_contribution: integer fen */
  readonly employer_contribution: Float64Array;
  /** employee_contribution: integer fen */
  readonly employee_contribution: Float64Array;
}

/** For each output that may be not applicable: 1 where it applies, 0 where it does not. */
export interface ColumnarPresent {
}

/** The result of `evaluateColumnar`: values and presence, row k = p·M + (month − from). */
export interface ColumnarResult {
  readonly values: ColumnarValues;
  readonly present: ColumnarPresent;
}
const L18: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 10, col: 9 };
const L19: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 11, col: 9 };

/** The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set. */
function columnarRows(persons: PersonColumns, p: number, from: number, months: number, result: ColumnarResult): void {
  const statusColumn = persons.status;
  const baseColumn = persons.base;
  const employerContributionValues = result.values.employer_contribution;
  const employeeContributionValues = result.values.employee_contribution;
  for (let j = 0; j < months; j++) {
    const row = p * months + j;
    let o: Output;
    try {
      o = run({ status: statusColumn[p]! < 4 ? statusCodes[statusColumn[p]!]! : statusColumn[p]!, base: baseColumn[p]!, month: monthText(from + j) } as unknown as Input);
    } catch (e) {
      throw atRow(e, row);
    }

    employerContributionValues[row] = o.employer_contribution;
    employeeContributionValues[row] = o.employee_contribution;
  }
}

/** The rows of one person with `status` = `employed`, from row `k` on: per-person rules once, the rest per month. */
function columnarForEmployed(base: number, from: number, to: number, k: number, employerContributionValues: Float64Array, employeeContributionValues: Float64Array): void {
  const employerContribution = computeEmployerContributionEmployed(base);
  const employeeContribution = computeEmployeeContributionEmployed(base);
  for (let month = from; month <= to; month++) {
    employerContributionValues[k] = employerContribution;
    employeeContributionValues[k] = employeeContribution;
    k++;
  }
}

/** The rows of one person with `status` = `retired`, from row `k` on: per-person rules once, the rest per month. */
function columnarForRetired(from: number, to: number, k: number, employerContributionValues: Float64Array, employeeContributionValues: Float64Array): void {
  const employerContribution = computeEmployerContributionRetired();
  const employeeContribution = computeEmployeeContributionRetired();
  for (let month = from; month <= to; month++) {
    employerContributionValues[k] = employerContribution;
    employeeContributionValues[k] = employeeContribution;
    k++;
  }
}

/** The rows of one person with `status` = `flexible`, from row `k` on: per-person rules once, the rest per month. */
function columnarForFlexible(from: number, to: number, k: number, employerContributionValues: Float64Array, employeeContributionValues: Float64Array): void {
  const employerContribution = computeEmployerContributionFlexible();
  const employeeContribution = computeEmployeeContributionFlexible();
  for (let month = from; month <= to; month++) {
    employerContributionValues[k] = employerContribution;
    employeeContributionValues[k] = employeeContribution;
    k++;
  }
}

/** The rows of one person with `status` = `resident`, from row `k` on: per-person rules once, the rest per month. */
function columnarForResident(from: number, to: number, k: number, employerContributionValues: Float64Array, employeeContributionValues: Float64Array): void {
  const employerContribution = computeEmployerContributionResident();
  const employeeContribution = computeEmployeeContributionResident();
  for (let month = from; month <= to; month++) {
    employerContributionValues[k] = employerContribution;
    employeeContributionValues[k] = employeeContribution;
    k++;
  }
}

/**
 * Evaluates region `beijing_001` for P persons × every month from `from` to `to` (month indices, inclusive), from typed-array columns into typed-array columns (pass `out` to reuse preallocated columns of at least P × M rows). Row k = p × M + (month − from).
 * Per-person work runs once per person, only month-dependent rules per month. Validates exactly like `evaluate` and throws its `PolicyError`, with `row` set; on error the contents of `out` are unspecified.
 */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const statusColumn = persons.status;
  const baseColumn = persons.base;
  const count = statusColumn.length;
  if (baseColumn.length !== count) fail("invalid_input", "base", L18, "column `base` has " + baseColumn.length + " values for " + count + " persons");
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) fail("invalid_input", "month", L19, "the month range must be two month indices (year × 12 + month − 1) with from <= to");
  const months = to - from + 1;
  const monthsOk = from >= H_START && to <= H_END;
  const rows = count * months;
  const result: ColumnarResult = out ?? { values: { employer_contribution: new Float64Array(rows), employee_contribution: new Float64Array(rows) }, present: {} };
  const employerContributionValues = result.values.employer_contribution;
  const employeeContributionValues = result.values.employee_contribution;
  if (employerContributionValues.length < rows || employeeContributionValues.length < rows) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
  for (let p = 0; p < count; p++) {
    const k = p * months;
    const statusCode = statusColumn[p]!;
    const base = baseColumn[p]!;
    if (!monthsOk || !Number.isInteger(base) || base < 0 || base > 100000000) {
      columnarRows(persons, p, from, months, result);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(base, from, to, k, employerContributionValues, employeeContributionValues);
        break;
      case 1:
        columnarForRetired(from, to, k, employerContributionValues, employeeContributionValues);
        break;
      case 2:
        columnarForFlexible(from, to, k, employerContributionValues, employeeContributionValues);
        break;
      case 3:
        columnarForResident(from, to, k, employerContributionValues, employeeContributionValues);
        break;
      default:
        columnarRows(persons, p, from, months, result);
    }

  }

  return result;
}
