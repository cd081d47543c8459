// Generated from policies/provinces/beijing.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `beijing_001`: 北京（来源001）Beijing, source 001. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "beijing_001";
/** The policy file this module was generated from. */
export const source = "policies/provinces/beijing.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `beijing_001`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/provinces/beijing.policy:14 */
  readonly status: Status;
  /** money in integer fen per month, 0..100000000 — policies/provinces/beijing.policy:15 */
  readonly base: number;
  /** calendar month `YYYY-MM` — policies/provinces/beijing.policy:16 */
  readonly month: string;
}

/** Output of region `beijing_001`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/provinces/beijing.policy:22 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/provinces/beijing.policy:26 (F002, F001, the 2% of the wage base) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/provinces/beijing.policy:30 (F002, 001:44, 3元(大病保险)) */
  readonly critical_illness_contribution: number;
  /** money in fen per month — policies/provinces/beijing.policy:34 */
  readonly employee_contribution: number;
  /** null when not applicable to the input; money in fen per month — policies/provinces/beijing.policy:39 (F051, 004:104, 部分城市采用固定金额每月划入: Beijing named, the figures cut off) */
  readonly retiree_credit: number | null;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/provinces/beijing.policy:18 (F005, 001:44)
const employerRate = 9; // 9/100
// policies/provinces/beijing.policy:20 (F002, 001:44, T39, assumed monthly)
const criticalIllnessPremium = 300;
const L0: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 40, col: 5 };
const L1: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 28, col: 5 };
const L2: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 32, col: 5 };
const L3: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 36, col: 5 };
const L4: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 14, col: 9 };
const L5: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 15, col: 9 };
const L6: PolicyLocation = { file: "policies/provinces/beijing.policy", line: 16, col: 9 };
const S0: StepInfo = { name: "employer_rate", branch: "=", file: "policies/provinces/beijing.policy", line: 18, cites: ["F005", "001:44"], unit: "rate", reads: [] };
const S1: StepInfo = { name: "critical_illness_premium", branch: "=", file: "policies/provinces/beijing.policy", line: 20, cites: ["F002", "001:44", "T39", "assumed monthly"], unit: "fen", reads: [] };
const S2: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 23, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S3: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 27, cites: ["F002", "F001", "the 2% of the wage base"], unit: "fen", reads: ["status", "base"] };
const S4: StepInfo = { name: "critical_illness_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 31, cites: ["F002", "001:44", "3元(大病保险)"], unit: "fen", reads: ["status", "critical_illness_premium"] };
const S5: StepInfo = { name: "employee_contribution", branch: "for employed", file: "policies/provinces/beijing.policy", line: 35, cites: ["F002"], unit: "fen", reads: ["status", "personal_contribution", "critical_illness_contribution"] };
const S6: StepInfo = { name: "retiree_credit", branch: "for employed, flexible, resident", file: "policies/provinces/beijing.policy", line: 41, cites: ["F051", "004:104", "部分城市采用固定金额每月划入: Beijing named, the figures cut off"], unit: "fen", reads: ["status"] };
const S7: StepInfo = { name: "employer_contribution", branch: "for retired, resident", file: "policies/provinces/beijing.policy", line: 25, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S8: StepInfo = { name: "personal_contribution", branch: "for retired, resident", file: "policies/provinces/beijing.policy", line: 29, cites: ["F002", "F001", "the 2% of the wage base"], unit: "fen", reads: ["status", "base"] };
const S9: StepInfo = { name: "critical_illness_contribution", branch: "for retired, resident", file: "policies/provinces/beijing.policy", line: 33, cites: ["F002", "001:44", "3元(大病保险)"], unit: "fen", reads: ["status", "critical_illness_premium"] };
const S10: StepInfo = { name: "employee_contribution", branch: "for retired, resident", file: "policies/provinces/beijing.policy", line: 37, cites: [], unit: "fen", reads: ["status", "personal_contribution", "critical_illness_contribution"] };
const S11: StepInfo = { name: "employer_contribution", branch: "for flexible", file: "policies/provinces/beijing.policy", line: 24, cites: ["F009", "001:32", "no employer share"], unit: "fen", reads: ["status", "base", "employer_rate"] };
/** `employer_contribution` for `employed` — policies/provinces/beijing.policy:22 */
function computeEmployerContributionEmployed(base: number): number {
  return Math.floor((base * employerRate + 50) / 100);
}

/** `personal_contribution` for `employed` — policies/provinces/beijing.policy:26 (F002, F001, the 2% of the wage base) */
function computePersonalContributionEmployed(base: number): number {
  return Math.floor((base * 1 + 25) / 50);
}

/** `employee_contribution` for `employed` — policies/provinces/beijing.policy:34 */
function computeEmployeeContributionEmployed(personalContribution: number, criticalIllnessContribution: number): number {
  return personalContribution + criticalIllnessContribution;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(base: number): Output {
  const employerContribution = computeEmployerContributionEmployed(base);
  const personalContribution = computePersonalContributionEmployed(base);
  const employeeContribution = computeEmployeeContributionEmployed(personalContribution, criticalIllnessPremium);
  return { employer_contribution: employerContribution, personal_contribution: personalContribution, critical_illness_contribution: criticalIllnessPremium, employee_contribution: employeeContribution, retiree_credit: null };
}

/** Every rule for `status` = `retired` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForRetired(): Output {
  const retireeCredit = attempt(() => fail("unspecified", "retiree_credit", L0, "retiree_credit: for retired is unspecified in the sources"));
  return settle<Output>({ employer_contribution: 0, personal_contribution: 0, critical_illness_contribution: 0, employee_contribution: 0, retiree_credit: retireeCredit });
}

/** Every rule for `status` = `retired`. */
function computeForRetired(): Output {
  try {
    const retireeCredit = fail("unspecified", "retiree_credit", L0, "retiree_credit: for retired is unspecified in the sources");
    return { employer_contribution: 0, personal_contribution: 0, critical_illness_contribution: 0, employee_contribution: 0, retiree_credit: retireeCredit };
  } catch {
    return lazyForRetired();
  }
}

/** Every rule for `status` = `flexible` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFlexible(): Output {
  const personalContribution = attempt(() => fail("unspecified", "personal_contribution", L1, "personal_contribution: for flexible is unspecified in the sources"));
  const criticalIllnessContribution = attempt(() => fail("unspecified", "critical_illness_contribution", L2, "critical_illness_contribution: for flexible is unspecified in the sources"));
  const employeeContribution = attempt(() => fail("unspecified", "employee_contribution", L3, "employee_contribution: for flexible is unspecified in the sources"));
  return settle<Output>({ employer_contribution: 0, personal_contribution: personalContribution, critical_illness_contribution: criticalIllnessContribution, employee_contribution: employeeContribution, retiree_credit: null });
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(): Output {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L1, "personal_contribution: for flexible is unspecified in the sources");
    const criticalIllnessContribution = fail("unspecified", "critical_illness_contribution", L2, "critical_illness_contribution: for flexible is unspecified in the sources");
    const employeeContribution = fail("unspecified", "employee_contribution", L3, "employee_contribution: for flexible is unspecified in the sources");
    return { employer_contribution: 0, personal_contribution: personalContribution, critical_illness_contribution: criticalIllnessContribution, employee_contribution: employeeContribution, retiree_credit: null };
  } catch {
    return lazyForFlexible();
  }
}

/** Every rule for `status` = `resident`. */
function computeForResident(): Output {
  return { employer_contribution: 0, personal_contribution: 0, critical_illness_contribution: 0, employee_contribution: 0, retiree_credit: null };
}

function columnarForEmployed(base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, p0: Uint8Array): void {
  const employerContribution = computeEmployerContributionEmployed(base);
  const personalContribution = computePersonalContributionEmployed(base);
  const employeeContribution = computeEmployeeContributionEmployed(personalContribution, criticalIllnessPremium);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = employerContribution;
    v1[k] = personalContribution;
    v2[k] = criticalIllnessPremium;
    v3[k] = employeeContribution;
    v4[k] = NaN;
    p0[k] = 0;
  }
}

function columnarForRetired(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, p0: Uint8Array): boolean {
  try {
    const retireeCredit = fail("unspecified", "retiree_credit", L0, "retiree_credit: for retired is unspecified in the sources");
    for (let month = from; month <= to; month++, k++) {
      v0[k] = 0;
      v1[k] = 0;
      v2[k] = 0;
      v3[k] = 0;
      v4[k] = retireeCredit;
      p0[k] = 1;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForFlexible(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, p0: Uint8Array): boolean {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L1, "personal_contribution: for flexible is unspecified in the sources");
    const criticalIllnessContribution = fail("unspecified", "critical_illness_contribution", L2, "critical_illness_contribution: for flexible is unspecified in the sources");
    const employeeContribution = fail("unspecified", "employee_contribution", L3, "employee_contribution: for flexible is unspecified in the sources");
    for (let month = from; month <= to; month++, k++) {
      v0[k] = 0;
      v1[k] = personalContribution;
      v2[k] = criticalIllnessContribution;
      v3[k] = employeeContribution;
      v4[k] = NaN;
      p0[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForResident(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, p0: Uint8Array): void {
  for (let month = from; month <= to; month++, k++) {
    v0[k] = 0;
    v1[k] = 0;
    v2[k] = 0;
    v3[k] = 0;
    v4[k] = NaN;
    p0[k] = 0;
  }
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(base: number, t: TraceStep[]): Output {
  const employerContribution = record(t, S2, computeEmployerContributionEmployed(base));
  const personalContribution = record(t, S3, computePersonalContributionEmployed(base));
  record(t, S4, criticalIllnessPremium);
  const employeeContribution = record(t, S5, computeEmployeeContributionEmployed(personalContribution, criticalIllnessPremium));
  record(t, S6, null);
  return { employer_contribution: employerContribution, personal_contribution: personalContribution, critical_illness_contribution: criticalIllnessPremium, employee_contribution: employeeContribution, retiree_credit: null };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(t: TraceStep[]): Output {
  record(t, S7, 0);
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S10, 0);
  const retireeCredit = fail("unspecified", "retiree_credit", L0, "retiree_credit: for retired is unspecified in the sources");
  return { employer_contribution: 0, personal_contribution: 0, critical_illness_contribution: 0, employee_contribution: 0, retiree_credit: retireeCredit };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(t: TraceStep[]): Output {
  record(t, S11, 0);
  const personalContribution = fail("unspecified", "personal_contribution", L1, "personal_contribution: for flexible is unspecified in the sources");
  const criticalIllnessContribution = fail("unspecified", "critical_illness_contribution", L2, "critical_illness_contribution: for flexible is unspecified in the sources");
  const employeeContribution = fail("unspecified", "employee_contribution", L3, "employee_contribution: for flexible is unspecified in the sources");
  record(t, S6, null);
  return { employer_contribution: 0, personal_contribution: personalContribution, critical_illness_contribution: criticalIllnessContribution, employee_contribution: employeeContribution, retiree_credit: null };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(t: TraceStep[]): Output {
  record(t, S7, 0);
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S10, 0);
  record(t, S6, null);
  return { employer_contribution: 0, personal_contribution: 0, critical_illness_contribution: 0, employee_contribution: 0, retiree_credit: null };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, base: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(base);
    case "retired":
      return computeForRetired();
    case "flexible":
      return computeForFlexible();
    case "resident":
      return computeForResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L4);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, base: number, t: TraceStep[]): Output {
  record(t, S0, employerRate, 100);
  record(t, S1, criticalIllnessPremium);
  switch (status) {
    case "employed":
      return traceForEmployed(base, t);
    case "retired":
      return traceForRetired(t);
    case "flexible":
      return traceForFlexible(t);
    case "resident":
      return traceForResident(t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L4);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const status = input.status;
  const base = input.base;
  const month = parseMonth(input.month);
  if (!Number.isInteger(base) || base < 0 || base > 100000000 || month < H_START || month > H_END || !hasOwn(input, "status") || !hasOwn(input, "base") || !hasOwn(input, "month")) return invalid(input);
  return compute(status, base);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const base = input.base;
  return computeTraced(status, base, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "base", "month"], [L4, L5, L6], "input");
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L5);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L6);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "status", L4, "invalid input");
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

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "status", L4);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["status", "base"], [L4, L5], "person");
  const status = person.status;
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L5);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L6);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L6);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, base));
  return out;
}

/** Column codes of `status`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly status: Uint8Array;
  readonly base: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"employer_contribution" | "personal_contribution" | "critical_illness_contribution" | "employee_contribution" | "retiree_credit", Float64Array>>;
  readonly present: Readonly<Record<"retiree_credit", Uint8Array>>;
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L4, base: L5 });
  const { status: statusCol, base: baseCol } = persons;
  const months = monthCount(from, to, "month", L6);
  const result = columnarResult(out, count * months, "employer_contribution personal_contribution critical_illness_contribution employee_contribution retiree_credit", "retiree_credit");
  const { employer_contribution: v0, personal_contribution: v1, critical_illness_contribution: v2, employee_contribution: v3, retiree_credit: v4 } = result.values;
  const { retiree_credit: p0 } = result.present;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ status: memberOf(statusCodes, statusCol[p]!), base: baseCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const statusCode = statusCol[p]!;
    const base = baseCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(base) || base < 0 || base > 100000000) {
      slow(p);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(base, from, to, k, v0, v1, v2, v3, v4, p0);
        break;
      case 1:
        if (!columnarForRetired(from, to, k, v0, v1, v2, v3, v4, p0)) slow(p);
        break;
      case 2:
        if (!columnarForFlexible(from, to, k, v0, v1, v2, v3, v4, p0)) slow(p);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, v4, p0);
        break;
      default:
        slow(p);
    }

  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `beijing_001` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  columnarForFlexible, columnarForResident, columnarForRetired, computeEmployeeContributionEmployed,
  computeForFlexible, computeForResident, computeForRetired, computePersonalContributionEmployed, L4, L5, L6,
  S2, S3, S4, S5, S6, traceForFlexible, traceForResident, traceForRetired,
};
