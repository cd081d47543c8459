// Generated from policies/family/self-only.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { named, fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, badBoolean, monthText, columnarResult, monthCount, memberOf, flagOf, atRow, stateIn, unwrap, stateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./family_national.js";

/** Region `family_self_only`: 家庭共济 self-only reading: no relative may use the account. Horizon 2024-01 onwards; rounding half_up to fen. */
export const region = "family_self_only";
/** The policy file this module was generated from. */
export const source = "policies/family/self-only.policy";
/** Values of input `relation`. */
export type Relation = "self" | "spouse" | "parent" | "child" | "sibling" | "paternal_grandparent" | "maternal_grandparent" | "paternal_grandchild" | "maternal_grandchild" | "cousin" | "other_relative";
/** Values of input `use`. */
export type Use = "resident_premium" | "employee_premium" | "medical_expense" | "pharmacy";
/** Values of input `province`. */
export type Province = "beijing" | "tianjin" | "hebei" | "shanxi" | "inner_mongolia" | "liaoning" | "jilin" | "heilongjiang" | "shanghai" | "jiangsu" | "zhejiang" | "anhui" | "fujian" | "jiangxi" | "shandong" | "henan" | "hubei" | "hunan" | "guangdong" | "guangxi" | "hainan" | "chongqing" | "sichuan" | "guizhou" | "yunnan" | "tibet" | "shaanxi" | "gansu" | "qinghai" | "ningxia" | "xinjiang";
/** Values of input `payee_province`. */
export type PayeeProvince = "beijing" | "tianjin" | "hebei" | "shanxi" | "inner_mongolia" | "liaoning" | "jilin" | "heilongjiang" | "shanghai" | "jiangsu" | "zhejiang" | "anhui" | "fujian" | "jiangxi" | "shandong" | "henan" | "hubei" | "hunan" | "guangdong" | "guangxi" | "hainan" | "chongqing" | "sichuan" | "guizhou" | "yunnan" | "tibet" | "shaanxi" | "gansu" | "qinghai" | "ningxia" | "xinjiang";

/** Input of region `family_self_only`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/family/national-2025.policy:33 (I14, the payment month) */
  readonly month: string;
  /** one of self, spouse, parent, child, sibling, paternal_grandparent, maternal_grandparent, paternal_grandchild, maternal_grandchild, cousin, other_relative — policies/family/national-2025.policy:34 (C14, an enumerated relation type: the payee's relation to the insured payer) */
  readonly relation: Relation;
  /** one of resident_premium, employee_premium, medical_expense, pharmacy — policies/family/national-2025.policy:35 (C14, an enumerated use set: what the payment is for) */
  readonly use: Use;
  /** one of beijing, tianjin, hebei, shanxi, inner_mongolia, liaoning, jilin, heilongjiang, shanghai, jiangsu, zhejiang, anhui, fujian, jiangxi, shandong, henan, hubei, hunan, guangdong, guangxi, hainan, chongqing, sichuan, guizhou, yunnan, tibet, shaanxi, gansu, qinghai, ningxia, xinjiang — policies/family/national-2025.policy:36 (F091, the payer's province: where the account is insured) */
  readonly province: Province;
  /** one of beijing, tianjin, hebei, shanxi, inner_mongolia, liaoning, jilin, heilongjiang, shanghai, jiangsu, zhejiang, anhui, fujian, jiangxi, shandong, henan, hubei, hunan, guangdong, guangxi, hainan, chongqing, sichuan, guizhou, yunnan, tibet, shaanxi, gansu, qinghai, ningxia, xinjiang — policies/family/national-2025.policy:37 (F091, 002:9, 异地亲属: where the payee is (the relative, or for the insured's own costs the place of care)) */
  readonly payee_province: PayeeProvince;
  /** money in integer fen, 0..100000000 — policies/family/national-2025.policy:38 (I14, the payment asked of the account this month) */
  readonly amount: number;
  /** money in integer fen, 0..1000000000 — policies/family/national-2025.policy:39 (I14, the payer's balance before the timeline's first month) */
  readonly opening_balance: number;
  /** true or false — policies/family/national-2025.policy:40 (F094, F088, a family binding approved before the timeline's first month) */
  readonly opening_bound: boolean;
  /** true or false — policies/family/national-2025.policy:41 (F094, 000:17, 添加我的家庭成员 … 提交审核: a binding approved this month) */
  readonly binds: boolean;
  /** true or false — policies/family/national-2025.policy:42 (F093, 004:86, 需在云南就医前完成异地备案: the insured registered care outside the home province) */
  readonly registered_out_of_area: boolean;
}

/** Output of region `family_self_only`. Money is integer fen. */
export interface Output {
  /** state (the month after reads it as `previous(…)`); bool — policies/family/national-2025.policy:54 (F094, 000:17) */
  readonly bound: boolean;
  /** enum — policies/family/national-2025.policy:70 (I14) */
  readonly decision: "allowed" | "rejected";
  /** money in fen — policies/family/national-2025.policy:75 (I14, I05, at most what the account holds) */
  readonly paid_from_account: number;
  /** money in fen — policies/family/national-2025.policy:78 (I05, the rest is cash) */
  readonly paid_in_cash: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/family/national-2025.policy:80 (I14) */
  readonly balance: number;
}

/** What this region shares with `family_national`. */
const {
  bitOfRelation, bitOfUse, C0, computeBalance, computeBalance2, computeBound, computeBound2,
  computeBoundBefore, computeBoundBefore2, computeDecision, computeDecision2, computePaidFromAccount,
  computePaidFromAccount2, computePaidInCash, computePaidInCash2, computeProvinceAllowed, L0, L4, L5, L6, L7,
  L8, L9, L10, L11, L12, L13, L14, ownUses, pilotProvinces, pilotStart, S0, S3, S4, S5, S6, S7, S8, S17, S18,
  traceDecision, tracePaidFromAccount, traceProvinceAllowed,
} = $parent;
const H_START = 24288; // 2024-01
const H_END = 119999; // open
// policies/family/self-only.policy:8 (F084, 000:119, 只能用于支付参保人本人(职工)的医疗费用 , 不能用于为他人(如子女)缴纳城乡居民医保, C13)
const closeRelatives = 0;
// policies/family/self-only.policy:9 (F084, 000:119, 不可用于参保登记、缴费或偿还他人医疗费用)
const relativeUses = 0;
const S19: StepInfo = { name: "close_relatives", branch: "=", file: "policies/family/self-only.policy", line: 8, cites: ["F084", "000:119", "只能用于支付参保人本人(职工)的医疗费用 , 不能用于为他人(如子女)缴纳城乡居民医保", "C13"], unit: "", reads: [] };
const S20: StepInfo = { name: "relative_uses", branch: "=", file: "policies/family/self-only.policy", line: 9, cites: ["F084", "000:119", "不可用于参保登记、缴费或偿还他人医疗费用"], unit: "", reads: [] };
/** `relation_allowed` — policies/family/national-2025.policy:60 (C13, C14) */
function computeRelationAllowed(relation: Relation, use: Use, boundBefore: boolean): boolean {
  // policies/family/national-2025.policy:61
  if (relation === "self") {
    return named(ownUses & bitOfUse(use), "own_uses", L0);
  }
  // policies/family/national-2025.policy:62, the remaining case
  return boundBefore && (closeRelatives & bitOfRelation(relation)) !== 0 && (relativeUses & bitOfUse(use)) !== 0;
}

/** `relation_allowed` — policies/family/national-2025.policy:60 (C13, C14) */
function computeRelationAllowed2(relation: Relation, use: Use, boundBefore: boolean | Failed): boolean {
  // policies/family/national-2025.policy:61
  if (relation === "self") {
    return named(ownUses & bitOfUse(use), "own_uses", L0);
  }
  // policies/family/national-2025.policy:62, the remaining case
  return unwrap(boundBefore) && (closeRelatives & bitOfRelation(relation)) !== 0 && (relativeUses & bitOfUse(use)) !== 0;
}

/** `relation_allowed`, recording the branch taken */
function traceRelationAllowed(relation: Relation, use: Use, boundBefore: boolean, t: TraceStep[]): boolean {
  // policies/family/national-2025.policy:61
  if (relation === "self") {
    return record(t, S7, named(ownUses & bitOfUse(use), "own_uses", L0));
  }
  // policies/family/national-2025.policy:62, the remaining case
  return record(t, S8, boundBefore && (closeRelatives & bitOfRelation(relation)) !== 0 && (relativeUses & bitOfUse(use)) !== 0);
}

/** State `bound` before the first month (`initially`), from that month's inputs. */
function openBound(openingBound: boolean): boolean {
  return openingBound;
}

/** State `balance` before the first month (`initially`), from that month's inputs. */
function openBalance(openingBalance: number): number {
  return openingBalance;
}

/** One month: every rule the outputs and states need, from validated inputs and the states of the month before. */
function stepMonth(month: number, relation: Relation, use: Use, province: Province, payeeProvince: PayeeProvince, amount: number, binds: boolean, registeredOutOfArea: boolean, previousBound: boolean, previousBalance: number): Output {
  try {
    const bound = computeBound(binds, previousBound);
    const boundBefore = computeBoundBefore(previousBound);
    const relationAllowed = computeRelationAllowed(relation, use, boundBefore);
    const provinceAllowed = computeProvinceAllowed(relation, province, payeeProvince, registeredOutOfArea, month);
    const decision = computeDecision(relationAllowed, provinceAllowed);
    const paidFromAccount = computePaidFromAccount(decision, amount, previousBalance);
    const paidInCash = computePaidInCash(amount, paidFromAccount);
    const balance = stateIn(computeBalance(paidFromAccount, previousBalance), 0, 1000000000, "balance", L4);
    return { bound, decision, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, balance };
  } catch {
    return stepMonthLazy(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, previousBound, previousBalance);
  }
}

/** `stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed. */
function stepMonthLazy(month: number, relation: Relation, use: Use, province: Province, payeeProvince: PayeeProvince, amount: number, binds: boolean, registeredOutOfArea: boolean, previousBound: boolean | Failed, previousBalance: number | Failed): Output {
  const bound = attempt(() => computeBound2(binds, previousBound));
  const boundBefore = attempt(() => computeBoundBefore2(previousBound));
  const relationAllowed = attempt(() => computeRelationAllowed2(relation, use, boundBefore));
  const provinceAllowed = attempt(() => computeProvinceAllowed(relation, province, payeeProvince, registeredOutOfArea, month));
  const decision = attempt(() => computeDecision2(relationAllowed, provinceAllowed));
  const paidFromAccount = attempt(() => computePaidFromAccount2(decision, amount, previousBalance));
  const paidInCash = attempt(() => computePaidInCash2(amount, paidFromAccount));
  const balance = attempt(() => stateIn(computeBalance2(paidFromAccount, previousBalance), 0, 1000000000, "balance", L4));
  return settle<Output>({ bound, decision, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, balance });
}

/** `stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values. */
function stepMonthTraced(month: number, relation: Relation, use: Use, province: Province, payeeProvince: PayeeProvince, amount: number, binds: boolean, registeredOutOfArea: boolean, previousBound: boolean, previousBalance: number, t: TraceStep[]): Output {
  let mark = 0;
  record(t, S0, ownUses);
  record(t, S19, closeRelatives);
  record(t, S20, relativeUses);
  record(t, S3, formatMonth(pilotStart));
  record(t, S4, pilotProvinces);
  mark = t.length;
  const bound = record(t, S5, computeBound(binds, previousBound));
  citePrevious(t, mark, [{ name: "bound", value: previousBound }]);
  mark = t.length;
  const boundBefore = record(t, S6, computeBoundBefore(previousBound));
  citePrevious(t, mark, [{ name: "bound", value: previousBound }]);
  const relationAllowed = traceRelationAllowed(relation, use, boundBefore, t);
  const provinceAllowed = traceProvinceAllowed(relation, province, payeeProvince, registeredOutOfArea, month, t);
  const decision = traceDecision(relationAllowed, provinceAllowed, t);
  mark = t.length;
  const paidFromAccount = tracePaidFromAccount(decision, amount, previousBalance, t);
  citePrevious(t, mark, [{ name: "balance", value: previousBalance }]);
  const paidInCash = record(t, S17, computePaidInCash(amount, paidFromAccount));
  mark = t.length;
  const balance = stateIn(record(t, S18, computeBalance(paidFromAccount, previousBalance)), 0, 1000000000, "balance", L4);
  citePrevious(t, mark, [{ name: "balance", value: previousBalance }]);
  return { bound, decision, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, balance };
}

/** One month as a one-month timeline: each state of the month before is its `initially` value. */
function compute(month: number, relation: Relation, use: Use, province: Province, payeeProvince: PayeeProvince, amount: number, openingBalance: number, openingBound: boolean, binds: boolean, registeredOutOfArea: boolean): Output {
  const previousBound = attempt(() => openBound(openingBound));
  const previousBalance = attempt(() => openBalance(openingBalance));
  return previousBound instanceof Failed || previousBalance instanceof Failed ? stepMonthLazy(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, previousBound, previousBalance) : stepMonth(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, previousBound, previousBalance);
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(month: number, relation: Relation, use: Use, province: Province, payeeProvince: PayeeProvince, amount: number, openingBalance: number, openingBound: boolean, binds: boolean, registeredOutOfArea: boolean, t: TraceStep[]): Output {
  return stepMonthTraced(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, openBound(openingBound), openBalance(openingBalance), t);
}

/** One validated month of a timeline; the first month opens each state from its input. */
function runMonth(input: Input, isFirst: boolean, previousBound: boolean | Failed, previousBalance: number | Failed): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const relation = input.relation;
  const use = input.use;
  const province = input.province;
  const payeeProvince = input.payee_province;
  const amount = input.amount;
  const openingBalance = input.opening_balance;
  const openingBound = input.opening_bound;
  const binds = input.binds;
  const registeredOutOfArea = input.registered_out_of_area;
  if (month < H_START || month > H_END || (relation !== "self" && relation !== "spouse" && relation !== "parent" && relation !== "child" && relation !== "sibling" && relation !== "paternal_grandparent" && relation !== "maternal_grandparent" && relation !== "paternal_grandchild" && relation !== "maternal_grandchild" && relation !== "cousin" && relation !== "other_relative") || (use !== "resident_premium" && use !== "employee_premium" && use !== "medical_expense" && use !== "pharmacy") || (province !== "beijing" && province !== "tianjin" && province !== "hebei" && province !== "shanxi" && province !== "inner_mongolia" && province !== "liaoning" && province !== "jilin" && province !== "heilongjiang" && province !== "shanghai" && province !== "jiangsu" && province !== "zhejiang" && province !== "anhui" && province !== "fujian" && province !== "jiangxi" && province !== "shandong" && province !== "henan" && province !== "hubei" && province !== "hunan" && province !== "guangdong" && province !== "guangxi" && province !== "hainan" && province !== "chongqing" && province !== "sichuan" && province !== "guizhou" && province !== "yunnan" && province !== "tibet" && province !== "shaanxi" && province !== "gansu" && province !== "qinghai" && province !== "ningxia" && province !== "xinjiang") || (payeeProvince !== "beijing" && payeeProvince !== "tianjin" && payeeProvince !== "hebei" && payeeProvince !== "shanxi" && payeeProvince !== "inner_mongolia" && payeeProvince !== "liaoning" && payeeProvince !== "jilin" && payeeProvince !== "heilongjiang" && payeeProvince !== "shanghai" && payeeProvince !== "jiangsu" && payeeProvince !== "zhejiang" && payeeProvince !== "anhui" && payeeProvince !== "fujian" && payeeProvince !== "jiangxi" && payeeProvince !== "shandong" && payeeProvince !== "henan" && payeeProvince !== "hubei" && payeeProvince !== "hunan" && payeeProvince !== "guangdong" && payeeProvince !== "guangxi" && payeeProvince !== "hainan" && payeeProvince !== "chongqing" && payeeProvince !== "sichuan" && payeeProvince !== "guizhou" && payeeProvince !== "yunnan" && payeeProvince !== "tibet" && payeeProvince !== "shaanxi" && payeeProvince !== "gansu" && payeeProvince !== "qinghai" && payeeProvince !== "ningxia" && payeeProvince !== "xinjiang") || !Number.isInteger(amount) || amount < 0 || amount > 100000000 || !Number.isInteger(openingBalance) || openingBalance < 0 || openingBalance > 1000000000 || (openingBound !== true && openingBound !== false) || (binds !== true && binds !== false) || (registeredOutOfArea !== true && registeredOutOfArea !== false) || !hasOwn(input, "month") || !hasOwn(input, "relation") || !hasOwn(input, "use") || !hasOwn(input, "province") || !hasOwn(input, "payee_province") || !hasOwn(input, "amount") || !hasOwn(input, "opening_balance") || !hasOwn(input, "opening_bound") || !hasOwn(input, "binds") || !hasOwn(input, "registered_out_of_area")) return invalid(input);
  if (isFirst) {
    previousBound = attempt(() => openBound(openingBound));
    previousBalance = attempt(() => openBalance(openingBalance));
  }

  return previousBound instanceof Failed || previousBalance instanceof Failed ? stepMonthLazy(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, previousBound, previousBalance) : stepMonth(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, previousBound, previousBalance);
}

/** `evaluateTimeline` with a trace of every month (eager: the first failure throws). */
function timelineTraced(months: readonly Input[]): Traced<Output>[] {
  const n = timelineLength(months, "month", L5);
  const out: Traced<Output>[] = [];
  let previousBound!: boolean;
  let previousBalance!: number;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      check(input);
      const month = parseMonth(input.month);
      const relation = input.relation;
      const use = input.use;
      const province = input.province;
      const payeeProvince = input.payee_province;
      const amount = input.amount;
      const openingBalance = input.opening_balance;
      const openingBound = input.opening_bound;
      const binds = input.binds;
      const registeredOutOfArea = input.registered_out_of_area;
      if (k > 0 && month !== last + 1) badTimeline("month", month, last + 1, k, L5);
      last = month;
      if (k === 0) {
        previousBound = openBound(openingBound);
        previousBalance = openBalance(openingBalance);
      }

      const steps2: TraceStep[] = [];
      const value = stepMonthTraced(month, relation, use, province, payeeProvince, amount, binds, registeredOutOfArea, previousBound, previousBalance, steps2);
      out.push({ value, steps: steps2 });
      previousBound = value["bound"];
      previousBalance = value["balance"];
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

export function evaluateTimeline(months: readonly Input[]): Output[];
export function evaluateTimeline(months: readonly Input[], options: EvaluateOptions & { readonly trace: true }): Traced<Output>[];
export function evaluateTimeline(months: readonly Input[], options: EvaluateOptions): Output[] | Traced<Output>[];
/**
 * Evaluates region `family_self_only` over one person's consecutive months, in order (each input carries its `month`): month k reads the states of month k − 1 through `previous(…)`; the first month reads each state's `initially` value. Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a `PolicyError` (`invalid_input`) with `row` = the month's index. Outputs are lazy as `evaluate`'s: a failed one throws when read, and a failed state fails every later reader of `previous(…)` with the same error; a state outside its declared domain fails as `out_of_domain` at the state's line.
 * With `{ trace: true }` each month comes with its trace (eager: the first failure throws).
 */
export function evaluateTimeline(months: readonly Input[], options?: EvaluateOptions): Output[] | Traced<Output>[] {
  if (options !== undefined && options.trace === true) return timelineTraced(months);
  const n = timelineLength(months, "month", L5);
  const out = new Array<Output>(n);
  let previousBound!: boolean | Failed;
  let previousBalance!: number | Failed;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      const o = runMonth(input, k === 0, previousBound, previousBalance);
      const monthIndex = parseMonth(input.month);
      if (k > 0 && monthIndex !== last + 1) badTimeline("month", monthIndex, last + 1, k, L5);
      last = monthIndex;
      out[k] = o;
      previousBound = stateOf<boolean>(o, "bound");
      previousBalance = stateOf<number>(o, "balance");
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

/** One person's timeline over months `from` to `to` inclusive (`YYYY-MM`), the person's inputs the same every month: `evaluateTimeline` of those months (states carried from month to month, not `evaluate` of each month alone). An empty range throws `invalid_input`. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["relation", "use", "province", "payee_province", "amount", "opening_balance", "opening_bound", "binds", "registered_out_of_area"], [L6, L7, L8, L9, L10, L11, L12, L13, L14], "person");
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L5);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L5);
  const rows: Input[] = [];
  for (let k = first; k <= last; k++) rows.push({ ...person, month: formatMonth(k) });
  return evaluateTimeline(rows);
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const relation = input.relation;
  const use = input.use;
  const province = input.province;
  const payeeProvince = input.payee_province;
  const amount = input.amount;
  const openingBalance = input.opening_balance;
  const openingBound = input.opening_bound;
  const binds = input.binds;
  const registeredOutOfArea = input.registered_out_of_area;
  if (month < H_START || month > H_END || (relation !== "self" && relation !== "spouse" && relation !== "parent" && relation !== "child" && relation !== "sibling" && relation !== "paternal_grandparent" && relation !== "maternal_grandparent" && relation !== "paternal_grandchild" && relation !== "maternal_grandchild" && relation !== "cousin" && relation !== "other_relative") || (use !== "resident_premium" && use !== "employee_premium" && use !== "medical_expense" && use !== "pharmacy") || (province !== "beijing" && province !== "tianjin" && province !== "hebei" && province !== "shanxi" && province !== "inner_mongolia" && province !== "liaoning" && province !== "jilin" && province !== "heilongjiang" && province !== "shanghai" && province !== "jiangsu" && province !== "zhejiang" && province !== "anhui" && province !== "fujian" && province !== "jiangxi" && province !== "shandong" && province !== "henan" && province !== "hubei" && province !== "hunan" && province !== "guangdong" && province !== "guangxi" && province !== "hainan" && province !== "chongqing" && province !== "sichuan" && province !== "guizhou" && province !== "yunnan" && province !== "tibet" && province !== "shaanxi" && province !== "gansu" && province !== "qinghai" && province !== "ningxia" && province !== "xinjiang") || (payeeProvince !== "beijing" && payeeProvince !== "tianjin" && payeeProvince !== "hebei" && payeeProvince !== "shanxi" && payeeProvince !== "inner_mongolia" && payeeProvince !== "liaoning" && payeeProvince !== "jilin" && payeeProvince !== "heilongjiang" && payeeProvince !== "shanghai" && payeeProvince !== "jiangsu" && payeeProvince !== "zhejiang" && payeeProvince !== "anhui" && payeeProvince !== "fujian" && payeeProvince !== "jiangxi" && payeeProvince !== "shandong" && payeeProvince !== "henan" && payeeProvince !== "hubei" && payeeProvince !== "hunan" && payeeProvince !== "guangdong" && payeeProvince !== "guangxi" && payeeProvince !== "hainan" && payeeProvince !== "chongqing" && payeeProvince !== "sichuan" && payeeProvince !== "guizhou" && payeeProvince !== "yunnan" && payeeProvince !== "tibet" && payeeProvince !== "shaanxi" && payeeProvince !== "gansu" && payeeProvince !== "qinghai" && payeeProvince !== "ningxia" && payeeProvince !== "xinjiang") || !Number.isInteger(amount) || amount < 0 || amount > 100000000 || !Number.isInteger(openingBalance) || openingBalance < 0 || openingBalance > 1000000000 || (openingBound !== true && openingBound !== false) || (binds !== true && binds !== false) || (registeredOutOfArea !== true && registeredOutOfArea !== false) || !hasOwn(input, "month") || !hasOwn(input, "relation") || !hasOwn(input, "use") || !hasOwn(input, "province") || !hasOwn(input, "payee_province") || !hasOwn(input, "amount") || !hasOwn(input, "opening_balance") || !hasOwn(input, "opening_bound") || !hasOwn(input, "binds") || !hasOwn(input, "registered_out_of_area")) return invalid(input);
  return compute(month, relation, use, province, payeeProvince, amount, openingBalance, openingBound, binds, registeredOutOfArea);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const month = parseMonth(input.month);
  const relation = input.relation;
  const use = input.use;
  const province = input.province;
  const payeeProvince = input.payee_province;
  const amount = input.amount;
  const openingBalance = input.opening_balance;
  const openingBound = input.opening_bound;
  const binds = input.binds;
  const registeredOutOfArea = input.registered_out_of_area;
  return computeTraced(month, relation, use, province, payeeProvince, amount, openingBalance, openingBound, binds, registeredOutOfArea, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "relation", "use", "province", "payee_province", "amount", "opening_balance", "opening_bound", "binds", "registered_out_of_area"], [L5, L6, L7, L8, L9, L10, L11, L12, L13, L14], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L5);
  const relation = input.relation;
  if (relation !== "self" && relation !== "spouse" && relation !== "parent" && relation !== "child" && relation !== "sibling" && relation !== "paternal_grandparent" && relation !== "maternal_grandparent" && relation !== "paternal_grandchild" && relation !== "maternal_grandchild" && relation !== "cousin" && relation !== "other_relative") badMember("relation", relation, ["self", "spouse", "parent", "child", "sibling", "paternal_grandparent", "maternal_grandparent", "paternal_grandchild", "maternal_grandchild", "cousin", "other_relative"], L6);
  const use = input.use;
  if (use !== "resident_premium" && use !== "employee_premium" && use !== "medical_expense" && use !== "pharmacy") badMember("use", use, ["resident_premium", "employee_premium", "medical_expense", "pharmacy"], L7);
  const province = input.province;
  if (province !== "beijing" && province !== "tianjin" && province !== "hebei" && province !== "shanxi" && province !== "inner_mongolia" && province !== "liaoning" && province !== "jilin" && province !== "heilongjiang" && province !== "shanghai" && province !== "jiangsu" && province !== "zhejiang" && province !== "anhui" && province !== "fujian" && province !== "jiangxi" && province !== "shandong" && province !== "henan" && province !== "hubei" && province !== "hunan" && province !== "guangdong" && province !== "guangxi" && province !== "hainan" && province !== "chongqing" && province !== "sichuan" && province !== "guizhou" && province !== "yunnan" && province !== "tibet" && province !== "shaanxi" && province !== "gansu" && province !== "qinghai" && province !== "ningxia" && province !== "xinjiang") badMember("province", province, ["beijing", "tianjin", "hebei", "shanxi", "inner_mongolia", "liaoning", "jilin", "heilongjiang", "shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan", "chongqing", "sichuan", "guizhou", "yunnan", "tibet", "shaanxi", "gansu", "qinghai", "ningxia", "xinjiang"], L8);
  const payeeProvince = input.payee_province;
  if (payeeProvince !== "beijing" && payeeProvince !== "tianjin" && payeeProvince !== "hebei" && payeeProvince !== "shanxi" && payeeProvince !== "inner_mongolia" && payeeProvince !== "liaoning" && payeeProvince !== "jilin" && payeeProvince !== "heilongjiang" && payeeProvince !== "shanghai" && payeeProvince !== "jiangsu" && payeeProvince !== "zhejiang" && payeeProvince !== "anhui" && payeeProvince !== "fujian" && payeeProvince !== "jiangxi" && payeeProvince !== "shandong" && payeeProvince !== "henan" && payeeProvince !== "hubei" && payeeProvince !== "hunan" && payeeProvince !== "guangdong" && payeeProvince !== "guangxi" && payeeProvince !== "hainan" && payeeProvince !== "chongqing" && payeeProvince !== "sichuan" && payeeProvince !== "guizhou" && payeeProvince !== "yunnan" && payeeProvince !== "tibet" && payeeProvince !== "shaanxi" && payeeProvince !== "gansu" && payeeProvince !== "qinghai" && payeeProvince !== "ningxia" && payeeProvince !== "xinjiang") badMember("payee_province", payeeProvince, ["beijing", "tianjin", "hebei", "shanxi", "inner_mongolia", "liaoning", "jilin", "heilongjiang", "shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan", "chongqing", "sichuan", "guizhou", "yunnan", "tibet", "shaanxi", "gansu", "qinghai", "ningxia", "xinjiang"], L9);
  const amount = input.amount;
  if (!Number.isInteger(amount) || amount < 0 || amount > 100000000) badNumber("amount", amount, 0, 100000000, "fen", L10);
  const openingBalance = input.opening_balance;
  if (!Number.isInteger(openingBalance) || openingBalance < 0 || openingBalance > 1000000000) badNumber("opening_balance", openingBalance, 0, 1000000000, "fen", L11);
  const openingBound = input.opening_bound;
  if (openingBound !== true && openingBound !== false) badBoolean("opening_bound", openingBound, L12);
  const binds = input.binds;
  if (binds !== true && binds !== false) badBoolean("binds", binds, L13);
  const registeredOutOfArea = input.registered_out_of_area;
  if (registeredOutOfArea !== true && registeredOutOfArea !== false) badBoolean("registered_out_of_area", registeredOutOfArea, L14);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L5, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `family_self_only` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * The month is a one-month timeline: `previous(…)` of each state is its `initially` value from this input (`evaluateTimeline` carries states from month to month); states are returned like outputs.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs, each a one-month timeline: `rows.map((r) => evaluate(r))` into a preallocated array. For a person's months use `evaluateTimeline`; for a population, `evaluateTimelineColumnar`. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L5);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Column codes of `relation`. */
export const relationCodes = ["self", "spouse", "parent", "child", "sibling", "paternal_grandparent", "maternal_grandparent", "paternal_grandchild", "maternal_grandchild", "cousin", "other_relative"] as const;
/** Column codes of `use`. */
export const useCodes = ["resident_premium", "employee_premium", "medical_expense", "pharmacy"] as const;
/** Column codes of `province`. */
export const provinceCodes = ["beijing", "tianjin", "hebei", "shanxi", "inner_mongolia", "liaoning", "jilin", "heilongjiang", "shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan", "chongqing", "sichuan", "guizhou", "yunnan", "tibet", "shaanxi", "gansu", "qinghai", "ningxia", "xinjiang"] as const;
/** Column codes of `payee_province`. */
export const payeeProvinceCodes = ["beijing", "tianjin", "hebei", "shanxi", "inner_mongolia", "liaoning", "jilin", "heilongjiang", "shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan", "chongqing", "sichuan", "guizhou", "yunnan", "tibet", "shaanxi", "gansu", "qinghai", "ningxia", "xinjiang"] as const;
/** Column codes of `decision`. */
export const decisionCodes = ["allowed", "rejected"] as const;

/** Input columns of `evaluateTimelineColumnar`: row p·M + (month − from), P·M values each (inputs vary by month). */
export interface TimelineColumns {
  readonly relation: Uint8Array;
  readonly use: Uint8Array;
  readonly province: Uint8Array;
  readonly payee_province: Uint8Array;
  readonly amount: Float64Array;
  readonly opening_balance: Float64Array;
  readonly opening_bound: Uint8Array;
  readonly binds: Uint8Array;
  readonly registered_out_of_area: Uint8Array;
}

/** Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"paid_from_account" | "paid_in_cash" | "balance", Float64Array>> & Readonly<Record<"bound" | "decision", Uint8Array>>;
  readonly present: {};
}

/** One person's months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person). */
function timelineKernel(relationCol: Uint8Array, useCol: Uint8Array, provinceCol: Uint8Array, payeeProvinceCol: Uint8Array, amountCol: Float64Array, openingBalanceCol: Float64Array, openingBoundCol: Uint8Array, bindsCol: Uint8Array, registeredOutOfAreaCol: Uint8Array, from: number, months2: number, k: number, v0: Uint8Array, v1: Uint8Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  let previousBound!: boolean;
  let previousBalance!: number;
  try {
    for (let j = 0; j < months2; j++, k++) {
      const month = from + j;
      const relationCode = relationCol[k]!;
      const useCode = useCol[k]!;
      const provinceCode = provinceCol[k]!;
      const payeeProvinceCode = payeeProvinceCol[k]!;
      const amount = amountCol[k]!;
      const openingBalance = openingBalanceCol[k]!;
      const openingBoundCode = openingBoundCol[k]!;
      const bindsCode = bindsCol[k]!;
      const registeredOutOfAreaCode = registeredOutOfAreaCol[k]!;
      if (month < H_START || month > H_END || relationCode >= 11 || useCode >= 4 || provinceCode >= 31 || payeeProvinceCode >= 31 || !Number.isInteger(amount) || amount < 0 || amount > 100000000 || !Number.isInteger(openingBalance) || openingBalance < 0 || openingBalance > 1000000000 || openingBoundCode > 1 || bindsCode > 1 || registeredOutOfAreaCode > 1) return false;
      const relation = relationCodes[relationCode]!;
      const use = useCodes[useCode]!;
      const province = provinceCodes[provinceCode]!;
      const payeeProvince = payeeProvinceCodes[payeeProvinceCode]!;
      const openingBound = openingBoundCode === 1;
      const binds = bindsCode === 1;
      const registeredOutOfArea = registeredOutOfAreaCode === 1;
      if (j === 0) {
        previousBound = openBound(openingBound);
        previousBalance = openBalance(openingBalance);
      }

      const bound = computeBound(binds, previousBound);
      const boundBefore = computeBoundBefore(previousBound);
      const relationAllowed = computeRelationAllowed(relation, use, boundBefore);
      const provinceAllowed = computeProvinceAllowed(relation, province, payeeProvince, registeredOutOfArea, month);
      const decision = computeDecision(relationAllowed, provinceAllowed);
      const paidFromAccount = computePaidFromAccount(decision, amount, previousBalance);
      const paidInCash = computePaidInCash(amount, paidFromAccount);
      const balance = computeBalance(paidFromAccount, previousBalance);
      if (balance < 0 || balance > 1000000000) return false;
      v0[k] = bound ? 1 : 0;
      v1[k] = C0.indexOf(decision);
      v2[k] = paidFromAccount;
      v3[k] = paidInCash;
      v4[k] = balance;
      previousBound = bound;
      previousBalance = balance;
    }

  } catch {
    return false;
  }

  return true;
}

/**
 * Evaluates the timelines of `persons` persons over months `from`..`to` (month indices year·12 + month − 1, both included) from typed-array columns, one pass per person, states carried from month to month.
 * Rows are person-major: row k = p·M + (month − from), M = to − from + 1; every column of `columns` holds P·M values (inputs vary by month; the month input is not a column). Enum inputs are codes into the exported `…Codes` arrays, booleans 0/1, money integer fen, rates numerators over their scale. The result (or `out`, reused when given: every column at least P·M long) holds one column per output and state; `present` is 0 (and the value NaN) where not applicable. An invalid row or a failed output or state throws its `PolicyError` with `row` set (that person's months re-run through `evaluateTimeline`). (A stateful region has no `evaluateColumnar`: its months depend on the months before.)
 */
export function evaluateTimelineColumnar(columns: TimelineColumns, persons: number, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const months2 = monthCount(from, to, "month", L5);
  const count = timelineCount(columns, { relation: L6, use: L7, province: L8, payee_province: L9, amount: L10, opening_balance: L11, opening_bound: L12, binds: L13, registered_out_of_area: L14 }, persons, months2, "month", L5);
  const { relation: relationCol, use: useCol, province: provinceCol, payee_province: payeeProvinceCol, amount: amountCol, opening_balance: openingBalanceCol, opening_bound: openingBoundCol, binds: bindsCol, registered_out_of_area: registeredOutOfAreaCol } = columns;
  const result = columnarResult<ColumnarResult>(out, count * months2, "bound decision paid_from_account paid_in_cash balance", "", "bound decision");
  const { bound: v0, decision: v1, paid_from_account: v2, paid_in_cash: v3, balance: v4 } = result.values;
  const slow = (p: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (j) => ({ relation: memberOf(relationCodes, relationCol[p * months2 + j]!), use: memberOf(useCodes, useCol[p * months2 + j]!), province: memberOf(provinceCodes, provinceCol[p * months2 + j]!), payee_province: memberOf(payeeProvinceCodes, payeeProvinceCol[p * months2 + j]!), amount: amountCol[p * months2 + j]!, opening_balance: openingBalanceCol[p * months2 + j]!, opening_bound: flagOf(openingBoundCol[p * months2 + j]!), binds: flagOf(bindsCol[p * months2 + j]!), registered_out_of_area: flagOf(registeredOutOfAreaCol[p * months2 + j]!), month: monthText(from + j) }), p * months2, months2, result.values, result.present, { decision: decisionCodes });
  for (let p = 0, k = 0; p < count; p++, k += months2) {
    if (!timelineKernel(relationCol, useCol, provinceCol, payeeProvinceCol, amountCol, openingBalanceCol, openingBoundCol, bindsCol, registeredOutOfAreaCol, from, months2, k, v0, v1, v2, v3, v4)) slow(p);
  }

  return result;
}
