// Generated from policies/claims/shanghai-outpatient-b.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, unwrap, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `shanghai_outpatient_b`: 上海 门诊 读法B Shanghai outpatient 2025, reading B: self-pay 50% / 60% / 70% by level. Horizon 2025-01..2025-12; rounding half_up to fen. */
export const region = "shanghai_outpatient_b";
/** The policy file this module was generated from. */
export const source = "policies/claims/shanghai-outpatient-b.policy";
/** Values of input `level`. */
export type Level = "level1" | "level2" | "level3";

/** Input of region `shanghai_outpatient_b`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/shanghai-outpatient-b.policy:18 */
  readonly month: string;
  /** one of level1, level2, level3 — policies/claims/shanghai-outpatient-b.policy:19 (F106, 004:110, 一级医院 / 二级医院 / 三级医院) */
  readonly level: Level;
  /** money in integer fen, 0..1000000000 — policies/claims/shanghai-outpatient-b.policy:20 (F106, T25, ordinary outpatient in-catalogue cost) */
  readonly in_catalogue: number;
  /** money in integer fen, 0..1000000000 — policies/claims/shanghai-outpatient-b.policy:21 (F106, 004:110, 医保目录外药品或项目) */
  readonly out_of_catalogue: number;
  /** money in integer fen, 0..1000000000 — policies/claims/shanghai-outpatient-b.policy:22 (F106, 004:110, 个人账户用完后: the balance before the claim) */
  readonly account_balance: number;
}

/** Output of region `shanghai_outpatient_b`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/shanghai-outpatient-b.policy:33 (F098) */
  readonly total_cost: number;
  /** money in fen — policies/claims/shanghai-outpatient-b.policy:36 (F106, T25, the patient's share of in-catalogue costs) */
  readonly co_pay: number;
  /** money in fen — policies/claims/shanghai-outpatient-b.policy:40 (T25, the fund pays 500 / 400 / 300) */
  readonly reimbursed: number;
  /** money in fen — policies/claims/shanghai-outpatient-b.policy:43 (F106, F099, 004:110, 需全额自费) */
  readonly self_pay: number;
  /** money in fen — policies/claims/shanghai-outpatient-b.policy:46 (T25) */
  readonly patient_pays: number;
}

const H_START = 24300; // 2025-01
const H_END = 24311; // 2025-12
// policies/claims/shanghai-outpatient-b.policy:24 (F106, 004:110, 一级医院自付50%)
const level1SelfPay = 1; // 1/2
// policies/claims/shanghai-outpatient-b.policy:25 (F106, 004:110, 二级医院60%)
const level2SelfPay = 3; // 3/5
// policies/claims/shanghai-outpatient-b.policy:26 (F106, 004:110, 三级医院70%)
const level3SelfPay = 7; // 7/10
const L0: PolicyLocation = { file: "policies/claims/shanghai-outpatient-b.policy", line: 38, col: 5 };
const L1: PolicyLocation = { file: "policies/claims/shanghai-outpatient-b.policy", line: 19, col: 9 };
const L2: PolicyLocation = { file: "policies/claims/shanghai-outpatient-b.policy", line: 18, col: 9 };
const L3: PolicyLocation = { file: "policies/claims/shanghai-outpatient-b.policy", line: 20, col: 9 };
const L4: PolicyLocation = { file: "policies/claims/shanghai-outpatient-b.policy", line: 21, col: 9 };
const L5: PolicyLocation = { file: "policies/claims/shanghai-outpatient-b.policy", line: 22, col: 9 };
const S0: StepInfo = { name: "level1_self_pay", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 24, cites: ["F106", "004:110", "一级医院自付50%"], unit: "rate", reads: [] };
const S1: StepInfo = { name: "level2_self_pay", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 25, cites: ["F106", "004:110", "二级医院60%"], unit: "rate", reads: [] };
const S2: StepInfo = { name: "level3_self_pay", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 26, cites: ["F106", "004:110", "三级医院70%"], unit: "rate", reads: [] };
const S3: StepInfo = { name: "self_pay_share", branch: "for level1", file: "policies/claims/shanghai-outpatient-b.policy", line: 29, cites: ["F106"], unit: "rate", reads: ["level", "level1_self_pay", "level2_self_pay", "level3_self_pay"] };
const S4: StepInfo = { name: "total_cost", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 33, cites: ["F098"], unit: "fen", reads: ["in_catalogue", "out_of_catalogue"] };
const S5: StepInfo = { name: "co_pay", branch: "when account_balance = 0", file: "policies/claims/shanghai-outpatient-b.policy", line: 37, cites: ["F106", "T25", "the patient's share of in-catalogue costs", "1000 x 50% = 500.00"], unit: "fen", reads: ["account_balance", "in_catalogue", "self_pay_share"] };
const S6: StepInfo = { name: "reimbursed", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 40, cites: ["T25", "the fund pays 500 / 400 / 300"], unit: "fen", reads: ["in_catalogue", "co_pay"] };
const S7: StepInfo = { name: "self_pay", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 43, cites: ["F106", "F099", "004:110", "需全额自费"], unit: "fen", reads: ["out_of_catalogue"] };
const S8: StepInfo = { name: "patient_pays", branch: "=", file: "policies/claims/shanghai-outpatient-b.policy", line: 46, cites: ["T25"], unit: "fen", reads: ["co_pay", "self_pay"] };
const S9: StepInfo = { name: "self_pay_share", branch: "for level2", file: "policies/claims/shanghai-outpatient-b.policy", line: 30, cites: ["F106"], unit: "rate", reads: ["level", "level1_self_pay", "level2_self_pay", "level3_self_pay"] };
const S10: StepInfo = { name: "self_pay_share", branch: "for level3", file: "policies/claims/shanghai-outpatient-b.policy", line: 31, cites: ["F106"], unit: "rate", reads: ["level", "level1_self_pay", "level2_self_pay", "level3_self_pay"] };
/** `total_cost` — policies/claims/shanghai-outpatient-b.policy:33 (F098) */
function computeTotalCost(inCatalogue: number, outOfCatalogue: number): number {
  return inCatalogue + outOfCatalogue;
}

/** `co_pay` — policies/claims/shanghai-outpatient-b.policy:36 (F106, T25, the patient's share of in-catalogue costs) */
function computeCoPay(accountBalance: number, inCatalogue: number, selfPayShare: number): number {
  // policies/claims/shanghai-outpatient-b.policy:37
  if (accountBalance === 0) {
    return Math.floor((inCatalogue * selfPayShare + 5) / 10);
  }
  // policies/claims/shanghai-outpatient-b.policy:38, the remaining case
  return fail("unspecified", "co_pay", L0, "co_pay: when account_balance > 0 is unspecified in the sources");
}

/** `reimbursed` — policies/claims/shanghai-outpatient-b.policy:40 (T25, the fund pays 500 / 400 / 300) */
function computeReimbursed(inCatalogue: number, coPay: number): number {
  return inCatalogue - coPay;
}

/** `self_pay` — policies/claims/shanghai-outpatient-b.policy:43 (F106, F099, 004:110, 需全额自费) */
function computeSelfPay(outOfCatalogue: number): number {
  return outOfCatalogue;
}

/** `patient_pays` — policies/claims/shanghai-outpatient-b.policy:46 (T25) */
function computePatientPays(coPay: number, selfPay: number): number {
  return coPay + selfPay;
}

/** `co_pay` — policies/claims/shanghai-outpatient-b.policy:36 (F106, T25, the patient's share of in-catalogue costs) */
function computeCoPay2(accountBalance: number, inCatalogue: number, selfPayShare: number | Failed): number {
  // policies/claims/shanghai-outpatient-b.policy:37
  if (accountBalance === 0) {
    return Math.floor((inCatalogue * unwrap(selfPayShare) + 5) / 10);
  }
  // policies/claims/shanghai-outpatient-b.policy:38, the remaining case
  return fail("unspecified", "co_pay", L0, "co_pay: when account_balance > 0 is unspecified in the sources");
}

/** Every rule for `level` = `level1` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForLevel1(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  const selfPayShare = attempt(() => level1SelfPay * 5);
  const totalCost = attempt(() => computeTotalCost(inCatalogue, outOfCatalogue));
  const coPay = attempt(() => computeCoPay2(accountBalance, inCatalogue, selfPayShare));
  const reimbursed = coPay instanceof Failed ? coPay : attempt(() => computeReimbursed(inCatalogue, coPay));
  const selfPay = attempt(() => computeSelfPay(outOfCatalogue));
  const patientPays = coPay instanceof Failed ? coPay : selfPay instanceof Failed ? selfPay : attempt(() => computePatientPays(coPay, selfPay));
  return settle<Output>({ total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays });
}

/** Every rule for `level` = `level1`. */
function computeForLevel1(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  try {
    const selfPayShare = level1SelfPay * 5;
    const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
    const coPay = computeCoPay(accountBalance, inCatalogue, selfPayShare);
    const reimbursed = computeReimbursed(inCatalogue, coPay);
    const selfPay = computeSelfPay(outOfCatalogue);
    const patientPays = computePatientPays(coPay, selfPay);
    return { total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays };
  } catch {
    return lazyForLevel1(inCatalogue, outOfCatalogue, accountBalance);
  }
}

/** Every rule for `level` = `level2` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForLevel2(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  const selfPayShare = attempt(() => level2SelfPay * 2);
  const totalCost = attempt(() => computeTotalCost(inCatalogue, outOfCatalogue));
  const coPay = attempt(() => computeCoPay2(accountBalance, inCatalogue, selfPayShare));
  const reimbursed = coPay instanceof Failed ? coPay : attempt(() => computeReimbursed(inCatalogue, coPay));
  const selfPay = attempt(() => computeSelfPay(outOfCatalogue));
  const patientPays = coPay instanceof Failed ? coPay : selfPay instanceof Failed ? selfPay : attempt(() => computePatientPays(coPay, selfPay));
  return settle<Output>({ total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays });
}

/** Every rule for `level` = `level2`. */
function computeForLevel2(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  try {
    const selfPayShare = level2SelfPay * 2;
    const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
    const coPay = computeCoPay(accountBalance, inCatalogue, selfPayShare);
    const reimbursed = computeReimbursed(inCatalogue, coPay);
    const selfPay = computeSelfPay(outOfCatalogue);
    const patientPays = computePatientPays(coPay, selfPay);
    return { total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays };
  } catch {
    return lazyForLevel2(inCatalogue, outOfCatalogue, accountBalance);
  }
}

/** Every rule for `level` = `level3` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForLevel3(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  const totalCost = attempt(() => computeTotalCost(inCatalogue, outOfCatalogue));
  const coPay = attempt(() => computeCoPay(accountBalance, inCatalogue, level3SelfPay));
  const reimbursed = coPay instanceof Failed ? coPay : attempt(() => computeReimbursed(inCatalogue, coPay));
  const selfPay = attempt(() => computeSelfPay(outOfCatalogue));
  const patientPays = coPay instanceof Failed ? coPay : selfPay instanceof Failed ? selfPay : attempt(() => computePatientPays(coPay, selfPay));
  return settle<Output>({ total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays });
}

/** Every rule for `level` = `level3`. */
function computeForLevel3(inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  try {
    const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
    const coPay = computeCoPay(accountBalance, inCatalogue, level3SelfPay);
    const reimbursed = computeReimbursed(inCatalogue, coPay);
    const selfPay = computeSelfPay(outOfCatalogue);
    const patientPays = computePatientPays(coPay, selfPay);
    return { total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays };
  } catch {
    return lazyForLevel3(inCatalogue, outOfCatalogue, accountBalance);
  }
}

function columnarForLevel1(inCatalogue: number, outOfCatalogue: number, accountBalance: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const selfPayShare = level1SelfPay * 5;
    const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
    const coPay = computeCoPay(accountBalance, inCatalogue, selfPayShare);
    const reimbursed = computeReimbursed(inCatalogue, coPay);
    const selfPay = computeSelfPay(outOfCatalogue);
    const patientPays = computePatientPays(coPay, selfPay);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = totalCost;
      v1[k] = coPay;
      v2[k] = reimbursed;
      v3[k] = selfPay;
      v4[k] = patientPays;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForLevel2(inCatalogue: number, outOfCatalogue: number, accountBalance: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const selfPayShare = level2SelfPay * 2;
    const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
    const coPay = computeCoPay(accountBalance, inCatalogue, selfPayShare);
    const reimbursed = computeReimbursed(inCatalogue, coPay);
    const selfPay = computeSelfPay(outOfCatalogue);
    const patientPays = computePatientPays(coPay, selfPay);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = totalCost;
      v1[k] = coPay;
      v2[k] = reimbursed;
      v3[k] = selfPay;
      v4[k] = patientPays;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForLevel3(inCatalogue: number, outOfCatalogue: number, accountBalance: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const totalCost = computeTotalCost(inCatalogue, outOfCatalogue);
    const coPay = computeCoPay(accountBalance, inCatalogue, level3SelfPay);
    const reimbursed = computeReimbursed(inCatalogue, coPay);
    const selfPay = computeSelfPay(outOfCatalogue);
    const patientPays = computePatientPays(coPay, selfPay);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = totalCost;
      v1[k] = coPay;
      v2[k] = reimbursed;
      v3[k] = selfPay;
      v4[k] = patientPays;
    }
  } catch {
    return false;
  }
  return true;
}

/** `co_pay`, recording the branch taken */
function traceCoPay(accountBalance: number, inCatalogue: number, selfPayShare: number, t: TraceStep[]): number {
  // policies/claims/shanghai-outpatient-b.policy:37
  if (accountBalance === 0) {
    return record(t, S5, Math.floor((inCatalogue * selfPayShare + 5) / 10));
  }
  // policies/claims/shanghai-outpatient-b.policy:38, the remaining case
  return fail("unspecified", "co_pay", L0, "co_pay: when account_balance > 0 is unspecified in the sources");
}

/** Every rule for `level` = `level1`, recording each branch. */
function traceForLevel1(inCatalogue: number, outOfCatalogue: number, accountBalance: number, t: TraceStep[]): Output {
  const selfPayShare = record(t, S3, level1SelfPay * 5, 10);
  const totalCost = record(t, S4, computeTotalCost(inCatalogue, outOfCatalogue));
  const coPay = traceCoPay(accountBalance, inCatalogue, selfPayShare, t);
  const reimbursed = record(t, S6, computeReimbursed(inCatalogue, coPay));
  const selfPay = record(t, S7, computeSelfPay(outOfCatalogue));
  const patientPays = record(t, S8, computePatientPays(coPay, selfPay));
  return { total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays };
}

/** Every rule for `level` = `level2`, recording each branch. */
function traceForLevel2(inCatalogue: number, outOfCatalogue: number, accountBalance: number, t: TraceStep[]): Output {
  const selfPayShare = record(t, S9, level2SelfPay * 2, 10);
  const totalCost = record(t, S4, computeTotalCost(inCatalogue, outOfCatalogue));
  const coPay = traceCoPay(accountBalance, inCatalogue, selfPayShare, t);
  const reimbursed = record(t, S6, computeReimbursed(inCatalogue, coPay));
  const selfPay = record(t, S7, computeSelfPay(outOfCatalogue));
  const patientPays = record(t, S8, computePatientPays(coPay, selfPay));
  return { total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays };
}

/** Every rule for `level` = `level3`, recording each branch. */
function traceForLevel3(inCatalogue: number, outOfCatalogue: number, accountBalance: number, t: TraceStep[]): Output {
  record(t, S10, level3SelfPay, 10);
  const totalCost = record(t, S4, computeTotalCost(inCatalogue, outOfCatalogue));
  const coPay = traceCoPay(accountBalance, inCatalogue, level3SelfPay, t);
  const reimbursed = record(t, S6, computeReimbursed(inCatalogue, coPay));
  const selfPay = record(t, S7, computeSelfPay(outOfCatalogue));
  const patientPays = record(t, S8, computePatientPays(coPay, selfPay));
  return { total_cost: totalCost, co_pay: coPay, reimbursed, self_pay: selfPay, patient_pays: patientPays };
}

/** Computes every rule for validated inputs, dispatching once on `level` (which it validates). */
function compute(level: string, inCatalogue: number, outOfCatalogue: number, accountBalance: number): Output {
  switch (level) {
    case "level1":
      return computeForLevel1(inCatalogue, outOfCatalogue, accountBalance);
    case "level2":
      return computeForLevel2(inCatalogue, outOfCatalogue, accountBalance);
    case "level3":
      return computeForLevel3(inCatalogue, outOfCatalogue, accountBalance);
    default:
      return badMember("level", level, ["level1", "level2", "level3"], L1);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(level: string, inCatalogue: number, outOfCatalogue: number, accountBalance: number, t: TraceStep[]): Output {
  record(t, S0, level1SelfPay, 2);
  record(t, S1, level2SelfPay, 5);
  record(t, S2, level3SelfPay, 10);
  switch (level) {
    case "level1":
      return traceForLevel1(inCatalogue, outOfCatalogue, accountBalance, t);
    case "level2":
      return traceForLevel2(inCatalogue, outOfCatalogue, accountBalance, t);
    case "level3":
      return traceForLevel3(inCatalogue, outOfCatalogue, accountBalance, t);
    default:
      return badMember("level", level, ["level1", "level2", "level3"], L1);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const level = input.level;
  const inCatalogue = input.in_catalogue;
  const outOfCatalogue = input.out_of_catalogue;
  const accountBalance = input.account_balance;
  if (month < H_START || month > H_END || !Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000 || !Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "level") || !hasOwn(input, "in_catalogue") || !hasOwn(input, "out_of_catalogue") || !hasOwn(input, "account_balance")) return invalid(input);
  return compute(level, inCatalogue, outOfCatalogue, accountBalance);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const level = input.level;
  const inCatalogue = input.in_catalogue;
  const outOfCatalogue = input.out_of_catalogue;
  const accountBalance = input.account_balance;
  return computeTraced(level, inCatalogue, outOfCatalogue, accountBalance, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "level", "in_catalogue", "out_of_catalogue", "account_balance"], [L2, L1, L3, L4, L5], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
  const inCatalogue = input.in_catalogue;
  if (!Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000) badNumber("in_catalogue", inCatalogue, 0, 1000000000, "fen", L3);
  const outOfCatalogue = input.out_of_catalogue;
  if (!Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) badNumber("out_of_catalogue", outOfCatalogue, 0, 1000000000, "fen", L4);
  const accountBalance = input.account_balance;
  if (!Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) badNumber("account_balance", accountBalance, 0, 1000000000, "fen", L5);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L2, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_outpatient_b` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L2);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["level", "in_catalogue", "out_of_catalogue", "account_balance"], [L1, L3, L4, L5], "person");
  const level = person.level;
  const inCatalogue = person.in_catalogue;
  if (!Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000) badNumber("in_catalogue", inCatalogue, 0, 1000000000, "fen", L3);
  const outOfCatalogue = person.out_of_catalogue;
  if (!Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000) badNumber("out_of_catalogue", outOfCatalogue, 0, 1000000000, "fen", L4);
  const accountBalance = person.account_balance;
  if (!Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) badNumber("account_balance", accountBalance, 0, 1000000000, "fen", L5);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(level, inCatalogue, outOfCatalogue, accountBalance));
  return out;
}

/** Column codes of `level`. */
export const levelCodes = ["level1", "level2", "level3"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly level: Uint8Array;
  readonly in_catalogue: Float64Array;
  readonly out_of_catalogue: Float64Array;
  readonly account_balance: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"total_cost" | "co_pay" | "reimbursed" | "self_pay" | "patient_pays", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { level: L1, in_catalogue: L3, out_of_catalogue: L4, account_balance: L5 });
  const { level: levelCol, in_catalogue: inCatalogueCol, out_of_catalogue: outOfCatalogueCol, account_balance: accountBalanceCol } = persons;
  const months = monthCount(from, to, "month", L2);
  const result = columnarResult(out, count * months, "total_cost co_pay reimbursed self_pay patient_pays", "");
  const { total_cost: v0, co_pay: v1, reimbursed: v2, self_pay: v3, patient_pays: v4 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ level: memberOf(levelCodes, levelCol[p]!), in_catalogue: inCatalogueCol[p]!, out_of_catalogue: outOfCatalogueCol[p]!, account_balance: accountBalanceCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const levelCode = levelCol[p]!;
    const inCatalogue = inCatalogueCol[p]!;
    const outOfCatalogue = outOfCatalogueCol[p]!;
    const accountBalance = accountBalanceCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(inCatalogue) || inCatalogue < 0 || inCatalogue > 1000000000 || !Number.isInteger(outOfCatalogue) || outOfCatalogue < 0 || outOfCatalogue > 1000000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) {
      slow(p);
      continue;
    }

    switch (levelCode) {
      case 0:
        if (!columnarForLevel1(inCatalogue, outOfCatalogue, accountBalance, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 1:
        if (!columnarForLevel2(inCatalogue, outOfCatalogue, accountBalance, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 2:
        if (!columnarForLevel3(inCatalogue, outOfCatalogue, accountBalance, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
