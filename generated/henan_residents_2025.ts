// Generated from policies/residents/henan-2025.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `henan_residents_2025`: 河南城乡居民医保 2025 Henan residents, 2025. Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "henan_residents_2025";
/** The policy file this module was generated from. */
export const source = "policies/residents/henan-2025.policy";
/** Values of input `hukou`. */
export type Hukou = "urban" | "rural";

/** Input of region `henan_residents_2025`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of urban, rural — policies/residents/henan-2025.policy:11 (F061) */
  readonly hukou: Hukou;
  /** whole years, 0..120 — policies/residents/henan-2025.policy:12 */
  readonly age: number;
  /** calendar month `YYYY-MM` — policies/residents/henan-2025.policy:13 */
  readonly month: string;
}

/** Output of region `henan_residents_2025`. Money is integer fen. */
export interface Output {
  /** money in fen per year — policies/residents/henan-2025.policy:18 (F059, 总筹资标准 :每人1070元) */
  readonly funding_standard: number;
  /** money in fen per year — policies/residents/henan-2025.policy:21 (F061, 000:29) */
  readonly payable: number;
  /** money in fen per year — policies/residents/henan-2025.policy:27 (F059, F061) */
  readonly subsidy: number;
  /** money in fen per month — policies/residents/henan-2025.policy:30 (F054, 000:47, 居民医保一般没有个人账户) */
  readonly credit: number;
}

const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
// policies/residents/henan-2025.policy:15 (F059, 000:125)
const personalPremium = 40000;
// policies/residents/henan-2025.policy:16 (F059, 000:125, 财政补助670元)
const fiscalSubsidy = 67000;
const L0: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 11, col: 9 };
const L1: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 12, col: 9 };
const L2: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 13, col: 9 };
const S0: StepInfo = { name: "personal_premium", branch: "=", file: "policies/residents/henan-2025.policy", line: 15, cites: ["F059", "000:125"], unit: "fen", reads: [] };
const S1: StepInfo = { name: "fiscal_subsidy", branch: "=", file: "policies/residents/henan-2025.policy", line: 16, cites: ["F059", "000:125", "财政补助670元"], unit: "fen", reads: [] };
const S2: StepInfo = { name: "funding_standard", branch: "=", file: "policies/residents/henan-2025.policy", line: 18, cites: ["F059", "总筹资标准 :每人1070元"], unit: "fen", reads: ["personal_premium", "fiscal_subsidy"] };
const S3: StepInfo = { name: "payable", branch: "for urban", file: "policies/residents/henan-2025.policy", line: 25, cites: ["F061", "000:29"], unit: "fen", reads: ["hukou", "age", "personal_premium"] };
const S4: StepInfo = { name: "subsidy", branch: "=", file: "policies/residents/henan-2025.policy", line: 27, cites: ["F059", "F061"], unit: "fen", reads: ["funding_standard", "payable"] };
const S5: StepInfo = { name: "credit", branch: "=", file: "policies/residents/henan-2025.policy", line: 30, cites: ["F054", "000:47", "居民医保一般没有个人账户"], unit: "fen", reads: [] };
const S6: StepInfo = { name: "payable", branch: "for rural › when age >= 70", file: "policies/residents/henan-2025.policy", line: 23, cites: ["F061", "000:29", "70岁及以上", "T20"], unit: "fen", reads: ["hukou", "age", "personal_premium"] };
const S7: StepInfo = { name: "payable", branch: "for rural › when age < 70", file: "policies/residents/henan-2025.policy", line: 24, cites: ["F061", "000:29"], unit: "fen", reads: ["hukou", "age", "personal_premium"] };
/** `subsidy` — policies/residents/henan-2025.policy:27 (F059, F061) */
function computeSubsidy(fundingStandard: number, payable: number): number {
  return fundingStandard - payable;
}

/** Every rule for `hukou` = `urban`. */
function computeForUrban(): Output {
  const fundingStandard = personalPremium + fiscalSubsidy;
  const subsidy = computeSubsidy(fundingStandard, personalPremium);
  return { funding_standard: fundingStandard, payable: personalPremium, subsidy, credit: 0 };
}

/** `payable` for `rural` — policies/residents/henan-2025.policy:21 (F061, 000:29) */
function computePayableRural(age: number): number {
  // policies/residents/henan-2025.policy:23
  if (age >= 70) {
    return 0;
  }
  // policies/residents/henan-2025.policy:24, the remaining case
  return personalPremium;
}

/** Every rule for `hukou` = `rural`. */
function computeForRural(age: number): Output {
  const fundingStandard = personalPremium + fiscalSubsidy;
  const payable = computePayableRural(age);
  const subsidy = computeSubsidy(fundingStandard, payable);
  return { funding_standard: fundingStandard, payable, subsidy, credit: 0 };
}

function columnarForUrban(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array): void {
  const fundingStandard = personalPremium + fiscalSubsidy;
  const subsidy = computeSubsidy(fundingStandard, personalPremium);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = fundingStandard;
    v1[k] = personalPremium;
    v2[k] = subsidy;
    v3[k] = 0;
  }
}

function columnarForRural(age: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array): void {
  const fundingStandard = personalPremium + fiscalSubsidy;
  const payable = computePayableRural(age);
  const subsidy = computeSubsidy(fundingStandard, payable);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = fundingStandard;
    v1[k] = payable;
    v2[k] = subsidy;
    v3[k] = 0;
  }
}

/** Every rule for `hukou` = `urban`, recording each branch. */
function traceForUrban(t: TraceStep[]): Output {
  const fundingStandard = record(t, S2, personalPremium + fiscalSubsidy);
  record(t, S3, personalPremium);
  const subsidy = record(t, S4, computeSubsidy(fundingStandard, personalPremium));
  record(t, S5, 0);
  return { funding_standard: fundingStandard, payable: personalPremium, subsidy, credit: 0 };
}

/** `payable` for `rural`, recording the branch taken */
function tracePayableRural(age: number, t: TraceStep[]): number {
  // policies/residents/henan-2025.policy:23
  if (age >= 70) {
    return record(t, S6, 0);
  }
  // policies/residents/henan-2025.policy:24, the remaining case
  return record(t, S7, personalPremium);
}

/** Every rule for `hukou` = `rural`, recording each branch. */
function traceForRural(age: number, t: TraceStep[]): Output {
  const fundingStandard = record(t, S2, personalPremium + fiscalSubsidy);
  const payable = tracePayableRural(age, t);
  const subsidy = record(t, S4, computeSubsidy(fundingStandard, payable));
  record(t, S5, 0);
  return { funding_standard: fundingStandard, payable, subsidy, credit: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `hukou` (which it validates). */
function compute(hukou: string, age: number): Output {
  switch (hukou) {
    case "urban":
      return computeForUrban();
    case "rural":
      return computeForRural(age);
    default:
      return badMember("hukou", hukou, ["urban", "rural"], L0);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(hukou: string, age: number, t: TraceStep[]): Output {
  record(t, S0, personalPremium);
  record(t, S1, fiscalSubsidy);
  switch (hukou) {
    case "urban":
      return traceForUrban(t);
    case "rural":
      return traceForRural(age, t);
    default:
      return badMember("hukou", hukou, ["urban", "rural"], L0);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const hukou = input.hukou;
  const age = input.age;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 0 || age > 120 || month < H_START || month > H_END || !hasOwn(input, "hukou") || !hasOwn(input, "age") || !hasOwn(input, "month")) return invalid(input);
  return compute(hukou, age);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const hukou = input.hukou;
  const age = input.age;
  return computeTraced(hukou, age, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["hukou", "age", "month"], [L0, L1, L2], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 0 || age > 120) badNumber("age", age, 0, 120, "years", L1);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "hukou", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `henan_residents_2025` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "hukou", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["hukou", "age"], [L0, L1], "person");
  const hukou = person.hukou;
  const age = person.age;
  if (!Number.isInteger(age) || age < 0 || age > 120) badNumber("age", age, 0, 120, "years", L1);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(hukou, age));
  return out;
}

/** Column codes of `hukou`. */
export const hukouCodes = ["urban", "rural"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly hukou: Uint8Array;
  readonly age: Int32Array | Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"funding_standard" | "payable" | "subsidy" | "credit", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { hukou: L0, age: L1 });
  const { hukou: hukouCol, age: ageCol } = persons;
  const months = monthCount(from, to, "month", L2);
  const result = columnarResult(out, count * months, "funding_standard payable subsidy credit", "");
  const { funding_standard: v0, payable: v1, subsidy: v2, credit: v3 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ hukou: memberOf(hukouCodes, hukouCol[p]!), age: ageCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const hukouCode = hukouCol[p]!;
    const age = ageCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(age) || age < 0 || age > 120) {
      slow(p);
      continue;
    }

    switch (hukouCode) {
      case 0:
        columnarForUrban(from, to, k, v0, v1, v2, v3);
        break;
      case 1:
        columnarForRural(age, from, to, k, v0, v1, v2, v3);
        break;
      default:
        slow(p);
    }

  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `henan_residents_2025` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  computePayableRural, computeSubsidy, fiscalSubsidy, L0, L1, L2, personalPremium, S0, S1, S2, S3, S4,
  tracePayableRural,
};
