// Generated from policies/bindings/zhangye-2025.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { listOk, badList, fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMonth } from "@policyc/runtime";
import type { EvaluateOptions, FieldSpec, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `zhangye_bindings_2025`: 张掖门诊共济定点绑定 2025 Zhangye outpatient bindings. Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "zhangye_bindings_2025";
/** The policy file this module was generated from. */
export const source = "policies/bindings/zhangye-2025.policy";

/** One item of `institutions`: record `institution`. Money is integer fen. */
export interface Institution {
  readonly level: "community_or_primary" | "tier2" | "tier3";
}

/** Input of region `zhangye_bindings_2025`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** a list of 1..10 `institution` items — policies/bindings/zhangye-2025.policy:15 (the designated institutions an insured person asks to bind) */
  readonly institutions: readonly Institution[];
  /** whole number, 0..12 — policies/bindings/zhangye-2025.policy:16 (F096, changes of the binding already made this year) */
  readonly changes_this_year: number;
  /** calendar month `YYYY-MM` — policies/bindings/zhangye-2025.policy:17 */
  readonly month: string;
}

/** Output of region `zhangye_bindings_2025`. Money is integer fen. */
export interface Output {
  /** int — policies/bindings/zhangye-2025.policy:26 */
  readonly institution_count: number;
  /** int — policies/bindings/zhangye-2025.policy:27 (F095) */
  readonly tier3_count: number;
  /** bool — policies/bindings/zhangye-2025.policy:28 */
  readonly all_tier2_or_below: boolean;
  /** bool — policies/bindings/zhangye-2025.policy:29 (F095, 002:130) */
  readonly binding_valid: boolean;
  /** bool — policies/bindings/zhangye-2025.policy:30 (F096, 002:130) */
  readonly change_allowed: boolean;
}

const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
// policies/bindings/zhangye-2025.policy:19 (F095, 002:130, 绑定最多3家定点医疗机构)
const maxInstitutions = 3;
// policies/bindings/zhangye-2025.policy:20 (F095, 002:130, 1家三级医院)
const maxTier3 = 1;
// policies/bindings/zhangye-2025.policy:21 (F096, 002:130, 绑定后年度内可变更1次)
const changesPerYear = 1;
/** The fields of record `institution`. */
const institutionFields: readonly FieldSpec[] = [{ name: "level", kind: "member", members: ["community_or_primary", "tier2", "tier3"] }];
const L0: PolicyLocation = { file: "policies/bindings/zhangye-2025.policy", line: 15, col: 9 };
const L1: PolicyLocation = { file: "policies/bindings/zhangye-2025.policy", line: 16, col: 9 };
const L2: PolicyLocation = { file: "policies/bindings/zhangye-2025.policy", line: 17, col: 9 };
const S0: StepInfo = { name: "max_institutions", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 19, cites: ["F095", "002:130", "绑定最多3家定点医疗机构"], unit: "", reads: [] };
const S1: StepInfo = { name: "max_tier3", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 20, cites: ["F095", "002:130", "1家三级医院"], unit: "", reads: [] };
const S2: StepInfo = { name: "changes_per_year", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 21, cites: ["F096", "002:130", "绑定后年度内可变更1次"], unit: "", reads: [] };
const S3: StepInfo = { name: "institution_count", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 26, cites: [], unit: "", reads: ["institutions"] };
const S4: StepInfo = { name: "tier3_count", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 27, cites: ["F095"], unit: "", reads: ["institutions"] };
const S5: StepInfo = { name: "all_tier2_or_below", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 28, cites: [], unit: "", reads: ["institutions"] };
const S6: StepInfo = { name: "binding_valid", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 29, cites: ["F095", "002:130"], unit: "", reads: ["institution_count", "max_institutions", "tier3_count", "max_tier3"] };
const S7: StepInfo = { name: "change_allowed", branch: "=", file: "policies/bindings/zhangye-2025.policy", line: 30, cites: ["F096", "002:130"], unit: "", reads: ["changes_this_year", "changes_per_year"] };
/** `institution_count` — policies/bindings/zhangye-2025.policy:26 */
function computeInstitutionCount(institutions: readonly Institution[]): number {
  return institutions.length;
}

/** `tier3` for one item of `institutions` — policies/bindings/zhangye-2025.policy:23 (F095) */
function itemTier3(it: Institution): boolean {
  return it.level === "tier3";
}

/** `count(institutions where …)` over the items of `institutions` for which the condition holds */
function countOverInstitutions(institutions: readonly Institution[]): number {
  let acc = 0;
  for (let k = 0; k < institutions.length; k++) {
    const it = institutions[k]!;
    if (!(itemTier3(it))) continue;
    acc++;
  }
  return acc;
}

/** `tier3_count` — policies/bindings/zhangye-2025.policy:27 (F095) */
function computeTier3Count(institutions: readonly Institution[]): number {
  return countOverInstitutions(institutions);
}

/** `tier2_or_below` for one item of `institutions` — policies/bindings/zhangye-2025.policy:24 (F095, 二级及以下医院(含社区卫生服务中心)) */
function itemTier2OrBelow(it: Institution): boolean {
  return it.level === "community_or_primary" || it.level === "tier2";
}

/** `all(tier2_or_below)` over the items of `institutions` */
function allOverInstitutions(institutions: readonly Institution[]): boolean {
  for (let k = 0; k < institutions.length; k++) {
    const it = institutions[k]!;
    if (!(itemTier2OrBelow(it))) return false;
  }
  return true;
}

/** `all_tier2_or_below` — policies/bindings/zhangye-2025.policy:28 */
function computeAllTier2OrBelow(institutions: readonly Institution[]): boolean {
  return allOverInstitutions(institutions);
}

/** `binding_valid` — policies/bindings/zhangye-2025.policy:29 (F095, 002:130) */
function computeBindingValid(institutionCount: number, tier3Count: number): boolean {
  return institutionCount <= maxInstitutions && tier3Count <= maxTier3;
}

/** `change_allowed` — policies/bindings/zhangye-2025.policy:30 (F096, 002:130) */
function computeChangeAllowed(changesThisYear: number): boolean {
  return changesThisYear < changesPerYear;
}

/** Computes every rule for validated inputs. */
function compute(institutions: readonly Institution[], changesThisYear: number): Output {
  const institutionCount = computeInstitutionCount(institutions);
  const tier3Count = computeTier3Count(institutions);
  const allTier2OrBelow = computeAllTier2OrBelow(institutions);
  const bindingValid = computeBindingValid(institutionCount, tier3Count);
  const changeAllowed = computeChangeAllowed(changesThisYear);
  return { institution_count: institutionCount, tier3_count: tier3Count, all_tier2_or_below: allTier2OrBelow, binding_valid: bindingValid, change_allowed: changeAllowed };
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(institutions: readonly Institution[], changesThisYear: number, t: TraceStep[]): Output {
  record(t, S0, maxInstitutions);
  record(t, S1, maxTier3);
  record(t, S2, changesPerYear);
  const institutionCount = record(t, S3, computeInstitutionCount(institutions));
  const tier3Count = record(t, S4, computeTier3Count(institutions));
  const allTier2OrBelow = record(t, S5, computeAllTier2OrBelow(institutions));
  const bindingValid = record(t, S6, computeBindingValid(institutionCount, tier3Count));
  const changeAllowed = record(t, S7, computeChangeAllowed(changesThisYear));
  return { institution_count: institutionCount, tier3_count: tier3Count, all_tier2_or_below: allTier2OrBelow, binding_valid: bindingValid, change_allowed: changeAllowed };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const institutions = input.institutions;
  const changesThisYear = input.changes_this_year;
  const month = parseMonth(input.month);
  if (!listOk(institutions, 1, 10, institutionFields) || !Number.isInteger(changesThisYear) || changesThisYear < 0 || changesThisYear > 12 || month < H_START || month > H_END || !hasOwn(input, "institutions") || !hasOwn(input, "changes_this_year") || !hasOwn(input, "month")) return invalid(input);
  return compute(institutions, changesThisYear);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const institutions = input.institutions;
  const changesThisYear = input.changes_this_year;
  return computeTraced(institutions, changesThisYear, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["institutions", "changes_this_year", "month"], [L0, L1, L2], "input");
  const institutions = input.institutions;
  badList("institutions", institutions, 1, 10, institutionFields, L0);
  const changesThisYear = input.changes_this_year;
  if (!Number.isInteger(changesThisYear) || changesThisYear < 0 || changesThisYear > 12) badNumber("changes_this_year", changesThisYear, 0, 12, "units", L1);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "institutions", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `zhangye_bindings_2025` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "institutions", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["institutions", "changes_this_year"], [L0, L1], "person");
  const institutions = person.institutions;
  badList("institutions", institutions, 1, 10, institutionFields, L0);
  const changesThisYear = person.changes_this_year;
  if (!Number.isInteger(changesThisYear) || changesThisYear < 0 || changesThisYear > 12) badNumber("changes_this_year", changesThisYear, 0, 12, "units", L1);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(institutions, changesThisYear));
  return out;
}
