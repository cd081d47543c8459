// Generated from policies/residents/henan-2025.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, atRow, monthText } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

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
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
const L0: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 15, col: 3 };
// policies/residents/henan-2025.policy:15 (F059, 000:125)
const personalPremium = 40000;
const L1: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 16, col: 3 };
// policies/residents/henan-2025.policy:16 (F059, 000:125, 财政补助670元)
const fiscalSubsidy = 67000;
const L2: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 18, col: 3 };
const L3: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 21, col: 3 };
const L4: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 27, col: 3 };
const L5: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 30, col: 3 };
const S6: StepInfo = { name: "funding_standard", branch: "=", file: "policies/residents/henan-2025.policy", line: 18, cites: ["F059", "总筹资标准 :每人1070元"], unit: "fen", reads: ["personal_premium", "fiscal_subsidy"] };
const S7: StepInfo = { name: "payable", branch: "for urban", file: "policies/residents/henan-2025.policy", line: 25, cites: ["F061", "000:29"], unit: "fen", reads: ["hukou", "age", "personal_premium"] };
const S8: StepInfo = { name: "payable", branch: "for rural › when age >= 70", file: "policies/residents/henan-2025.policy", line: 23, cites: ["F061", "000:29", "70岁及以上", "T20"], unit: "fen", reads: ["hukou", "age", "personal_premium"] };
const S9: StepInfo = { name: "payable", branch: "for rural › when age < 70", file: "policies/residents/henan-2025.policy", line: 24, cites: ["F061", "000:29"], unit: "fen", reads: ["hukou", "age", "personal_premium"] };
const S10: StepInfo = { name: "subsidy", branch: "=", file: "policies/residents/henan-2025.policy", line: 27, cites: ["F059", "F061"], unit: "fen", reads: ["funding_standard", "payable"] };
const S11: StepInfo = { name: "credit", branch: "=", file: "policies/residents/henan-2025.policy", line: 30, cites: ["F054", "000:47", "居民医保一般没有个人账户"], unit: "fen", reads: [] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `funding_standard` — policies/residents/henan-2025.policy:18 (F059, 总筹资标准 :每人1070元) */
function computeFundingStandard(): number {
  return personalPremium + fiscalSubsidy;
}

/** `payable` for `urban` — policies/residents/henan-2025.policy:21 (F061, 000:29) */
function computePayableUrban(): number {
  // policies/residents/henan-2025.policy:25
  return personalPremium;
}

/** `payable` for `rural` — policies/residents/henan-2025.policy:21 (F061, 000:29) */
function computePayableRural(age: number): number {
  // policies/residents/henan-2025.policy:22
  // policies/residents/henan-2025.policy:23
  if (age >= 70) {
    return 0;
  }
  // policies/residents/henan-2025.policy:24 — the remaining case
  return personalPremium;
}

/** `subsidy` — policies/residents/henan-2025.policy:27 (F059, F061) */
function computeSubsidy(fundingStandard: number, payable: number): number {
  return fundingStandard - payable;
}

/** `credit` — policies/residents/henan-2025.policy:30 (F054, 000:47, 居民医保一般没有个人账户) */
function computeCredit(): number {
  return 0;
}

/** `funding_standard`, recording the branch taken (see `computeFundingStandard`) */
function traceFundingStandard(t: TraceStep[]): number {
  const value = personalPremium + fiscalSubsidy;
  record(t, S6, value);
  return value;
}

/** `payable` for `urban`, recording the branch taken (see `computePayableUrban`) */
function tracePayableUrban(t: TraceStep[]): number {
  // policies/residents/henan-2025.policy:25
  const value = personalPremium;
  record(t, S7, value);
  return value;
}

/** `payable` for `rural`, recording the branch taken (see `computePayableRural`) */
function tracePayableRural(age: number, t: TraceStep[]): number {
  // policies/residents/henan-2025.policy:22
  // policies/residents/henan-2025.policy:23
  if (age >= 70) {
    const value = 0;
    record(t, S8, value);
    return value;
  }
  // policies/residents/henan-2025.policy:24 — the remaining case
  const value = personalPremium;
  record(t, S9, value);
  return value;
}

/** `subsidy`, recording the branch taken (see `computeSubsidy`) */
function traceSubsidy(fundingStandard: number, payable: number, t: TraceStep[]): number {
  const value = fundingStandard - payable;
  record(t, S10, value);
  return value;
}

/** `credit`, recording the branch taken (see `computeCredit`) */
function traceCredit(t: TraceStep[]): number {
  const value = 0;
  record(t, S11, value);
  return value;
}
const S12: StepInfo = { name: "personal_premium", branch: "=", file: "policies/residents/henan-2025.policy", line: 15, cites: ["F059", "000:125"], unit: "fen", reads: [] };
const S13: StepInfo = { name: "fiscal_subsidy", branch: "=", file: "policies/residents/henan-2025.policy", line: 16, cites: ["F059", "000:125", "财政补助670元"], unit: "fen", reads: [] };

/** Every rule for `hukou` = `urban`. */
function computeForUrban(age: number, month: number): Output {
  const fundingStandard = computeFundingStandard();
  const payable = computePayableUrban();
  const subsidy = computeSubsidy(fundingStandard, payable);
  const credit = computeCredit();
  return { funding_standard: fundingStandard, payable: payable, subsidy: subsidy, credit: credit };
}

/** Every rule for `hukou` = `rural`. */
function computeForRural(age: number, month: number): Output {
  const fundingStandard = computeFundingStandard();
  const payable = computePayableRural(age);
  const subsidy = computeSubsidy(fundingStandard, payable);
  const credit = computeCredit();
  return { funding_standard: fundingStandard, payable: payable, subsidy: subsidy, credit: credit };
}

/** Every rule for `hukou` = `urban`, recording each branch. */
function traceForUrban(age: number, month: number, t: TraceStep[]): Output {
  const fundingStandard = traceFundingStandard(t);
  const payable = tracePayableUrban(t);
  const subsidy = traceSubsidy(fundingStandard, payable, t);
  const credit = traceCredit(t);
  return { funding_standard: fundingStandard, payable: payable, subsidy: subsidy, credit: credit };
}

/** Every rule for `hukou` = `rural`, recording each branch. */
function traceForRural(age: number, month: number, t: TraceStep[]): Output {
  const fundingStandard = traceFundingStandard(t);
  const payable = tracePayableRural(age, t);
  const subsidy = traceSubsidy(fundingStandard, payable, t);
  const credit = traceCredit(t);
  return { funding_standard: fundingStandard, payable: payable, subsidy: subsidy, credit: credit };
}
const L14: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 11, col: 9 };

/** Computes every rule for validated inputs, dispatching once on `hukou` (which it validates). */
function compute(hukou: string, age: number, month: number): Output {
  switch (hukou) {
    case "urban":
      return computeForUrban(age, month);
    case "rural":
      return computeForRural(age, month);
    default:
      return badMember("hukou", hukou, ["urban", "rural"], L14);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(hukou: string, age: number, month: number, t: TraceStep[]): Output {
  record(t, S12, personalPremium);
  record(t, S13, fiscalSubsidy);
  switch (hukou) {
    case "urban":
      return traceForUrban(age, month, t);
    case "rural":
      return traceForRural(age, month, t);
    default:
      return badMember("hukou", hukou, ["urban", "rural"], L14);
  }
}
const L15: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 11, col: 9 };
const L16: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 12, col: 9 };
const L17: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 13, col: 9 };

function run(input: Input): Output {
  const hukou = input.hukou;
  const age = input.age;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 0 || age > 120 || month < H_START || month > H_END) return invalid(input);
  return compute(hukou, age, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  const hukou = input.hukou;
  const age = input.age;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 0 || age > 120 || month < H_START || month > H_END) return invalid(input);
  return computeTraced(hukou, age, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Reports the first invalid field of an input that failed validation (the cold path). */
function invalid(input: Input): never {
  const age = input.age;
  if (!Number.isInteger(age) || age < 0 || age > 120) badNumber("age", age, 0, 120, "years", L16);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L17);
  return fail("invalid_input", "hukou", L15, "invalid input");
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

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumns`, which keeps no object per row. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** The numeric outputs of many inputs, one typed array per output (money in integer fen). */
export interface OutputColumns {
  readonly funding_standard: Float64Array;
  readonly payable: Float64Array;
  readonly subsidy: Float64Array;
  readonly credit: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const fundingStandardColumn = new Float64Array(rows.length);
  const payableColumn = new Float64Array(rows.length);
  const subsidyColumn = new Float64Array(rows.length);
  const creditColumn = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const out = run(rows[k]!);
    fundingStandardColumn[k] = out.funding_standard;
    payableColumn[k] = out.payable;
    subsidyColumn[k] = out.subsidy;
    creditColumn[k] = out.credit;
  }

  return { funding_standard: fundingStandardColumn, payable: payableColumn, subsidy: subsidyColumn, credit: creditColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const hukou = person.hukou;
  const age = person.age;
  if (!Number.isInteger(age) || age < 0 || age > 120) badNumber("age", age, 0, 120, "years", L16);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L17);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L17);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(hukou, age, month));
  return out;
}

/** Codes of `hukou` in columns: code c stands for `hukouCodes[c]`. */
export const hukouCodes = ["urban", "rural"] as const;

/** Columnar input of `evaluateColumnar`: one array per person input, index p = person p, all of one length. Enums are codes into the `…Codes` arrays, booleans 0/1, months indices year·12 + month − 1, money integer fen. */
export interface PersonColumns {
  /** hukou */
  readonly hukou: Uint8Array;
  /** age */
  readonly age: Int32Array | Float64Array;
}

/** One column per output, one row per person and month (person-major). */
export interface ColumnarValues {
  /** funding_standard: integer fen */
  readonly funding_standard: Float64Array;
  /** payable: integer fen */
  readonly payable: Float64Array;
  /** subsidy: integer fen */
  readonly subsidy: Float64Array;
  /** credit: integer fen */
  readonly credit: Float64Array;
}

/** For each output that may be not applicable: 1 where it applies, 0 where it does not. */
export interface ColumnarPresent {
}

/** The result of `evaluateColumnar`: values and presence, row k = p·M + (month − from). */
export interface ColumnarResult {
  readonly values: ColumnarValues;
  readonly present: ColumnarPresent;
}
const L18: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 12, col: 9 };
const L19: PolicyLocation = { file: "policies/residents/henan-2025.policy", line: 13, col: 9 };

/** The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set. */
function columnarRows(persons: PersonColumns, p: number, from: number, months: number, result: ColumnarResult): void {
  const hukouColumn = persons.hukou;
  const ageColumn = persons.age;
  const fundingStandardValues = result.values.funding_standard;
  const payableValues = result.values.payable;
  const subsidyValues = result.values.subsidy;
  const creditValues = result.values.credit;
  for (let j = 0; j < months; j++) {
    const row = p * months + j;
    let o: Output;
    try {
      o = run({ hukou: hukouColumn[p]! < 2 ? hukouCodes[hukouColumn[p]!]! : hukouColumn[p]!, age: ageColumn[p]!, month: monthText(from + j) } as unknown as Input);
    } catch (e) {
      throw atRow(e, row);
    }

    fundingStandardValues[row] = o.funding_standard;
    payableValues[row] = o.payable;
    subsidyValues[row] = o.subsidy;
    creditValues[row] = o.credit;
  }
}

/** The rows of one person with `hukou` = `urban`, from row `k` on: per-person rules once, the rest per month. */
function columnarForUrban(from: number, to: number, k: number, fundingStandardValues: Float64Array, payableValues: Float64Array, subsidyValues: Float64Array, creditValues: Float64Array): void {
  const fundingStandard = computeFundingStandard();
  const payable = computePayableUrban();
  const subsidy = computeSubsidy(fundingStandard, payable);
  const credit = computeCredit();
  for (let month = from; month <= to; month++) {
    fundingStandardValues[k] = fundingStandard;
    payableValues[k] = payable;
    subsidyValues[k] = subsidy;
    creditValues[k] = credit;
    k++;
  }
}

/** The rows of one person with `hukou` = `rural`, from row `k` on: per-person rules once, the rest per month. */
function columnarForRural(age: number, from: number, to: number, k: number, fundingStandardValues: Float64Array, payableValues: Float64Array, subsidyValues: Float64Array, creditValues: Float64Array): void {
  const fundingStandard = computeFundingStandard();
  const payable = computePayableRural(age);
  const subsidy = computeSubsidy(fundingStandard, payable);
  const credit = computeCredit();
  for (let month = from; month <= to; month++) {
    fundingStandardValues[k] = fundingStandard;
    payableValues[k] = payable;
    subsidyValues[k] = subsidy;
    creditValues[k] = credit;
    k++;
  }
}

/**
 * Evaluates region `henan_residents_2025` for P persons × every month from `from` to `to` (month indices, inclusive), from typed-array columns into typed-array columns (pass `out` to reuse preallocated columns of at least P × M rows). Row k = p × M + (month − from).
 * Per-person work runs once per person, only month-dependent rules per month. Validates exactly like `evaluate` and throws its `PolicyError`, with `row` set; on error the contents of `out` are unspecified.
 */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const hukouColumn = persons.hukou;
  const ageColumn = persons.age;
  const count = hukouColumn.length;
  if (ageColumn.length !== count) fail("invalid_input", "age", L18, "column `age` has " + ageColumn.length + " values for " + count + " persons");
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) fail("invalid_input", "month", L19, "the month range must be two month indices (year × 12 + month − 1) with from <= to");
  const months = to - from + 1;
  const monthsOk = from >= H_START && to <= H_END;
  const rows = count * months;
  const result: ColumnarResult = out ?? { values: { funding_standard: new Float64Array(rows), payable: new Float64Array(rows), subsidy: new Float64Array(rows), credit: new Float64Array(rows) }, present: {} };
  const fundingStandardValues = result.values.funding_standard;
  const payableValues = result.values.payable;
  const subsidyValues = result.values.subsidy;
  const creditValues = result.values.credit;
  if (fundingStandardValues.length < rows || payableValues.length < rows || subsidyValues.length < rows || creditValues.length < rows) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
  for (let p = 0; p < count; p++) {
    const k = p * months;
    const hukouCode = hukouColumn[p]!;
    const age = ageColumn[p]!;
    if (!monthsOk || !Number.isInteger(age) || age < 0 || age > 120) {
      columnarRows(persons, p, from, months, result);
      continue;
    }

    switch (hukouCode) {
      case 0:
        columnarForUrban(from, to, k, fundingStandardValues, payableValues, subsidyValues, creditValues);
        break;
      case 1:
        columnarForRural(age, from, to, k, fundingStandardValues, payableValues, subsidyValues, creditValues);
        break;
      default:
        columnarRows(persons, p, from, months, result);
    }

  }

  return result;
}
