// Generated from policies/bindings/pingliang-2025.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { listOk, badList, fail, record, parseMonth, hasOwn, badShape, badBatch, badMonth } from "@policyc/runtime";
import type { EvaluateOptions, FieldSpec, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `pingliang_bindings_2025`: 平凉门诊共济定点绑定 2025 Pingliang outpatient bindings. Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "pingliang_bindings_2025";
/** The policy file this module was generated from. */
export const source = "policies/bindings/pingliang-2025.policy";

/** One item of `bindings`: record `binding`. Money is integer fen. */
export interface Binding {
  readonly holder: "main_insured" | "spouse" | "child";
  readonly level: "community_or_primary" | "tier2" | "tier3";
}

/** Input of region `pingliang_bindings_2025`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** a list of 1..20 `binding` items — policies/bindings/pingliang-2025.policy:16 (the institutions bound by the main insured and the family members sharing the quota) */
  readonly bindings: readonly Binding[];
  /** calendar month `YYYY-MM` — policies/bindings/pingliang-2025.policy:17 */
  readonly month: string;
}

/** Output of region `pingliang_bindings_2025`. Money is integer fen. */
export interface Output {
  /** int — policies/bindings/pingliang-2025.policy:25 (F097, T36, assumption: the quota is shared by the family, not per person) */
  readonly quota_used: number;
  /** int — policies/bindings/pingliang-2025.policy:26 */
  readonly family_bindings: number;
  /** int — policies/bindings/pingliang-2025.policy:27 (F097) */
  readonly tier3_count: number;
  /** bool — policies/bindings/pingliang-2025.policy:28 */
  readonly any_by_family: boolean;
  /** bool — policies/bindings/pingliang-2025.policy:29 (F097, 002:136) */
  readonly binding_valid: boolean;
}

const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
// policies/bindings/pingliang-2025.policy:19 (F097, 002:136, 主账户(参保人)可绑定3家医院)
const maxInstitutions = 3;
// policies/bindings/pingliang-2025.policy:20 (F097, 002:136, 三级医院不超过1家)
const maxTier3 = 1;
/** The fields of record `binding`. */
const bindingFields: readonly FieldSpec[] = [{ name: "holder", kind: "member", members: ["main_insured", "spouse", "child"] }, { name: "level", kind: "member", members: ["community_or_primary", "tier2", "tier3"] }];
const L0: PolicyLocation = { file: "policies/bindings/pingliang-2025.policy", line: 16, col: 9 };
const L1: PolicyLocation = { file: "policies/bindings/pingliang-2025.policy", line: 17, col: 9 };
const S0: StepInfo = { name: "max_institutions", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 19, cites: ["F097", "002:136", "主账户(参保人)可绑定3家医院"], unit: "", reads: [] };
const S1: StepInfo = { name: "max_tier3", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 20, cites: ["F097", "002:136", "三级医院不超过1家"], unit: "", reads: [] };
const S2: StepInfo = { name: "quota_used", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 25, cites: ["F097", "T36", "assumption: the quota is shared by the family, not per person"], unit: "", reads: ["bindings"] };
const S3: StepInfo = { name: "family_bindings", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 26, cites: [], unit: "", reads: ["bindings"] };
const S4: StepInfo = { name: "tier3_count", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 27, cites: ["F097"], unit: "", reads: ["bindings"] };
const S5: StepInfo = { name: "any_by_family", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 28, cites: [], unit: "", reads: ["bindings"] };
const S6: StepInfo = { name: "binding_valid", branch: "=", file: "policies/bindings/pingliang-2025.policy", line: 29, cites: ["F097", "002:136"], unit: "", reads: ["quota_used", "max_institutions", "tier3_count", "max_tier3"] };
/** `quota_used` — policies/bindings/pingliang-2025.policy:25 (F097, T36, assumption: the quota is shared by the family, not per person) */
function computeQuotaUsed(bindings: readonly Binding[]): number {
  return bindings.length;
}

/** `by_family_member` for one item of `bindings` — policies/bindings/pingliang-2025.policy:23 (F097, 家庭成员(如配偶、子女)) */
function itemByFamilyMember(it: Binding): boolean {
  return !(it.holder === "main_insured");
}

/** `count(bindings where …)` over the items of `bindings` for which the condition holds */
function countOverBindings(bindings: readonly Binding[]): number {
  let acc = 0;
  for (let k = 0; k < bindings.length; k++) {
    const it = bindings[k]!;
    if (!(itemByFamilyMember(it))) continue;
    acc++;
  }
  return acc;
}

/** `family_bindings` — policies/bindings/pingliang-2025.policy:26 */
function computeFamilyBindings(bindings: readonly Binding[]): number {
  return countOverBindings(bindings);
}

/** `tier3` for one item of `bindings` — policies/bindings/pingliang-2025.policy:22 (F097) */
function itemTier3(it: Binding): boolean {
  return it.level === "tier3";
}

/** `count(bindings where …)` over the items of `bindings` for which the condition holds */
function countOverBindings2(bindings: readonly Binding[]): number {
  let acc = 0;
  for (let k = 0; k < bindings.length; k++) {
    const it = bindings[k]!;
    if (!(itemTier3(it))) continue;
    acc++;
  }
  return acc;
}

/** `tier3_count` — policies/bindings/pingliang-2025.policy:27 (F097) */
function computeTier3Count(bindings: readonly Binding[]): number {
  return countOverBindings2(bindings);
}

/** `any(by_family_member)` over the items of `bindings` */
function anyOverBindings(bindings: readonly Binding[]): boolean {
  for (let k = 0; k < bindings.length; k++) {
    const it = bindings[k]!;
    if (itemByFamilyMember(it)) return true;
  }
  return false;
}

/** `any_by_family` — policies/bindings/pingliang-2025.policy:28 */
function computeAnyByFamily(bindings: readonly Binding[]): boolean {
  return anyOverBindings(bindings);
}

/** `binding_valid` — policies/bindings/pingliang-2025.policy:29 (F097, 002:136) */
function computeBindingValid(quotaUsed: number, tier3Count: number): boolean {
  return quotaUsed <= maxInstitutions && tier3Count <= maxTier3;
}

/** Computes every rule for validated inputs. */
function compute(bindings: readonly Binding[]): Output {
  const quotaUsed = computeQuotaUsed(bindings);
  const familyBindings = computeFamilyBindings(bindings);
  const tier3Count = computeTier3Count(bindings);
  const anyByFamily = computeAnyByFamily(bindings);
  const bindingValid = computeBindingValid(quotaUsed, tier3Count);
  return { quota_used: quotaUsed, family_bindings: familyBindings, tier3_count: tier3Count, any_by_family: anyByFamily, binding_valid: bindingValid };
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(bindings: readonly Binding[], t: TraceStep[]): Output {
  record(t, S0, maxInstitutions);
  record(t, S1, maxTier3);
  const quotaUsed = record(t, S2, computeQuotaUsed(bindings));
  const familyBindings = record(t, S3, computeFamilyBindings(bindings));
  const tier3Count = record(t, S4, computeTier3Count(bindings));
  const anyByFamily = record(t, S5, computeAnyByFamily(bindings));
  const bindingValid = record(t, S6, computeBindingValid(quotaUsed, tier3Count));
  return { quota_used: quotaUsed, family_bindings: familyBindings, tier3_count: tier3Count, any_by_family: anyByFamily, binding_valid: bindingValid };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const bindings = input.bindings;
  const month = parseMonth(input.month);
  if (!listOk(bindings, 1, 20, bindingFields) || month < H_START || month > H_END || !hasOwn(input, "bindings") || !hasOwn(input, "month")) return invalid(input);
  return compute(bindings);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const bindings = input.bindings;
  return computeTraced(bindings, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["bindings", "month"], [L0, L1], "input");
  const bindings = input.bindings;
  badList("bindings", bindings, 1, 20, bindingFields, L0);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L1);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "bindings", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `pingliang_bindings_2025` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "bindings", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["bindings"], [L0], "person");
  const bindings = person.bindings;
  badList("bindings", bindings, 1, 20, bindingFields, L0);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L1);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L1);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(bindings));
  return out;
}
