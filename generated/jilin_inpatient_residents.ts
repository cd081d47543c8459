// Generated from policies/claims/jilin-inpatient-residents.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, badBoolean, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, flagOf, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./jilin_inpatient.js";

/** Region `jilin_inpatient_residents`: 吉林 住院 Jilin inpatient (resident insurance, as the body's tiers suggest). Horizon 2025-01 onwards; rounding half_up to fen. */
export const region = "jilin_inpatient_residents";
/** The policy file this module was generated from. */
export const source = "policies/claims/jilin-inpatient-residents.policy";
/** Values of input `tier`. */
export type Tier = "tier1" | "tier2";
/** Values of input `level`. */
export type Level = "level1" | "level2" | "level3";
/** Values of input `item`. */
export type Item = "ordinary" | "essential_drug";

/** Input of region `jilin_inpatient_residents`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/jilin-inpatient.policy:23 (F102, page 2025-04: the month of the case) */
  readonly month: string;
  /** one of tier1, tier2 — policies/claims/jilin-inpatient.policy:24 (F102, F103, 缴费档次 一档 / 二档) */
  readonly tier: Tier;
  /** one of level1, level2, level3 — policies/claims/jilin-inpatient.policy:25 (F102, F103, 一级 / 二级 / 三级医院) */
  readonly level: Level;
  /** true or false — policies/claims/jilin-inpatient.policy:26 (F102, 实施基本药物制度) */
  readonly implements_ems: boolean;
  /** one of ordinary, essential_drug — policies/claims/jilin-inpatient.policy:27 (F102, F103, 基本药物90%) */
  readonly item: Item;
  /** money in integer fen, 0..1000000000 — policies/claims/jilin-inpatient.policy:28 (T22, the eligible in-catalogue amount of the case) */
  readonly eligible: number;
}

/** Output of region `jilin_inpatient_residents`. Money is integer fen. */
export interface Output {
  /** enum — policies/claims/jilin-inpatient-residents.policy:10 (C23, reading B: 一档 / 二档 and 未成年居民 are resident insurance's structure) */
  readonly population: "employee" | "resident";
  /** money in fen — policies/claims/jilin-inpatient.policy:55 (T22, T23) */
  readonly reimbursed: number;
}

/** What this region shares with `jilin_inpatient`. */
const {
  C0, computeEssentialDrugRatioTier1, computeEssentialDrugRatioTier2, computeInpatientRatioTier1,
  computeInpatientRatioTier2, computeRatioTier1, computeRatioTier2, computeRatioTier12, computeRatioTier22,
  computeReimbursed, L5, L6, L7, L8, L9, L10, nonEmsRatio, S0, S9, traceEssentialDrugRatioTier1,
  traceEssentialDrugRatioTier2, traceInpatientRatioTier1, traceInpatientRatioTier2, traceRatioTier1,
  traceRatioTier2,
} = $parent;
const H_START = 24300; // 2025-01
const H_END = 119999; // open
const S14: StepInfo = { name: "population", branch: "=", file: "policies/claims/jilin-inpatient-residents.policy", line: 10, cites: ["C23", "reading B: 一档 / 二档 and 未成年居民 are resident insurance's structure"], unit: "", reads: [] };
/** Every rule for `tier` = `tier1` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number): Output {
  const inpatientRatio = attempt(() => computeInpatientRatioTier1(level));
  const essentialDrugRatio = attempt(() => computeEssentialDrugRatioTier1(level));
  const ratio = attempt(() => computeRatioTier12(item, level, implementsEms, inpatientRatio, essentialDrugRatio));
  const reimbursed = ratio instanceof Failed ? ratio : attempt(() => computeReimbursed(eligible, ratio));
  return settle<Output>({ population: "resident", reimbursed });
}

/** Every rule for `tier` = `tier1`. */
function computeForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number): Output {
  try {
    const inpatientRatio = computeInpatientRatioTier1(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier1(level);
    const ratio = computeRatioTier1(item, level, implementsEms, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    return { population: "resident", reimbursed };
  } catch {
    return lazyForTier1(level, implementsEms, item, eligible);
  }
}

/** Every rule for `tier` = `tier2` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForTier2(level: Level, item: Item, eligible: number): Output {
  const inpatientRatio = attempt(() => computeInpatientRatioTier2(level));
  const essentialDrugRatio = attempt(() => computeEssentialDrugRatioTier2(level));
  const ratio = attempt(() => computeRatioTier22(item, inpatientRatio, essentialDrugRatio));
  const reimbursed = ratio instanceof Failed ? ratio : attempt(() => computeReimbursed(eligible, ratio));
  return settle<Output>({ population: "resident", reimbursed });
}

/** Every rule for `tier` = `tier2`. */
function computeForTier2(level: Level, item: Item, eligible: number): Output {
  try {
    const inpatientRatio = computeInpatientRatioTier2(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier2(level);
    const ratio = computeRatioTier2(item, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    return { population: "resident", reimbursed };
  } catch {
    return lazyForTier2(level, item, eligible);
  }
}

function columnarForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number, from: number, to: number, k: number, v0: Uint8Array, v1: Float64Array): boolean {
  try {
    const inpatientRatio = computeInpatientRatioTier1(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier1(level);
    const ratio = computeRatioTier1(item, level, implementsEms, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = C0.indexOf("resident");
      v1[k] = reimbursed;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForTier2(level: Level, item: Item, eligible: number, from: number, to: number, k: number, v0: Uint8Array, v1: Float64Array): boolean {
  try {
    const inpatientRatio = computeInpatientRatioTier2(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier2(level);
    const ratio = computeRatioTier2(item, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = C0.indexOf("resident");
      v1[k] = reimbursed;
    }
  } catch {
    return false;
  }
  return true;
}

/** Every rule for `tier` = `tier1`, recording each branch. */
function traceForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number, t: TraceStep[]): Output {
  record(t, S14, "resident");
  const inpatientRatio = traceInpatientRatioTier1(level, t);
  const essentialDrugRatio = traceEssentialDrugRatioTier1(level, t);
  const ratio = traceRatioTier1(item, level, implementsEms, inpatientRatio, essentialDrugRatio, t);
  const reimbursed = record(t, S9, computeReimbursed(eligible, ratio));
  return { population: "resident", reimbursed };
}

/** Every rule for `tier` = `tier2`, recording each branch. */
function traceForTier2(level: Level, item: Item, eligible: number, t: TraceStep[]): Output {
  record(t, S14, "resident");
  const inpatientRatio = traceInpatientRatioTier2(level, t);
  const essentialDrugRatio = traceEssentialDrugRatioTier2(level, t);
  const ratio = traceRatioTier2(item, inpatientRatio, essentialDrugRatio, t);
  const reimbursed = record(t, S9, computeReimbursed(eligible, ratio));
  return { population: "resident", reimbursed };
}

/** Computes every rule for validated inputs, dispatching once on `tier` (which it validates). */
function compute(tier: string, level: Level, implementsEms: boolean, item: Item, eligible: number): Output {
  switch (tier) {
    case "tier1":
      return computeForTier1(level, implementsEms, item, eligible);
    case "tier2":
      return computeForTier2(level, item, eligible);
    default:
      return badMember("tier", tier, ["tier1", "tier2"], L5);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(tier: string, level: Level, implementsEms: boolean, item: Item, eligible: number, t: TraceStep[]): Output {
  record(t, S0, nonEmsRatio, 5);
  switch (tier) {
    case "tier1":
      return traceForTier1(level, implementsEms, item, eligible, t);
    case "tier2":
      return traceForTier2(level, item, eligible, t);
    default:
      return badMember("tier", tier, ["tier1", "tier2"], L5);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const tier = input.tier;
  const level = input.level;
  const implementsEms = input.implements_ems;
  const item = input.item;
  const eligible = input.eligible;
  if (month < H_START || month > H_END || (level !== "level1" && level !== "level2" && level !== "level3") || (implementsEms !== true && implementsEms !== false) || (item !== "ordinary" && item !== "essential_drug") || !Number.isInteger(eligible) || eligible < 0 || eligible > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "tier") || !hasOwn(input, "level") || !hasOwn(input, "implements_ems") || !hasOwn(input, "item") || !hasOwn(input, "eligible")) return invalid(input);
  return compute(tier, level, implementsEms, item, eligible);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const tier = input.tier;
  const level = input.level;
  const implementsEms = input.implements_ems;
  const item = input.item;
  const eligible = input.eligible;
  return computeTraced(tier, level, implementsEms, item, eligible, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "tier", "level", "implements_ems", "item", "eligible"], [L6, L5, L7, L8, L9, L10], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L6);
  const level = input.level;
  if (level !== "level1" && level !== "level2" && level !== "level3") badMember("level", level, ["level1", "level2", "level3"], L7);
  const implementsEms = input.implements_ems;
  if (implementsEms !== true && implementsEms !== false) badBoolean("implements_ems", implementsEms, L8);
  const item = input.item;
  if (item !== "ordinary" && item !== "essential_drug") badMember("item", item, ["ordinary", "essential_drug"], L9);
  const eligible = input.eligible;
  if (!Number.isInteger(eligible) || eligible < 0 || eligible > 1000000000) badNumber("eligible", eligible, 0, 1000000000, "fen", L10);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L6, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `jilin_inpatient_residents` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L6);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["tier", "level", "implements_ems", "item", "eligible"], [L5, L7, L8, L9, L10], "person");
  const tier = person.tier;
  const level = person.level;
  if (level !== "level1" && level !== "level2" && level !== "level3") badMember("level", level, ["level1", "level2", "level3"], L7);
  const implementsEms = person.implements_ems;
  if (implementsEms !== true && implementsEms !== false) badBoolean("implements_ems", implementsEms, L8);
  const item = person.item;
  if (item !== "ordinary" && item !== "essential_drug") badMember("item", item, ["ordinary", "essential_drug"], L9);
  const eligible = person.eligible;
  if (!Number.isInteger(eligible) || eligible < 0 || eligible > 1000000000) badNumber("eligible", eligible, 0, 1000000000, "fen", L10);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L6);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L6);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(tier, level, implementsEms, item, eligible));
  return out;
}

/** Column codes of `tier`. */
export const tierCodes = ["tier1", "tier2"] as const;
/** Column codes of `level`. */
export const levelCodes = ["level1", "level2", "level3"] as const;
/** Column codes of `item`. */
export const itemCodes = ["ordinary", "essential_drug"] as const;
/** Column codes of `population`. */
export const populationCodes = ["employee", "resident"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly tier: Uint8Array;
  readonly level: Uint8Array;
  readonly implements_ems: Uint8Array;
  readonly item: Uint8Array;
  readonly eligible: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"reimbursed", Float64Array>> & Readonly<Record<"population", Uint8Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { tier: L5, level: L7, implements_ems: L8, item: L9, eligible: L10 });
  const { tier: tierCol, level: levelCol, implements_ems: implementsEmsCol, item: itemCol, eligible: eligibleCol } = persons;
  const months = monthCount(from, to, "month", L6);
  const result = columnarResult(out, count * months, "population reimbursed", "", "population");
  const { population: v0, reimbursed: v1 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ tier: memberOf(tierCodes, tierCol[p]!), level: memberOf(levelCodes, levelCol[p]!), implements_ems: flagOf(implementsEmsCol[p]!), item: memberOf(itemCodes, itemCol[p]!), eligible: eligibleCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present, { population: populationCodes });
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const tierCode = tierCol[p]!;
    const levelCode = levelCol[p]!;
    const implementsEmsCode = implementsEmsCol[p]!;
    const itemCode = itemCol[p]!;
    const eligible = eligibleCol[p]!;
    if (from < H_START || to > H_END || levelCode >= 3 || implementsEmsCode > 1 || itemCode >= 2 || !Number.isInteger(eligible) || eligible < 0 || eligible > 1000000000) {
      slow(p);
      continue;
    }

    const level = levelCodes[levelCode]!;
    const implementsEms = implementsEmsCode === 1;
    const item = itemCodes[itemCode]!;
    switch (tierCode) {
      case 0:
        if (!columnarForTier1(level, implementsEms, item, eligible, from, to, k, v0, v1)) slow(p);
        break;
      case 1:
        if (!columnarForTier2(level, item, eligible, from, to, k, v0, v1)) slow(p);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
