// Generated from policies/claims/cost-classes.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `cost_classes`: 费用分类 Cost classes: reimbursable, co-pay, self-pay. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "cost_classes";
/** The policy file this module was generated from. */
export const source = "policies/claims/cost-classes.policy";

/** Input of region `cost_classes`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/cost-classes.policy:18 */
  readonly month: string;
  /** money in integer fen, 0..1000000000 — policies/claims/cost-classes.policy:19 (F100, 003:24, 纳入医保目录范围的治疗和药物) */
  readonly in_catalogue: number;
  /** money in integer fen, 0..1000000000 — policies/claims/cost-classes.policy:20 (F099, 003:22, 没有纳入医保目录范围的药物和治疗费用) */
  readonly out_of_catalogue: number;
}

/** Output of region `cost_classes`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/cost-classes.policy:24 (F098, 003:17, the three classes make up a claim's cost) */
  readonly total_cost: number;
  /** money in fen — policies/claims/cost-classes.policy:27 (F100, F101, 003:24, 一般按照比例划分为可报销费用和自负费用) */
  readonly reimbursable_in_catalogue: number;
  /** money in fen — policies/claims/cost-classes.policy:30 (F099, 003:22, 不能报销,全自费) */
  readonly reimbursable_out_of_catalogue: number;
  /** money in fen — policies/claims/cost-classes.policy:33 (F098, F100) */
  readonly reimbursable: number;
  /** money in fen — policies/claims/cost-classes.policy:36 (F100, F101, 003:26, 剩下15元为自负项目需要患者自己掏钱) */
  readonly co_pay: number;
  /** money in fen — policies/claims/cost-classes.policy:39 (F099, 003:22, 均属于自费项目) */
  readonly self_pay: number;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/claims/cost-classes.policy:22 (F101, 003:26, derived: 35 of 50 yuan can be reimbursed)
const reimbursableRatio = 7; // 7/10
const L0: PolicyLocation = { file: "policies/claims/cost-classes.policy", line: 18, col: 9 };
const L1: PolicyLocation = { file: "policies/claims/cost-classes.policy", line: 19, col: 9 };
const L2: PolicyLocation = { file: "policies/claims/cost-classes.policy", line: 20, col: 9 };
const S0: StepInfo = { name: "reimbursable_ratio", branch: "=", file: "policies/claims/cost-classes.policy", line: 22, cites: ["F101", "003:26", "derived: 35 of 50 yuan can be reimbursed"], unit: "rate", reads: [] };
const S1: StepInfo = { name: "total_cost", branch: "=", file: "policies/claims/cost-classes.policy", line: 24, cites: ["F098", "003:17", "the three classes make up a claim's cost"], unit: "fen", reads: ["in_catalogue", "out_of_catalogue"] };
const S2: StepInfo = { name: "reimbursable_in_catalogue", branch: "=", file: "policies/claims/cost-classes.policy", line: 27, cites: ["F100", "F101", "003:24", "一般按照比例划分为可报销费用和自负费用"], unit: "fen", reads: ["in_catalogue", "reimbursable_ratio"] };
const S3: StepInfo = { name: "reimbursable_out_of_catalogue", branch: "=", file: "policies/claims/cost-classes.policy", line: 30, cites: ["F099", "003:22", "不能报销,全自费"], unit: "fen", reads: [] };
const S4: StepInfo = { name: "reimbursable", branch: "=", file: "policies/claims/cost-classes.policy", line: 33, cites: ["F098", "F100"], unit: "fen", reads: ["reimbursable_in_catalogue", "reimbursable_out_of_catalogue"] };
const S5: StepInfo = { name: "co_pay", branch: "=", file: "policies/claims/cost-classes.policy", line: 36, cites: ["F100", "F101", "003:26", "剩下15元为自负项目需要患者自己掏钱"], unit: "fen", reads: ["in_catalogue", "reimbursable_in_catalogue"] };
const S6: StepInfo = { name: "self_pay", branch: "=", file: "policies/claims/cost-classes.policy", line: 39, cites: ["F099", "003:22", "均属于自费项目"], unit: "fen", reads: ["out_of_catalogue"] };
/** `total_cost` — policies/claims/cost-classes.policy:24 (F098, 003:17, the three classes make up a claim's cost) */
function computeTotalCost(inCatalogue: number, outOfCatalogue: number): number {
  return inCatalogue + outOfCatalogue;
}

/** `reimbursable_in_catalogue` — policies/claims/cost-classes.policy:27 (F100, F101, 003:24, 一般按照比例划分为可报销费用和自负费用) */
function computeReimbursableInCatalogue(inCatalogue: number): number {
  return Math.floor((inCatalogue * reimbursableRatio + 5) / 10);
}

/** `reimbursable` — policies/claims/cost-classes.policy:33 (F098, F100) */
function computeReimbursable(reimbursableInCatalogue: number, reimbursableOutOfCatalogue: number): number {
  return reimbursableInCatalogue + reimbursableOutOfCatalogue;
}

/** `co_pay` — policies/claims/cost-classes.policy:36 (F100, F101, 003:26, 剩下15元为自负项目需要患者自己掏钱) */
function computeCoPay(inCatalogue: number, reimbursableInCatalogue: number): number {
  return inCatalogue - reimbursableInCatalogue;
}

/** `self_pay` — policies/claims/cost-classes.policy:39 (F099, 003:22, 均属于自费项目) */
function computeSelfPay(outOfCatalogue: number): number {
  return outOfCatalogue;
}

function columnarForAll(inCatalogue: number, outOfCatalogue: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array): void {
  const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
  const reimbursableInCatalogue = computeReimbursableInCatalogue(inCatalogue);
  const reimbursable = computeReimbursable(reimbursableInCatalogue, 0);
  const coPay = computeCoPay(inCatalogue, reimbursableInCatalogue);
  const selfPay = computeSelfPay(outOfCatalogue);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = totalCost;
    v1[k] = reimbursableInCatalogue;
    v2[k] = 0;
    v3[k] = reimbursable;
    v4[k] = coPay;
    v5[k] = selfPay;
  }
}

/** Computes every rule for validated inputs. */
function compute(inCatalogue: number, outOfCatalogue: number): Output {
  const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
  const reimbursableInCatalogue = computeReimbursableInCatalogue(inCatalogue);
  const reimbursable = computeReimbursable(reimbursableInCatalogue, 0);
  const coPay = computeCoPay(inCatalogue, reimbursableInCatalogue);
  const selfPay = computeSelfPay(outOfCatalogue);
  return { total_cost: totalCost, reimbursable_in_catalogue: reimbursableInCatalogue, reimbursable_out_of_catalogue: 0, reimbursable, co_pay: coPay, self_pay: selfPay };
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(inCatalogue: number, outOfCatalogue: number, t: TraceStep[]): Output {
  record(t, S0, reimbursableRatio, 10);
  const totalCost = record(t, S1, computeTotalCost(inCatalogue, outOfCatalogue));
  const reimbursableInCatalogue = record(t, S2, computeReimbursableInCatalogue(inCatalogue));
  record(t, S3, 0);
  const reimbursable = record(t, S4, computeReimbursable(reimbursableInCatalogue, 0));
  const coPay = record(t, S5, computeCoPay(inCatalogue, reimbursableInCatalogue));
  const selfPay = record(t, S6, computeSelfPay(outOfCatalogue));
  return { total_cost: totalCost, reimbursable_in_catalogue: reimbursableInCatalogue, reimbursable_out_of_catalogue: 0, reimbursable, co_pay: coPay, self_pay: selfPay };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const inCatalogue = input.in_catalogue;
  const outOfCatalogue = input.out_of_catalogue;
  if (month < H_START || month > H_END || !Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000 || !Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "in_catalogue") || !hasOwn(input, "out_of_catalogue")) return invalid(input);
  return compute(inCatalogue, outOfCatalogue);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const inCatalogue = input.in_catalogue;
  const outOfCatalogue = input.out_of_catalogue;
  return computeTraced(inCatalogue, outOfCatalogue, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "in_catalogue", "out_of_catalogue"], [L0, L1, L2], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L0);
  const inCatalogue = input.in_catalogue;
  if (!Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000) badNumber("in_catalogue", inCatalogue, 0, 1000000000, "fen", L1);
  const outOfCatalogue = input.out_of_catalogue;
  if (!Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) badNumber("out_of_catalogue", outOfCatalogue, 0, 1000000000, "fen", L2);
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
 * Evaluates region `cost_classes` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  badShape(person, ["in_catalogue", "out_of_catalogue"], [L1, L2], "person");
  const inCatalogue = person.in_catalogue;
  if (!Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000) badNumber("in_catalogue", inCatalogue, 0, 1000000000, "fen", L1);
  const outOfCatalogue = person.out_of_catalogue;
  if (!Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) badNumber("out_of_catalogue", outOfCatalogue, 0, 1000000000, "fen", L2);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L0);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L0);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(inCatalogue, outOfCatalogue));
  return out;
}

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly in_catalogue: Float64Array;
  readonly out_of_catalogue: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"total_cost" | "reimbursable_in_catalogue" | "reimbursable_out_of_catalogue" | "reimbursable" | "co_pay" | "self_pay", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { in_catalogue: L1, out_of_catalogue: L2 });
  const { in_catalogue: inCatalogueCol, out_of_catalogue: outOfCatalogueCol } = persons;
  const months = monthCount(from, to, "month", L0);
  const result = columnarResult(out, count * months, "total_cost reimbursable_in_catalogue reimbursable_out_of_catalogue reimbursable co_pay self_pay", "");
  const { total_cost: v0, reimbursable_in_catalogue: v1, reimbursable_out_of_catalogue: v2, reimbursable: v3, co_pay: v4, self_pay: v5 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ in_catalogue: inCatalogueCol[p]!, out_of_catalogue: outOfCatalogueCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const inCatalogue = inCatalogueCol[p]!;
    const outOfCatalogue = outOfCatalogueCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000 || !Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) {
      slow(p);
      continue;
    }

    columnarForAll(inCatalogue, outOfCatalogue, from, to, k, v0, v1, v2, v3, v4, v5);
  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `cost_classes` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  computeCoPay, computeReimbursable, computeReimbursableInCatalogue, computeSelfPay, computeTotalCost, L0, L1,
  L2, reimbursableRatio, S0, S1, S2, S3, S4, S5, S6,
};
