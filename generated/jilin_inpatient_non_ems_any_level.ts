// Generated from policies/claims/jilin-inpatient-non-ems-any-level.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, badBoolean, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, flagOf, unwrap, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./jilin_inpatient.js";

/** Region `jilin_inpatient_non_ems_any_level`: 吉林 住院 Jilin inpatient (60% for non-implementing hospitals at every level). Horizon 2025-01 onwards; rounding half_up to fen. */
export const region = "jilin_inpatient_non_ems_any_level";
/** The policy file this module was generated from. */
export const source = "policies/claims/jilin-inpatient-non-ems-any-level.policy";
/** Values of input `tier`. */
export type Tier = "tier1" | "tier2";
/** Values of input `level`. */
export type Level = "level1" | "level2" | "level3";
/** Values of input `item`. */
export type Item = "ordinary" | "essential_drug";

/** Input of region `jilin_inpatient_non_ems_any_level`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
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

/** Output of region `jilin_inpatient_non_ems_any_level`. Money is integer fen. */
export interface Output {
  /** enum — policies/claims/jilin-inpatient.policy:30 (C23, reading A: the title says 职工医保) */
  readonly population: "employee" | "resident";
  /** money in fen — policies/claims/jilin-inpatient.policy:55 (T22, T23) */
  readonly reimbursed: number;
}

/** What this region shares with `jilin_inpatient`. */
const {
  C0, computeEssentialDrugRatioTier1, computeEssentialDrugRatioTier2, computeInpatientRatioTier1,
  computeInpatientRatioTier2, computeReimbursed, L5, L6, L7, L8, L9, L10, nonEmsRatio, S0, S1, S9,
  traceEssentialDrugRatioTier1, traceEssentialDrugRatioTier2, traceInpatientRatioTier1,
  traceInpatientRatioTier2,
} = $parent;
const H_START = 24300; // 2025-01
const H_END = 119999; // open
const L11: PolicyLocation = { file: "policies/claims/jilin-inpatient-non-ems-any-level.policy", line: 17, col: 7 };
const S14: StepInfo = { name: "ratio", branch: "for ordinary › when tier is tier1 and not implements_ems", file: "policies/claims/jilin-inpatient-non-ems-any-level.policy", line: 14, cites: ["F102", "F103", "C23", "reading: 未实施基本药物制度的医院 at any level"], unit: "rate", reads: ["item", "tier", "implements_ems", "non_ems_ratio", "inpatient_ratio", "essential_drug_ratio"] };
const S15: StepInfo = { name: "ratio", branch: "for ordinary › otherwise", file: "policies/claims/jilin-inpatient-non-ems-any-level.policy", line: 15, cites: ["F102", "F103"], unit: "rate", reads: ["item", "tier", "implements_ems", "non_ems_ratio", "inpatient_ratio", "essential_drug_ratio"] };
const S16: StepInfo = { name: "ratio", branch: "for essential_drug › otherwise", file: "policies/claims/jilin-inpatient-non-ems-any-level.policy", line: 18, cites: ["F102", "F103"], unit: "rate", reads: ["item", "tier", "implements_ems", "non_ems_ratio", "inpatient_ratio", "essential_drug_ratio"] };
/** `ratio` for `tier1` — policies/claims/jilin-inpatient-non-ems-any-level.policy:12 (F102, F103); returns the numerator over 100 */
function computeRatioTier1(item: Item, implementsEms: boolean, inpatientRatio: number, essentialDrugRatio: number): number {
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:13
  if (item === "ordinary") {
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:14
    if (!implementsEms) {
      return nonEmsRatio * 20;
    }
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:15
    return inpatientRatio;
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:16, the remaining case
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:17
  if (!implementsEms) {
    return fail("unspecified", "ratio", L11, "ratio: for essential_drug › when tier is tier1 and not implements_ems is unspecified in the sources");
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:18
  return essentialDrugRatio * 10;
}

/** `ratio` for `tier1` — policies/claims/jilin-inpatient-non-ems-any-level.policy:12 (F102, F103); returns the numerator over 100 */
function computeRatioTier12(item: Item, implementsEms: boolean, inpatientRatio: number | Failed, essentialDrugRatio: number | Failed): number {
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:13
  if (item === "ordinary") {
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:14
    if (!implementsEms) {
      return nonEmsRatio * 20;
    }
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:15
    return unwrap(inpatientRatio);
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:16, the remaining case
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:17
  if (!implementsEms) {
    return fail("unspecified", "ratio", L11, "ratio: for essential_drug › when tier is tier1 and not implements_ems is unspecified in the sources");
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:18
  return unwrap(essentialDrugRatio) * 10;
}

/** Every rule for `tier` = `tier1` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number): Output {
  const inpatientRatio = attempt(() => computeInpatientRatioTier1(level));
  const essentialDrugRatio = attempt(() => computeEssentialDrugRatioTier1(level));
  const ratio = attempt(() => computeRatioTier12(item, implementsEms, inpatientRatio, essentialDrugRatio));
  const reimbursed = ratio instanceof Failed ? ratio : attempt(() => computeReimbursed(eligible, ratio));
  return settle<Output>({ population: "employee", reimbursed });
}

/** Every rule for `tier` = `tier1`. */
function computeForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number): Output {
  try {
    const inpatientRatio = computeInpatientRatioTier1(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier1(level);
    const ratio = computeRatioTier1(item, implementsEms, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    return { population: "employee", reimbursed };
  } catch {
    return lazyForTier1(level, implementsEms, item, eligible);
  }
}

/** `ratio` for `tier2` — policies/claims/jilin-inpatient-non-ems-any-level.policy:12 (F102, F103); returns the numerator over 100 */
function computeRatioTier2(item: Item, inpatientRatio: number, essentialDrugRatio: number): number {
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:13
  if (item === "ordinary") {
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:15
    return inpatientRatio;
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:16, the remaining case
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:18
  return essentialDrugRatio * 10;
}

/** `ratio` for `tier2` — policies/claims/jilin-inpatient-non-ems-any-level.policy:12 (F102, F103); returns the numerator over 100 */
function computeRatioTier22(item: Item, inpatientRatio: number | Failed, essentialDrugRatio: number | Failed): number {
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:13
  if (item === "ordinary") {
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:15
    return unwrap(inpatientRatio);
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:16, the remaining case
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:18
  return unwrap(essentialDrugRatio) * 10;
}

/** Every rule for `tier` = `tier2` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForTier2(level: Level, item: Item, eligible: number): Output {
  const inpatientRatio = attempt(() => computeInpatientRatioTier2(level));
  const essentialDrugRatio = attempt(() => computeEssentialDrugRatioTier2(level));
  const ratio = attempt(() => computeRatioTier22(item, inpatientRatio, essentialDrugRatio));
  const reimbursed = ratio instanceof Failed ? ratio : attempt(() => computeReimbursed(eligible, ratio));
  return settle<Output>({ population: "employee", reimbursed });
}

/** Every rule for `tier` = `tier2`. */
function computeForTier2(level: Level, item: Item, eligible: number): Output {
  try {
    const inpatientRatio = computeInpatientRatioTier2(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier2(level);
    const ratio = computeRatioTier2(item, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    return { population: "employee", reimbursed };
  } catch {
    return lazyForTier2(level, item, eligible);
  }
}

function columnarForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number, from: number, to: number, k: number, v0: Uint8Array, v1: Float64Array): boolean {
  try {
    const inpatientRatio = computeInpatientRatioTier1(level);
    const essentialDrugRatio = computeEssentialDrugRatioTier1(level);
    const ratio = computeRatioTier1(item, implementsEms, inpatientRatio, essentialDrugRatio);
    const reimbursed = computeReimbursed(eligible, ratio);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = C0.indexOf("employee");
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
      v0[k] = C0.indexOf("employee");
      v1[k] = reimbursed;
    }
  } catch {
    return false;
  }
  return true;
}

/** `ratio` for `tier1`, recording the branch taken */
function traceRatioTier1(item: Item, implementsEms: boolean, inpatientRatio: number, essentialDrugRatio: number, t: TraceStep[]): number {
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:13
  if (item === "ordinary") {
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:14
    if (!implementsEms) {
      return record(t, S14, nonEmsRatio * 20, 100);
    }
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:15
    return record(t, S15, inpatientRatio, 100);
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:16, the remaining case
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:17
  if (!implementsEms) {
    return fail("unspecified", "ratio", L11, "ratio: for essential_drug › when tier is tier1 and not implements_ems is unspecified in the sources");
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:18
  return record(t, S16, essentialDrugRatio * 10, 100);
}

/** Every rule for `tier` = `tier1`, recording each branch. */
function traceForTier1(level: Level, implementsEms: boolean, item: Item, eligible: number, t: TraceStep[]): Output {
  record(t, S1, "employee");
  const inpatientRatio = traceInpatientRatioTier1(level, t);
  const essentialDrugRatio = traceEssentialDrugRatioTier1(level, t);
  const ratio = traceRatioTier1(item, implementsEms, inpatientRatio, essentialDrugRatio, t);
  const reimbursed = record(t, S9, computeReimbursed(eligible, ratio));
  return { population: "employee", reimbursed };
}

/** `ratio` for `tier2`, recording the branch taken */
function traceRatioTier2(item: Item, inpatientRatio: number, essentialDrugRatio: number, t: TraceStep[]): number {
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:13
  if (item === "ordinary") {
    // policies/claims/jilin-inpatient-non-ems-any-level.policy:15
    return record(t, S15, inpatientRatio, 100);
  }
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:16, the remaining case
  // policies/claims/jilin-inpatient-non-ems-any-level.policy:18
  return record(t, S16, essentialDrugRatio * 10, 100);
}

/** Every rule for `tier` = `tier2`, recording each branch. */
function traceForTier2(level: Level, item: Item, eligible: number, t: TraceStep[]): Output {
  record(t, S1, "employee");
  const inpatientRatio = traceInpatientRatioTier2(level, t);
  const essentialDrugRatio = traceEssentialDrugRatioTier2(level, t);
  const ratio = traceRatioTier2(item, inpatientRatio, essentialDrugRatio, t);
  const reimbursed = record(t, S9, computeReimbursed(eligible, ratio));
  return { population: "employee", reimbursed };
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
 * Evaluates region `jilin_inpatient_non_ems_any_level` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
