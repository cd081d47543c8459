// Generated from policies/claims/cost-class-payers-b.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount } from "@policyc/runtime";
import type { EvaluateOptions, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./cost_class_payers.js";

/** Region `cost_class_payers_b`: 费用由谁支付（C16 读法B）who pays each cost class, reading B. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "cost_class_payers_b";
/** The policy file this module was generated from. */
export const source = "policies/claims/cost-class-payers-b.policy";

/** Input of region `cost_class_payers_b`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/cost-classes.policy:18 */
  readonly month: string;
  /** money in integer fen, 0..1000000000 — policies/claims/cost-classes.policy:19 (F100, 003:24, 纳入医保目录范围的治疗和药物) */
  readonly in_catalogue: number;
  /** money in integer fen, 0..1000000000 — policies/claims/cost-classes.policy:20 (F099, 003:22, 没有纳入医保目录范围的药物和治疗费用) */
  readonly out_of_catalogue: number;
  /** money in integer fen, 0..1000000000 — policies/claims/cost-class-payers.policy:16 (C16, the personal-account balance available for the claim) */
  readonly account_balance: number;
}

/** Output of region `cost_class_payers_b`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/cost-classes.policy:24 (F098, 003:17, the three classes make up a claim's cost) */
  readonly total_cost: number;
  /** money in fen — policies/claims/cost-classes.policy:27 (F100, F101, 003:24, 一般按照比例划分为可报销费用和自负费用) */
  readonly reimbursable_in_catalogue: number;
  /** money in fen — policies/claims/cost-classes.policy:30 (F099, 003:22, 不能报销,全自费) */
  readonly reimbursable_out_of_catalogue: number;
  /** money in fen — policies/claims/cost-classes.policy:33 (F098, F100) */
  readonly reimbursable: number;
  /** money in fen — policies/claims/cost-classes.policy:36 (F100, F101, 003:26, 剩下15元为自负项目需要患者自己掏钱) */
  readonly co_pay: number;
  /** money in fen — policies/claims/cost-classes.policy:39 (F099, 003:22, 均属于自费项目) */
  readonly self_pay: number;
  /** money in fen — policies/claims/cost-class-payers.policy:20 (I11, F080, 003:148, 住院医疗费用、特殊门诊等医疗费用报销的时候,用的是医保卡统筹账户) */
  readonly fund_pays: number;
  /** money in fen — policies/claims/cost-class-payers.policy:27 (I05, min(amount, balance)) */
  readonly account_pays: number;
  /** money in fen — policies/claims/cost-class-payers.policy:28 (I05, the rest is cash) */
  readonly cash_pays: number;
}

/** What this region shares with `cost_class_payers`. */
const {
  computeAccountPays, computeCashPays, computeCoPay, computeFundPays, computeReimbursable,
  computeReimbursableInCatalogue, computeSelfPay, computeTotalCost, L0, L1, L2, L3, reimbursableRatio, S0, S1,
  S2, S3, S4, S5, S6, S8, S9, S10, S11, S12, S13,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/claims/cost-class-payers-b.policy:8 (C16, reading B, F079, 002:19, 统筹基金起付标准以下的自付部分)
const accountMayPay = "co_pay_only" as "nothing" | "co_pay_only" | "co_pay_and_self_pay";
const S14: StepInfo = { name: "account_may_pay", branch: "=", file: "policies/claims/cost-class-payers-b.policy", line: 8, cites: ["C16", "reading B", "F079", "002:19", "统筹基金起付标准以下的自付部分"], unit: "", reads: [] };
/** `account_eligible` — policies/claims/cost-class-payers.policy:22 (C16) */
function computeAccountEligible(coPay: number, selfPay: number): number {
  // policies/claims/cost-class-payers.policy:23
  if (accountMayPay === "nothing") {
    return 0;
  }
  // policies/claims/cost-class-payers.policy:24
  if (accountMayPay === "co_pay_only") {
    return coPay;
  }
  // policies/claims/cost-class-payers.policy:25, the remaining case
  return coPay + selfPay;
}

function columnarForAll(inCatalogue: number, outOfCatalogue: number, accountBalance: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array, v7: Float64Array, v8: Float64Array): void {
  const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
  const reimbursableInCatalogue = computeReimbursableInCatalogue(inCatalogue);
  const reimbursable = computeReimbursable(reimbursableInCatalogue, 0);
  const coPay = computeCoPay(inCatalogue, reimbursableInCatalogue);
  const selfPay = computeSelfPay(outOfCatalogue);
  const fundPays = computeFundPays(reimbursable);
  const accountEligible = computeAccountEligible(coPay, selfPay);
  const accountPays = computeAccountPays(accountEligible, accountBalance);
  const cashPays = computeCashPays(coPay, selfPay, accountPays);
  for (let month = from; month <= to; month++, k++) {
    v0[k] = totalCost;
    v1[k] = reimbursableInCatalogue;
    v2[k] = 0;
    v3[k] = reimbursable;
    v4[k] = coPay;
    v5[k] = selfPay;
    v6[k] = fundPays;
    v7[k] = accountPays;
    v8[k] = cashPays;
  }
}

/** `account_eligible`, recording the branch taken */
function traceAccountEligible(coPay: number, selfPay: number, t: TraceStep[]): number {
  // policies/claims/cost-class-payers.policy:23
  if (accountMayPay === "nothing") {
    return record(t, S9, 0);
  }
  // policies/claims/cost-class-payers.policy:24
  if (accountMayPay === "co_pay_only") {
    return record(t, S10, coPay);
  }
  // policies/claims/cost-class-payers.policy:25, the remaining case
  return record(t, S11, coPay + selfPay);
}

/** Computes every rule for validated inputs. */
function compute(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
  const reimbursableInCatalogue = computeReimbursableInCatalogue(inCatalogue);
  const reimbursable = computeReimbursable(reimbursableInCatalogue, 0);
  const coPay = computeCoPay(inCatalogue, reimbursableInCatalogue);
  const selfPay = computeSelfPay(outOfCatalogue);
  const fundPays = computeFundPays(reimbursable);
  const accountEligible = computeAccountEligible(coPay, selfPay);
  const accountPays = computeAccountPays(accountEligible, accountBalance);
  const cashPays = computeCashPays(coPay, selfPay, accountPays);
  return { total_cost: totalCost, reimbursable_in_catalogue: reimbursableInCatalogue, reimbursable_out_of_catalogue: 0, reimbursable, co_pay: coPay, self_pay: selfPay, fund_pays: fundPays, account_pays: accountPays, cash_pays: cashPays };
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(inCatalogue: number, outOfCatalogue: number, accountBalance: number, t: TraceStep[]): Output {
  record(t, S0, reimbursableRatio, 10);
  record(t, S14, accountMayPay);
  const totalCost = record(t, S1, computeTotalCost(inCatalogue, outOfCatalogue));
  const reimbursableInCatalogue = record(t, S2, computeReimbursableInCatalogue(inCatalogue));
  record(t, S3, 0);
  const reimbursable = record(t, S4, computeReimbursable(reimbursableInCatalogue, 0));
  const coPay = record(t, S5, computeCoPay(inCatalogue, reimbursableInCatalogue));
  const selfPay = record(t, S6, computeSelfPay(outOfCatalogue));
  const fundPays = record(t, S8, computeFundPays(reimbursable));
  const accountEligible = traceAccountEligible(coPay, selfPay, t);
  const accountPays = record(t, S12, computeAccountPays(accountEligible, accountBalance));
  const cashPays = record(t, S13, computeCashPays(coPay, selfPay, accountPays));
  return { total_cost: totalCost, reimbursable_in_catalogue: reimbursableInCatalogue, reimbursable_out_of_catalogue: 0, reimbursable, co_pay: coPay, self_pay: selfPay, fund_pays: fundPays, account_pays: accountPays, cash_pays: cashPays };
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const inCatalogue = input.in_catalogue;
  const outOfCatalogue = input.out_of_catalogue;
  const accountBalance = input.account_balance;
  if (month < H_START || month > H_END || !Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000 || !Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "in_catalogue") || !hasOwn(input, "out_of_catalogue") || !hasOwn(input, "account_balance")) return invalid(input);
  return compute(inCatalogue, outOfCatalogue, accountBalance);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const inCatalogue = input.in_catalogue;
  const outOfCatalogue = input.out_of_catalogue;
  const accountBalance = input.account_balance;
  return computeTraced(inCatalogue, outOfCatalogue, accountBalance, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "in_catalogue", "out_of_catalogue", "account_balance"], [L0, L1, L2, L3], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L0);
  const inCatalogue = input.in_catalogue;
  if (!Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000) badNumber("in_catalogue", inCatalogue, 0, 1000000000, "fen", L1);
  const outOfCatalogue = input.out_of_catalogue;
  if (!Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) badNumber("out_of_catalogue", outOfCatalogue, 0, 1000000000, "fen", L2);
  const accountBalance = input.account_balance;
  if (!Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) badNumber("account_balance", accountBalance, 0, 1000000000, "fen", L3);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L0, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `cost_class_payers_b` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L0);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["in_catalogue", "out_of_catalogue", "account_balance"], [L1, L2, L3], "person");
  const inCatalogue = person.in_catalogue;
  if (!Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000) badNumber("in_catalogue", inCatalogue, 0, 1000000000, "fen", L1);
  const outOfCatalogue = person.out_of_catalogue;
  if (!Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) badNumber("out_of_catalogue", outOfCatalogue, 0, 1000000000, "fen", L2);
  const accountBalance = person.account_balance;
  if (!Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) badNumber("account_balance", accountBalance, 0, 1000000000, "fen", L3);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L0);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L0);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(inCatalogue, outOfCatalogue, accountBalance));
  return out;
}

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly in_catalogue: Float64Array;
  readonly out_of_catalogue: Float64Array;
  readonly account_balance: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"total_cost" | "reimbursable_in_catalogue" | "reimbursable_out_of_catalogue" | "reimbursable" | "co_pay" | "self_pay" | "fund_pays" | "account_pays" | "cash_pays", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { in_catalogue: L1, out_of_catalogue: L2, account_balance: L3 });
  const { in_catalogue: inCatalogueCol, out_of_catalogue: outOfCatalogueCol, account_balance: accountBalanceCol } = persons;
  const months = monthCount(from, to, "month", L0);
  const result = columnarResult(out, count * months, "total_cost reimbursable_in_catalogue reimbursable_out_of_catalogue reimbursable co_pay self_pay fund_pays account_pays cash_pays", "");
  const { total_cost: v0, reimbursable_in_catalogue: v1, reimbursable_out_of_catalogue: v2, reimbursable: v3, co_pay: v4, self_pay: v5, fund_pays: v6, account_pays: v7, cash_pays: v8 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ in_catalogue: inCatalogueCol[p]!, out_of_catalogue: outOfCatalogueCol[p]!, account_balance: accountBalanceCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const inCatalogue = inCatalogueCol[p]!;
    const outOfCatalogue = outOfCatalogueCol[p]!;
    const accountBalance = accountBalanceCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000 || !Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) {
      slow(p);
      continue;
    }

    columnarForAll(inCatalogue, outOfCatalogue, accountBalance, from, to, k, v0, v1, v2, v3, v4, v5, v6, v7, v8);
  }

  return result;
}
