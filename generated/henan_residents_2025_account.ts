// Generated from policies/variants/henan-residents-account.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, unwrap, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./henan_residents_2025.js";

/** Region `henan_residents_2025_account`: 河南城乡居民医保 2025（居民个人账户读法）Henan residents, 2025, with a resident account. Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "henan_residents_2025_account";
/** The policy file this module was generated from. */
export const source = "policies/variants/henan-residents-account.policy";
/** Values of input `hukou`. */
export type Hukou = "urban" | "rural";

/** Input of region `henan_residents_2025_account`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of urban, rural — policies/residents/henan-2025.policy:11 (F061) */
  readonly hukou: Hukou;
  /** whole years, 0..120 — policies/residents/henan-2025.policy:12 */
  readonly age: number;
  /** calendar month `YYYY-MM` — policies/residents/henan-2025.policy:13 */
  readonly month: string;
}

/** Output of region `henan_residents_2025_account`. Money is integer fen. */
export interface Output {
  /** money in fen per year — policies/residents/henan-2025.policy:18 (F059, 总筹资标准 :每人1070元) */
  readonly funding_standard: number;
  /** money in fen per year — policies/residents/henan-2025.policy:21 (F061, 000:29) */
  readonly payable: number;
  /** money in fen per year — policies/residents/henan-2025.policy:27 (F059, F061) */
  readonly subsidy: number;
  /** money in fen per month — policies/variants/henan-residents-account.policy:15 (F057, 003:7, a yearly credit; the month it is posted is not stated) */
  readonly credit: number;
  /** money in fen per year — policies/variants/henan-residents-account.policy:12 (F057, 003:7, 医保个人账户每年都会有一笔资金入账) */
  readonly yearly_credit: number;
}

/** What this region shares with `henan_residents_2025`. */
const {
  computePayableRural, computeSubsidy, fiscalSubsidy, L0, L1, L2, personalPremium, S0, S1, S2, S3, S4,
  tracePayableRural,
} = $parent;
const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
const L3: PolicyLocation = { file: "policies/variants/henan-residents-account.policy", line: 17, col: 5 };
const S8: StepInfo = { name: "credit", branch: "when payable = 0", file: "policies/variants/henan-residents-account.policy", line: 16, cites: ["F057", "003:7", "a yearly credit; the month it is posted is not stated", "F061", "T20", "a resident who pays nothing has nothing credited, in any month"], unit: "fen", reads: ["payable"] };
const S9: StepInfo = { name: "yearly_credit", branch: "=", file: "policies/variants/henan-residents-account.policy", line: 12, cites: ["F057", "003:7", "医保个人账户每年都会有一笔资金入账"], unit: "fen", reads: ["payable"] };
/** `credit` — policies/variants/henan-residents-account.policy:15 (F057, 003:7, a yearly credit; the month it is posted is not stated) */
function computeCredit(payable: number): number {
  // policies/variants/henan-residents-account.policy:16
  if (payable === 0) {
    return 0;
  }
  // policies/variants/henan-residents-account.policy:17
  return fail("unspecified", "credit", L3, "credit: otherwise is unspecified in the sources");
}

/** `yearly_credit` — policies/variants/henan-residents-account.policy:12 (F057, 003:7, 医保个人账户每年都会有一笔资金入账) */
function computeYearlyCredit(payable: number): number {
  return payable;
}

/** Every rule for `hukou` = `urban` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForUrban(): Output {
  const fundingStandard = attempt(() => personalPremium + fiscalSubsidy);
  const subsidy = fundingStandard instanceof Failed ? fundingStandard : attempt(() => computeSubsidy(fundingStandard, personalPremium));
  const credit = attempt(() => computeCredit(personalPremium));
  const yearlyCredit = attempt(() => computeYearlyCredit(personalPremium));
  return settle<Output>({ funding_standard: fundingStandard, payable: personalPremium, subsidy, credit, yearly_credit: yearlyCredit });
}

/** Every rule for `hukou` = `urban`. */
function computeForUrban(): Output {
  try {
    const fundingStandard = personalPremium + fiscalSubsidy;
    const subsidy = computeSubsidy(fundingStandard, personalPremium);
    const credit = computeCredit(personalPremium);
    const yearlyCredit = computeYearlyCredit(personalPremium);
    return { funding_standard: fundingStandard, payable: personalPremium, subsidy, credit, yearly_credit: yearlyCredit };
  } catch {
    return lazyForUrban();
  }
}

/** `credit` — policies/variants/henan-residents-account.policy:15 (F057, 003:7, a yearly credit; the month it is posted is not stated) */
function computeCredit2(payable: number | Failed): number {
  // policies/variants/henan-residents-account.policy:16
  if (unwrap(payable) === 0) {
    return 0;
  }
  // policies/variants/henan-residents-account.policy:17
  return fail("unspecified", "credit", L3, "credit: otherwise is unspecified in the sources");
}

/** Every rule for `hukou` = `rural` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForRural(age: number): Output {
  const fundingStandard = attempt(() => personalPremium + fiscalSubsidy);
  const payable = attempt(() => computePayableRural(age));
  const subsidy = fundingStandard instanceof Failed ? fundingStandard : payable instanceof Failed ? payable : attempt(() => computeSubsidy(fundingStandard, payable));
  const credit = attempt(() => computeCredit2(payable));
  const yearlyCredit = payable instanceof Failed ? payable : attempt(() => computeYearlyCredit(payable));
  return settle<Output>({ funding_standard: fundingStandard, payable, subsidy, credit, yearly_credit: yearlyCredit });
}

/** Every rule for `hukou` = `rural`. */
function computeForRural(age: number): Output {
  try {
    const fundingStandard = personalPremium + fiscalSubsidy;
    const payable = computePayableRural(age);
    const subsidy = computeSubsidy(fundingStandard, payable);
    const credit = computeCredit(payable);
    const yearlyCredit = computeYearlyCredit(payable);
    return { funding_standard: fundingStandard, payable, subsidy, credit, yearly_credit: yearlyCredit };
  } catch {
    return lazyForRural(age);
  }
}

function columnarForUrban(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const fundingStandard = personalPremium + fiscalSubsidy;
    const subsidy = computeSubsidy(fundingStandard, personalPremium);
    const credit = computeCredit(personalPremium);
    const yearlyCredit = computeYearlyCredit(personalPremium);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = fundingStandard;
      v1[k] = personalPremium;
      v2[k] = subsidy;
      v3[k] = credit;
      v4[k] = yearlyCredit;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForRural(age: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const fundingStandard = personalPremium + fiscalSubsidy;
    const payable = computePayableRural(age);
    const subsidy = computeSubsidy(fundingStandard, payable);
    const credit = computeCredit(payable);
    const yearlyCredit = computeYearlyCredit(payable);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = fundingStandard;
      v1[k] = payable;
      v2[k] = subsidy;
      v3[k] = credit;
      v4[k] = yearlyCredit;
    }
  } catch {
    return false;
  }
  return true;
}

/** `credit`, recording the branch taken */
function traceCredit(payable: number, t: TraceStep[]): number {
  // policies/variants/henan-residents-account.policy:16
  if (payable === 0) {
    return record(t, S8, 0);
  }
  // policies/variants/henan-residents-account.policy:17
  return fail("unspecified", "credit", L3, "credit: otherwise is unspecified in the sources");
}

/** Every rule for `hukou` = `urban`, recording each branch. */
function traceForUrban(t: TraceStep[]): Output {
  const fundingStandard = record(t, S2, personalPremium + fiscalSubsidy);
  record(t, S3, personalPremium);
  const subsidy = record(t, S4, computeSubsidy(fundingStandard, personalPremium));
  const credit = traceCredit(personalPremium, t);
  const yearlyCredit = record(t, S9, computeYearlyCredit(personalPremium));
  return { funding_standard: fundingStandard, payable: personalPremium, subsidy, credit, yearly_credit: yearlyCredit };
}

/** Every rule for `hukou` = `rural`, recording each branch. */
function traceForRural(age: number, t: TraceStep[]): Output {
  const fundingStandard = record(t, S2, personalPremium + fiscalSubsidy);
  const payable = tracePayableRural(age, t);
  const subsidy = record(t, S4, computeSubsidy(fundingStandard, payable));
  const credit = traceCredit(payable, t);
  const yearlyCredit = record(t, S9, computeYearlyCredit(payable));
  return { funding_standard: fundingStandard, payable, subsidy, credit, yearly_credit: yearlyCredit };
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
 * Evaluates region `henan_residents_2025_account` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  readonly values: Readonly<Record<"funding_standard" | "payable" | "subsidy" | "credit" | "yearly_credit", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { hukou: L0, age: L1 });
  const { hukou: hukouCol, age: ageCol } = persons;
  const months = monthCount(from, to, "month", L2);
  const result = columnarResult(out, count * months, "funding_standard payable subsidy credit yearly_credit", "");
  const { funding_standard: v0, payable: v1, subsidy: v2, credit: v3, yearly_credit: v4 } = result.values;
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
        if (!columnarForUrban(from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 1:
        if (!columnarForRural(age, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
