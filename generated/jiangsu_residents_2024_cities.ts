// Generated from policies/households/jiangsu-2024-cities.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { listOk, badList, fail, record, parseMonth, hasOwn, badShape, badBatch, badMember, badMonth, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./jiangsu_residents_2024.js";

/** Region `jiangsu_residents_2024_cities`: 江苏城乡居民医保 2024 Jiangsu residents, household premium (reading B: city figures). Horizon 2024-01..2024-12; rounding half_up to fen. */
export const region = "jiangsu_residents_2024_cities";
/** The policy file this module was generated from. */
export const source = "policies/households/jiangsu-2024-cities.policy";
/** Values of input `city`. */
export type City = "changzhou" | "nanjing" | "suzhou" | "wuxi" | "elsewhere";

/** One item of `members`: record `member`. Money is integer fen. */
export interface Member {
  readonly category: "elderly" | "adult" | "student_or_child" | "university_student";
}

/** Input of region `jiangsu_residents_2024_cities`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** a list of 1..20 `member` items — policies/households/jiangsu-2024.policy:15 (the insured members of one household) */
  readonly members: readonly Member[];
  /** calendar month `YYYY-MM` — policies/households/jiangsu-2024.policy:16 */
  readonly month: string;
  /** one of changzhou, nanjing, suzhou, wuxi, elsewhere — policies/households/jiangsu-2024-cities.policy:12 (F063, 002:82, 苏南地区 常州 南京 苏州 无锡) */
  readonly city: City;
}

/** Output of region `jiangsu_residents_2024_cities`. Money is integer fen. */
export interface Output {
  /** money in fen per year — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
  readonly household_premium: number;
  /** int — policies/households/jiangsu-2024.policy:30 */
  readonly insured_members: number;
  /** int — policies/households/jiangsu-2024.policy:31 */
  readonly elderly_members: number;
  /** null when not applicable to the input; money in fen per year — policies/households/jiangsu-2024-cities.policy:14 (C26, reading B, F063, 002:82, 常州:730元(居首) 南京:540元 苏州:520元 无锡:550元) */
  readonly city_figure: number | null;
}

/** What this region shares with `jiangsu_residents_2024`. */
const {
  adultPremium, computeElderlyMembers, computeInsuredMembers, elderlyPremium, L0, L1, memberFields, S0, S1, S2,
  S3, S5, S6, studentChildPremium, universityPremium,
} = $parent;
const H_START = 24288; // 2024-01
const H_END = 24299; // 2024-12
const L2: PolicyLocation = { file: "policies/households/jiangsu-2024-cities.policy", line: 22, col: 5 };
const L3: PolicyLocation = { file: "policies/households/jiangsu-2024-cities.policy", line: 12, col: 9 };
const S7: StepInfo = { name: "household_premium", branch: "=", file: "policies/households/jiangsu-2024.policy", line: 29, cites: ["F062", "T21", "the household pays each member's premium"], unit: "fen", reads: ["members", "city", "elderly_premium", "adult_premium", "student_child_premium", "university_premium"] };
const S8: StepInfo = { name: "city_figure", branch: "for changzhou", file: "policies/households/jiangsu-2024-cities.policy", line: 15, cites: ["C26", "reading B", "F063", "002:82", "常州:730元(居首) 南京:540元 苏州:520元 无锡:550元", "常州:730元(居首)"], unit: "fen", reads: ["city"] };
const S9: StepInfo = { name: "city_figure", branch: "for nanjing", file: "policies/households/jiangsu-2024-cities.policy", line: 16, cites: ["C26", "reading B", "F063", "002:82", "常州:730元(居首) 南京:540元 苏州:520元 无锡:550元", "南京:540元"], unit: "fen", reads: ["city"] };
const S10: StepInfo = { name: "city_figure", branch: "for suzhou", file: "policies/households/jiangsu-2024-cities.policy", line: 17, cites: ["C26", "reading B", "F063", "002:82", "常州:730元(居首) 南京:540元 苏州:520元 无锡:550元", "苏州:520元"], unit: "fen", reads: ["city"] };
const S11: StepInfo = { name: "city_figure", branch: "for wuxi", file: "policies/households/jiangsu-2024-cities.policy", line: 18, cites: ["C26", "reading B", "F063", "002:82", "常州:730元(居首) 南京:540元 苏州:520元 无锡:550元", "无锡:550元"], unit: "fen", reads: ["city"] };
const S12: StepInfo = { name: "city_figure", branch: "for elsewhere", file: "policies/households/jiangsu-2024-cities.policy", line: 19, cites: ["C26", "reading B", "F063", "002:82", "常州:730元(居首) 南京:540元 苏州:520元 无锡:550元", "no city figure is given (the list is cut off after 苏中及苏北地区 扬州): the provincial default holds"], unit: "fen", reads: ["city"] };
/** `premium` for one item of `members` — policies/households/jiangsu-2024-cities.policy:21 (C26, reading B: a city figure with no category, F063, 002:82) */
function itemPremium(it: Member, city: City): number {
  // policies/households/jiangsu-2024-cities.policy:22
  if (city === "changzhou" || city === "nanjing" || city === "suzhou" || city === "wuxi") {
    return fail("unspecified", "premium", L2, "premium of members[k] is unspecified in the sources");
  }
  // policies/households/jiangsu-2024-cities.policy:23
  // policies/households/jiangsu-2024-cities.policy:24
  if (it.category === "elderly") {
    return elderlyPremium;
  }
  // policies/households/jiangsu-2024-cities.policy:25
  if (it.category === "adult") {
    return adultPremium;
  }
  // policies/households/jiangsu-2024-cities.policy:26
  if (it.category === "student_or_child") {
    return studentChildPremium;
  }
  // policies/households/jiangsu-2024-cities.policy:27
  return universityPremium;
}

/** `sum(premium)` over the items of `members` */
function sumOverMembers(members: readonly Member[], city: City): number {
  let acc = 0;
  for (let k = 0; k < members.length; k++) {
    const it = members[k]!;
    acc += itemPremium(it, city);
  }
  return acc;
}

/** `household_premium` for `changzhou` — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
function computeHouseholdPremiumChangzhou(members: readonly Member[]): number {
  return sumOverMembers(members, "changzhou");
}

/** Every rule for `city` = `changzhou` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForChangzhou(members: readonly Member[]): Output {
  const householdPremium = attempt(() => computeHouseholdPremiumChangzhou(members));
  const insuredMembers = attempt(() => computeInsuredMembers(members));
  const elderlyMembers = attempt(() => computeElderlyMembers(members));
  return settle<Output>({ household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 73000 });
}

/** Every rule for `city` = `changzhou`. */
function computeForChangzhou(members: readonly Member[]): Output {
  try {
    const householdPremium = computeHouseholdPremiumChangzhou(members);
    const insuredMembers = computeInsuredMembers(members);
    const elderlyMembers = computeElderlyMembers(members);
    return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 73000 };
  } catch {
    return lazyForChangzhou(members);
  }
}

/** `household_premium` for `nanjing` — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
function computeHouseholdPremiumNanjing(members: readonly Member[]): number {
  return sumOverMembers(members, "nanjing");
}

/** Every rule for `city` = `nanjing` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForNanjing(members: readonly Member[]): Output {
  const householdPremium = attempt(() => computeHouseholdPremiumNanjing(members));
  const insuredMembers = attempt(() => computeInsuredMembers(members));
  const elderlyMembers = attempt(() => computeElderlyMembers(members));
  return settle<Output>({ household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 54000 });
}

/** Every rule for `city` = `nanjing`. */
function computeForNanjing(members: readonly Member[]): Output {
  try {
    const householdPremium = computeHouseholdPremiumNanjing(members);
    const insuredMembers = computeInsuredMembers(members);
    const elderlyMembers = computeElderlyMembers(members);
    return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 54000 };
  } catch {
    return lazyForNanjing(members);
  }
}

/** `household_premium` for `suzhou` — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
function computeHouseholdPremiumSuzhou(members: readonly Member[]): number {
  return sumOverMembers(members, "suzhou");
}

/** Every rule for `city` = `suzhou` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForSuzhou(members: readonly Member[]): Output {
  const householdPremium = attempt(() => computeHouseholdPremiumSuzhou(members));
  const insuredMembers = attempt(() => computeInsuredMembers(members));
  const elderlyMembers = attempt(() => computeElderlyMembers(members));
  return settle<Output>({ household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 52000 });
}

/** Every rule for `city` = `suzhou`. */
function computeForSuzhou(members: readonly Member[]): Output {
  try {
    const householdPremium = computeHouseholdPremiumSuzhou(members);
    const insuredMembers = computeInsuredMembers(members);
    const elderlyMembers = computeElderlyMembers(members);
    return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 52000 };
  } catch {
    return lazyForSuzhou(members);
  }
}

/** `household_premium` for `wuxi` — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
function computeHouseholdPremiumWuxi(members: readonly Member[]): number {
  return sumOverMembers(members, "wuxi");
}

/** Every rule for `city` = `wuxi` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForWuxi(members: readonly Member[]): Output {
  const householdPremium = attempt(() => computeHouseholdPremiumWuxi(members));
  const insuredMembers = attempt(() => computeInsuredMembers(members));
  const elderlyMembers = attempt(() => computeElderlyMembers(members));
  return settle<Output>({ household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 55000 });
}

/** Every rule for `city` = `wuxi`. */
function computeForWuxi(members: readonly Member[]): Output {
  try {
    const householdPremium = computeHouseholdPremiumWuxi(members);
    const insuredMembers = computeInsuredMembers(members);
    const elderlyMembers = computeElderlyMembers(members);
    return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 55000 };
  } catch {
    return lazyForWuxi(members);
  }
}

/** `household_premium` for `elsewhere` — policies/households/jiangsu-2024.policy:29 (F062, T21, the household pays each member's premium) */
function computeHouseholdPremiumElsewhere(members: readonly Member[]): number {
  return sumOverMembers(members, "elsewhere");
}

/** Every rule for `city` = `elsewhere` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForElsewhere(members: readonly Member[]): Output {
  const householdPremium = attempt(() => computeHouseholdPremiumElsewhere(members));
  const insuredMembers = attempt(() => computeInsuredMembers(members));
  const elderlyMembers = attempt(() => computeElderlyMembers(members));
  return settle<Output>({ household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: null });
}

/** Every rule for `city` = `elsewhere`. */
function computeForElsewhere(members: readonly Member[]): Output {
  try {
    const householdPremium = computeHouseholdPremiumElsewhere(members);
    const insuredMembers = computeInsuredMembers(members);
    const elderlyMembers = computeElderlyMembers(members);
    return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: null };
  } catch {
    return lazyForElsewhere(members);
  }
}

/** Every rule for `city` = `changzhou`, recording each branch. */
function traceForChangzhou(members: readonly Member[], t: TraceStep[]): Output {
  const householdPremium = record(t, S7, computeHouseholdPremiumChangzhou(members));
  const insuredMembers = record(t, S5, computeInsuredMembers(members));
  const elderlyMembers = record(t, S6, computeElderlyMembers(members));
  record(t, S8, 73000);
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 73000 };
}

/** Every rule for `city` = `nanjing`, recording each branch. */
function traceForNanjing(members: readonly Member[], t: TraceStep[]): Output {
  const householdPremium = record(t, S7, computeHouseholdPremiumNanjing(members));
  const insuredMembers = record(t, S5, computeInsuredMembers(members));
  const elderlyMembers = record(t, S6, computeElderlyMembers(members));
  record(t, S9, 54000);
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 54000 };
}

/** Every rule for `city` = `suzhou`, recording each branch. */
function traceForSuzhou(members: readonly Member[], t: TraceStep[]): Output {
  const householdPremium = record(t, S7, computeHouseholdPremiumSuzhou(members));
  const insuredMembers = record(t, S5, computeInsuredMembers(members));
  const elderlyMembers = record(t, S6, computeElderlyMembers(members));
  record(t, S10, 52000);
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 52000 };
}

/** Every rule for `city` = `wuxi`, recording each branch. */
function traceForWuxi(members: readonly Member[], t: TraceStep[]): Output {
  const householdPremium = record(t, S7, computeHouseholdPremiumWuxi(members));
  const insuredMembers = record(t, S5, computeInsuredMembers(members));
  const elderlyMembers = record(t, S6, computeElderlyMembers(members));
  record(t, S11, 55000);
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: 55000 };
}

/** Every rule for `city` = `elsewhere`, recording each branch. */
function traceForElsewhere(members: readonly Member[], t: TraceStep[]): Output {
  const householdPremium = record(t, S7, computeHouseholdPremiumElsewhere(members));
  const insuredMembers = record(t, S5, computeInsuredMembers(members));
  const elderlyMembers = record(t, S6, computeElderlyMembers(members));
  record(t, S12, null);
  return { household_premium: householdPremium, insured_members: insuredMembers, elderly_members: elderlyMembers, city_figure: null };
}

/** Computes every rule for validated inputs, dispatching once on `city` (which it validates). */
function compute(members: readonly Member[], city: string): Output {
  switch (city) {
    case "changzhou":
      return computeForChangzhou(members);
    case "nanjing":
      return computeForNanjing(members);
    case "suzhou":
      return computeForSuzhou(members);
    case "wuxi":
      return computeForWuxi(members);
    case "elsewhere":
      return computeForElsewhere(members);
    default:
      return badMember("city", city, ["changzhou", "nanjing", "suzhou", "wuxi", "elsewhere"], L3);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(members: readonly Member[], city: string, t: TraceStep[]): Output {
  record(t, S0, elderlyPremium);
  record(t, S1, adultPremium);
  record(t, S2, studentChildPremium);
  record(t, S3, universityPremium);
  switch (city) {
    case "changzhou":
      return traceForChangzhou(members, t);
    case "nanjing":
      return traceForNanjing(members, t);
    case "suzhou":
      return traceForSuzhou(members, t);
    case "wuxi":
      return traceForWuxi(members, t);
    case "elsewhere":
      return traceForElsewhere(members, t);
    default:
      return badMember("city", city, ["changzhou", "nanjing", "suzhou", "wuxi", "elsewhere"], L3);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const members = input.members;
  const month = parseMonth(input.month);
  const city = input.city;
  if (!listOk(members, 1, 20, memberFields) || month < H_START || month > H_END || !hasOwn(input, "members") || !hasOwn(input, "month") || !hasOwn(input, "city")) return invalid(input);
  return compute(members, city);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const members = input.members;
  const city = input.city;
  return computeTraced(members, city, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["members", "month", "city"], [L0, L1, L3], "input");
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
 * Evaluates region `jiangsu_residents_2024_cities` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  badShape(person, ["members", "city"], [L0, L3], "person");
  const members = person.members;
  badList("members", members, 1, 20, memberFields, L0);
  const city = person.city;
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L1);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L1);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(members, city));
  return out;
}
