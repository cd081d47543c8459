// Generated from policies/claims/shanghai-outpatient-a.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, roundHalfUp, monthText, columnarResult, monthCount, memberOf, atRow, stateIn, unwrap, stateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";

/** Region `shanghai_outpatient_a`: 上海 门诊 读法A Shanghai outpatient, reading A: deductible 1500.00, then 85%. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_outpatient_a";
/** The policy file this module was generated from. */
export const source = "policies/claims/shanghai-outpatient-a.policy";
/** Values of input `care`. */
export type Care = "ordinary" | "special_disease";

/** Input of region `shanghai_outpatient_a`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/claims/shanghai-outpatient-a.policy:23 */
  readonly month: string;
  /** one of ordinary, special_disease — policies/claims/shanghai-outpatient-a.policy:24 (F104, F105, 普通门诊 / 特殊病种门诊 at a designated institution) */
  readonly care: Care;
  /** money in integer fen, 0..100000000 — policies/claims/shanghai-outpatient-a.policy:25 (F104, T24, the month's in-catalogue outpatient cost) */
  readonly claim: number;
  /** money in integer fen, 0..1000000000 — policies/claims/shanghai-outpatient-a.policy:26 (F104, 004:80, 个人账户余额: the balance before the month's claims) */
  readonly account_balance: number;
  /** money in integer fen, 0..1000000000 — policies/claims/shanghai-outpatient-a.policy:27 (I11, eligible cost earlier in the year, before the timeline) */
  readonly opening_eligible_this_year: number;
}

/** Output of region `shanghai_outpatient_a`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:40 (F104, 004:80, 需先自付1500元起付线) */
  readonly below_deductible: number;
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:43 (F104, 004:80, 超出部分) */
  readonly above_deductible: number;
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:46 (F104, T24) */
  readonly reimbursed: number;
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:50 (F104, F100, the in-catalogue part above the deductible that is not reimbursed) */
  readonly co_pay: number;
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:53 (T24, patient share 1500 + 300 = 1800.00) */
  readonly patient_share: number;
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:56 (T24, F079, C16, I05, min(amount, balance); T24 routes the whole patient share, co-pay included, to the account (F079: outpatient costs)) */
  readonly paid_from_account: number;
  /** money in fen — policies/claims/shanghai-outpatient-a.policy:59 (F104, I05, 若余额不足: the rest is cash) */
  readonly paid_in_cash: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/claims/shanghai-outpatient-a.policy:62 (I11, the year's cumulative eligible cost) */
  readonly eligible_this_year: number;
}

const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/claims/shanghai-outpatient-a.policy:29 (F104, 004:80, 起付标准为1500元, T24, annual)
const deductible = 150000;
// policies/claims/shanghai-outpatient-a.policy:30 (F104, 004:80, 超出部分按比例报销(例如85%))
const ordinaryRatio = 17; // 17/20
// policies/claims/shanghai-outpatient-a.policy:31 (F105, 004:80, 可能享受更高比例报销(如90%))
const specialDiseaseRatio = 9; // 9/10
const L0: PolicyLocation = { file: "policies/claims/shanghai-outpatient-a.policy", line: 62, col: 3 };
const L1: PolicyLocation = { file: "policies/claims/shanghai-outpatient-a.policy", line: 23, col: 9 };
const L2: PolicyLocation = { file: "policies/claims/shanghai-outpatient-a.policy", line: 24, col: 9 };
const L3: PolicyLocation = { file: "policies/claims/shanghai-outpatient-a.policy", line: 25, col: 9 };
const L4: PolicyLocation = { file: "policies/claims/shanghai-outpatient-a.policy", line: 26, col: 9 };
const L5: PolicyLocation = { file: "policies/claims/shanghai-outpatient-a.policy", line: 27, col: 9 };
const S0: StepInfo = { name: "deductible", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 29, cites: ["F104", "004:80", "起付标准为1500元", "T24", "annual"], unit: "fen", reads: [] };
const S1: StepInfo = { name: "ordinary_ratio", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 30, cites: ["F104", "004:80", "超出部分按比例报销(例如85%)"], unit: "rate", reads: [] };
const S2: StepInfo = { name: "special_disease_ratio", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 31, cites: ["F105", "004:80", "可能享受更高比例报销(如90%)"], unit: "rate", reads: [] };
const S3: StepInfo = { name: "eligible_before", branch: "when month_of_year(month) = 1", file: "policies/claims/shanghai-outpatient-a.policy", line: 34, cites: ["I11", "the year's eligible cost before this month", "T24", "an annual deductible: the year starts at 0"], unit: "fen", reads: ["month"] };
const S4: StepInfo = { name: "eligible_before", branch: "otherwise", file: "policies/claims/shanghai-outpatient-a.policy", line: 35, cites: ["I11", "the year's eligible cost before this month"], unit: "fen", reads: ["month"] };
const S5: StepInfo = { name: "deductible_remaining", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 37, cites: ["I11", "deductible_remaining_before_claim"], unit: "fen", reads: ["deductible", "eligible_before"] };
const S6: StepInfo = { name: "below_deductible", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 40, cites: ["F104", "004:80", "需先自付1500元起付线"], unit: "fen", reads: ["claim", "deductible_remaining"] };
const S7: StepInfo = { name: "above_deductible", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 43, cites: ["F104", "004:80", "超出部分"], unit: "fen", reads: ["claim", "below_deductible"] };
const S8: StepInfo = { name: "reimbursed", branch: "for ordinary", file: "policies/claims/shanghai-outpatient-a.policy", line: 47, cites: ["F104", "T24", "(3500 - 1500) x 85%"], unit: "fen", reads: ["care", "above_deductible", "ordinary_ratio", "special_disease_ratio"] };
const S9: StepInfo = { name: "reimbursed", branch: "for special_disease", file: "policies/claims/shanghai-outpatient-a.policy", line: 48, cites: ["F104", "T24", "F105", "assumption: the same outpatient deductible applies; the seed gives only the ratio"], unit: "fen", reads: ["care", "above_deductible", "ordinary_ratio", "special_disease_ratio"] };
const S10: StepInfo = { name: "co_pay", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 50, cites: ["F104", "F100", "the in-catalogue part above the deductible that is not reimbursed"], unit: "fen", reads: ["above_deductible", "reimbursed"] };
const S11: StepInfo = { name: "patient_share", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 53, cites: ["T24", "patient share 1500 + 300 = 1800.00"], unit: "fen", reads: ["below_deductible", "co_pay"] };
const S12: StepInfo = { name: "paid_from_account", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 56, cites: ["T24", "F079", "C16", "I05", "min(amount, balance); T24 routes the whole patient share, co-pay included, to the account (F079: outpatient costs)"], unit: "fen", reads: ["patient_share", "account_balance"] };
const S13: StepInfo = { name: "paid_in_cash", branch: "=", file: "policies/claims/shanghai-outpatient-a.policy", line: 59, cites: ["F104", "I05", "若余额不足: the rest is cash"], unit: "fen", reads: ["patient_share", "paid_from_account"] };
const S14: StepInfo = { name: "eligible_this_year", branch: "otherwise", file: "policies/claims/shanghai-outpatient-a.policy", line: 64, cites: ["I11", "the year's cumulative eligible cost"], unit: "fen", reads: ["eligible_before", "claim", "opening_eligible_this_year"] };
/** `eligible_before` — policies/claims/shanghai-outpatient-a.policy:33 (I11, the year's eligible cost before this month) */
function computeEligibleBefore(month: number, previousEligibleThisYear: number): number {
  // policies/claims/shanghai-outpatient-a.policy:34
  if (month % 12 + 1 === 1) {
    return 0;
  }
  // policies/claims/shanghai-outpatient-a.policy:35
  return previousEligibleThisYear;
}

/** `deductible_remaining` — policies/claims/shanghai-outpatient-a.policy:37 (I11, deductible_remaining_before_claim) */
function computeDeductibleRemaining(eligibleBefore: number): number {
  return Math.max(deductible - eligibleBefore, 0);
}

/** `below_deductible` — policies/claims/shanghai-outpatient-a.policy:40 (F104, 004:80, 需先自付1500元起付线) */
function computeBelowDeductible(claim: number, deductibleRemaining: number): number {
  return (claim < deductibleRemaining ? claim : deductibleRemaining);
}

/** `above_deductible` — policies/claims/shanghai-outpatient-a.policy:43 (F104, 004:80, 超出部分) */
function computeAboveDeductible(claim: number, belowDeductible: number): number {
  return claim - belowDeductible;
}

/** `reimbursed` — policies/claims/shanghai-outpatient-a.policy:46 (F104, T24) */
function computeReimbursed(care: Care, aboveDeductible: number): number {
  // policies/claims/shanghai-outpatient-a.policy:47
  if (care === "ordinary") {
    return roundHalfUp(aboveDeductible * ordinaryRatio, 20);
  }
  // policies/claims/shanghai-outpatient-a.policy:48, the remaining case
  return roundHalfUp(aboveDeductible * specialDiseaseRatio, 10);
}

/** `co_pay` — policies/claims/shanghai-outpatient-a.policy:50 (F104, F100, the in-catalogue part above the deductible that is not reimbursed) */
function computeCoPay(aboveDeductible: number, reimbursed: number): number {
  return aboveDeductible - reimbursed;
}

/** `patient_share` — policies/claims/shanghai-outpatient-a.policy:53 (T24, patient share 1500 + 300 = 1800.00) */
function computePatientShare(belowDeductible: number, coPay: number): number {
  return belowDeductible + coPay;
}

/** `paid_from_account` — policies/claims/shanghai-outpatient-a.policy:56 (T24, F079, C16, I05, min(amount, balance); T24 routes the whole patient share, co-pay included, to the account (F079: outpatient costs)) */
function computePaidFromAccount(patientShare: number, accountBalance: number): number {
  return (patientShare < accountBalance ? patientShare : accountBalance);
}

/** `paid_in_cash` — policies/claims/shanghai-outpatient-a.policy:59 (F104, I05, 若余额不足: the rest is cash) */
function computePaidInCash(patientShare: number, paidFromAccount: number): number {
  return patientShare - paidFromAccount;
}

/** `eligible_this_year` — policies/claims/shanghai-outpatient-a.policy:62 (I11, the year's cumulative eligible cost) */
function computeEligibleThisYear(eligibleBefore: number, claim: number): number {
  return eligibleBefore + claim;
}

/** `eligible_before` — policies/claims/shanghai-outpatient-a.policy:33 (I11, the year's eligible cost before this month) */
function computeEligibleBefore2(month: number, previousEligibleThisYear: number | Failed): number {
  // policies/claims/shanghai-outpatient-a.policy:34
  if (month % 12 + 1 === 1) {
    return 0;
  }
  // policies/claims/shanghai-outpatient-a.policy:35
  return unwrap(previousEligibleThisYear);
}

/** `deductible_remaining` — policies/claims/shanghai-outpatient-a.policy:37 (I11, deductible_remaining_before_claim) */
function computeDeductibleRemaining2(eligibleBefore: number | Failed): number {
  return Math.max(deductible - unwrap(eligibleBefore), 0);
}

/** `below_deductible` — policies/claims/shanghai-outpatient-a.policy:40 (F104, 004:80, 需先自付1500元起付线) */
function computeBelowDeductible2(claim: number, deductibleRemaining: number | Failed): number {
  return Math.min(claim, unwrap(deductibleRemaining));
}

/** `above_deductible` — policies/claims/shanghai-outpatient-a.policy:43 (F104, 004:80, 超出部分) */
function computeAboveDeductible2(claim: number, belowDeductible: number | Failed): number {
  return claim - unwrap(belowDeductible);
}

/** `reimbursed` — policies/claims/shanghai-outpatient-a.policy:46 (F104, T24) */
function computeReimbursed2(care: Care, aboveDeductible: number | Failed): number {
  // policies/claims/shanghai-outpatient-a.policy:47
  if (care === "ordinary") {
    return roundHalfUp(unwrap(aboveDeductible) * ordinaryRatio, 20);
  }
  // policies/claims/shanghai-outpatient-a.policy:48, the remaining case
  return roundHalfUp(unwrap(aboveDeductible) * specialDiseaseRatio, 10);
}

/** `co_pay` — policies/claims/shanghai-outpatient-a.policy:50 (F104, F100, the in-catalogue part above the deductible that is not reimbursed) */
function computeCoPay2(aboveDeductible: number | Failed, reimbursed: number | Failed): number {
  return unwrap(aboveDeductible) - unwrap(reimbursed);
}

/** `patient_share` — policies/claims/shanghai-outpatient-a.policy:53 (T24, patient share 1500 + 300 = 1800.00) */
function computePatientShare2(belowDeductible: number | Failed, coPay: number | Failed): number {
  return unwrap(belowDeductible) + unwrap(coPay);
}

/** `paid_from_account` — policies/claims/shanghai-outpatient-a.policy:56 (T24, F079, C16, I05, min(amount, balance); T24 routes the whole patient share, co-pay included, to the account (F079: outpatient costs)) */
function computePaidFromAccount2(patientShare: number | Failed, accountBalance: number): number {
  return Math.min(unwrap(patientShare), accountBalance);
}

/** `paid_in_cash` — policies/claims/shanghai-outpatient-a.policy:59 (F104, I05, 若余额不足: the rest is cash) */
function computePaidInCash2(patientShare: number | Failed, paidFromAccount: number | Failed): number {
  return unwrap(patientShare) - unwrap(paidFromAccount);
}

/** `eligible_this_year` — policies/claims/shanghai-outpatient-a.policy:62 (I11, the year's cumulative eligible cost) */
function computeEligibleThisYear2(eligibleBefore: number | Failed, claim: number): number {
  return unwrap(eligibleBefore) + claim;
}

/** `eligible_before`, recording the branch taken */
function traceEligibleBefore(month: number, previousEligibleThisYear: number, t: TraceStep[]): number {
  // policies/claims/shanghai-outpatient-a.policy:34
  if (month % 12 + 1 === 1) {
    return record(t, S3, 0);
  }
  // policies/claims/shanghai-outpatient-a.policy:35
  return record(t, S4, previousEligibleThisYear);
}

/** `reimbursed`, recording the branch taken */
function traceReimbursed(care: Care, aboveDeductible: number, t: TraceStep[]): number {
  // policies/claims/shanghai-outpatient-a.policy:47
  if (care === "ordinary") {
    return record(t, S8, roundHalfUp(aboveDeductible * ordinaryRatio, 20));
  }
  // policies/claims/shanghai-outpatient-a.policy:48, the remaining case
  return record(t, S9, roundHalfUp(aboveDeductible * specialDiseaseRatio, 10));
}

/** State `eligible_this_year` before the first month (`initially`), from that month's inputs. */
function openEligibleThisYear(openingEligibleThisYear: number): number {
  return openingEligibleThisYear;
}

/** One month: every rule the outputs and states need, from validated inputs and the states of the month before. */
function stepMonth(month: number, care: Care, claim: number, accountBalance: number, previousEligibleThisYear: number): Output {
  try {
    const eligibleBefore = computeEligibleBefore(month, previousEligibleThisYear);
    const deductibleRemaining = computeDeductibleRemaining(eligibleBefore);
    const belowDeductible = computeBelowDeductible(claim, deductibleRemaining);
    const aboveDeductible = computeAboveDeductible(claim, belowDeductible);
    const reimbursed = computeReimbursed(care, aboveDeductible);
    const coPay = computeCoPay(aboveDeductible, reimbursed);
    const patientShare = computePatientShare(belowDeductible, coPay);
    const paidFromAccount = computePaidFromAccount(patientShare, accountBalance);
    const paidInCash = computePaidInCash(patientShare, paidFromAccount);
    const eligibleThisYear = stateIn(computeEligibleThisYear(eligibleBefore, claim), 0, 10000000000, "eligible_this_year", L0);
    return { below_deductible: belowDeductible, above_deductible: aboveDeductible, reimbursed, co_pay: coPay, patient_share: patientShare, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, eligible_this_year: eligibleThisYear };
  } catch {
    return stepMonthLazy(month, care, claim, accountBalance, previousEligibleThisYear);
  }
}

/** `stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed. */
function stepMonthLazy(month: number, care: Care, claim: number, accountBalance: number, previousEligibleThisYear: number | Failed): Output {
  const eligibleBefore = attempt(() => computeEligibleBefore2(month, previousEligibleThisYear));
  const deductibleRemaining = attempt(() => computeDeductibleRemaining2(eligibleBefore));
  const belowDeductible = attempt(() => computeBelowDeductible2(claim, deductibleRemaining));
  const aboveDeductible = attempt(() => computeAboveDeductible2(claim, belowDeductible));
  const reimbursed = attempt(() => computeReimbursed2(care, aboveDeductible));
  const coPay = attempt(() => computeCoPay2(aboveDeductible, reimbursed));
  const patientShare = attempt(() => computePatientShare2(belowDeductible, coPay));
  const paidFromAccount = attempt(() => computePaidFromAccount2(patientShare, accountBalance));
  const paidInCash = attempt(() => computePaidInCash2(patientShare, paidFromAccount));
  const eligibleThisYear = attempt(() => stateIn(computeEligibleThisYear2(eligibleBefore, claim), 0, 10000000000, "eligible_this_year", L0));
  return settle<Output>({ below_deductible: belowDeductible, above_deductible: aboveDeductible, reimbursed, co_pay: coPay, patient_share: patientShare, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, eligible_this_year: eligibleThisYear });
}

/** `stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values. */
function stepMonthTraced(month: number, care: Care, claim: number, accountBalance: number, previousEligibleThisYear: number, t: TraceStep[]): Output {
  let mark = 0;
  record(t, S0, deductible);
  record(t, S1, ordinaryRatio, 20);
  record(t, S2, specialDiseaseRatio, 10);
  mark = t.length;
  const eligibleBefore = traceEligibleBefore(month, previousEligibleThisYear, t);
  citePrevious(t, mark, [{ name: "eligible_this_year", value: previousEligibleThisYear }]);
  const deductibleRemaining = record(t, S5, computeDeductibleRemaining(eligibleBefore));
  const belowDeductible = record(t, S6, computeBelowDeductible(claim, deductibleRemaining));
  const aboveDeductible = record(t, S7, computeAboveDeductible(claim, belowDeductible));
  const reimbursed = traceReimbursed(care, aboveDeductible, t);
  const coPay = record(t, S10, computeCoPay(aboveDeductible, reimbursed));
  const patientShare = record(t, S11, computePatientShare(belowDeductible, coPay));
  const paidFromAccount = record(t, S12, computePaidFromAccount(patientShare, accountBalance));
  const paidInCash = record(t, S13, computePaidInCash(patientShare, paidFromAccount));
  const eligibleThisYear = stateIn(record(t, S14, computeEligibleThisYear(eligibleBefore, claim)), 0, 10000000000, "eligible_this_year", L0);
  return { below_deductible: belowDeductible, above_deductible: aboveDeductible, reimbursed, co_pay: coPay, patient_share: patientShare, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, eligible_this_year: eligibleThisYear };
}

/** One month as a one-month timeline: each state of the month before is its `initially` value. */
function compute(month: number, care: Care, claim: number, accountBalance: number, openingEligibleThisYear: number): Output {
  const previousEligibleThisYear = attempt(() => openEligibleThisYear(openingEligibleThisYear));
  return previousEligibleThisYear instanceof Failed ? stepMonthLazy(month, care, claim, accountBalance, previousEligibleThisYear) : stepMonth(month, care, claim, accountBalance, previousEligibleThisYear);
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(month: number, care: Care, claim: number, accountBalance: number, openingEligibleThisYear: number, t: TraceStep[]): Output {
  return stepMonthTraced(month, care, claim, accountBalance, openEligibleThisYear(openingEligibleThisYear), t);
}

/** One validated month of a timeline; the first month opens each state from its input. */
function runMonth(input: Input, isFirst: boolean, previousEligibleThisYear: number | Failed): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const care = input.care;
  const claim = input.claim;
  const accountBalance = input.account_balance;
  const openingEligibleThisYear = input.opening_eligible_this_year;
  if (month < H_START || month > H_END || (care !== "ordinary" && care !== "special_disease") || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000 || !Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "care") || !hasOwn(input, "claim") || !hasOwn(input, "account_balance") || !hasOwn(input, "opening_eligible_this_year")) return invalid(input);
  if (isFirst) {
    previousEligibleThisYear = attempt(() => openEligibleThisYear(openingEligibleThisYear));
  }

  return previousEligibleThisYear instanceof Failed ? stepMonthLazy(month, care, claim, accountBalance, previousEligibleThisYear) : stepMonth(month, care, claim, accountBalance, previousEligibleThisYear);
}

/** `evaluateTimeline` with a trace of every month (eager: the first failure throws). */
function timelineTraced(months: readonly Input[]): Traced<Output>[] {
  const n = timelineLength(months, "month", L1);
  const out: Traced<Output>[] = [];
  let previousEligibleThisYear!: number;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      check(input);
      const month = parseMonth(input.month);
      const care = input.care;
      const claim = input.claim;
      const accountBalance = input.account_balance;
      const openingEligibleThisYear = input.opening_eligible_this_year;
      if (k > 0 && month !== last + 1) badTimeline("month", month, last + 1, k, L1);
      last = month;
      if (k === 0) {
        previousEligibleThisYear = openEligibleThisYear(openingEligibleThisYear);
      }

      const steps2: TraceStep[] = [];
      const value = stepMonthTraced(month, care, claim, accountBalance, previousEligibleThisYear, steps2);
      out.push({ value, steps: steps2 });
      previousEligibleThisYear = value["eligible_this_year"];
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
 * Evaluates region `shanghai_outpatient_a` over one person's consecutive months, in order (each input carries its `month`): month k reads the states of month k − 1 through `previous(…)`; the first month reads each state's `initially` value. Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a `PolicyError` (`invalid_input`) with `row` = the month's index. Outputs are lazy as `evaluate`'s: a failed one throws when read, and a failed state fails every later reader of `previous(…)` with the same error; a state outside its declared domain fails as `out_of_domain` at the state's line.
 * With `{ trace: true }` each month comes with its trace (eager: the first failure throws).
 */
export function evaluateTimeline(months: readonly Input[], options?: EvaluateOptions): Output[] | Traced<Output>[] {
  if (options !== undefined && options.trace === true) return timelineTraced(months);
  const n = timelineLength(months, "month", L1);
  const out = new Array<Output>(n);
  let previousEligibleThisYear!: number | Failed;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      const o = runMonth(input, k === 0, previousEligibleThisYear);
      const monthIndex = parseMonth(input.month);
      if (k > 0 && monthIndex !== last + 1) badTimeline("month", monthIndex, last + 1, k, L1);
      last = monthIndex;
      out[k] = o;
      previousEligibleThisYear = stateOf<number>(o, "eligible_this_year");
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

/** One person's timeline over months `from` to `to` inclusive (`YYYY-MM`), the person's inputs the same every month: `evaluateTimeline` of those months (states carried from month to month, not `evaluate` of each month alone). An empty range throws `invalid_input`. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["care", "claim", "account_balance", "opening_eligible_this_year"], [L2, L3, L4, L5], "person");
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L1);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L1);
  const rows: Input[] = [];
  for (let k = first; k <= last; k++) rows.push({ ...person, month: formatMonth(k) });
  return evaluateTimeline(rows);
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const care = input.care;
  const claim = input.claim;
  const accountBalance = input.account_balance;
  const openingEligibleThisYear = input.opening_eligible_this_year;
  if (month < H_START || month > H_END || (care !== "ordinary" && care !== "special_disease") || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000 || !Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000 || !hasOwn(input, "month") || !hasOwn(input, "care") || !hasOwn(input, "claim") || !hasOwn(input, "account_balance") || !hasOwn(input, "opening_eligible_this_year")) return invalid(input);
  return compute(month, care, claim, accountBalance, openingEligibleThisYear);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const month = parseMonth(input.month);
  const care = input.care;
  const claim = input.claim;
  const accountBalance = input.account_balance;
  const openingEligibleThisYear = input.opening_eligible_this_year;
  return computeTraced(month, care, claim, accountBalance, openingEligibleThisYear, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "care", "claim", "account_balance", "opening_eligible_this_year"], [L1, L2, L3, L4, L5], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L1);
  const care = input.care;
  if (care !== "ordinary" && care !== "special_disease") badMember("care", care, ["ordinary", "special_disease"], L2);
  const claim = input.claim;
  if (!Number.isInteger(claim) || claim < 0 || claim > 100000000) badNumber("claim", claim, 0, 100000000, "fen", L3);
  const accountBalance = input.account_balance;
  if (!Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000) badNumber("account_balance", accountBalance, 0, 1000000000, "fen", L4);
  const openingEligibleThisYear = input.opening_eligible_this_year;
  if (!Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000) badNumber("opening_eligible_this_year", openingEligibleThisYear, 0, 1000000000, "fen", L5);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "month", L1, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_outpatient_a` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * The month is a one-month timeline: `previous(…)` of each state is its `initially` value from this input (`evaluateTimeline` carries states from month to month); states are returned like outputs.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs, each a one-month timeline: `rows.map((r) => evaluate(r))` into a preallocated array. For a person's months use `evaluateTimeline`; for a population, `evaluateTimelineColumnar`. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L1);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Column codes of `care`. */
export const careCodes = ["ordinary", "special_disease"] as const;

/** Input columns of `evaluateTimelineColumnar`: row p·M + (month − from), P·M values each (inputs vary by month). */
export interface TimelineColumns {
  readonly care: Uint8Array;
  readonly claim: Float64Array;
  readonly account_balance: Float64Array;
  readonly opening_eligible_this_year: Float64Array;
}

/** Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"below_deductible" | "above_deductible" | "reimbursed" | "co_pay" | "patient_share" | "paid_from_account" | "paid_in_cash" | "eligible_this_year", Float64Array>>;
  readonly present: {};
}

/** One person's months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person). */
function timelineKernel(careCol: Uint8Array, claimCol: Float64Array, accountBalanceCol: Float64Array, openingEligibleThisYearCol: Float64Array, from: number, months2: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array, v7: Float64Array): boolean {
  let previousEligibleThisYear!: number;
  for (let j = 0; j < months2; j++, k++) {
    const month = from + j;
    const careCode = careCol[k]!;
    const claim = claimCol[k]!;
    const accountBalance = accountBalanceCol[k]!;
    const openingEligibleThisYear = openingEligibleThisYearCol[k]!;
    if (month < H_START || month > H_END || careCode >= 2 || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(accountBalance) || accountBalance < 0 || accountBalance > 1000000000 || !Number.isInteger(openingEligibleThisYear) || openingEligibleThisYear < 0 || openingEligibleThisYear > 1000000000) return false;
    const care = careCodes[careCode]!;
    if (j === 0) {
      previousEligibleThisYear = openEligibleThisYear(openingEligibleThisYear);
    }

    const eligibleBefore = computeEligibleBefore(month, previousEligibleThisYear);
    const deductibleRemaining = computeDeductibleRemaining(eligibleBefore);
    const belowDeductible = computeBelowDeductible(claim, deductibleRemaining);
    const aboveDeductible = computeAboveDeductible(claim, belowDeductible);
    const reimbursed = computeReimbursed(care, aboveDeductible);
    const coPay = computeCoPay(aboveDeductible, reimbursed);
    const patientShare = computePatientShare(belowDeductible, coPay);
    const paidFromAccount = computePaidFromAccount(patientShare, accountBalance);
    const paidInCash = computePaidInCash(patientShare, paidFromAccount);
    const eligibleThisYear = computeEligibleThisYear(eligibleBefore, claim);
    if (eligibleThisYear < 0 || eligibleThisYear > 10000000000) return false;
    v0[k] = belowDeductible;
    v1[k] = aboveDeductible;
    v2[k] = reimbursed;
    v3[k] = coPay;
    v4[k] = patientShare;
    v5[k] = paidFromAccount;
    v6[k] = paidInCash;
    v7[k] = eligibleThisYear;
    previousEligibleThisYear = eligibleThisYear;
  }

  return true;
}

/**
 * Evaluates the timelines of `persons` persons over months `from`..`to` (month indices year·12 + month − 1, both included) from typed-array columns, one pass per person, states carried from month to month.
 * Rows are person-major: row k = p·M + (month − from), M = to − from + 1; every column of `columns` holds P·M values (inputs vary by month; the month input is not a column). Enum inputs are codes into the exported `…Codes` arrays, booleans 0/1, money integer fen, rates numerators over their scale. The result (or `out`, reused when given: every column at least P·M long) holds one column per output and state; `present` is 0 (and the value NaN) where not applicable. An invalid row or a failed output or state throws its `PolicyError` with `row` set (that person's months re-run through `evaluateTimeline`). (A stateful region has no `evaluateColumnar`: its months depend on the months before.)
 */
export function evaluateTimelineColumnar(columns: TimelineColumns, persons: number, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const months2 = monthCount(from, to, "month", L1);
  const count = timelineCount(columns, { care: L2, claim: L3, account_balance: L4, opening_eligible_this_year: L5 }, persons, months2, "month", L1);
  const { care: careCol, claim: claimCol, account_balance: accountBalanceCol, opening_eligible_this_year: openingEligibleThisYearCol } = columns;
  const result = columnarResult<ColumnarResult>(out, count * months2, "below_deductible above_deductible reimbursed co_pay patient_share paid_from_account paid_in_cash eligible_this_year", "");
  const { below_deductible: v0, above_deductible: v1, reimbursed: v2, co_pay: v3, patient_share: v4, paid_from_account: v5, paid_in_cash: v6, eligible_this_year: v7 } = result.values;
  const slow = (p: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (j) => ({ care: memberOf(careCodes, careCol[p * months2 + j]!), claim: claimCol[p * months2 + j]!, account_balance: accountBalanceCol[p * months2 + j]!, opening_eligible_this_year: openingEligibleThisYearCol[p * months2 + j]!, month: monthText(from + j) }), p * months2, months2, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months2) {
    if (!timelineKernel(careCol, claimCol, accountBalanceCol, openingEligibleThisYearCol, from, months2, k, v0, v1, v2, v3, v4, v5, v6, v7)) slow(p);
  }

  return result;
}
