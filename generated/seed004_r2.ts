// Generated from policies/seed004/seed004-r2.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, Rate, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `seed004_r2`: 种子004 读法R2（按公式）seed 004, reading R2. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "seed004_r2";
/** The policy file this module was generated from. */
export const source = "policies/seed004/seed004-r2.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `seed004_r2`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/seed004/seed004-r2.policy:30 */
  readonly status: Status;
  /** whole years, 16..120 — policies/seed004/seed004-r2.policy:31 (C25, whole years; bands are [0,35), [35,45), [45,∞) (T07)) */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/seed004/seed004-r2.policy:32 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/seed004/seed004-r2.policy:33 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/seed004/seed004-r2.policy:34 */
  readonly month: string;
}

/** Output of region `seed004_r2`. Money is integer fen. */
export interface Output {
  /** null when not applicable to the input; rate — policies/seed004/seed004-r2.policy:53 (F028, 004:17) */
  readonly transfer_rate: Rate | null;
  /** money in fen per month — policies/seed004/seed004-r2.policy:57 (F027) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/seed004/seed004-r2.policy:62 (F028, 004:17, 按本人缴费基数的2.3%划入) */
  readonly employer_to_account: number;
  /** money in fen per month — policies/seed004/seed004-r2.policy:66 (F031, 004:27) */
  readonly credit: number;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/seed004/seed004-r2.policy:36 (F001, 000:5, 个人缴纳的2%: seed 004 gives no rate, F027, 004:11)
const employeeRate = 1; // 1/50
// policies/seed004/seed004-r2.policy:37 (F030, 004:23)
const retireeRate = 3; // 3/50
const L0: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 59, col: 5 };
const L1: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 30, col: 9 };
const L2: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 31, col: 9 };
const L3: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 32, col: 9 };
const L4: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 33, col: 9 };
const L5: PolicyLocation = { file: "policies/seed004/seed004-r2.policy", line: 34, col: 9 };
const S0: StepInfo = { name: "employee_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 36, cites: ["F001", "000:5", "个人缴纳的2%: seed 004 gives no rate", "F027", "004:11"], unit: "rate", reads: [] };
const S1: StepInfo = { name: "retiree_rate", branch: "=", file: "policies/seed004/seed004-r2.policy", line: 37, cites: ["F030", "004:23"], unit: "rate", reads: [] };
const S2: StepInfo = { name: "age_band", branch: "when age < 35", file: "policies/seed004/seed004-r2.policy", line: 41, cites: ["F028", "004:17", "35岁以下"], unit: "", reads: ["age"] };
const S3: StepInfo = { name: "age_band", branch: "when 35 <= age < 45", file: "policies/seed004/seed004-r2.policy", line: 42, cites: ["F028", "004:17", "004:19", "35-44岁"], unit: "", reads: ["age"] };
const S4: StepInfo = { name: "age_band", branch: "when age >= 45", file: "policies/seed004/seed004-r2.policy", line: 43, cites: ["F028", "004:17", "004:21", "45岁以上"], unit: "", reads: ["age"] };
const S5: StepInfo = { name: "band_rate", branch: "under_35", file: "policies/seed004/seed004-r2.policy", line: 51, cites: ["F028", "004:17", "004:19", "004:21"], unit: "rate", reads: ["age_band"] };
const S6: StepInfo = { name: "band_rate", branch: "from_35_to_44", file: "policies/seed004/seed004-r2.policy", line: 51, cites: ["F028", "004:17", "004:19", "004:21"], unit: "rate", reads: ["age_band"] };
const S7: StepInfo = { name: "band_rate", branch: "from_45", file: "policies/seed004/seed004-r2.policy", line: 51, cites: ["F028", "004:17", "004:19", "004:21"], unit: "rate", reads: ["age_band"] };
const S8: StepInfo = { name: "transfer_rate", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 54, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "band_rate"] };
const S9: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 58, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S10: StepInfo = { name: "employer_to_account", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 63, cites: ["F028", "004:17", "按本人缴费基数的2.3%划入", "C02", "R2: band% of the base"], unit: "fen", reads: ["status", "base", "transfer_rate"] };
const S11: StepInfo = { name: "credit", branch: "for employed", file: "policies/seed004/seed004-r2.policy", line: 67, cites: ["F031", "004:27", "F027", "F028"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "pension", "retiree_rate"] };
const S12: StepInfo = { name: "transfer_rate", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 55, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "band_rate"] };
const S13: StepInfo = { name: "personal_contribution", branch: "for retired, resident", file: "policies/seed004/seed004-r2.policy", line: 60, cites: ["F027"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S14: StepInfo = { name: "employer_to_account", branch: "for retired, flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 64, cites: ["F028", "004:17", "按本人缴费基数的2.3%划入"], unit: "fen", reads: ["status", "base", "transfer_rate"] };
const S15: StepInfo = { name: "credit", branch: "for retired", file: "policies/seed004/seed004-r2.policy", line: 68, cites: ["F031", "004:27", "F030", "004:23"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "pension", "retiree_rate"] };
const S16: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/seed004/seed004-r2.policy", line: 69, cites: ["F031", "004:27", "F014", "F054"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "pension", "retiree_rate"] };
/** `age_band` — policies/seed004/seed004-r2.policy:40 (F028, 004:17) */
function computeAgeBand(age: number): "under_35" | "from_35_to_44" | "from_45" {
  // policies/seed004/seed004-r2.policy:41
  if (age < 35) {
    return "under_35";
  }
  // policies/seed004/seed004-r2.policy:42
  if (35 <= age && age < 45) {
    return "from_35_to_44";
  }
  // policies/seed004/seed004-r2.policy:43, the remaining case
  return "from_45";
}

/** `band_rate` — policies/seed004/seed004-r2.policy:48 (F028, 004:17); returns the numerator over 1000 */
function computeBandRate(ageBand: "under_35" | "from_35_to_44" | "from_45"): number {
  // policies/seed004/seed004-r2.policy:51
  if (ageBand === "under_35") {
    return 23;
  }
  // policies/seed004/seed004-r2.policy:51
  if (ageBand === "from_35_to_44") {
    return 15;
  }
  // policies/seed004/seed004-r2.policy:51, the remaining case
  return 17;
}

/** `transfer_rate` for `employed` — policies/seed004/seed004-r2.policy:53 (F028, 004:17); the numerator over 1000 */
function computeTransferRateEmployed(bandRate: number): number {
  return bandRate;
}

/** `personal_contribution` for `employed` — policies/seed004/seed004-r2.policy:57 (F027) */
function computePersonalContributionEmployed(base: number): number {
  return Math.floor((base * employeeRate + 25) / 50);
}

/** `employer_to_account` for `employed` — policies/seed004/seed004-r2.policy:62 (F028, 004:17, 按本人缴费基数的2.3%划入) */
function computeEmployerToAccountEmployed(base: number, transferRate: number): number {
  return Math.floor((base * transferRate + 500) / 1000);
}

/** `credit` for `employed` — policies/seed004/seed004-r2.policy:66 (F031, 004:27) */
function computeCreditEmployed(personalContribution: number, employerToAccount: number): number {
  return personalContribution + employerToAccount;
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number): Output {
  const ageBand = computeAgeBand(age);
  const bandRate = computeBandRate(ageBand);
  const transferRate = computeTransferRateEmployed(bandRate);
  const personalContribution = computePersonalContributionEmployed(base);
  const employerToAccount = computeEmployerToAccountEmployed(base, transferRate);
  const credit = computeCreditEmployed(personalContribution, employerToAccount);
  return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, employer_to_account: employerToAccount, credit };
}

/** `credit` for `retired` — policies/seed004/seed004-r2.policy:66 (F031, 004:27) */
function computeCreditRetired(pension: number): number {
  return Math.floor((pension * retireeRate + 25) / 50);
}

/** Every rule for `status` = `retired`. */
function computeForRetired(pension: number): Output {
  const credit = computeCreditRetired(pension);
  return { transfer_rate: null, personal_contribution: 0, employer_to_account: 0, credit };
}

/** Every rule for `status` = `flexible` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFlexible(): Output {
  const personalContribution = attempt(() => fail("unspecified", "personal_contribution", L0, "personal_contribution: for flexible is unspecified in the sources"));
  return settle<Output>({ transfer_rate: null, personal_contribution: personalContribution, employer_to_account: 0, credit: 0 });
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(): Output {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L0, "personal_contribution: for flexible is unspecified in the sources");
    return { transfer_rate: null, personal_contribution: personalContribution, employer_to_account: 0, credit: 0 };
  } catch {
    return lazyForFlexible();
  }
}

/** Every rule for `status` = `resident`. */
function computeForResident(): Output {
  return { transfer_rate: null, personal_contribution: 0, employer_to_account: 0, credit: 0 };
}

function columnarForEmployed(age: number, base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, p0: Uint8Array): void {
  const ageBand = computeAgeBand(age);
  const bandRate = computeBandRate(ageBand);
  const transferRate = computeTransferRateEmployed(bandRate);
  const personalContribution = computePersonalContributionEmployed(base);
  const employerToAccount = computeEmployerToAccountEmployed(base, transferRate);
  const credit = computeCreditEmployed(personalContribution, employerToAccount);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = transferRate;
    p0[k] = 1;
    v1[k] = personalContribution;
    v2[k] = employerToAccount;
    v3[k] = credit;
  }
}

function columnarForRetired(pension: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, p0: Uint8Array): void {
  const credit = computeCreditRetired(pension);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = NaN;
    p0[k] = 0;
    v1[k] = 0;
    v2[k] = 0;
    v3[k] = credit;
  }
}

function columnarForFlexible(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, p0: Uint8Array): boolean {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L0, "personal_contribution: for flexible is unspecified in the sources");
    for (let month = from; month <= to; month++, k++) {
      v0[k] = NaN;
      p0[k] = 0;
      v1[k] = personalContribution;
      v2[k] = 0;
      v3[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForResident(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, p0: Uint8Array): void {
  for (let month = from; month <= to; month++, k++) {
    v0[k] = NaN;
    p0[k] = 0;
    v1[k] = 0;
    v2[k] = 0;
    v3[k] = 0;
  }
}

/** `age_band`, recording the branch taken */
function traceAgeBand(age: number, t: TraceStep[]): "under_35" | "from_35_to_44" | "from_45" {
  // policies/seed004/seed004-r2.policy:41
  if (age < 35) {
    return record(t, S2, "under_35");
  }
  // policies/seed004/seed004-r2.policy:42
  if (35 <= age && age < 45) {
    return record(t, S3, "from_35_to_44");
  }
  // policies/seed004/seed004-r2.policy:43, the remaining case
  return record(t, S4, "from_45");
}

/** `band_rate`, recording the branch taken */
function traceBandRate(ageBand: "under_35" | "from_35_to_44" | "from_45", t: TraceStep[]): number {
  // policies/seed004/seed004-r2.policy:51
  if (ageBand === "under_35") {
    return record(t, S5, 23, 1000);
  }
  // policies/seed004/seed004-r2.policy:51
  if (ageBand === "from_35_to_44") {
    return record(t, S6, 15, 1000);
  }
  // policies/seed004/seed004-r2.policy:51, the remaining case
  return record(t, S7, 17, 1000);
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  const bandRate = traceBandRate(ageBand, t);
  const transferRate = record(t, S8, computeTransferRateEmployed(bandRate), 1000);
  const personalContribution = record(t, S9, computePersonalContributionEmployed(base));
  const employerToAccount = record(t, S10, computeEmployerToAccountEmployed(base, transferRate));
  const credit = record(t, S11, computeCreditEmployed(personalContribution, employerToAccount));
  return { transfer_rate: { num: transferRate, den: 1000 }, personal_contribution: personalContribution, employer_to_account: employerToAccount, credit };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, pension: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  traceBandRate(ageBand, t);
  record(t, S12, null, 1000);
  record(t, S13, 0);
  record(t, S14, 0);
  const credit = record(t, S15, computeCreditRetired(pension));
  return { transfer_rate: null, personal_contribution: 0, employer_to_account: 0, credit };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(age: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  traceBandRate(ageBand, t);
  record(t, S12, null, 1000);
  const personalContribution = fail("unspecified", "personal_contribution", L0, "personal_contribution: for flexible is unspecified in the sources");
  record(t, S14, 0);
  record(t, S16, 0);
  return { transfer_rate: null, personal_contribution: personalContribution, employer_to_account: 0, credit: 0 };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(age: number, t: TraceStep[]): Output {
  const ageBand = traceAgeBand(age, t);
  traceBandRate(ageBand, t);
  record(t, S12, null, 1000);
  record(t, S13, 0);
  record(t, S14, 0);
  record(t, S16, 0);
  return { transfer_rate: null, personal_contribution: 0, employer_to_account: 0, credit: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, pension: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(age, base);
    case "retired":
      return computeForRetired(pension);
    case "flexible":
      return computeForFlexible();
    case "resident":
      return computeForResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L1);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, t: TraceStep[]): Output {
  record(t, S0, employeeRate, 50);
  record(t, S1, retireeRate, 50);
  switch (status) {
    case "employed":
      return traceForEmployed(age, base, t);
    case "retired":
      return traceForRetired(age, pension, t);
    case "flexible":
      return traceForFlexible(age, t);
    case "resident":
      return traceForResident(age, t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L1);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END || !hasOwn(input, "status") || !hasOwn(input, "age") || !hasOwn(input, "base") || !hasOwn(input, "pension") || !hasOwn(input, "month")) return invalid(input);
  return compute(status, age, base, pension);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  return computeTraced(status, age, base, pension, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "age", "base", "pension", "month"], [L1, L2, L3, L4, L5], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L2);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L3);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L4);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L5);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "status", L1, "invalid input");
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

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "status", L1);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["status", "age", "base", "pension"], [L1, L2, L3, L4], "person");
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L2);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L3);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L4);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L5);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L5);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension));
  return out;
}

/** Column codes of `status`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly status: Uint8Array;
  readonly age: Int32Array | Float64Array;
  readonly base: Float64Array;
  readonly pension: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"transfer_rate" | "personal_contribution" | "employer_to_account" | "credit", Float64Array>>;
  readonly present: Readonly<Record<"transfer_rate", Uint8Array>>;
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L1, age: L2, base: L3, pension: L4 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol } = persons;
  const months = monthCount(from, to, "month", L5);
  const result = columnarResult(out, count * months, "transfer_rate personal_contribution employer_to_account credit", "transfer_rate");
  const { transfer_rate: v0, personal_contribution: v1, employer_to_account: v2, credit: v3 } = result.values;
  const { transfer_rate: p0 } = result.present;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ status: memberOf(statusCodes, statusCol[p]!), age: ageCol[p]!, base: baseCol[p]!, pension: pensionCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const statusCode = statusCol[p]!;
    const age = ageCol[p]!;
    const base = baseCol[p]!;
    const pension = pensionCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000) {
      slow(p);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(age, base, from, to, k, v0, v1, v2, v3, p0);
        break;
      case 1:
        columnarForRetired(pension, from, to, k, v0, v1, v2, v3, p0);
        break;
      case 2:
        if (!columnarForFlexible(from, to, k, v0, v1, v2, v3, p0)) slow(p);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, p0);
        break;
      default:
        slow(p);
    }

  }

  return result;
}

/**
 * @internal Rules and descriptors that the regions extending `seed004_r2` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  columnarForFlexible, columnarForResident, columnarForRetired, computeAgeBand, computeBandRate,
  computeCreditEmployed, computeCreditRetired, computeEmployerToAccountEmployed, computeForFlexible,
  computeForResident, computeForRetired, computePersonalContributionEmployed, computeTransferRateEmployed,
  employeeRate, L0, L1, L2, L3, L4, L5, retireeRate, S0, S1, S8, S9, S10, S11, S12, S13, S14, S15, S16,
  traceAgeBand, traceBandRate,
};
