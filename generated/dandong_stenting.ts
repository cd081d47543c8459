// Generated from policies/claims/dandong-stenting.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMonth, rangeOf, monthText, columnarRows, columnCount, columnarResult, monthCount, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `dandong_stenting`: 丹东 经皮肾动脉支架植入术 Dandong, renal-artery stenting (F113). Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "dandong_stenting";
/** The policy file this module was generated from. */
export const source = "policies/claims/dandong-stenting.policy";

/** Input of region `dandong_stenting`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** money in integer fen, 0..1000000000 — policies/claims/dandong-stenting.policy:13 (F113, the cost of the procedure that the insurance covers) */
  readonly covered_cost: number;
  /** calendar month `YYYY-MM` — policies/claims/dandong-stenting.policy:14 */
  readonly month: string;
}

/** Output of region `dandong_stenting`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/dandong-stenting.policy:18 (F113, 001:80) */
  readonly reimbursed: number;
}

const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
// policies/claims/dandong-stenting.policy:16 (F113, 001:80, 通常可以达到70%-90%)
const stentingRatioLowEnd = 7; // 7/10
// policies/claims/dandong-stenting.policy:16 (F113, 001:80, 通常可以达到70%-90%)
const stentingRatioHighEnd = 9; // 9/10
const L0: PolicyLocation = { file: "policies/claims/dandong-stenting.policy", line: 18, col: 3 };
const L1: PolicyLocation = { file: "policies/claims/dandong-stenting.policy", line: 13, col: 9 };
const L2: PolicyLocation = { file: "policies/claims/dandong-stenting.policy", line: 14, col: 9 };
const S0: StepInfo = { name: "stenting_ratio_low_end", branch: "=", file: "policies/claims/dandong-stenting.policy", line: 16, cites: ["F113", "001:80", "通常可以达到70%-90%"], unit: "rate", reads: [] };
const S1: StepInfo = { name: "stenting_ratio_high_end", branch: "=", file: "policies/claims/dandong-stenting.policy", line: 16, cites: ["F113", "001:80", "通常可以达到70%-90%"], unit: "rate", reads: [] };
const S2: StepInfo = { name: "reimbursed_low_end", branch: "=", file: "policies/claims/dandong-stenting.policy", line: 18, cites: ["F113", "001:80"], unit: "fen", reads: ["covered_cost", "stenting_ratio_low_end"] };
const S3: StepInfo = { name: "reimbursed_high_end", branch: "=", file: "policies/claims/dandong-stenting.policy", line: 18, cites: ["F113", "001:80"], unit: "fen", reads: ["covered_cost", "stenting_ratio_high_end"] };
const S4: StepInfo = { name: "reimbursed", branch: "=", file: "policies/claims/dandong-stenting.policy", line: 18, cites: ["F113", "001:80"], unit: "fen", reads: ["covered_cost", "reimbursed_low_end", "reimbursed_high_end"] };
/** `reimbursed_low_end` — policies/claims/dandong-stenting.policy:18 (F113, 001:80) */
function computeReimbursedLowEnd(coveredCost: number): number {
  return Math.floor((coveredCost * stentingRatioLowEnd + 5) / 10);
}

/** `reimbursed_high_end` — policies/claims/dandong-stenting.policy:18 (F113, 001:80) */
function computeReimbursedHighEnd(coveredCost: number): number {
  return Math.floor((coveredCost * stentingRatioHighEnd + 5) / 10);
}

/** `reimbursed` — policies/claims/dandong-stenting.policy:18 (F113, 001:80) */
function computeReimbursed(reimbursedLowEnd: number, reimbursedHighEnd: number): number {
  return rangeOf(reimbursedLowEnd, reimbursedHighEnd, 1, "money", "reimbursed", L0);
}

function columnarForAll(coveredCost: number, from: number, to: number, k: number, v0: Float64Array): boolean {
  try {
    const reimbursedLowEnd = computeReimbursedLowEnd(coveredCost);
    const reimbursedHighEnd = computeReimbursedHighEnd(coveredCost);
    const reimbursed = computeReimbursed(reimbursedLowEnd, reimbursedHighEnd);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = reimbursed;
    }
  } catch {
    return false;
  }
  return true;
}

/** Computes every rule for validated inputs. */
function compute(coveredCost: number): Output {
  try {
    const reimbursedLowEnd = computeReimbursedLowEnd(coveredCost);
    const reimbursedHighEnd = computeReimbursedHighEnd(coveredCost);
    const reimbursed = computeReimbursed(reimbursedLowEnd, reimbursedHighEnd);
    return { reimbursed };
  } catch {
    return computeLazy(coveredCost);
  }
}

/** `compute` after a rule failed: outputs that do not depend on the failure are still computed. */
function computeLazy(coveredCost: number): Output {
  const reimbursedLowEnd = attempt(() => computeReimbursedLowEnd(coveredCost));
  const reimbursedHighEnd = attempt(() => computeReimbursedHighEnd(coveredCost));
  const reimbursed = reimbursedLowEnd instanceof Failed ? reimbursedLowEnd : reimbursedHighEnd instanceof Failed ? reimbursedHighEnd : attempt(() => computeReimbursed(reimbursedLowEnd, reimbursedHighEnd));
  return settle<Output>({ reimbursed });
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(coveredCost: number, t: TraceStep[]): Output {
  record(t, S0, stentingRatioLowEnd, 10);
  record(t, S1, stentingRatioHighEnd, 10);
  const reimbursedLowEnd = record(t, S2, computeReimbursedLowEnd(coveredCost));
  const reimbursedHighEnd = record(t, S3, computeReimbursedHighEnd(coveredCost));
  const reimbursed = record(t, S4, computeReimbursed(reimbursedLowEnd, reimbursedHighEnd));
  return { reimbursed };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const coveredCost = input.covered_cost;
  const month = parseMonth(input.month);
  if (!Number.isInteger(coveredCost) || coveredCost < 0 || coveredCost > 1000000000 || month < H_START || month > H_END || !hasOwn(input, "covered_cost") || !hasOwn(input, "month")) return invalid(input);
  return compute(coveredCost);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const coveredCost = input.covered_cost;
  return computeTraced(coveredCost, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["covered_cost", "month"], [L1, L2], "input");
  const coveredCost = input.covered_cost;
  if (!Number.isInteger(coveredCost) || coveredCost < 0 || coveredCost > 1000000000) badNumber("covered_cost", coveredCost, 0, 1000000000, "fen", L1);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "covered_cost", L1, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `dandong_stenting` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "covered_cost", L1);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["covered_cost"], [L1], "person");
  const coveredCost = person.covered_cost;
  if (!Number.isInteger(coveredCost) || coveredCost < 0 || coveredCost > 1000000000) badNumber("covered_cost", coveredCost, 0, 1000000000, "fen", L1);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(coveredCost));
  return out;
}

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly covered_cost: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"reimbursed", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { covered_cost: L1 });
  const { covered_cost: coveredCostCol } = persons;
  const months = monthCount(from, to, "month", L2);
  const result = columnarResult(out, count * months, "reimbursed", "");
  const { reimbursed: v0 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ covered_cost: coveredCostCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const coveredCost = coveredCostCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(coveredCost) || coveredCost < 0 || coveredCost > 1000000000) {
      slow(p);
      continue;
    }

    if (!columnarForAll(coveredCost, from, to, k, v0)) slow(p);
  }

  return result;
}
