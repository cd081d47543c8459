// Generated from policies/households/jiangsu-2024.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { listOk, badList, fail, record, parseMonth, hasOwn, badShape, badBatch, badMonth } from "@policyc/runtime";
import type { EvaluateOptions, FieldSpec, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `jiangsu_residents_2024`: 江苏城乡居民医保 2024 Jiangsu residents, household premium (reading A: categories). Horizon 2024-01..2024-12; rounding half_up to fen. */
export const region = "jiangsu_residents_2024";
/** The policy file this module was generated from. */
export const source = "policies/households/jiangsu-2024.policy";

/** One item of `members`: record `member`. Money is integer fen. */
export interface Member {
  readonly category: "elderly" | "adult" | "student_or_child" | "university_student";
}

/** Input of region `jiangsu_residents_2024`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** a list of 1..20 `member` items — policies/households/jiangsu-2024.policy:15 (the insured members of one household) */
  readonly members: readonly Member[];
  /** calendar month `YYYY-MM` — policies/households/jiangsu-2024.policy:16 */
  readonly month: string;
}

/** Output of region `jiangsu_residents_2024`. Money is integer fen. */
export interface Output {
  /** money in fen per year — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
  readonly household_premium: number;
  /** int — policies/households/jiangsu-2024.policy:30 */
  readonly insured_members: number;
  /** int — policies/households/jiangsu-2024.policy:31 */
  readonly elderly_members: number;
}

const H_START = 24288; // 2024-01
const H_END = 24299; // 2024-12
// policies/households/jiangsu-2024.policy:18 (F062, 002:82, 老年居民 每人每年520元)
const elderlyPremium = 52000;
// policies/households/jiangsu-2024.policy:19 (F062, 002:82, 其他居民 包括成年居民、非在校学生等,每人每年540元)
const adultPremium = 54000;
// policies/households/jiangsu-2024.policy:20 (F062, 002:82, 学生及儿童 每人每年330元)
const studentChildPremium = 33000;
// policies/households/jiangsu-2024.policy:21 (F062, 002:82, 大学生 每人每年220元)
const universityPremium = 22000;
/** The fields of record `member`. */
const memberFields: readonly FieldSpec[] = [{ name: "category", kind: "member", members: ["elderly", "adult", "student_or_child", "university_student"] }];
const L0: PolicyLocation = { file: "policies/households/jiangsu-2024.policy", line: 15, col: 9 };
const L1: PolicyLocation = { file: "policies/households/jiangsu-2024.policy", line: 16, col: 9 };
const S0: StepInfo = { name: "elderly_premium", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 18, cites: ["F062", "002:82", "老年居民 每人每年520元"], unit: "fen", reads: [] };
const S1: StepInfo = { name: "adult_premium", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 19, cites: ["F062", "002:82", "其他居民 包括成年居民、非在校学生等,每人每年540元"], unit: "fen", reads: [] };
const S2: StepInfo = { name: "student_child_premium", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 20, cites: ["F062", "002:82", "学生及儿童 每人每年330元"], unit: "fen", reads: [] };
const S3: StepInfo = { name: "university_premium", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 21, cites: ["F062", "002:82", "大学生 每人每年220元"], unit: "fen", reads: [] };
const S4: StepInfo = { name: "household_premium", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 29, cites: ["F062", "T21", "the household pays each member's premium"], unit: "fen", reads: ["members", "elderly_premium", "adult_premium", "student_child_premium", "university_premium"] };
const S5: StepInfo = { name: "insured_members", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 30, cites: [], unit: "", reads: ["members"] };
const S6: StepInfo = { name: "elderly_members", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 31, cites: [], unit: "", reads: ["members"] };
/** `premium` for one item of `members` — policies/households/jiangsu-2024.policy:23 (C26, reading A: the provincial categories, F062, 002:82) */
function itemPremium(it: Member): number {
  // policies/households/jiangsu-2024.policy:24
  if (it.category === "elderly") {
    return elderlyPremium;
  }
  // policies/households/jiangsu-2024.policy:25
  if (it.category === "adult") {
    return adultPremium;
  }
  // policies/households/jiangsu-2024.policy:26
  if (it.category === "student_or_child") {
    return studentChildPremium;
  }
  // policies/households/jiangsu-2024.policy:27
  return universityPremium;
}

/** `sum(premium)` over the items of `members` */
function sumOverMembers(members: readonly Member[]): number {
  let acc = 0;
  for (let k = 0; k < members.length; k++) {
    const it = members[k]!;
    acc += itemPremium(it);
  }
  return acc;
}

/** `household_premium` — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
function computeHouseholdPremium(members: readonly Member[]): number {
  return sumOverMembers(members);
}

/** `insured_members` — policies/households/jiangsu-2024.policy:30 */
function computeInsuredMembers(members: readonly Member[]): number {
  return members.length;
}

/** `count(members where …)` over the items of `members` for which the condition holds */
function countOverMembers(members: readonly Member[]): number {
  let acc = 0;
  for (let k = 0; k < members.length; k++) {
    const it = members[k]!;
    if (!(it.category === "elderly")) continue;
    acc++;
  }
  return acc;
}

/** `elderly_members` — policies/households/jiangsu-2024.policy:31 */
function computeElderlyMembers(members: readonly Member[]): number {
  return countOverMembers(members);
}

/** Computes every rule for validated inputs. */
function compute(members: readonly Member[]): Output {
  const householdPremium = computeHouseholdPremium(members);
  const insuredMembers = computeInsuredMembers(members);
  const elderlyMembers = computeElderlyMembers(members);
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers };
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(members: readonly Member[], t: TraceStep[]): Output {
  record(t, S0, elderlyPremium);
  record(t, S1, adultPremium);
  record(t, S2, studentChildPremium);
  record(t, S3, universityPremium);
  const householdPremium = record(t, S4, computeHouseholdPremium(members));
  const insuredMembers = record(t, S5, computeInsuredMembers(members));
  const elderlyMembers = record(t, S6, computeElderlyMembers(members));
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const members = input.members;
  const month = parseMonth(input.month);
  if (!listOk(members, 1, 20, memberFields) || month < H_START || month > H_END || !hasOwn(input, "members") || !hasOwn(input, "month")) return invalid(input);
  return compute(members);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const members = input.members;
  return computeTraced(members, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["members", "month"], [L0, L1], "input");
  const members = input.members;
  badList("members", members, 1, 20, memberFields, L0);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L1);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "members", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `jiangsu_residents_2024` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "members", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["members"], [L0], "person");
  const members = person.members;
  badList("members", members, 1, 20, memberFields, L0);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L1);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L1);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(members));
  return out;
}

/**
 * @internal Rules and descriptors that the regions extending `jiangsu_residents_2024` import instead of copying.
 * Not part of the API.
 */
export const $shared = {
  adultPremium, computeElderlyMembers, computeInsuredMembers, elderlyPremium, L0, L1, memberFields, S0, S1, S2,
  S3, S5, S6, studentChildPremium, universityPremium,
};
