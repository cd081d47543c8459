// Generated from policies/provinces/hunan.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, roundHalfUp } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `hunan`: 湖南 Hunan. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "hunan";
/** The policy file this module was generated from. */
export const source = "policies/provinces/hunan.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `hunan`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/national.policy:17 (F001, F030, F009, F054) */
  readonly status: Status;
  /** whole years, 16..120 — policies/national.policy:18 (C25, age in whole years at the month of crediting) */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:19 (F001, monthly contribution base 缴费基数) */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/national.policy:20 (F030, own basic pension 本人基本养老金) */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/national.policy:21 */
  readonly month: string;
}

/** Output of region `hunan`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/national.policy:31 (F001, 000:5) */
  readonly personal_contribution: number;
  /** money in fen per month — policies/national.policy:35 (F003, F022) */
  readonly employer_contribution: number;
  /** money in fen per month — policies/national.policy:39 (F019, F034) */
  readonly employer_to_account: number;
  /** null when not applicable to the input; money in fen per month — policies/national.policy:45 (C07) */
  readonly retiree_credit: number | null;
  /** money in fen per month — policies/national.policy:51 (F027, F034, F035) */
  readonly credit: number;
  /** money in fen per month — policies/national.policy:57 (F024, F034) */
  readonly pooled: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/national.policy", line: 23, col: 3 };
// policies/national.policy:23 (F036, 000:95)
const reformDate = 24276; // 2023-01
const L1: PolicyLocation = { file: "policies/national.policy", line: 24, col: 3 };
// policies/national.policy:24 (F001, 000:5)
const employeeRate = 1; // 1/50
const L2: PolicyLocation = { file: "policies/national.policy", line: 25, col: 3 };
const L3: PolicyLocation = { file: "policies/national.policy", line: 27, col: 3 };
// policies/national.policy:27 (F019, 000:47)
const employerShareToAccount = 3; // 3/10
const L4: PolicyLocation = { file: "policies/national.policy", line: 28, col: 3 };
// policies/national.policy:28 (F045, 000:6)
const retireeRateBeforeReform = 9; // 9/200
const L5: PolicyLocation = { file: "policies/provinces/hunan.policy", line: 5, col: 3 };
// policies/provinces/hunan.policy:5 (F047, 000:83, 湖南退休人员每月划入金额为75元)
const retireeFixedCredit = 7500;
const L6: PolicyLocation = { file: "policies/national.policy", line: 31, col: 3 };
const L7: PolicyLocation = { file: "policies/national.policy", line: 35, col: 3 };
const L8: PolicyLocation = { file: "policies/national.policy", line: 39, col: 3 };
const L9: PolicyLocation = { file: "policies/national.policy", line: 45, col: 3 };
const L10: PolicyLocation = { file: "policies/national.policy", line: 51, col: 3 };
const L11: PolicyLocation = { file: "policies/national.policy", line: 57, col: 3 };
const S12: StepInfo = { name: "employer_rate", branch: "from 2020-01", file: "policies/national.policy", line: 26, cites: ["F022", "derived: 105 / (5000 × 30%) = 7%"], unit: "rate", reads: ["month"] };
const S13: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/national.policy", line: 32, cites: ["F001", "000:5"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S14: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 33, cites: ["F001", "000:5", "F009", "no employee-insurance contribution in this scheme"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S15: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 33, cites: ["F001", "000:5", "F009", "no employee-insurance contribution in this scheme"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S16: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 33, cites: ["F001", "000:5", "F009", "no employee-insurance contribution in this scheme"], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S17: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/national.policy", line: 36, cites: ["F003", "F022"], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S18: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 37, cites: ["F003", "F022", "F009"], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S19: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 37, cites: ["F003", "F022", "F009"], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S20: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 37, cites: ["F003", "F022", "F009"], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S21: StepInfo = { name: "employer_to_account", branch: "for employed › before reform_date", file: "policies/national.policy", line: 41, cites: ["F019", "F034", "000:47"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S22: StepInfo = { name: "employer_to_account", branch: "for employed › from reform_date", file: "policies/national.policy", line: 42, cites: ["F019", "F034", "F036", "000:95"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S23: StepInfo = { name: "employer_to_account", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 43, cites: ["F019", "F034"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S24: StepInfo = { name: "employer_to_account", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 43, cites: ["F019", "F034"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S25: StepInfo = { name: "employer_to_account", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 43, cites: ["F019", "F034"], unit: "fen", reads: ["status", "reform_date", "month", "employer_contribution", "employer_share_to_account"] };
const S26: StepInfo = { name: "retiree_credit", branch: "for employed, flexible, resident", file: "policies/national.policy", line: 49, cites: ["C07"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S27: StepInfo = { name: "retiree_credit", branch: "for retired › before reform_date", file: "policies/national.policy", line: 47, cites: ["C07", "F045", "000:6"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S28: StepInfo = { name: "retiree_credit", branch: "for retired › from reform_date", file: "policies/national.policy", line: 48, cites: ["C07", "F048", "002:33"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S29: StepInfo = { name: "retiree_credit", branch: "for employed, flexible, resident", file: "policies/national.policy", line: 49, cites: ["C07"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S30: StepInfo = { name: "retiree_credit", branch: "for employed, flexible, resident", file: "policies/national.policy", line: 49, cites: ["C07"], unit: "fen", reads: ["status", "reform_date", "month", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S31: StepInfo = { name: "credit", branch: "for employed", file: "policies/national.policy", line: 52, cites: ["F027", "F034", "F035", "F001", "F019"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S32: StepInfo = { name: "credit", branch: "for retired", file: "policies/national.policy", line: 53, cites: ["F027", "F034", "F035", "C07"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S33: StepInfo = { name: "credit", branch: "for flexible", file: "policies/national.policy", line: 54, cites: ["F027", "F034", "F035", "F014", "003:32"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S34: StepInfo = { name: "credit", branch: "for resident", file: "policies/national.policy", line: 55, cites: ["F027", "F034", "F035", "F054", "000:47"], unit: "fen", reads: ["status", "personal_contribution", "employer_to_account", "retiree_credit"] };
const S35: StepInfo = { name: "pooled", branch: "for employed", file: "policies/national.policy", line: 58, cites: ["F024", "F034", "I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S36: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 59, cites: ["F024", "F034"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S37: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 59, cites: ["F024", "F034"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S38: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/national.policy", line: 59, cites: ["F024", "F034"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `employer_rate` — policies/national.policy:25 (F022, derived: 105 / (5000 × 30%) = 7%); returns the numerator over 100 */
function computeEmployerRate(month: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:26 — the remaining case
  const value = 7;
  if (t !== undefined) record(t, S12, value, 100);
  return value;
}

/** `personal_contribution` for `employed` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionEmployed(base: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:32
  const value = Math.floor((base * employeeRate + 25) / 50);
  if (t !== undefined) record(t, S13, value);
  return value;
}

/** `personal_contribution` for `retired` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionRetired(t: TraceStep[] | undefined): number {
  // policies/national.policy:33
  const value = 0;
  if (t !== undefined) record(t, S14, value);
  return value;
}

/** `personal_contribution` for `flexible` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionFlexible(t: TraceStep[] | undefined): number {
  // policies/national.policy:33
  const value = 0;
  if (t !== undefined) record(t, S15, value);
  return value;
}

/** `personal_contribution` for `resident` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionResident(t: TraceStep[] | undefined): number {
  // policies/national.policy:33
  const value = 0;
  if (t !== undefined) record(t, S16, value);
  return value;
}

/** `employer_contribution` for `employed` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionEmployed(base: number, employerRate: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:36
  const value = Math.floor((base * employerRate + 50) / 100);
  if (t !== undefined) record(t, S17, value);
  return value;
}

/** `employer_contribution` for `retired` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionRetired(t: TraceStep[] | undefined): number {
  // policies/national.policy:37
  const value = 0;
  if (t !== undefined) record(t, S18, value);
  return value;
}

/** `employer_contribution` for `flexible` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionFlexible(t: TraceStep[] | undefined): number {
  // policies/national.policy:37
  const value = 0;
  if (t !== undefined) record(t, S19, value);
  return value;
}

/** `employer_contribution` for `resident` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionResident(t: TraceStep[] | undefined): number {
  // policies/national.policy:37
  const value = 0;
  if (t !== undefined) record(t, S20, value);
  return value;
}

/** `employer_to_account` for `employed` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountEmployed(month: number, employerContribution: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:40
  // policies/national.policy:41
  if (month < reformDate) {
    const value = roundHalfUp(employerContribution * employerShareToAccount, 10);
    if (t !== undefined) record(t, S21, value);
    return value;
  }
  // policies/national.policy:42 — the remaining case
  const value = 0;
  if (t !== undefined) record(t, S22, value);
  return value;
}

/** `employer_to_account` for `retired` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountRetired(t: TraceStep[] | undefined): number {
  // policies/national.policy:43
  const value = 0;
  if (t !== undefined) record(t, S23, value);
  return value;
}

/** `employer_to_account` for `flexible` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountFlexible(t: TraceStep[] | undefined): number {
  // policies/national.policy:43
  const value = 0;
  if (t !== undefined) record(t, S24, value);
  return value;
}

/** `employer_to_account` for `resident` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountResident(t: TraceStep[] | undefined): number {
  // policies/national.policy:43
  const value = 0;
  if (t !== undefined) record(t, S25, value);
  return value;
}

/** `retiree_credit` for `employed` — policies/national.policy:45 (C07) */
function computeRetireeCreditEmployed(t: TraceStep[] | undefined): number | null {
  // policies/national.policy:49
  if (t !== undefined) record(t, S26, null);
  return null;
}

/** `retiree_credit` for `retired` — policies/national.policy:45 (C07) */
function computeRetireeCreditRetired(month: number, pension: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:46
  // policies/national.policy:47
  if (month < reformDate) {
    const value = Math.floor((pension * retireeRateBeforeReform + 100) / 200);
    if (t !== undefined) record(t, S27, value);
    return value;
  }
  // policies/national.policy:48 — the remaining case
  const value = retireeFixedCredit;
  if (t !== undefined) record(t, S28, value);
  return value;
}

/** `retiree_credit` for `flexible` — policies/national.policy:45 (C07) */
function computeRetireeCreditFlexible(t: TraceStep[] | undefined): number | null {
  // policies/national.policy:49
  if (t !== undefined) record(t, S29, null);
  return null;
}

/** `retiree_credit` for `resident` — policies/national.policy:45 (C07) */
function computeRetireeCreditResident(t: TraceStep[] | undefined): number | null {
  // policies/national.policy:49
  if (t !== undefined) record(t, S30, null);
  return null;
}

/** `credit` for `employed` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditEmployed(personalContribution: number, employerToAccount: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:52
  const value = personalContribution + employerToAccount;
  if (t !== undefined) record(t, S31, value);
  return value;
}

/** `credit` for `retired` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditRetired(retireeCredit: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:53
  const value = retireeCredit;
  if (t !== undefined) record(t, S32, value);
  return value;
}

/** `credit` for `flexible` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditFlexible(t: TraceStep[] | undefined): number {
  // policies/national.policy:54
  const value = 0;
  if (t !== undefined) record(t, S33, value);
  return value;
}

/** `credit` for `resident` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditResident(t: TraceStep[] | undefined): number {
  // policies/national.policy:55
  const value = 0;
  if (t !== undefined) record(t, S34, value);
  return value;
}

/** `pooled` for `employed` — policies/national.policy:57 (F024, F034) */
function computePooledEmployed(personalContribution: number, employerContribution: number, credit: number, t: TraceStep[] | undefined): number {
  // policies/national.policy:58
  const value = personalContribution + employerContribution - credit;
  if (t !== undefined) record(t, S35, value);
  return value;
}

/** `pooled` for `retired` — policies/national.policy:57 (F024, F034) */
function computePooledRetired(t: TraceStep[] | undefined): number {
  // policies/national.policy:59
  const value = 0;
  if (t !== undefined) record(t, S36, value);
  return value;
}

/** `pooled` for `flexible` — policies/national.policy:57 (F024, F034) */
function computePooledFlexible(t: TraceStep[] | undefined): number {
  // policies/national.policy:59
  const value = 0;
  if (t !== undefined) record(t, S37, value);
  return value;
}

/** `pooled` for `resident` — policies/national.policy:57 (F024, F034) */
function computePooledResident(t: TraceStep[] | undefined): number {
  // policies/national.policy:59
  const value = 0;
  if (t !== undefined) record(t, S38, value);
  return value;
}
const S39: StepInfo = { name: "reform_date", branch: "=", file: "policies/national.policy", line: 23, cites: ["F036", "000:95"], unit: "month", reads: [] };
const S40: StepInfo = { name: "employee_rate", branch: "=", file: "policies/national.policy", line: 24, cites: ["F001", "000:5"], unit: "rate", reads: [] };
const S41: StepInfo = { name: "employer_share_to_account", branch: "=", file: "policies/national.policy", line: 27, cites: ["F019", "000:47"], unit: "rate", reads: [] };
const S42: StepInfo = { name: "retiree_rate_before_reform", branch: "=", file: "policies/national.policy", line: 28, cites: ["F045", "000:6"], unit: "rate", reads: [] };
const S43: StepInfo = { name: "retiree_fixed_credit", branch: "=", file: "policies/provinces/hunan.policy", line: 5, cites: ["F047", "000:83", "湖南退休人员每月划入金额为75元"], unit: "fen", reads: [] };
const L44: PolicyLocation = { file: "policies/national.policy", line: 17, col: 9 };

/** Computes every rule for validated inputs, once per population `status`. */
function compute(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[] | undefined): Output {
  if (t !== undefined) {
    record(t, S39, reformDate);
    record(t, S40, employeeRate, 50);
    record(t, S41, employerShareToAccount, 10);
    record(t, S42, retireeRateBeforeReform, 200);
    record(t, S43, retireeFixedCredit);
  }

  switch (status) {
    case "employed": {
      const employerRate = computeEmployerRate(month, t);
      const personalContribution = computePersonalContributionEmployed(base, t);
      const employerContribution = computeEmployerContributionEmployed(base, employerRate, t);
      const employerToAccount = computeEmployerToAccountEmployed(month, employerContribution, t);
      const retireeCredit = computeRetireeCreditEmployed(t);
      const credit = computeCreditEmployed(personalContribution, employerToAccount, t);
      const pooled = computePooledEmployed(personalContribution, employerContribution, credit, t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
    }
    case "retired": {
      const employerRate = computeEmployerRate(month, t);
      const personalContribution = computePersonalContributionRetired(t);
      const employerContribution = computeEmployerContributionRetired(t);
      const employerToAccount = computeEmployerToAccountRetired(t);
      const retireeCredit = computeRetireeCreditRetired(month, pension, t);
      const credit = computeCreditRetired(retireeCredit, t);
      const pooled = computePooledRetired(t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
    }
    case "flexible": {
      const employerRate = computeEmployerRate(month, t);
      const personalContribution = computePersonalContributionFlexible(t);
      const employerContribution = computeEmployerContributionFlexible(t);
      const employerToAccount = computeEmployerToAccountFlexible(t);
      const retireeCredit = computeRetireeCreditFlexible(t);
      const credit = computeCreditFlexible(t);
      const pooled = computePooledFlexible(t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
    }
    case "resident": {
      const employerRate = computeEmployerRate(month, t);
      const personalContribution = computePersonalContributionResident(t);
      const employerContribution = computeEmployerContributionResident(t);
      const employerToAccount = computeEmployerToAccountResident(t);
      const retireeCredit = computeRetireeCreditResident(t);
      const credit = computeCreditResident(t);
      const pooled = computePooledResident(t);
      return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
    }
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L44);
  }
}
const L45: PolicyLocation = { file: "policies/national.policy", line: 17, col: 9 };
const L46: PolicyLocation = { file: "policies/national.policy", line: 18, col: 9 };
const L47: PolicyLocation = { file: "policies/national.policy", line: 19, col: 9 };
const L48: PolicyLocation = { file: "policies/national.policy", line: 20, col: 9 };
const L49: PolicyLocation = { file: "policies/national.policy", line: 21, col: 9 };

function run(input: Input, t: TraceStep[] | undefined): Output {
  const status = input.status;
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L46);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L47);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L48);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L49);
  return compute(status, age, base, pension, month, t);
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `hunan` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  if (options?.trace !== true) return run(input, undefined);
  const steps: TraceStep[] = [];
  return { value: run(input, steps), steps };
}

/** Evaluates many inputs; equivalent to `rows.map((r) => evaluate(r))` but parses each distinct month once. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  const out: Output[] = new Array<Output>(rows.length);
  let lastMonthText: string | undefined;
  let lastMonth = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const status = row.status;
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L46);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L47);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L48);
    const monthText = row.month;
    if (monthText !== lastMonthText) {
      lastMonth = parseMonth(monthText);
      lastMonthText = monthText;
      if (lastMonth < H_START || lastMonth > H_END) {
        lastMonthText = undefined;
        badMonth("month", monthText, lastMonth, H_START, H_END, L49);
      }
    }
    const month = lastMonth;
    out[k] = compute(status, age, base, pension, month, undefined);
  }

  return out;
}

/** The numeric outputs of many inputs, one typed array per output (money in integer fen). */
export interface OutputColumns {
  readonly personal_contribution: Float64Array;
  readonly employer_contribution: Float64Array;
  readonly employer_to_account: Float64Array;
  readonly credit: Float64Array;
  readonly pooled: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const personalContributionColumn = new Float64Array(rows.length);
  const employerContributionColumn = new Float64Array(rows.length);
  const employerToAccountColumn = new Float64Array(rows.length);
  const creditColumn = new Float64Array(rows.length);
  const pooledColumn = new Float64Array(rows.length);
  let lastMonthText: string | undefined;
  let lastMonth = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const status = row.status;
    const age = row.age;
    if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L46);
    const base = row.base;
    if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L47);
    const pension = row.pension;
    if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L48);
    const monthText = row.month;
    if (monthText !== lastMonthText) {
      lastMonth = parseMonth(monthText);
      lastMonthText = monthText;
      if (lastMonth < H_START || lastMonth > H_END) {
        lastMonthText = undefined;
        badMonth("month", monthText, lastMonth, H_START, H_END, L49);
      }
    }
    const month = lastMonth;
    const out = compute(status, age, base, pension, month, undefined);
    personalContributionColumn[k] = out.personal_contribution;
    employerContributionColumn[k] = out.employer_contribution;
    employerToAccountColumn[k] = out.employer_to_account;
    creditColumn[k] = out.credit;
    pooledColumn[k] = out.pooled;
  }

  return { personal_contribution: personalContributionColumn, employer_contribution: employerContributionColumn, employer_to_account: employerToAccountColumn, credit: creditColumn, pooled: pooledColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L46);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L47);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L48);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L49);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L49);
  const out: Output[] = [];
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month, undefined));
  return out;
}
