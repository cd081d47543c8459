// Generated from policies/shanghai/shanghai-a-supplement.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, atRow, monthText } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `shanghai_a_supplement`: 上海 读法A，9%+2%地方附加 Shanghai, reading A with the local supplement. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "shanghai_a_supplement";
/** The policy file this module was generated from. */
export const source = "policies/shanghai/shanghai-a-supplement.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `shanghai_a_supplement`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/shanghai/shanghai-a.policy:12 */
  readonly status: Status;
  /** whole years, 16..120 — policies/shanghai/shanghai-a.policy:13 */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:14 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/shanghai/shanghai-a.policy:15 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/shanghai/shanghai-a.policy:16 */
  readonly month: string;
}

/** Output of region `shanghai_a_supplement`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/shanghai/shanghai-a.policy:22 */
  readonly personal_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:26 */
  readonly employer_contribution: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:30 */
  readonly credit: number;
  /** money in fen per month — policies/shanghai/shanghai-a.policy:39 (I02) */
  readonly pooled: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 18, col: 3 };
// policies/shanghai/shanghai-a.policy:18 (F052)
const employeeRate = 1; // 1/50
const L1: PolicyLocation = { file: "policies/shanghai/shanghai-a-supplement.policy", line: 6, col: 3 };
// policies/shanghai/shanghai-a-supplement.policy:6 (F008, 001:86, 9%+2%地方附加)
const employerRate = 11; // 11/100
const L2: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 20, col: 3 };
// policies/shanghai/shanghai-a.policy:20 (F052, 004:98)
const employerShareToAccount = 3; // 3/10
const L3: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 22, col: 3 };
const L4: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 26, col: 3 };
const L5: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 30, col: 3 };
const L6: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 39, col: 3 };
const S7: StepInfo = { name: "personal_contribution", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 23, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S8: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S9: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S10: StepInfo = { name: "personal_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 24, cites: [], unit: "fen", reads: ["status", "base", "employee_rate"] };
const S11: StepInfo = { name: "employer_contribution", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 27, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S12: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S13: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S14: StepInfo = { name: "employer_contribution", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 28, cites: [], unit: "fen", reads: ["status", "base", "employer_rate"] };
const S15: StepInfo = { name: "credit", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 31, cites: ["F052"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const L16: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 33, col: 7 };
const L17: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 33, col: 7 };
const S18: StepInfo = { name: "credit", branch: "for retired › when 60 <= age < 70", file: "policies/shanghai/shanghai-a.policy", line: 34, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S19: StepInfo = { name: "credit", branch: "for retired › when 70 <= age < 80", file: "policies/shanghai/shanghai-a.policy", line: 35, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S20: StepInfo = { name: "credit", branch: "for retired › when age >= 80", file: "policies/shanghai/shanghai-a.policy", line: 36, cites: ["F050", "004:104", "C09", "read as yuan per month"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S21: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 37, cites: [], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S22: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 37, cites: [], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "employer_share_to_account", "age"] };
const S23: StepInfo = { name: "pooled", branch: "for employed", file: "policies/shanghai/shanghai-a.policy", line: 40, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S24: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S25: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
const S26: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/shanghai/shanghai-a.policy", line: 41, cites: ["I02"], unit: "fen", reads: ["status", "personal_contribution", "employer_contribution", "credit"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `personal_contribution` for `employed` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionEmployed(base: number): number {
  // policies/shanghai/shanghai-a.policy:23
  return Math.floor((base * employeeRate + 25) / 50);
}

/** `personal_contribution` for `retired` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionRetired(): number {
  // policies/shanghai/shanghai-a.policy:24
  return 0;
}

/** `personal_contribution` for `flexible` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionFlexible(): number {
  // policies/shanghai/shanghai-a.policy:24
  return 0;
}

/** `personal_contribution` for `resident` — policies/shanghai/shanghai-a.policy:22 */
function computePersonalContributionResident(): number {
  // policies/shanghai/shanghai-a.policy:24
  return 0;
}

/** `employer_contribution` for `employed` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionEmployed(base: number): number {
  // policies/shanghai/shanghai-a.policy:27
  return Math.floor((base * employerRate + 50) / 100);
}

/** `employer_contribution` for `retired` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionRetired(): number {
  // policies/shanghai/shanghai-a.policy:28
  return 0;
}

/** `employer_contribution` for `flexible` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionFlexible(): number {
  // policies/shanghai/shanghai-a.policy:28
  return 0;
}

/** `employer_contribution` for `resident` — policies/shanghai/shanghai-a.policy:26 */
function computeEmployerContributionResident(): number {
  // policies/shanghai/shanghai-a.policy:28
  return 0;
}

/** `credit` for `employed` — policies/shanghai/shanghai-a.policy:30 */
function computeCreditEmployed(personalContribution: number, employerContribution: number): number {
  // policies/shanghai/shanghai-a.policy:31
  return personalContribution + Math.floor((employerContribution * employerShareToAccount + 5) / 10);
}

/** `credit` for `retired` — policies/shanghai/shanghai-a.policy:30 */
function computeCreditRetired(age: number): number {
  // policies/shanghai/shanghai-a.policy:32
  // policies/shanghai/shanghai-a.policy:33
  if (age < 60) {
    return fail("unspecified", "credit", L16, "credit: for retired › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-a.policy:34
  if (60 <= age && age < 70) {
    return 14000;
  }
  // policies/shanghai/shanghai-a.policy:35
  if (70 <= age && age < 80) {
    return 15500;
  }
  // policies/shanghai/shanghai-a.policy:36 — the remaining case
  return 16800;
}

/** `credit` for `flexible` — policies/shanghai/shanghai-a.policy:30 */
function computeCreditFlexible(): number {
  // policies/shanghai/shanghai-a.policy:37
  return 0;
}

/** `credit` for `resident` — policies/shanghai/shanghai-a.policy:30 */
function computeCreditResident(): number {
  // policies/shanghai/shanghai-a.policy:37
  return 0;
}

/** `pooled` for `employed` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledEmployed(personalContribution: number, employerContribution: number, credit: number): number {
  // policies/shanghai/shanghai-a.policy:40
  return personalContribution + employerContribution - credit;
}

/** `pooled` for `retired` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledRetired(): number {
  // policies/shanghai/shanghai-a.policy:41
  return 0;
}

/** `pooled` for `flexible` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledFlexible(): number {
  // policies/shanghai/shanghai-a.policy:41
  return 0;
}

/** `pooled` for `resident` — policies/shanghai/shanghai-a.policy:39 (I02) */
function computePooledResident(): number {
  // policies/shanghai/shanghai-a.policy:41
  return 0;
}

/** `personal_contribution` for `employed`, recording the branch taken (see `computePersonalContributionEmployed`) */
function tracePersonalContributionEmployed(base: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:23
  const value = Math.floor((base * employeeRate + 25) / 50);
  record(t, S7, value);
  return value;
}

/** `personal_contribution` for `retired`, recording the branch taken (see `computePersonalContributionRetired`) */
function tracePersonalContributionRetired(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:24
  const value = 0;
  record(t, S8, value);
  return value;
}

/** `personal_contribution` for `flexible`, recording the branch taken (see `computePersonalContributionFlexible`) */
function tracePersonalContributionFlexible(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:24
  const value = 0;
  record(t, S9, value);
  return value;
}

/** `personal_contribution` for `resident`, recording the branch taken (see `computePersonalContributionResident`) */
function tracePersonalContributionResident(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:24
  const value = 0;
  record(t, S10, value);
  return value;
}

/** `employer_contribution` for `employed`, recording the branch taken (see `computeEmployerContributionEmployed`) */
function traceEmployerContributionEmployed(base: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:27
  const value = Math.floor((base * employerRate + 50) / 100);
  record(t, S11, value);
  return value;
}

/** `employer_contribution` for `retired`, recording the branch taken (see `computeEmployerContributionRetired`) */
function traceEmployerContributionRetired(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:28
  const value = 0;
  record(t, S12, value);
  return value;
}

/** `employer_contribution` for `flexible`, recording the branch taken (see `computeEmployerContributionFlexible`) */
function traceEmployerContributionFlexible(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:28
  const value = 0;
  record(t, S13, value);
  return value;
}

/** `employer_contribution` for `resident`, recording the branch taken (see `computeEmployerContributionResident`) */
function traceEmployerContributionResident(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:28
  const value = 0;
  record(t, S14, value);
  return value;
}

/** `credit` for `employed`, recording the branch taken (see `computeCreditEmployed`) */
function traceCreditEmployed(personalContribution: number, employerContribution: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:31
  const value = personalContribution + Math.floor((employerContribution * employerShareToAccount + 5) / 10);
  record(t, S15, value);
  return value;
}

/** `credit` for `retired`, recording the branch taken (see `computeCreditRetired`) */
function traceCreditRetired(age: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:32
  // policies/shanghai/shanghai-a.policy:33
  if (age < 60) {
    return fail("unspecified", "credit", L17, "credit: for retired › when age < 60 is unspecified in the sources");
  }
  // policies/shanghai/shanghai-a.policy:34
  if (60 <= age && age < 70) {
    const value = 14000;
    record(t, S18, value);
    return value;
  }
  // policies/shanghai/shanghai-a.policy:35
  if (70 <= age && age < 80) {
    const value = 15500;
    record(t, S19, value);
    return value;
  }
  // policies/shanghai/shanghai-a.policy:36 — the remaining case
  const value = 16800;
  record(t, S20, value);
  return value;
}

/** `credit` for `flexible`, recording the branch taken (see `computeCreditFlexible`) */
function traceCreditFlexible(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:37
  const value = 0;
  record(t, S21, value);
  return value;
}

/** `credit` for `resident`, recording the branch taken (see `computeCreditResident`) */
function traceCreditResident(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:37
  const value = 0;
  record(t, S22, value);
  return value;
}

/** `pooled` for `employed`, recording the branch taken (see `computePooledEmployed`) */
function tracePooledEmployed(personalContribution: number, employerContribution: number, credit: number, t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:40
  const value = personalContribution + employerContribution - credit;
  record(t, S23, value);
  return value;
}

/** `pooled` for `retired`, recording the branch taken (see `computePooledRetired`) */
function tracePooledRetired(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:41
  const value = 0;
  record(t, S24, value);
  return value;
}

/** `pooled` for `flexible`, recording the branch taken (see `computePooledFlexible`) */
function tracePooledFlexible(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:41
  const value = 0;
  record(t, S25, value);
  return value;
}

/** `pooled` for `resident`, recording the branch taken (see `computePooledResident`) */
function tracePooledResident(t: TraceStep[]): number {
  // policies/shanghai/shanghai-a.policy:41
  const value = 0;
  record(t, S26, value);
  return value;
}
const S27: StepInfo = { name: "employee_rate", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 18, cites: ["F052"], unit: "rate", reads: [] };
const S28: StepInfo = { name: "employer_rate", branch: "=", file: "policies/shanghai/shanghai-a-supplement.policy", line: 6, cites: ["F008", "001:86", "9%+2%地方附加"], unit: "rate", reads: [] };
const S29: StepInfo = { name: "employer_share_to_account", branch: "=", file: "policies/shanghai/shanghai-a.policy", line: 20, cites: ["F052", "004:98"], unit: "rate", reads: [] };

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base);
  const credit = computeCreditEmployed(personalContribution, employerContribution);
  const pooled = computePooledEmployed(personalContribution, employerContribution, credit);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `retired`. */
function computeForRetired(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionRetired();
  const employerContribution = computeEmployerContributionRetired();
  const credit = computeCreditRetired(age);
  const pooled = computePooledRetired();
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionFlexible();
  const employerContribution = computeEmployerContributionFlexible();
  const credit = computeCreditFlexible();
  const pooled = computePooledFlexible();
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `resident`. */
function computeForResident(age: number, base: number, pension: number, month: number): Output {
  const personalContribution = computePersonalContributionResident();
  const employerContribution = computeEmployerContributionResident();
  const credit = computeCreditResident();
  const pooled = computePooledResident();
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const personalContribution = tracePersonalContributionEmployed(base, t);
  const employerContribution = traceEmployerContributionEmployed(base, t);
  const credit = traceCreditEmployed(personalContribution, employerContribution, t);
  const pooled = tracePooledEmployed(personalContribution, employerContribution, credit, t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const personalContribution = tracePersonalContributionRetired(t);
  const employerContribution = traceEmployerContributionRetired(t);
  const credit = traceCreditRetired(age, t);
  const pooled = tracePooledRetired(t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const personalContribution = tracePersonalContributionFlexible(t);
  const employerContribution = traceEmployerContributionFlexible(t);
  const credit = traceCreditFlexible(t);
  const pooled = tracePooledFlexible(t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const personalContribution = tracePersonalContributionResident(t);
  const employerContribution = traceEmployerContributionResident(t);
  const credit = traceCreditResident(t);
  const pooled = tracePooledResident(t);
  return { personal_contribution: personalContribution, employer_contribution: employerContribution, credit: credit, pooled: pooled };
}
const L30: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 12, col: 9 };

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
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L30);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  record(t, S27, employeeRate, 50);
  record(t, S28, employerRate, 100);
  record(t, S29, employerShareToAccount, 10);
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
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L30);
  }
}
const L31: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 12, col: 9 };
const L32: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 13, col: 9 };
const L33: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 14, col: 9 };
const L34: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 15, col: 9 };
const L35: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 16, col: 9 };

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
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L32);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L33);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L34);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L35);
  return fail("invalid_input", "status", L31, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `shanghai_a_supplement` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  readonly credit: Float64Array;
  readonly pooled: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const personalContributionColumn = new Float64Array(rows.length);
  const employerContributionColumn = new Float64Array(rows.length);
  const creditColumn = new Float64Array(rows.length);
  const pooledColumn = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const out = run(rows[k]!);
    personalContributionColumn[k] = out.personal_contribution;
    employerContributionColumn[k] = out.employer_contribution;
    creditColumn[k] = out.credit;
    pooledColumn[k] = out.pooled;
  }

  return { personal_contribution: personalContributionColumn, employer_contribution: employerContributionColumn, credit: creditColumn, pooled: pooledColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L32);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L33);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L34);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L35);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L35);
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
  /** credit: integer fen */
  readonly credit: Float64Array;
  /** pooled: integer fen */
  readonly pooled: Float64Array;
}

/** For each output that may be not applicable: 1 where it applies, 0 where it does not. */
export interface ColumnarPresent {
}

/** The result of `evaluateColumnar`: values and presence, row k = p·M + (month − from). */
export interface ColumnarResult {
  readonly values: ColumnarValues;
  readonly present: ColumnarPresent;
}
const L36: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 13, col: 9 };
const L37: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 14, col: 9 };
const L38: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 15, col: 9 };
const L39: PolicyLocation = { file: "policies/shanghai/shanghai-a.policy", line: 16, col: 9 };

/** The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set. */
function columnarRows(persons: PersonColumns, p: number, from: number, months: number, result: ColumnarResult): void {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const personalContributionValues = result.values.personal_contribution;
  const employerContributionValues = result.values.employer_contribution;
  const creditValues = result.values.credit;
  const pooledValues = result.values.pooled;
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
    creditValues[row] = o.credit;
    pooledValues[row] = o.pooled;
  }
}

/** The rows of one person with `status` = `employed`, from row `k` on: per-person rules once, the rest per month. */
function columnarForEmployed(base: number, from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array): void {
  const personalContribution = computePersonalContributionEmployed(base);
  const employerContribution = computeEmployerContributionEmployed(base);
  const credit = computeCreditEmployed(personalContribution, employerContribution);
  const pooled = computePooledEmployed(personalContribution, employerContribution, credit);
  for (let month = from; month <= to; month++) {
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `retired`, from row `k` on: per-person rules once, the rest per month. */
function columnarForRetired(age: number, from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array): boolean {
  try {
    const personalContribution = computePersonalContributionRetired();
    const employerContribution = computeEmployerContributionRetired();
    const credit = computeCreditRetired(age);
    const pooled = computePooledRetired();
    for (let month = from; month <= to; month++) {
      personalContributionValues[k] = personalContribution;
      employerContributionValues[k] = employerContribution;
      creditValues[k] = credit;
      pooledValues[k] = pooled;
      k++;
    }

  } catch {
    return false;
  }

  return true;
}

/** The rows of one person with `status` = `flexible`, from row `k` on: per-person rules once, the rest per month. */
function columnarForFlexible(from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array): void {
  const personalContribution = computePersonalContributionFlexible();
  const employerContribution = computeEmployerContributionFlexible();
  const credit = computeCreditFlexible();
  const pooled = computePooledFlexible();
  for (let month = from; month <= to; month++) {
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `resident`, from row `k` on: per-person rules once, the rest per month. */
function columnarForResident(from: number, to: number, k: number, personalContributionValues: Float64Array, employerContributionValues: Float64Array, creditValues: Float64Array, pooledValues: Float64Array): void {
  const personalContribution = computePersonalContributionResident();
  const employerContribution = computeEmployerContributionResident();
  const credit = computeCreditResident();
  const pooled = computePooledResident();
  for (let month = from; month <= to; month++) {
    personalContributionValues[k] = personalContribution;
    employerContributionValues[k] = employerContribution;
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/**
 * Evaluates region `shanghai_a_supplement` for P persons × every month from `from` to `to` (month indices, inclusive), from typed-array columns into typed-array columns (pass `out` to reuse preallocated columns of at least P × M rows). Row k = p × M + (month − from).
 * Per-person work runs once per person, only month-dependent rules per month. Validates exactly like `evaluate` and throws its `PolicyError`, with `row` set; on error the contents of `out` are unspecified.
 */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const count = statusColumn.length;
  if (ageColumn.length !== count) fail("invalid_input", "age", L36, "column `age` has " + ageColumn.length + " values for " + count + " persons");
  if (baseColumn.length !== count) fail("invalid_input", "base", L37, "column `base` has " + baseColumn.length + " values for " + count + " persons");
  if (pensionColumn.length !== count) fail("invalid_input", "pension", L38, "column `pension` has " + pensionColumn.length + " values for " + count + " persons");
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) fail("invalid_input", "month", L39, "the month range must be two month indices (year × 12 + month − 1) with from <= to");
  const months = to - from + 1;
  const monthsOk = from >= H_START && to <= H_END;
  const rows = count * months;
  const result: ColumnarResult = out ?? { values: { personal_contribution: new Float64Array(rows), employer_contribution: new Float64Array(rows), credit: new Float64Array(rows), pooled: new Float64Array(rows) }, present: {} };
  const personalContributionValues = result.values.personal_contribution;
  const employerContributionValues = result.values.employer_contribution;
  const creditValues = result.values.credit;
  const pooledValues = result.values.pooled;
  if (personalContributionValues.length < rows || employerContributionValues.length < rows || creditValues.length < rows || pooledValues.length < rows) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
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
        columnarForEmployed(base, from, to, k, personalContributionValues, employerContributionValues, creditValues, pooledValues);
        break;
      case 1:
        if (!columnarForRetired(age, from, to, k, personalContributionValues, employerContributionValues, creditValues, pooledValues)) columnarRows(persons, p, from, months, result);
        break;
      case 2:
        columnarForFlexible(from, to, k, personalContributionValues, employerContributionValues, creditValues, pooledValues);
        break;
      case 3:
        columnarForResident(from, to, k, personalContributionValues, employerContributionValues, creditValues, pooledValues);
        break;
      default:
        columnarRows(persons, p, from, months, result);
    }

  }

  return result;
}
