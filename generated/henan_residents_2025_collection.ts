// Generated from policies/residents/henan-2025-collection.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `henan_residents_2025_collection`: 河南城乡居民医保 2025 集中征缴 Henan residents, collection period and benefit year. Horizon 2024-09..2025-12; rounding half_up to fen. */
export const region = "henan_residents_2025_collection";
/** The policy file this module was generated from. */
export const source = "policies/residents/henan-2025-collection.policy";

/** Input of region `henan_residents_2025_collection`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/residents/henan-2025-collection.policy:12 (the month of the care claimed (the region's month)) */
  readonly claim_month: string;
  /** calendar month `YYYY-MM` — policies/residents/henan-2025-collection.policy:13 (F060, the month the 2025 premium was paid) */
  readonly paid_month: string;
}

/** Output of region `henan_residents_2025_collection`. Money is integer fen. */
export interface Output {
  /** bool — policies/residents/henan-2025-collection.policy:20 (F060) */
  readonly paid_in_collection_period: boolean;
  /** bool — policies/residents/henan-2025-collection.policy:22 (F060, 000:125) */
  readonly covered: boolean;
}

const H_START = 24296; // 2024-09
const H_END = 24311; // 2025-12
// policies/residents/henan-2025-collection.policy:15 (F060, 000:125, 集中征缴期:2024年9月至12月)
const collectionStart = 24296; // 2024-09
// policies/residents/henan-2025-collection.policy:16 (F060, 000:125, 集中征缴期:2024年9月至12月)
const collectionEnd = 24299; // 2024-12
// policies/residents/henan-2025-collection.policy:17 (F060, 000:125, 缴费后即可享受2025年全年医保待遇)
const benefitsStart = 24300; // 2025-01
// policies/residents/henan-2025-collection.policy:18 (F060, 000:125, 2025年全年)
const benefitsEnd = 24311; // 2025-12
const L0: PolicyLocation = { file: "policies/residents/henan-2025-collection.policy", line: 24, col: 5 };
const L1: PolicyLocation = { file: "policies/residents/henan-2025-collection.policy", line: 12, col: 9 };
const L2: PolicyLocation = { file: "policies/residents/henan-2025-collection.policy", line: 13, col: 9 };
const S0: StepInfo = { name: "collection_start", branch: "=", file: "policies/residents/henan-2025-collection.policy", line: 15, cites: ["F060", "000:125", "集中征缴期:2024年9月至12月"], unit: "month", reads: [] };
const S1: StepInfo = { name: "collection_end", branch: "=", file: "policies/residents/henan-2025-collection.policy", line: 16, cites: ["F060", "000:125", "集中征缴期:2024年9月至12月"], unit: "month", reads: [] };
const S2: StepInfo = { name: "benefits_start", branch: "=", file: "policies/residents/henan-2025-collection.policy", line: 17, cites: ["F060", "000:125", "缴费后即可享受2025年全年医保待遇"], unit: "month", reads: [] };
const S3: StepInfo = { name: "benefits_end", branch: "=", file: "policies/residents/henan-2025-collection.policy", line: 18, cites: ["F060", "000:125", "2025年全年"], unit: "month", reads: [] };
const S4: StepInfo = { name: "paid_in_collection_period", branch: "=", file: "policies/residents/henan-2025-collection.policy", line: 20, cites: ["F060"], unit: "", reads: ["collection_start", "paid_month", "collection_end"] };
const S5: StepInfo = { name: "covered", branch: "when collection_start <= paid_month <= collection_end", file: "policies/residents/henan-2025-collection.policy", line: 23, cites: ["F060", "000:125", "缴费后即可享受2025年全年医保待遇"], unit: "", reads: ["collection_start", "paid_month", "collection_end", "benefits_start", "claim_month", "benefits_end"] };
/** `paid_in_collection_period` — policies/residents/henan-2025-collection.policy:20 (F060) */
function computePaidInCollectionPeriod(paidMonth: number): boolean {
  return collectionStart <= paidMonth && paidMonth <= collectionEnd;
}

/** `covered` — policies/residents/henan-2025-collection.policy:22 (F060, 000:125) */
function computeCovered(paidMonth: number, claimMonth: number): boolean {
  // policies/residents/henan-2025-collection.policy:23
  if (collectionStart <= paidMonth && paidMonth <= collectionEnd) {
    return benefitsStart <= claimMonth && claimMonth <= benefitsEnd;
  }
  // policies/residents/henan-2025-collection.policy:24, the remaining case
  return fail("unspecified", "covered", L0, "covered: when paid_month > collection_end is unspecified in the sources");
}

function columnarForAll(paidMonth: number, from: number, to: number, k: number, v0: Uint8Array, v1: Uint8Array): boolean {
  try {
    const paidInCollectionPeriod = computePaidInCollectionPeriod(paidMonth);
    for (let claimMonth = from; claimMonth <= to; claimMonth++, k++) {
      const covered = computeCovered(paidMonth, claimMonth);
      v0[k] = paidInCollectionPeriod ? 1 : 0;
      v1[k] = covered ? 1 : 0;
    }
  } catch {
    return false;
  }
  return true;
}

/** `covered`, recording the branch taken */
function traceCovered(paidMonth: number, claimMonth: number, t: TraceStep[]): boolean {
  // policies/residents/henan-2025-collection.policy:23
  if (collectionStart <= paidMonth && paidMonth <= collectionEnd) {
    return record(t, S5, benefitsStart <= claimMonth && claimMonth <= benefitsEnd);
  }
  // policies/residents/henan-2025-collection.policy:24, the remaining case
  return fail("unspecified", "covered", L0, "covered: when paid_month > collection_end is unspecified in the sources");
}

/** Computes every rule for validated inputs. */
function compute(claimMonth: number, paidMonth: number): Output {
  try {
    const paidInCollectionPeriod = computePaidInCollectionPeriod(paidMonth);
    const covered = computeCovered(paidMonth, claimMonth);
    return { paid_in_collection_period: paidInCollectionPeriod, covered };
  } catch {
    return computeLazy(claimMonth, paidMonth);
  }
}

/** `compute` after a rule failed: outputs that do not depend on the failure are still computed. */
function computeLazy(claimMonth: number, paidMonth: number): Output {
  const paidInCollectionPeriod = attempt(() => computePaidInCollectionPeriod(paidMonth));
  const covered = attempt(() => computeCovered(paidMonth, claimMonth));
  return settle<Output>({ paid_in_collection_period: paidInCollectionPeriod, covered });
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(claimMonth: number, paidMonth: number, t: TraceStep[]): Output {
  record(t, S0, formatMonth(collectionStart));
  record(t, S1, formatMonth(collectionEnd));
  record(t, S2, formatMonth(benefitsStart));
  record(t, S3, formatMonth(benefitsEnd));
  const paidInCollectionPeriod = record(t, S4, computePaidInCollectionPeriod(paidMonth));
  const covered = traceCovered(paidMonth, claimMonth, t);
  return { paid_in_collection_period: paidInCollectionPeriod, covered };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const claimMonth = parseMonth(input.claim_month);
  const paidMonth = parseMonth(input.paid_month);
  if (claimMonth < H_START || claimMonth > H_END || paidMonth < H_START || paidMonth > H_END || !hasOwn(input, "claim_month") || !hasOwn(input, "paid_month")) return invalid(input);
  return compute(claimMonth, paidMonth);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const claimMonth = parseMonth(input.claim_month);
  const paidMonth = parseMonth(input.paid_month);
  return computeTraced(claimMonth, paidMonth, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["claim_month", "paid_month"], [L1, L2], "input");
  const claimMonth = parseMonth(input.claim_month);
  if (claimMonth < H_START || claimMonth > H_END) badMonth("claim_month", input.claim_month, claimMonth, H_START, H_END, L1);
  const paidMonth = parseMonth(input.paid_month);
  if (paidMonth < H_START || paidMonth > H_END) badMonth("paid_month", input.paid_month, paidMonth, H_START, H_END, L2);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "claim_month", L1, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `henan_residents_2025_collection` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "claim_month", L1);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "claim_month">, from: string, to: string): Output[] {
  badShape(person, ["paid_month"], [L2], "person");
  const paidMonth = parseMonth(person.paid_month);
  if (paidMonth < H_START || paidMonth > H_END) badMonth("paid_month", person.paid_month, paidMonth, H_START, H_END, L2);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("claim_month", from, first, H_START, H_END, L1);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("claim_month", to, last, H_START, H_END, L1);
  const out: Output[] = [];
  for (let claimMonth = first; claimMonth <= last; claimMonth++) out.push(compute(claimMonth, paidMonth));
  return out;
}

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly paid_month: Int32Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"paid_in_collection_period" | "covered", Uint8Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { paid_month: L2 });
  const { paid_month: paidMonthCol } = persons;
  const months = monthCount(from, to, "claim_month", L1);
  const result = columnarResult(out, count * months, "paid_in_collection_period covered", "", "paid_in_collection_period covered");
  const { paid_in_collection_period: v0, covered: v1 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month) => ({ paid_month: monthText(paidMonthCol[p]!), claim_month: monthText(month) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const paidMonth = paidMonthCol[p]!;
    if (from < H_START || to > H_END || paidMonth < H_START || paidMonth > H_END) {
      slow(p);
      continue;
    }

    if (!columnarForAll(paidMonth, from, to, k, v0, v1)) slow(p);
  }

  return result;
}
