// Generated from policies/national.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, atRow, monthText } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `national`: 全国基线 national baseline. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "national";
/** The policy file this module was generated from. */
export const source = "policies/national.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `national`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
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

/** Output of region `national`. Money is integer fen. */
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
const L5: PolicyLocation = { file: "policies/national.policy", line: 29, col: 3 };
// policies/national.policy:29 (F048, 002:33, T16, 2% × 3500.00 regional average pension)
const retireeFixedCredit = 7000;
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
function computeEmployerRate(month: number): number {
  // policies/national.policy:26 — the remaining case
  return 7;
}

/** `personal_contribution` for `employed` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionEmployed(base: number): number {
  // policies/national.policy:32
  return Math.floor((base * employeeRate + 25) / 50);
}

/** `personal_contribution` for `retired` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionRetired(): number {
  // policies/national.policy:33
  return 0;
}

/** `personal_contribution` for `flexible` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionFlexible(): number {
  // policies/national.policy:33
  return 0;
}

/** `personal_contribution` for `resident` — policies/national.policy:31 (F001, 000:5) */
function computePersonalContributionResident(): number {
  // policies/national.policy:33
  return 0;
}

/** `employer_contribution` for `employed` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionEmployed(base: number, employerRate: number): number {
  // policies/national.policy:36
  return Math.floor((base * employerRate + 50) / 100);
}

/** `employer_contribution` for `retired` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionRetired(): number {
  // policies/national.policy:37
  return 0;
}

/** `employer_contribution` for `flexible` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionFlexible(): number {
  // policies/national.policy:37
  return 0;
}

/** `employer_contribution` for `resident` — policies/national.policy:35 (F003, F022) */
function computeEmployerContributionResident(): number {
  // policies/national.policy:37
  return 0;
}

/** `employer_to_account` for `employed` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountEmployed(month: number, employerContribution: number): number {
  // policies/national.policy:40
  // policies/national.policy:41
  if (month < reformDate) {
    return Math.floor((employerContribution * employerShareToAccount + 5) / 10);
  }
  // policies/national.policy:42 — the remaining case
  return 0;
}

/** `employer_to_account` for `retired` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountRetired(): number {
  // policies/national.policy:43
  return 0;
}

/** `employer_to_account` for `flexible` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountFlexible(): number {
  // policies/national.policy:43
  return 0;
}

/** `employer_to_account` for `resident` — policies/national.policy:39 (F019, F034) */
function computeEmployerToAccountResident(): number {
  // policies/national.policy:43
  return 0;
}

/** `retiree_credit` for `employed` — policies/national.policy:45 (C07) */
function computeRetireeCreditEmployed(): number | null {
  // policies/national.policy:49
  return null;
}

/** `retiree_credit` for `retired` — policies/national.policy:45 (C07) */
function computeRetireeCreditRetired(month: number, pension: number): number {
  // policies/national.policy:46
  // policies/national.policy:47
  if (month < reformDate) {
    return Math.floor((pension * retireeRateBeforeReform + 100) / 200);
  }
  // policies/national.policy:48 — the remaining case
  return retireeFixedCredit;
}

/** `retiree_credit` for `flexible` — policies/national.policy:45 (C07) */
function computeRetireeCreditFlexible(): number | null {
  // policies/national.policy:49
  return null;
}

/** `retiree_credit` for `resident` — policies/national.policy:45 (C07) */
function computeRetireeCreditResident(): number | null {
  // policies/national.policy:49
  return null;
}

/** `credit` for `employed` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditEmployed(personalContribution: number, employerToAccount: number): number {
  // policies/national.policy:52
  return personalContribution + employerToAccount;
}

/** `credit` for `retired` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditRetired(retireeCredit: number): number {
  // policies/national.policy:53
  return retireeCredit;
}

/** `credit` for `flexible` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditFlexible(): number {
  // policies/national.policy:54
  return 0;
}

/** `credit` for `resident` — policies/national.policy:51 (F027, F034, F035) */
function computeCreditResident(): number {
  // policies/national.policy:55
  return 0;
}

/** `pooled` for `employed` — policies/national.policy:57 (F024, F034) */
function computePooledEmployed(personalContribution: number, employerContribution: number, credit: number): number {
  // policies/national.policy:58
  return personalContribution + employerContribution - credit;
}

/** `pooled` for `retired` — policies/national.policy:57 (F024, F034) */
function computePooledRetired(): number {
  // policies/national.policy:59
  return 0;
}

/** `pooled` for `flexible` — policies/national.policy:57 (F024, F034) */
function computePooledFlexible(): number {
  // policies/national.policy:59
  return 0;
}

/** `pooled` for `resident` — policies/national.policy:57 (F024, F034) */
function computePooledResident(): number {
  // policies/national.policy:59
  return 0;
}

/** `employer_rate`, recording the branch taken (see `computeEmployerRate`) */
function traceEmployerRate(month: number, t: TraceStep[]): number {
  // policies/national.policy:26 — the remaining case
  const value = 7;
  record(t, S12, value, 100);
  return value;
}

/** `personal_contribution` for `employed`, recording the branch taken (see `computePersonalContributionEmployed`) */
function tracePersonalContributionEmployed(base: number, t: TraceStep[]): number {
  // policies/national.policy:32
  const value = Math.floor((base * employeeRate + 25) / 50);
  record(t, S13, value);
  return value;
}

/** `personal_contribution` for `retired`, recording the branch taken (see `computePersonalContributionRetired`) */
function tracePersonalContributionRetired(t: TraceStep[]): number {
  // policies/national.policy:33
  const value = 0;
  record(t, S14, value);
  return value;
}

/** `personal_contribution` for `flexible`, recording the branch taken (see `computePersonalContributionFlexible`) */
function tracePersonalContributionFlexible(t: TraceStep[]): number {
  // policies/national.policy:33
  const value = 0;
  record(t, S15, value);
  return value;
}

/** `personal_contribution` for `resident`, recording the branch taken (see `computePersonalContributionResident`) */
function tracePersonalContributionResident(t: TraceStep[]): number {
  // policies/national.policy:33
  const value = 0;
  record(t, S16, value);
  return value;
}

/** `employer_contribution` for `employed`, recording the branch taken (see `computeEmployerContributionEmployed`) */
function traceEmployerContributionEmployed(base: number, employerRate: number, t: TraceStep[]): number {
  // policies/national.policy:36
  const value = Math.floor((base * employerRate + 50) / 100);
  record(t, S17, value);
  return value;
}

/** `employer_contribution` for `retired`, recording the branch taken (see `computeEmployerContributionRetired`) */
function traceEmployerContributionRetired(t: TraceStep[]): number {
  // policies/national.policy:37
  const value = 0;
  record(t, S18, value);
  return value;
}

/** `employer_contribution` for `flexible`, recording the branch taken (see `computeEmployerContributionFlexible`) */
function traceEmployerContributionFlexible(t: TraceStep[]): number {
  // policies/national.policy:37
  const value = 0;
  record(t, S19, value);
  return value;
}

/** `employer_contribution` for `resident`, recording the branch taken (see `computeEmployerContributionResident`) */
function traceEmployerContributionResident(t: TraceStep[]): number {
  // policies/national.policy:37
  const value = 0;
  record(t, S20, value);
  return value;
}

/** `employer_to_account` for `employed`, recording the branch taken (see `computeEmployerToAccountEmployed`) */
function traceEmployerToAccountEmployed(month: number, employerContribution: number, t: TraceStep[]): number {
  // policies/national.policy:40
  // policies/national.policy:41
  if (month < reformDate) {
    const value = Math.floor((employerContribution * employerShareToAccount + 5) / 10);
    record(t, S21, value);
    return value;
  }
  // policies/national.policy:42 — the remaining case
  const value = 0;
  record(t, S22, value);
  return value;
}

/** `employer_to_account` for `retired`, recording the branch taken (see `computeEmployerToAccountRetired`) */
function traceEmployerToAccountRetired(t: TraceStep[]): number {
  // policies/national.policy:43
  const value = 0;
  record(t, S23, value);
  return value;
}

/** `employer_to_account` for `flexible`, recording the branch taken (see `computeEmployerToAccountFlexible`) */
function traceEmployerToAccountFlexible(t: TraceStep[]): number {
  // policies/national.policy:43
  const value = 0;
  record(t, S24, value);
  return value;
}

/** `employer_to_account` for `resident`, recording the branch taken (see `computeEmployerToAccountResident`) */
function traceEmployerToAccountResident(t: TraceStep[]): number {
  // policies/national.policy:43
  const value = 0;
  record(t, S25, value);
  return value;
}

/** `retiree_credit` for `employed`, recording the branch taken (see `computeRetireeCreditEmployed`) */
function traceRetireeCreditEmployed(t: TraceStep[]): number | null {
  // policies/national.policy:49
  record(t, S26, null);
  return null;
}

/** `retiree_credit` for `retired`, recording the branch taken (see `computeRetireeCreditRetired`) */
function traceRetireeCreditRetired(month: number, pension: number, t: TraceStep[]): number {
  // policies/national.policy:46
  // policies/national.policy:47
  if (month < reformDate) {
    const value = Math.floor((pension * retireeRateBeforeReform + 100) / 200);
    record(t, S27, value);
    return value;
  }
  // policies/national.policy:48 — the remaining case
  const value = retireeFixedCredit;
  record(t, S28, value);
  return value;
}

/** `retiree_credit` for `flexible`, recording the branch taken (see `computeRetireeCreditFlexible`) */
function traceRetireeCreditFlexible(t: TraceStep[]): number | null {
  // policies/national.policy:49
  record(t, S29, null);
  return null;
}

/** `retiree_credit` for `resident`, recording the branch taken (see `computeRetireeCreditResident`) */
function traceRetireeCreditResident(t: TraceStep[]): number | null {
  // policies/national.policy:49
  record(t, S30, null);
  return null;
}

/** `credit` for `employed`, recording the branch taken (see `computeCreditEmployed`) */
function traceCreditEmployed(personalContribution: number, employerToAccount: number, t: TraceStep[]): number {
  // policies/national.policy:52
  const value = personalContribution + employerToAccount;
  record(t, S31, value);
  return value;
}

/** `credit` for `retired`, recording the branch taken (see `computeCreditRetired`) */
function traceCreditRetired(retireeCredit: number, t: TraceStep[]): number {
  // policies/national.policy:53
  const value = retireeCredit;
  record(t, S32, value);
  return value;
}

/** `credit` for `flexible`, recording the branch taken (see `computeCreditFlexible`) */
function traceCreditFlexible(t: TraceStep[]): number {
  // policies/national.policy:54
  const value = 0;
  record(t, S33, value);
  return value;
}

/** `credit` for `resident`, recording the branch taken (see `computeCreditResident`) */
function traceCreditResident(t: TraceStep[]): number {
  // policies/national.policy:55
  const value = 0;
  record(t, S34, value);
  return value;
}

/** `pooled` for `employed`, recording the branch taken (see `computePooledEmployed`) */
function tracePooledEmployed(personalContribution: number, employerContribution: number, credit: number, t: TraceStep[]): number {
  // policies/national.policy:58
  const value = personalContribution + employerContribution - credit;
  record(t, S35, value);
  return value;
}

/** `pooled` for `retired`, recording the branch taken (see `computePooledRetired`) */
function tracePooledRetired(t: TraceStep[]): number {
  // policies/national.policy:59
  const value = 0;
  record(t, S36, value);
  return value;
}

/** `pooled` for `flexible`, recording the branch taken (see `computePooledFlexible`) */
function tracePooledFlexible(t: TraceStep[]): number {
  // policies/national.policy:59
  const value = 0;
  record(t, S37, value);
  return value;
}

/** `pooled` for `resident`, recording the branch taken (see `computePooledResident`) */
function tracePooledResident(t: TraceStep[]): number {
  // policies/national.policy:59
  const value = 0;
  record(t, S38, value);
  return value;
}
const S39: StepInfo = { name: "reform_date", branch: "=", file: "policies/national.policy", line: 23, cites: ["F036", "000:95"], unit: "month", reads: [] };
const S40: StepInfo = { name: "employee_rate", branch: "=", file: "policies/national.policy", line: 24, cites: ["F001", "000:5"], unit: "rate", reads: [] };
const S41: StepInfo = { name: "employer_share_to_account", branch: "=", file: "policies/national.policy", line: 27, cites: ["F019", "000:47"], unit: "rate", reads: [] };
const S42: StepInfo = { name: "retiree_rate_before_reform", branch: "=", file: "policies/national.policy", line: 28, cites: ["F045", "000:6"], unit: "rate", reads: [] };
const S43: StepInfo = { name: "retiree_fixed_credit", branch: "=", file: "policies/national.policy", line: 29, cites: ["F048", "002:33", "T16", "2% × 3500.00 regional average pension"], unit: "fen", reads: [] };

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number, pension: number, month: number): Output {
  const employerRate = computeEmployerRate(month);
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base, employerRate);
  const employerToAccount = computeEmployerToAccountEmployed(month, employerContribution);
  const retireeCredit = computeRetireeCreditEmployed();
  const credit = computeCreditEmployed(personalContribution, employerToAccount);
  const pooled = computePooledEmployed(personalContribution, employerContribution, credit);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `retired`. */
function computeForRetired(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionRetired();
  const employerContribution = computeEmployerContributionRetired();
  const employerToAccount = computeEmployerToAccountRetired();
  const retireeCredit = computeRetireeCreditRetired(month, pension);
  const credit = computeCreditRetired(retireeCredit);
  const pooled = computePooledRetired();
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionFlexible();
  const employerContribution = computeEmployerContributionFlexible();
  const employerToAccount = computeEmployerToAccountFlexible();
  const retireeCredit = computeRetireeCreditFlexible();
  const credit = computeCreditFlexible();
  const pooled = computePooledFlexible();
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `resident`. */
function computeForResident(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionResident();
  const employerContribution = computeEmployerContributionResident();
  const employerToAccount = computeEmployerToAccountResident();
  const retireeCredit = computeRetireeCreditResident();
  const credit = computeCreditResident();
  const pooled = computePooledResident();
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const employerRate = traceEmployerRate(month, t);
  const personalContribution = tracePersonalContributionEmployed(base, t);
  const employerContribution = traceEmployerContributionEmployed(base, employerRate, t);
  const employerToAccount = traceEmployerToAccountEmployed(month, employerContribution, t);
  const retireeCredit = traceRetireeCreditEmployed(t);
  const credit = traceCreditEmployed(personalContribution, employerToAccount, t);
  const pooled = tracePooledEmployed(personalContribution, employerContribution, credit, t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const employerRate = traceEmployerRate(month, t);
  const personalContribution = tracePersonalContributionRetired(t);
  const employerContribution = traceEmployerContributionRetired(t);
  const employerToAccount = traceEmployerToAccountRetired(t);
  const retireeCredit = traceRetireeCreditRetired(month, pension, t);
  const credit = traceCreditRetired(retireeCredit, t);
  const pooled = tracePooledRetired(t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const employerRate = traceEmployerRate(month, t);
  const personalContribution = tracePersonalContributionFlexible(t);
  const employerContribution = traceEmployerContributionFlexible(t);
  const employerToAccount = traceEmployerToAccountFlexible(t);
  const retireeCredit = traceRetireeCreditFlexible(t);
  const credit = traceCreditFlexible(t);
  const pooled = tracePooledFlexible(t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const employerRate = traceEmployerRate(month, t);
  const personalContribution = tracePersonalContributionResident(t);
  const employerContribution = traceEmployerContributionResident(t);
  const employerToAccount = traceEmployerToAccountResident(t);
  const retireeCredit = traceRetireeCreditResident(t);
  const credit = traceCreditResident(t);
  const pooled = tracePooledResident(t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, employer_to_account: employerToAccount, retiree_credit: retireeCredit, credit: credit, pooled: pooled };
}
const L44: PolicyLocation = { file: "policies/national.policy", line: 17, col: 9 };

/** Computes every rule for validated inputs, dispatching once on `status` (which it validates). */
function compute(status: string, age: number, base: number, pension: number, month: number): Output {
  switch (status) {
    case "employed":
      return computeForEmployed(age, base, pension, month);
    case "retired":
      return computeForRetired(age, base, pension, month);
    case "flexible":
      return computeForFlexible(age, base, pension, month);
    case "resident":
      return computeForResident(age, base, pension, month);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L44);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  record(t, S39, reformDate);
  record(t, S40, employeeRate, 50);
  record(t, S41, employerShareToAccount, 10);
  record(t, S42, retireeRateBeforeReform, 200);
  record(t, S43, retireeFixedCredit);
  switch (status) {
    case "employed":
      return traceForEmployed(age, base, pension, month, t);
    case "retired":
      return traceForRetired(age, base, pension, month, t);
    case "flexible":
      return traceForFlexible(age, base, pension, month, t);
    case "resident":
      return traceForResident(age, base, pension, month, t);
    default:
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L44);
  }
}
const L45: PolicyLocation = { file: "policies/national.policy", line: 17, col: 9 };
const L46: PolicyLocation = { file: "policies/national.policy", line: 18, col: 9 };
const L47: PolicyLocation = { file: "policies/national.policy", line: 19, col: 9 };
const L48: PolicyLocation = { file: "policies/national.policy", line: 20, col: 9 };
const L49: PolicyLocation = { file: "policies/national.policy", line: 21, col: 9 };

function run(input: Input): Output {
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END) return invalid(input);
  return compute(status, age, base, pension, month);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  const status = input.status;
  const age = input.age;
  const base = input.base;
  const pension = input.pension;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000 || month < H_START || month > H_END) return invalid(input);
  return computeTraced(status, age, base, pension, month, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Reports the first invalid field of an input that failed validation (the cold path). */
function invalid(input: Input): never {
  const age = input.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L46);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L47);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L48);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L49);
  return fail("invalid_input", "status", L45, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `national` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumns`, which keeps no object per row. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
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
  for (let k = 0; k < rows.length; k++) {
    const out = run(rows[k]!);
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
  for (let month = first; month <= last; month++) out.push(compute(status, age, base, pension, month));
  return out;
}

/** Codes of `status` in columns: code c stands for `statusCodes[c]`. */
export const statusCodes = ["employed", "retired", "flexible", "resident"] as const;

/** Columnar input of `evaluateColumnar`: one array per person input, index p = person p, all of one length. Enums are codes into the `…Codes` arrays, booleans 0/1, months indices year·12 + month − 1, money integer fen. */
export interface PersonColumns {
  /** status */
  readonly status: Uint8Array;
  /** age */
  readonly age: Int32Array | Float64Array;
  /** base */
  readonly base: Float64Array;
  /** pension */
  readonly pension: Float64Array;
}

/** One column per output, one row per person and month (person-major). */
export interface ColumnarValues {
  /** personal_contribution: integer fen */
  readonly personal_contribution: Float64Array;
  /** employer_contribution: integer fen */
  readonly employer_contribution: Float64Array;
  /** employer_to_account: integer fen */
  readonly employer_to_account: Float64Array;
  /** retiree_credit: integer fen; NaN where not applicable (see `present`) */
  readonly retiree_credit: Float64Array;
  /** credit: integer fen */
  readonly credit: Float64Array;
  /** pooled: integer fen */
  readonly pooled: Float64Array;
}

/** For each output that may be not applicable: 1 where it applies, 0 where it does not. */
export interface ColumnarPresent {
  readonly retiree_credit: Uint8Array;
}

/** The result of `evaluateColumnar`: values and presence, row k = p·M + (month − from). */
export interface ColumnarResult {
  readonly values: ColumnarValues;
  readonly present: ColumnarPresent;
}
const L50: PolicyLocation = { file: "policies/national.policy", line: 18, col: 9 };
const L51: PolicyLocation = { file: "policies/national.policy", line: 19, col: 9 };
const L52: PolicyLocation = { file: "policies/national.policy", line: 20, col: 9 };
const L53: PolicyLocation = { file: "policies/national.policy", line: 21, col: 9 };

/** The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set. */
function columnarRows(persons: PersonColumns, p: number, from: number, months: number, result: ColumnarResult): void {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const personalContributionValues = result.values.personal_contribution;
  const employerContributionValues = result.values.employer_contribution;
  const employerToAccountValues = result.values.employer_to_account;
  const retireeCreditValues = result.values.retiree_credit;
  const creditValues = result.values.credit;
  const pooledValues = result.values.pooled;
  const retireeCreditPresent = result.present.retiree_credit;
  for (let j = 0; j < months; j++) {
    const row = p * months + j;
    let o: Output;
    try {
      o = run({ status: statusColumn[p]! < 4 ? statusCodes[statusColumn[p]!]! : statusColumn[p]!, age: ageColumn[p]!, base: baseColumn[p]!, pension: pensionColumn[p]!, month: monthText(from + j) } as unknown as Input);
    } catch (e) {
      throw atRow(e, row);
    }

    personalContributionValues[row] = o.personal_contribution;
    employerContributionValues[row] = o.employer_contribution;
    employerToAccountValues[row] = o.employer_to_account;
    if (o.retiree_credit === null) {
      retireeCreditValues[row] = NaN;
      retireeCreditPresent[row] = 0;
    } else {
      retireeCreditValues[row] = o.retiree_credit;
      retireeCreditPresent[row] = 1;
    }

    creditValues[row] = o.credit;
    pooledValues[row] = o.pooled;
  }
}

/** The rows of one person with `status` = `employed`, from row `k` on: per-person rules once, the rest per month. */
function columnarForEmployed(base: number, from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, employerToAccountValues: Float64Array, retireeCreditValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array, retireeCreditPresent: Uint8Array): void {
  const personalContribution = computePersonalContributionEmployed(base);
  const retireeCredit = computeRetireeCreditEmployed();
  for (let month = from; month <= to; month++) {
    const employerRate = 7;
    const employerContribution = Math.floor((base * employerRate + 50) / 100);
    let employerToAccount: number;
    if (month < reformDate) {
      employerToAccount = Math.floor((employerContribution * employerShareToAccount + 5) / 10);
    } else {
      employerToAccount = 0;
    }

    const credit = personalContribution + employerToAccount;
    const pooled = personalContribution + employerContribution - credit;
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    employerToAccountValues[k] = employerToAccount;
    if (retireeCredit === null) {
      retireeCreditValues[k] = NaN;
      retireeCreditPresent[k] = 0;
    } else {
      retireeCreditValues[k] = retireeCredit;
      retireeCreditPresent[k] = 1;
    }

    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `retired`, from row `k` on: per-person rules once, the rest per month. */
function columnarForRetired(pension: number, from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, employerToAccountValues: Float64Array, retireeCreditValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array, retireeCreditPresent: Uint8Array): void {
  const personalContribution = computePersonalContributionRetired();
  const employerContribution = computeEmployerContributionRetired();
  const employerToAccount = computeEmployerToAccountRetired();
  const retireeCreditLeaf = Math.floor((pension * retireeRateBeforeReform + 100) / 200);
  const pooled = computePooledRetired();
  for (let month = from; month <= to; month++) {
    let retireeCredit: number;
    if (month < reformDate) {
      retireeCredit = retireeCreditLeaf;
    } else {
      retireeCredit = retireeFixedCredit;
    }

    const credit = retireeCredit;
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    employerToAccountValues[k] = employerToAccount;
    retireeCreditValues[k] = retireeCredit;
    retireeCreditPresent[k] = 1;
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `flexible`, from row `k` on: per-person rules once, the rest per month. */
function columnarForFlexible(from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, employerToAccountValues: Float64Array, retireeCreditValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array, retireeCreditPresent: Uint8Array): void {
  const personalContribution = computePersonalContributionFlexible();
  const employerContribution = computeEmployerContributionFlexible();
  const employerToAccount = computeEmployerToAccountFlexible();
  const retireeCredit = computeRetireeCreditFlexible();
  const credit = computeCreditFlexible();
  const pooled = computePooledFlexible();
  for (let month = from; month <= to; month++) {
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    employerToAccountValues[k] = employerToAccount;
    if (retireeCredit === null) {
      retireeCreditValues[k] = NaN;
      retireeCreditPresent[k] = 0;
    } else {
      retireeCreditValues[k] = retireeCredit;
      retireeCreditPresent[k] = 1;
    }

    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `resident`, from row `k` on: per-person rules once, the rest per month. */
function columnarForResident(from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, employerToAccountValues: Float64Array, retireeCreditValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array, retireeCreditPresent: Uint8Array): void {
  const personalContribution = computePersonalContributionResident();
  const employerContribution = computeEmployerContributionResident();
  const employerToAccount = computeEmployerToAccountResident();
  const retireeCredit = computeRetireeCreditResident();
  const credit = computeCreditResident();
  const pooled = computePooledResident();
  for (let month = from; month <= to; month++) {
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    employerToAccountValues[k] = employerToAccount;
    if (retireeCredit === null) {
      retireeCreditValues[k] = NaN;
      retireeCreditPresent[k] = 0;
    } else {
      retireeCreditValues[k] = retireeCredit;
      retireeCreditPresent[k] = 1;
    }

    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/**
 * Evaluates region `national` for P persons × every month from `from` to `to` (month indices, inclusive), from typed-array columns into typed-array columns (pass `out` to reuse preallocated columns of at least P × M rows). Row k = p × M + (month − from).
 * Per-person work runs once per person, only month-dependent rules per month. Validates exactly like `evaluate` and throws its `PolicyError`, with `row` set; on error the contents of `out` are unspecified.
 */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const count = statusColumn.length;
  if (ageColumn.length !== count) fail("invalid_input", "age", L50, "column `age` has " + ageColumn.length + " values for " + count + " persons");
  if (baseColumn.length !== count) fail("invalid_input", "base", L51, "column `base` has " + baseColumn.length + " values for " + count + " persons");
  if (pensionColumn.length !== count) fail("invalid_input", "pension", L52, "column `pension` has " + pensionColumn.length + " values for " + count + " persons");
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) fail("invalid_input", "month", L53, "the month range must be two month indices (year × 12 + month − 1) with from <= to");
  const months = to - from + 1;
  const monthsOk = from >= H_START && to <= H_END;
  const rows = count * months;
  const result: ColumnarResult = out ?? { values: { personal_contribution: new Float64Array(rows), employer_contribution: new Float64Array(rows), employer_to_account: new Float64Array(rows), retiree_credit: new Float64Array(rows), credit: new Float64Array(rows), pooled: new Float64Array(rows) }, present: { retiree_credit: new Uint8Array(rows) } };
  const personalContributionValues = result.values.personal_contribution;
  const employerContributionValues = result.values.employer_contribution;
  const employerToAccountValues = result.values.employer_to_account;
  const retireeCreditValues = result.values.retiree_credit;
  const creditValues = result.values.credit;
  const pooledValues = result.values.pooled;
  const retireeCreditPresent = result.present.retiree_credit;
  if (personalContributionValues.length < rows || employerContributionValues.length < rows || employerToAccountValues.length < rows || retireeCreditValues.length < rows || creditValues.length < rows || pooledValues.length < rows || retireeCreditPresent.length < rows) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
  for (let p = 0; p < count; p++) {
    const k = p * months;
    const statusCode = statusColumn[p]!;
    const age = ageColumn[p]!;
    const base = baseColumn[p]!;
    const pension = pensionColumn[p]!;
    if (!monthsOk || !Number.isInteger(age) || age < 16 || age > 120 || !Number.isInteger(base) || base < 0 || base > 100000000 || !Number.isInteger(pension) || pension < 0 || pension > 100000000) {
      columnarRows(persons, p, from, months, result);
      continue;
    }

    switch (statusCode) {
      case 0:
        columnarForEmployed(base, from, to, k, personalContributionValues, employerContributionValues, employerToAccountValues, retireeCreditValues, creditValues, pooledValues, retireeCreditPresent);
        break;
      case 1:
        columnarForRetired(pension, from, to, k, personalContributionValues, employerContributionValues, employerToAccountValues, retireeCreditValues, creditValues, pooledValues, retireeCreditPresent);
        break;
      case 2:
        columnarForFlexible(from, to, k, personalContributionValues, employerContributionValues, employerToAccountValues, retireeCreditValues, creditValues, pooledValues, retireeCreditPresent);
        break;
      case 3:
        columnarForResident(from, to, k, personalContributionValues, employerContributionValues, employerToAccountValues, retireeCreditValues, creditValues, pooledValues, retireeCreditPresent);
        break;
      default:
        columnarRows(persons, p, from, months, result);
    }

  }

  return result;
}
