// Generated from policies/claims/special-drugs-example.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `special_drugs_example`: 某地 二档 门诊特定高额药品 (示例) special high-cost drugs, an unnamed place's example. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "special_drugs_example";
/** The policy file this module was generated from. */
export const source = "policies/claims/special-drugs-example.policy";

/** Input of region `special_drugs_example`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/special-drugs-example.policy:16 */
  readonly month: string;
  /** money in integer fen, 0..10000000000 — policies/claims/special-drugs-example.policy:17 (F112, 001:116, 覆盖26种药品及12种罕见病药品: the year's cost of the listed drugs) */
  readonly year_cost: number;
}

/** Output of region `special_drugs_example`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/special-drugs-example.policy:22 (F112, one deductible for both insurances) */
  readonly above_deductible: number;
  /** money in fen — policies/claims/special-drugs-example.policy:23 (F112, 001:116, 某地政策规定二档医保与门诊特定高额药品费用保险责任共用2万元免赔,赔付比例80%) */
  readonly paid_by_insurance: number;
  /** money in fen — policies/claims/special-drugs-example.policy:24 (F112, the deductible and 20% of the rest) */
  readonly patient_pays: number;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/claims/special-drugs-example.policy:19 (F112, 001:116, 共用2万元免赔)
const sharedDeductible = 2000000;
// policies/claims/special-drugs-example.policy:20 (F112, 001:116, 赔付比例80%)
const payoutRatio = 4; // 4/5
const L0: PolicyLocation = { file: "policies/claims/special-drugs-example.policy", line: 16, col: 9 };
const L1: PolicyLocation = { file: "policies/claims/special-drugs-example.policy", line: 17, col: 9 };
const S0: StepInfo = { name: "shared_deductible", branch: "=", file: "policies/claims/special-drugs-example.policy", line: 19, cites: ["F112", "001:116", "共用2万元免赔"], unit: "fen", reads: [] };
const S1: StepInfo = { name: "payout_ratio", branch: "=", file: "policies/claims/special-drugs-example.policy", line: 20, cites: ["F112", "001:116", "赔付比例80%"], unit: "rate", reads: [] };
const S2: StepInfo = { name: "above_deductible", branch: "=", file: "policies/claims/special-drugs-example.policy", line: 22, cites: ["F112", "one deductible for both insurances"], unit: "fen", reads: ["year_cost", "shared_deductible"] };
const S3: StepInfo = { name: "paid_by_insurance", branch: "=", file: "policies/claims/special-drugs-example.policy", line: 23, cites: ["F112", "001:116", "某地政策规定二档医保与门诊特定高额药品费用保险责任共用2万元免赔,赔付比例80%"], unit: "fen", reads: ["above_deductible", "payout_ratio"] };
const S4: StepInfo = { name: "patient_pays", branch: "=", file: "policies/claims/special-drugs-example.policy", line: 24, cites: ["F112", "the deductible and 20% of the rest"], unit: "fen", reads: ["year_cost", "paid_by_insurance"] };
/** `above_deductible` — policies/claims/special-drugs-example.policy:22 (F112, one deductible for both insurances) */
function computeAboveDeductible(yearCost: number): number {
  return Math.max(yearCost - sharedDeductible, 0);
}

/** `paid_by_insurance` — policies/claims/special-drugs-example.policy:23 (F112, 001:116, 某地政策规定二档医保与门诊特定高额药品费用保险责任共用2万元免赔,赔付比例80%) */
function computePaidByInsurance(aboveDeductible: number): number {
  return Math.floor((2 * aboveDeductible * payoutRatio + 5) / 10);
}

/** `patient_pays` — policies/claims/special-drugs-example.policy:24 (F112, the deductible and 20% of the rest) */
function computePatientPays(yearCost: number, paidByInsurance: number): number {
  return yearCost - paidByInsurance;
}

function columnarForAll(yearCost: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array): void {
  const aboveDeductible = computeAboveDeductible(yearCost);
  const paidByInsurance = computePaidByInsurance(aboveDeductible);
  const patientPays = computePatientPays(yearCost, paidByInsurance);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = aboveDeductible;
    v1[k] = paidByInsurance;
    v2[k] = patientPays;
  }
}

/** Computes every rule for validated inputs. */
function compute(yearCost: number): Output {
  const aboveDeductible = computeAboveDeductible(yearCost);
  const paidByInsurance = computePaidByInsurance(aboveDeductible);
  const patientPays = computePatientPays(yearCost, paidByInsurance);
  return { above_deductible: aboveDeductible, paid_by_insurance: paidByInsurance, patient_pays: patientPays };
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(yearCost: number, t: TraceStep[]): Output {
  record(t, S0, sharedDeductible);
  record(t, S1, payoutRatio, 5);
  const aboveDeductible = record(t, S2, computeAboveDeductible(yearCost));
  const paidByInsurance = record(t, S3, computePaidByInsurance(aboveDeductible));
  const patientPays = record(t, S4, computePatientPays(yearCost, paidByInsurance));
  return { above_deductible: aboveDeductible, paid_by_insurance: paidByInsurance, patient_pays: patientPays };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const yearCost = input.year_cost;
  if (month < H_START || month > H_END || !Number.isInteger(yearCost) || yearCost < 0 || yearCost > 10000000000 || !hasOwn(input, "month") || !hasOwn(input, "year_cost")) return invalid(input);
  return compute(yearCost);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const yearCost = input.year_cost;
  return computeTraced(yearCost, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "year_cost"], [L0, L1], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L0);
  const yearCost = input.year_cost;
  if (!Number.isInteger(yearCost) || yearCost < 0 || yearCost > 10000000000) badNumber("year_cost", yearCost, 0, 10000000000, "fen", L1);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `special_drugs_example` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["year_cost"], [L1], "person");
  const yearCost = person.year_cost;
  if (!Number.isInteger(yearCost) || yearCost < 0 || yearCost > 10000000000) badNumber("year_cost", yearCost, 0, 10000000000, "fen", L1);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L0);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L0);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(yearCost));
  return out;
}

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly year_cost: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"above_deductible" | "paid_by_insurance" | "patient_pays", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { year_cost: L1 });
  const { year_cost: yearCostCol } = persons;
  const months = monthCount(from, to, "month", L0);
  const result = columnarResult(out, count * months, "above_deductible paid_by_insurance patient_pays", "");
  const { above_deductible: v0, paid_by_insurance: v1, patient_pays: v2 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ year_cost: yearCostCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const yearCost = yearCostCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(yearCost) || yearCost < 0 || yearCost > 10000000000) {
      slow(p);
      continue;
    }

    columnarForAll(yearCost, from, to, k, v0, v1, v2);
  }

  return result;
}
