// Generated from policies/shanghai/shanghai-a-retiree-percentage.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, hasOwn, badShape, badBatch, badNumber, badMember, badMonth, rangeOf, monthText, columnarRows, columnCount, columnarResult, monthCount, memberOf, unwrap, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./shanghai_a.js";

/** Region `shanghai_a_retiree_percentage`: 上海 退休人员按养老金比例 Shanghai, retirees by a percentage of pension (C09 A). Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_a_retiree_percentage";
/** The policy file this module was generated from. */
export const source = "policies/shanghai/shanghai-a-retiree-percentage.policy";
/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `shanghai_a_retiree_percentage`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/shanghai/shanghai-a.policy:16 */
  readonly status: Status;
  /** whole years, 16..120 — policies/shanghai/shanghai-a.policy:17 */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:18 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:19 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/shanghai/shanghai-a.policy:20 */
  readonly month: string;
}

/** Output of region `shanghai_a_retiree_percentage`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/shanghai/shanghai-a.policy:27 */
  readonly personal_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:32 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:37 (F052, 004:98, 单位缴纳部分的30%按比例划入) */
  readonly employer_to_account: number;
  /** money in fen per month — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
  readonly credit: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:53 (I02) */
  readonly pooled: number;
}

/** What this region shares with `shanghai_a`. */
const {
  columnarForResident, computeEmployerContributionEmployed, computeEmployerToAccountEmployed,
  computeForResident, computePersonalContributionEmployed, employeeRate, employerRate, employerShareToAccount,
  L2, L3, L4, L5, L6, L7, S0, S1, S2, S3, S4, S5, S8, S9, S10, S15,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
// policies/shanghai/shanghai-a-retiree-percentage.policy:13 (F049, 004:98, 退休人员按养老金4.5%~5.4%划拨)
const retireeRatioLowEnd = 9; // 9/200
// policies/shanghai/shanghai-a-retiree-percentage.policy:13 (F049, 004:98, 退休人员按养老金4.5%~5.4%划拨)
const retireeRatioHighEnd = 27; // 27/500
const L8: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 54, col: 5 };
const L9: PolicyLocation = { file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 17, col: 5 };
const S18: StepInfo = { name: "retiree_ratio_low_end", branch: "=", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 13, cites: ["F049", "004:98", "退休人员按养老金4.5%~5.4%划拨"], unit: "rate", reads: [] };
const S19: StepInfo = { name: "retiree_ratio_high_end", branch: "=", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 13, cites: ["F049", "004:98", "退休人员按养老金4.5%~5.4%划拨"], unit: "rate", reads: [] };
const S20: StepInfo = { name: "credit_low_end", branch: "for employed", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 16, cites: ["F052", "F049"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_low_end"] };
const S21: StepInfo = { name: "credit_high_end", branch: "for employed", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 16, cites: ["F052", "F049"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_high_end"] };
const S22: StepInfo = { name: "credit", branch: "for employed", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 16, cites: ["F052", "F049"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "credit_low_end", "credit_high_end"] };
const S23: StepInfo = { name: "pooled_low_end", branch: "for employed, flexible", file: "policies/shanghai/shanghai-a.policy", line: 54, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit_low_end"] };
const S24: StepInfo = { name: "pooled_high_end", branch: "for employed, flexible", file: "policies/shanghai/shanghai-a.policy", line: 54, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit_high_end"] };
const S25: StepInfo = { name: "pooled", branch: "for employed, flexible", file: "policies/shanghai/shanghai-a.policy", line: 54, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "pooled_low_end", "pooled_high_end"] };
const S26: StepInfo = { name: "credit_low_end", branch: "for retired", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 17, cites: ["F052", "F049", "004:98", "C09", "reading A", "C27", "undated"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_low_end"] };
const S27: StepInfo = { name: "credit_high_end", branch: "for retired", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 17, cites: ["F052", "F049", "004:98", "C09", "reading A", "C27", "undated"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_high_end"] };
const S28: StepInfo = { name: "credit", branch: "for retired", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 17, cites: ["F052", "F049", "004:98", "C09", "reading A", "C27", "undated"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "credit_low_end", "credit_high_end"] };
const S29: StepInfo = { name: "pooled_low_end", branch: "for retired, resident", file: "policies/shanghai/shanghai-a.policy", line: 55, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit_low_end"] };
const S30: StepInfo = { name: "pooled_high_end", branch: "for retired, resident", file: "policies/shanghai/shanghai-a.policy", line: 55, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit_high_end"] };
const S31: StepInfo = { name: "pooled", branch: "for retired, resident", file: "policies/shanghai/shanghai-a.policy", line: 55, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "pooled_low_end", "pooled_high_end"] };
const S32: StepInfo = { name: "credit_low_end", branch: "for flexible", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 18, cites: ["F052", "F049", "F014", "003:32", "C01", "reading A: no personal account"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_low_end"] };
const S33: StepInfo = { name: "credit_high_end", branch: "for flexible", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 18, cites: ["F052", "F049", "F014", "003:32", "C01", "reading A: no personal account"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_high_end"] };
const S34: StepInfo = { name: "credit", branch: "for flexible", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 18, cites: ["F052", "F049", "F014", "003:32", "C01", "reading A: no personal account"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "credit_low_end", "credit_high_end"] };
const S35: StepInfo = { name: "credit_low_end", branch: "for resident", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 19, cites: ["F052", "F049", "F054", "000:47"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_low_end"] };
const S36: StepInfo = { name: "credit_high_end", branch: "for resident", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 19, cites: ["F052", "F049", "F054", "000:47"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "retiree_ratio_high_end"] };
const S37: StepInfo = { name: "credit", branch: "for resident", file: "policies/shanghai/shanghai-a-retiree-percentage.policy", line: 19, cites: ["F052", "F049", "F054", "000:47"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "pension", "credit_low_end", "credit_high_end"] };
/** `credit_low_end` for `employed` — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
function computeCreditLowEndEmployed(personalContribution: number, employerContribution: number): number {
  return personalContribution + Math.floor((employerContribution * employerShareToAccount + 5) / 10);
}

/** `pooled_low_end` for `employed`, `flexible` — policies/shanghai/shanghai-a.policy:53 (I02) */
function computePooledLowEndEmployedOrFlexible(personalContribution: number, employerContribution: number, creditLowEnd: number): number {
  return personalContribution + employerContribution - creditLowEnd;
}

/** `pooled_high_end` for `employed`, `flexible` — policies/shanghai/shanghai-a.policy:53 (I02) */
function computePooledHighEndEmployedOrFlexible(personalContribution: number, employerContribution: number, creditHighEnd: number): number {
  return personalContribution + employerContribution - creditHighEnd;
}

/** `pooled` for `employed`, `flexible` — policies/shanghai/shanghai-a.policy:53 (I02) */
function computePooledEmployedOrFlexible(pooledLowEnd: number, pooledHighEnd: number): number {
  return rangeOf(pooledLowEnd, pooledHighEnd, 1, "money", "pooled", L8);
}

/** `employer_to_account` for `employed` — policies/shanghai/shanghai-a.policy:37 (F052, 004:98, 单位缴纳部分的30%按比例划入) */
function computeEmployerToAccountEmployed2(employerContribution: number | Failed): number {
  return Math.floor((unwrap(employerContribution) * employerShareToAccount + 5) / 10);
}

/** `credit_low_end` for `employed` — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
function computeCreditLowEndEmployed2(personalContribution: number | Failed, employerContribution: number | Failed): number {
  return unwrap(personalContribution) + Math.floor((unwrap(employerContribution) * employerShareToAccount + 5) / 10);
}

/** `pooled_low_end` for `employed`, `flexible` — policies/shanghai/shanghai-a.policy:53 (I02) */
function computePooledLowEndEmployedOrFlexible2(personalContribution: number | Failed, employerContribution: number | Failed, creditLowEnd: number | Failed): number {
  return unwrap(personalContribution) + unwrap(employerContribution) - unwrap(creditLowEnd);
}

/** `pooled_high_end` for `employed`, `flexible` — policies/shanghai/shanghai-a.policy:53 (I02) */
function computePooledHighEndEmployedOrFlexible2(personalContribution: number | Failed, employerContribution: number | Failed, creditHighEnd: number | Failed): number {
  return unwrap(personalContribution) + unwrap(employerContribution) - unwrap(creditHighEnd);
}

/** `pooled` for `employed`, `flexible` — policies/shanghai/shanghai-a.policy:53 (I02) */
function computePooledEmployedOrFlexible2(pooledLowEnd: number | Failed, pooledHighEnd: number | Failed): number {
  return rangeOf(unwrap(pooledLowEnd), unwrap(pooledHighEnd), 1, "money", "pooled", L8);
}

/** Every rule for `status` = `employed` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForEmployed(base: number): Output {
  const personalContribution = attempt(() => computePersonalContributionEmployed(base));
  const employerContribution = attempt(() => computeEmployerContributionEmployed(base));
  const employerToAccount = attempt(() => computeEmployerToAccountEmployed2(employerContribution));
  const creditLowEnd = attempt(() => computeCreditLowEndEmployed2(personalContribution, employerContribution));
  const creditHighEnd = attempt(() => computeCreditLowEndEmployed2(personalContribution, employerContribution));
  const credit = attempt(() => computeCreditLowEndEmployed2(personalContribution, employerContribution));
  const pooledLowEnd = attempt(() => computePooledLowEndEmployedOrFlexible2(personalContribution, employerContribution, creditLowEnd));
  const pooledHighEnd = attempt(() => computePooledHighEndEmployedOrFlexible2(personalContribution, employerContribution, creditHighEnd));
  const pooled = attempt(() => computePooledEmployedOrFlexible2(pooledLowEnd, pooledHighEnd));
  return settle<Output>({ personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, credit, pooled });
}

/** Every rule for `status` = `employed`. */
function computeForEmployed(base: number): Output {
  try {
    const personalContribution = computePersonalContributionEmployed(base);
    const employerContribution = computeEmployerContributionEmployed(base);
    const employerToAccount = computeEmployerToAccountEmployed(employerContribution);
    const creditLowEnd = computeCreditLowEndEmployed(personalContribution, employerContribution);
    const creditHighEnd = computeCreditLowEndEmployed(personalContribution, employerContribution);
    const credit = computeCreditLowEndEmployed(personalContribution, employerContribution);
    const pooledLowEnd = computePooledLowEndEmployedOrFlexible(personalContribution, employerContribution, creditLowEnd);
    const pooledHighEnd = computePooledHighEndEmployedOrFlexible(personalContribution, employerContribution, creditHighEnd);
    const pooled = computePooledEmployedOrFlexible(pooledLowEnd, pooledHighEnd);
    return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, credit, pooled };
  } catch {
    return lazyForEmployed(base);
  }
}

/** `credit_low_end` for `retired` — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
function computeCreditLowEndRetired(pension: number): number {
  return Math.floor((pension * retireeRatioLowEnd + 100) / 200);
}

/** `credit_high_end` for `retired` — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
function computeCreditHighEndRetired(pension: number): number {
  return Math.floor((pension * retireeRatioHighEnd + 250) / 500);
}

/** `credit` for `retired` — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
function computeCreditRetired(creditLowEnd: number, creditHighEnd: number): number {
  return rangeOf(creditLowEnd, creditHighEnd, 1, "money", "credit", L9);
}

/** `credit` for `retired` — policies/shanghai/shanghai-a-retiree-percentage.policy:15 (F052, F049) */
function computeCreditRetired2(creditLowEnd: number | Failed, creditHighEnd: number | Failed): number {
  return rangeOf(unwrap(creditLowEnd), unwrap(creditHighEnd), 1, "money", "credit", L9);
}

/** Every rule for `status` = `retired` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForRetired(pension: number): Output {
  const creditLowEnd = attempt(() => computeCreditLowEndRetired(pension));
  const creditHighEnd = attempt(() => computeCreditHighEndRetired(pension));
  const credit = attempt(() => computeCreditRetired2(creditLowEnd, creditHighEnd));
  return settle<Output>({ personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit, pooled: 0 });
}

/** Every rule for `status` = `retired`. */
function computeForRetired(pension: number): Output {
  try {
    const creditLowEnd = computeCreditLowEndRetired(pension);
    const creditHighEnd = computeCreditHighEndRetired(pension);
    const credit = computeCreditRetired(creditLowEnd, creditHighEnd);
    return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit, pooled: 0 };
  } catch {
    return lazyForRetired(pension);
  }
}

/** Every rule for `status` = `flexible` after a rule failed: outputs that do not depend on the failure are still computed. */
function lazyForFlexible(): Output {
  const personalContribution = attempt(() => fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources"));
  const pooledLowEnd = attempt(() => computePooledLowEndEmployedOrFlexible2(personalContribution, 0, 0));
  const pooledHighEnd = attempt(() => computePooledHighEndEmployedOrFlexible2(personalContribution, 0, 0));
  const pooled = attempt(() => computePooledEmployedOrFlexible2(pooledLowEnd, pooledHighEnd));
  return settle<Output>({ personal_contribution: personalContribution, employer_contribution: 0, employer_to_account: 0, credit: 0, pooled });
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(): Output {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
    const pooledLowEnd = computePooledLowEndEmployedOrFlexible(personalContribution, 0, 0);
    const pooledHighEnd = computePooledHighEndEmployedOrFlexible(personalContribution, 0, 0);
    const pooled = computePooledEmployedOrFlexible(pooledLowEnd, pooledHighEnd);
    return { personal_contribution: personalContribution, employer_contribution: 0, employer_to_account: 0, credit: 0, pooled };
  } catch {
    return lazyForFlexible();
  }
}

function columnarForEmployed(base: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const personalContribution = computePersonalContributionEmployed(base);
    const employerContribution = computeEmployerContributionEmployed(base);
    const employerToAccount = computeEmployerToAccountEmployed(employerContribution);
    const creditLowEnd = computeCreditLowEndEmployed(personalContribution, employerContribution);
    const creditHighEnd = computeCreditLowEndEmployed(personalContribution, employerContribution);
    const credit = computeCreditLowEndEmployed(personalContribution, employerContribution);
    const pooledLowEnd = computePooledLowEndEmployedOrFlexible(personalContribution, employerContribution, creditLowEnd);
    const pooledHighEnd = computePooledHighEndEmployedOrFlexible(personalContribution, employerContribution, creditHighEnd);
    const pooled = computePooledEmployedOrFlexible(pooledLowEnd, pooledHighEnd);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = personalContribution;
      v1[k] = employerContribution;
      v2[k] = employerToAccount;
      v3[k] = credit;
      v4[k] = pooled;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForRetired(pension: number, from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const creditLowEnd = computeCreditLowEndRetired(pension);
    const creditHighEnd = computeCreditHighEndRetired(pension);
    const credit = computeCreditRetired(creditLowEnd, creditHighEnd);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = 0;
      v1[k] = 0;
      v2[k] = 0;
      v3[k] = credit;
      v4[k] = 0;
    }
  } catch {
    return false;
  }
  return true;
}

function columnarForFlexible(from: number, to: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array): boolean {
  try {
    const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
    const pooledLowEnd = computePooledLowEndEmployedOrFlexible(personalContribution, 0, 0);
    const pooledHighEnd = computePooledHighEndEmployedOrFlexible(personalContribution, 0, 0);
    const pooled = computePooledEmployedOrFlexible(pooledLowEnd, pooledHighEnd);
    for (let month = from; month <= to; month++, k++) {
      v0[k] = personalContribution;
      v1[k] = 0;
      v2[k] = 0;
      v3[k] = 0;
      v4[k] = pooled;
    }
  } catch {
    return false;
  }
  return true;
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(base: number, t: TraceStep[]): Output {
  const personalContribution = record(t, S3, computePersonalContributionEmployed(base));
  const employerContribution = record(t, S4, computeEmployerContributionEmployed(base));
  const employerToAccount = record(t, S5, computeEmployerToAccountEmployed(employerContribution));
  const creditLowEnd = record(t, S20, computeCreditLowEndEmployed(personalContribution, employerContribution));
  const creditHighEnd = record(t, S21, computeCreditLowEndEmployed(personalContribution, employerContribution));
  const credit = record(t, S22, computeCreditLowEndEmployed(personalContribution, employerContribution));
  const pooledLowEnd = record(t, S23, computePooledLowEndEmployedOrFlexible(personalContribution, employerContribution, creditLowEnd));
  const pooledHighEnd = record(t, S24, computePooledHighEndEmployedOrFlexible(personalContribution, employerContribution, creditHighEnd));
  const pooled = record(t, S25, computePooledEmployedOrFlexible(pooledLowEnd, pooledHighEnd));
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, credit, pooled };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(pension: number, t: TraceStep[]): Output {
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S10, 0);
  const creditLowEnd = record(t, S26, computeCreditLowEndRetired(pension));
  const creditHighEnd = record(t, S27, computeCreditHighEndRetired(pension));
  const credit = record(t, S28, computeCreditRetired(creditLowEnd, creditHighEnd));
  record(t, S29, 0);
  record(t, S30, 0);
  record(t, S31, 0);
  return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit, pooled: 0 };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(t: TraceStep[]): Output {
  const personalContribution = fail("unspecified", "personal_contribution", L2, "personal_contribution: for flexible is unspecified in the sources");
  record(t, S15, 0);
  record(t, S10, 0);
  record(t, S32, 0);
  record(t, S33, 0);
  record(t, S34, 0);
  const pooledLowEnd = record(t, S23, computePooledLowEndEmployedOrFlexible(personalContribution, 0, 0));
  const pooledHighEnd = record(t, S24, computePooledHighEndEmployedOrFlexible(personalContribution, 0, 0));
  const pooled = record(t, S25, computePooledEmployedOrFlexible(pooledLowEnd, pooledHighEnd));
  return { personal_contribution: personalContribution, employer_contribution: 0, employer_to_account: 0, credit: 0, pooled };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(t: TraceStep[]): Output {
  record(t, S8, 0);
  record(t, S9, 0);
  record(t, S10, 0);
  record(t, S35, 0);
  record(t, S36, 0);
  record(t, S37, 0);
  record(t, S29, 0);
  record(t, S30, 0);
  record(t, S31, 0);
  return { personal_contribution: 0, employer_contribution: 0, employer_to_account: 0, credit: 0, pooled: 0 };
}

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, base: number, pension: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(base);
    case "retired":
      return computeForRetired(pension);
    case "flexible":
      return computeForFlexible();
    case "resident":
      return computeForResident();
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L3);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, base: number, pension: number, t: TraceStep[]): Output {
  record(t, S0, employeeRate, 50);
  record(t, S1, employerRate, 200);
  record(t, S2, employerShareToAccount, 10);
  record(t, S18, retireeRatioLowEnd, 200);
  record(t, S19, retireeRatioHighEnd, 500);
  switch (status) {
    case "employed":
      return traceForEmployed(base, t);
    case "retired":
      return traceForRetired(pension, t);
    case "flexible":
      return traceForFlexible(t);
    case "resident":
      return traceForResident(t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L3);
  }
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END || !hasOwn(input, "status") || !hasOwn(input, "age") || !hasOwn(input, "base") || !hasOwn(input, "pension") || !hasOwn(input, "month")) return invalid(input);
  return compute(status, base, pension);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const status = input.status;
  const base = input.base;
  const pension = input.pension;
  return computeTraced(status, base, pension, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["status", "age", "base", "pension", "month"], [L3, L4, L5, L6, L7], "input");
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L4);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L5);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L6);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L7);
}

/** Reports the first invalid field of an input that failed the combined test. */
function invalid(input: Input): never {
  check(input);
  return fail("invalid_input", "status", L3, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_a_retiree_percentage` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row). */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "status", L3);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["status", "age", "base", "pension"], [L3, L4, L5, L6], "person");
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L4);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L5);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L6);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L7);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L7);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, base, pension));
  return out;
}

/** Column codes of `status`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation). */
export interface PersonColumns {
  readonly status: Uint8Array;
  readonly age: Int32Array | Float64Array;
  readonly base: Float64Array;
  readonly pension: Float64Array;
}

/** Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"personal_contribution" | "employer_contribution" | "employer_to_account" | "credit" | "pooled", Float64Array>>;
  readonly present: {};
}

/** Evaluates P persons × months `from`..`to` from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with `row` set. */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const count = columnCount(persons, { status: L3, age: L4, base: L5, pension: L6 });
  const { status: statusCol, age: ageCol, base: baseCol, pension: pensionCol } = persons;
  const months = monthCount(from, to, "month", L7);
  const result = columnarResult(out, count * months, "personal_contribution employer_contribution employer_to_account credit pooled", "");
  const { personal_contribution: v0, employer_contribution: v1, employer_to_account: v2, credit: v3, pooled: v4 } = result.values;
  const slow = (p: number): void => columnarRows(run, (month2) => ({ status: memberOf(statusCodes, statusCol[p]!), age: ageCol[p]!, base: baseCol[p]!, pension: pensionCol[p]!, month: monthText(month2) }), p * months, from, months, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months) {
    const statusCode = statusCol[p]!;
    const age = ageCol[p]!;
    const base = baseCol[p]!;
    const pension = pensionCol[p]!;
    if (from < H_START || to > H_END || !Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000) {
      slow(p);
      continue;
    }

    switch (statusCode) {
      case 0:
        if (!columnarForEmployed(base, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 1:
        if (!columnarForRetired(pension, from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 2:
        if (!columnarForFlexible(from, to, k, v0, v1, v2, v3, v4)) slow(p);
        break;
      case 3:
        columnarForResident(from, to, k, v0, v1, v2, v3, v4);
        break;
      default:
        slow(p);
    }

  }

  return result;
}
