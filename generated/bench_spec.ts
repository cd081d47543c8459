// Generated from policies/bench/bench-spec.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, parseMonth, formatMonth, badNumber, badMember, badMonth, badBoolean, atRow, monthText } from "../src/runtime/index.js";
import type { EvaluateOptions, PolicyLocation, Rate, TraceStep, Traced } from "../src/runtime/index.js";

/** Region `bench_spec`: 基准测试政策 benchmark policy. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "bench_spec";
/** The policy file this module was generated from. */
export const source = "policies/bench/bench-spec.policy";

/** Values of input `status`. */
export type Status = "employed" | "retired" | "flexible" | "resident";

/** Input of region `bench_spec`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** one of employed, retired, flexible, resident — policies/bench/bench-spec.policy:13 */
  readonly status: Status;
  /** whole years, 16..120 — policies/bench/bench-spec.policy:14 */
  readonly age: number;
  /** money in integer fen per month, 0..100000000 — policies/bench/bench-spec.policy:15 */
  readonly base: number;
  /** money in integer fen per month, 0..100000000 — policies/bench/bench-spec.policy:16 */
  readonly pension: number;
  /** calendar month `YYYY-MM` — policies/bench/bench-spec.policy:17 */
  readonly month: string;
}

/** Output of region `bench_spec`. Money is integer fen. */
export interface Output {
  /** money in fen per month — policies/bench/bench-spec.policy:46 */
  readonly credit: number;
  /** money in fen per month — policies/bench/bench-spec.policy:55 (I02) */
  readonly pooled: number;
}
type StepInfo = Omit<TraceStep, 'value'>;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L0: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 19, col: 3 };
// policies/bench/bench-spec.policy:19 (F036, 000:95)
const reformDate = 24276; // 2023-01
const L1: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 20, col: 3 };
// policies/bench/bench-spec.policy:20 (benchmark assumption (FACTS §6))
const baseFloor = 731000;
const L2: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 21, col: 3 };
// policies/bench/bench-spec.policy:21 (benchmark assumption (FACTS §6))
const baseCeiling = 3654900;
const L3: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 22, col: 3 };
// policies/bench/bench-spec.policy:22 (F001)
const employeeRate = 1; // 1/50
const L4: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 23, col: 3 };
// policies/bench/bench-spec.policy:23 (F007, 001:140)
const employerRate = 19; // 19/200
const L5: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 24, col: 3 };
// policies/bench/bench-spec.policy:24 (F045, 000:6)
const retireeRateBeforeReform = 9; // 9/200
const L6: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 25, col: 3 };
// policies/bench/bench-spec.policy:25 (F048, T16)
const retireeFixedCredit = 7000;
const L7: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 27, col: 3 };
const L8: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 31, col: 3 };
const L9: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 35, col: 3 };
const L10: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 39, col: 3 };
const L11: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 46, col: 3 };
const L12: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 55, col: 3 };
const S13: StepInfo = { name: "clamped_base", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 28, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S14: StepInfo = { name: "clamped_base", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 29, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S15: StepInfo = { name: "clamped_base", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 29, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S16: StepInfo = { name: "clamped_base", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 29, cites: ["I06"], unit: "fen", reads: ["status", "base", "base_floor", "base_ceiling"] };
const S17: StepInfo = { name: "employee", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 32, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S18: StepInfo = { name: "employee", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 33, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S19: StepInfo = { name: "employee", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 33, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S20: StepInfo = { name: "employee", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 33, cites: ["F001"], unit: "fen", reads: ["status", "clamped_base", "employee_rate"] };
const S21: StepInfo = { name: "employer", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 36, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S22: StepInfo = { name: "employer", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 37, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S23: StepInfo = { name: "employer", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 37, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S24: StepInfo = { name: "employer", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 37, cites: ["F007"], unit: "fen", reads: ["status", "clamped_base", "employer_rate"] };
const S25: StepInfo = { name: "band_rate", branch: "for employed › when age < 35", file: "policies/bench/bench-spec.policy", line: 41, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S26: StepInfo = { name: "band_rate", branch: "for employed › when 35 <= age < 45", file: "policies/bench/bench-spec.policy", line: 42, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S27: StepInfo = { name: "band_rate", branch: "for employed › when age >= 45", file: "policies/bench/bench-spec.policy", line: 43, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S28: StepInfo = { name: "band_rate", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 44, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S29: StepInfo = { name: "band_rate", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 44, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S30: StepInfo = { name: "band_rate", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 44, cites: ["F028", "004:17"], unit: "rate", reads: ["status", "age"] };
const S31: StepInfo = { name: "credit", branch: "for employed › before reform_date", file: "policies/bench/bench-spec.policy", line: 48, cites: ["F028", "F023"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S32: StepInfo = { name: "credit", branch: "for employed › from reform_date", file: "policies/bench/bench-spec.policy", line: 49, cites: ["F034", "F035"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S33: StepInfo = { name: "credit", branch: "for retired › before reform_date", file: "policies/bench/bench-spec.policy", line: 51, cites: ["F045"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S34: StepInfo = { name: "credit", branch: "for retired › from reform_date", file: "policies/bench/bench-spec.policy", line: 52, cites: ["F048"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S35: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/bench/bench-spec.policy", line: 53, cites: ["F014", "F054"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S36: StepInfo = { name: "credit", branch: "for flexible, resident", file: "policies/bench/bench-spec.policy", line: 53, cites: ["F014", "F054"], unit: "fen", reads: ["status", "reform_date", "month", "employee", "clamped_base", "band_rate", "pension", "retiree_rate_before_reform", "retiree_fixed_credit"] };
const S37: StepInfo = { name: "pooled", branch: "for employed", file: "policies/bench/bench-spec.policy", line: 56, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
const S38: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 57, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
const S39: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 57, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
const S40: StepInfo = { name: "pooled", branch: "for retired, flexible, resident", file: "policies/bench/bench-spec.policy", line: 57, cites: ["I02"], unit: "fen", reads: ["status", "employee", "employer", "credit"] };
/** Records a trace step: the value (`num/den` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
}

/** `clamped_base` for `employed` — policies/bench/bench-spec.policy:27 (I06) */
function computeClampedBaseEmployed(base: number): number {
  // policies/bench/bench-spec.policy:28
  return Math.min(Math.max(base, baseFloor), baseCeiling);
}

/** `clamped_base` for `retired` — policies/bench/bench-spec.policy:27 (I06) */
function computeClampedBaseRetired(): number {
  // policies/bench/bench-spec.policy:29
  return 0;
}

/** `clamped_base` for `flexible` — policies/bench/bench-spec.policy:27 (I06) */
function computeClampedBaseFlexible(): number {
  // policies/bench/bench-spec.policy:29
  return 0;
}

/** `clamped_base` for `resident` — policies/bench/bench-spec.policy:27 (I06) */
function computeClampedBaseResident(): number {
  // policies/bench/bench-spec.policy:29
  return 0;
}

/** `employee` for `employed` — policies/bench/bench-spec.policy:31 (F001) */
function computeEmployeeEmployed(clampedBase: number): number {
  // policies/bench/bench-spec.policy:32
  return Math.floor((clampedBase * employeeRate + 25) / 50);
}

/** `employee` for `retired` — policies/bench/bench-spec.policy:31 (F001) */
function computeEmployeeRetired(): number {
  // policies/bench/bench-spec.policy:33
  return 0;
}

/** `employee` for `flexible` — policies/bench/bench-spec.policy:31 (F001) */
function computeEmployeeFlexible(): number {
  // policies/bench/bench-spec.policy:33
  return 0;
}

/** `employee` for `resident` — policies/bench/bench-spec.policy:31 (F001) */
function computeEmployeeResident(): number {
  // policies/bench/bench-spec.policy:33
  return 0;
}

/** `employer` for `employed` — policies/bench/bench-spec.policy:35 (F007) */
function computeEmployerEmployed(clampedBase: number): number {
  // policies/bench/bench-spec.policy:36
  return Math.floor((clampedBase * employerRate + 100) / 200);
}

/** `employer` for `retired` — policies/bench/bench-spec.policy:35 (F007) */
function computeEmployerRetired(): number {
  // policies/bench/bench-spec.policy:37
  return 0;
}

/** `employer` for `flexible` — policies/bench/bench-spec.policy:35 (F007) */
function computeEmployerFlexible(): number {
  // policies/bench/bench-spec.policy:37
  return 0;
}

/** `employer` for `resident` — policies/bench/bench-spec.policy:35 (F007) */
function computeEmployerResident(): number {
  // policies/bench/bench-spec.policy:37
  return 0;
}

/** `band_rate` for `employed` — policies/bench/bench-spec.policy:39 (F028, 004:17); returns the numerator over 1000 */
function computeBandRateEmployed(age: number): number {
  // policies/bench/bench-spec.policy:40
  // policies/bench/bench-spec.policy:41
  if (age < 35) {
    return 23;
  }
  // policies/bench/bench-spec.policy:42
  if (35 <= age && age < 45) {
    return 15;
  }
  // policies/bench/bench-spec.policy:43 — the remaining case
  return 17;
}

/** `band_rate` for `retired` — policies/bench/bench-spec.policy:39 (F028, 004:17); returns the numerator over 1000 */
function computeBandRateRetired(): number | null {
  // policies/bench/bench-spec.policy:44
  return null;
}

/** `band_rate` for `flexible` — policies/bench/bench-spec.policy:39 (F028, 004:17); returns the numerator over 1000 */
function computeBandRateFlexible(): number | null {
  // policies/bench/bench-spec.policy:44
  return null;
}

/** `band_rate` for `resident` — policies/bench/bench-spec.policy:39 (F028, 004:17); returns the numerator over 1000 */
function computeBandRateResident(): number | null {
  // policies/bench/bench-spec.policy:44
  return null;
}

/** `credit` for `employed` — policies/bench/bench-spec.policy:46 */
function computeCreditEmployed(month: number, employee: number, clampedBase: number, bandRate: number): number {
  // policies/bench/bench-spec.policy:47
  // policies/bench/bench-spec.policy:48
  if (month < reformDate) {
    return employee + Math.floor((clampedBase * bandRate + 500) / 1000);
  }
  // policies/bench/bench-spec.policy:49 — the remaining case
  return employee;
}

/** `credit` for `retired` — policies/bench/bench-spec.policy:46 */
function computeCreditRetired(month: number, pension: number): number {
  // policies/bench/bench-spec.policy:50
  // policies/bench/bench-spec.policy:51
  if (month < reformDate) {
    return Math.floor((pension * retireeRateBeforeReform + 100) / 200);
  }
  // policies/bench/bench-spec.policy:52 — the remaining case
  return retireeFixedCredit;
}

/** `credit` for `flexible` — policies/bench/bench-spec.policy:46 */
function computeCreditFlexible(): number {
  // policies/bench/bench-spec.policy:53
  return 0;
}

/** `credit` for `resident` — policies/bench/bench-spec.policy:46 */
function computeCreditResident(): number {
  // policies/bench/bench-spec.policy:53
  return 0;
}

/** `pooled` for `employed` — policies/bench/bench-spec.policy:55 (I02) */
function computePooledEmployed(employee: number, employer: number, credit: number): number {
  // policies/bench/bench-spec.policy:56
  return employee + employer - credit;
}

/** `pooled` for `retired` — policies/bench/bench-spec.policy:55 (I02) */
function computePooledRetired(): number {
  // policies/bench/bench-spec.policy:57
  return 0;
}

/** `pooled` for `flexible` — policies/bench/bench-spec.policy:55 (I02) */
function computePooledFlexible(): number {
  // policies/bench/bench-spec.policy:57
  return 0;
}

/** `pooled` for `resident` — policies/bench/bench-spec.policy:55 (I02) */
function computePooledResident(): number {
  // policies/bench/bench-spec.policy:57
  return 0;
}

/** `clamped_base` for `employed`, recording the branch taken (see `computeClampedBaseEmployed`) */
function traceClampedBaseEmployed(base: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:28
  const value = Math.min(Math.max(base, baseFloor), baseCeiling);
  record(t, S13, value);
  return value;
}

/** `clamped_base` for `retired`, recording the branch taken (see `computeClampedBaseRetired`) */
function traceClampedBaseRetired(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:29
  const value = 0;
  record(t, S14, value);
  return value;
}

/** `clamped_base` for `flexible`, recording the branch taken (see `computeClampedBaseFlexible`) */
function traceClampedBaseFlexible(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:29
  const value = 0;
  record(t, S15, value);
  return value;
}

/** `clamped_base` for `resident`, recording the branch taken (see `computeClampedBaseResident`) */
function traceClampedBaseResident(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:29
  const value = 0;
  record(t, S16, value);
  return value;
}

/** `employee` for `employed`, recording the branch taken (see `computeEmployeeEmployed`) */
function traceEmployeeEmployed(clampedBase: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:32
  const value = Math.floor((clampedBase * employeeRate + 25) / 50);
  record(t, S17, value);
  return value;
}

/** `employee` for `retired`, recording the branch taken (see `computeEmployeeRetired`) */
function traceEmployeeRetired(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:33
  const value = 0;
  record(t, S18, value);
  return value;
}

/** `employee` for `flexible`, recording the branch taken (see `computeEmployeeFlexible`) */
function traceEmployeeFlexible(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:33
  const value = 0;
  record(t, S19, value);
  return value;
}

/** `employee` for `resident`, recording the branch taken (see `computeEmployeeResident`) */
function traceEmployeeResident(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:33
  const value = 0;
  record(t, S20, value);
  return value;
}

/** `employer` for `employed`, recording the branch taken (see `computeEmployerEmployed`) */
function traceEmployerEmployed(clampedBase: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:36
  const value = Math.floor((clampedBase * employerRate + 100) / 200);
  record(t, S21, value);
  return value;
}

/** `employer` for `retired`, recording the branch taken (see `computeEmployerRetired`) */
function traceEmployerRetired(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:37
  const value = 0;
  record(t, S22, value);
  return value;
}

/** `employer` for `flexible`, recording the branch taken (see `computeEmployerFlexible`) */
function traceEmployerFlexible(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:37
  const value = 0;
  record(t, S23, value);
  return value;
}

/** `employer` for `resident`, recording the branch taken (see `computeEmployerResident`) */
function traceEmployerResident(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:37
  const value = 0;
  record(t, S24, value);
  return value;
}

/** `band_rate` for `employed`, recording the branch taken (see `computeBandRateEmployed`) */
function traceBandRateEmployed(age: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:40
  // policies/bench/bench-spec.policy:41
  if (age < 35) {
    const value = 23;
    record(t, S25, value, 1000);
    return value;
  }
  // policies/bench/bench-spec.policy:42
  if (35 <= age && age < 45) {
    const value = 15;
    record(t, S26, value, 1000);
    return value;
  }
  // policies/bench/bench-spec.policy:43 — the remaining case
  const value = 17;
  record(t, S27, value, 1000);
  return value;
}

/** `band_rate` for `retired`, recording the branch taken (see `computeBandRateRetired`) */
function traceBandRateRetired(t: TraceStep[]): number | null {
  // policies/bench/bench-spec.policy:44
  record(t, S28, null);
  return null;
}

/** `band_rate` for `flexible`, recording the branch taken (see `computeBandRateFlexible`) */
function traceBandRateFlexible(t: TraceStep[]): number | null {
  // policies/bench/bench-spec.policy:44
  record(t, S29, null);
  return null;
}

/** `band_rate` for `resident`, recording the branch taken (see `computeBandRateResident`) */
function traceBandRateResident(t: TraceStep[]): number | null {
  // policies/bench/bench-spec.policy:44
  record(t, S30, null);
  return null;
}

/** `credit` for `employed`, recording the branch taken (see `computeCreditEmployed`) */
function traceCreditEmployed(month: number, employee: number, clampedBase: number, bandRate: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:47
  // policies/bench/bench-spec.policy:48
  if (month < reformDate) {
    const value = employee + Math.floor((clampedBase * bandRate + 500) / 1000);
    record(t, S31, value);
    return value;
  }
  // policies/bench/bench-spec.policy:49 — the remaining case
  const value = employee;
  record(t, S32, value);
  return value;
}

/** `credit` for `retired`, recording the branch taken (see `computeCreditRetired`) */
function traceCreditRetired(month: number, pension: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:50
  // policies/bench/bench-spec.policy:51
  if (month < reformDate) {
    const value = Math.floor((pension * retireeRateBeforeReform + 100) / 200);
    record(t, S33, value);
    return value;
  }
  // policies/bench/bench-spec.policy:52 — the remaining case
  const value = retireeFixedCredit;
  record(t, S34, value);
  return value;
}

/** `credit` for `flexible`, recording the branch taken (see `computeCreditFlexible`) */
function traceCreditFlexible(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:53
  const value = 0;
  record(t, S35, value);
  return value;
}

/** `credit` for `resident`, recording the branch taken (see `computeCreditResident`) */
function traceCreditResident(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:53
  const value = 0;
  record(t, S36, value);
  return value;
}

/** `pooled` for `employed`, recording the branch taken (see `computePooledEmployed`) */
function tracePooledEmployed(employee: number, employer: number, credit: number, t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:56
  const value = employee + employer - credit;
  record(t, S37, value);
  return value;
}

/** `pooled` for `retired`, recording the branch taken (see `computePooledRetired`) */
function tracePooledRetired(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:57
  const value = 0;
  record(t, S38, value);
  return value;
}

/** `pooled` for `flexible`, recording the branch taken (see `computePooledFlexible`) */
function tracePooledFlexible(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:57
  const value = 0;
  record(t, S39, value);
  return value;
}

/** `pooled` for `resident`, recording the branch taken (see `computePooledResident`) */
function tracePooledResident(t: TraceStep[]): number {
  // policies/bench/bench-spec.policy:57
  const value = 0;
  record(t, S40, value);
  return value;
}
const S41: StepInfo = { name: "reform_date", branch: "=", file: "policies/bench/bench-spec.policy", line: 19, cites: ["F036", "000:95"], unit: "month", reads: [] };
const S42: StepInfo = { name: "base_floor", branch: "=", file: "policies/bench/bench-spec.policy", line: 20, cites: ["benchmark assumption (FACTS §6)"], unit: "fen", reads: [] };
const S43: StepInfo = { name: "base_ceiling", branch: "=", file: "policies/bench/bench-spec.policy", line: 21, cites: ["benchmark assumption (FACTS §6)"], unit: "fen", reads: [] };
const S44: StepInfo = { name: "employee_rate", branch: "=", file: "policies/bench/bench-spec.policy", line: 22, cites: ["F001"], unit: "rate", reads: [] };
const S45: StepInfo = { name: "employer_rate", branch: "=", file: "policies/bench/bench-spec.policy", line: 23, cites: ["F007", "001:140"], unit: "rate", reads: [] };
const S46: StepInfo = { name: "retiree_rate_before_reform", branch: "=", file: "policies/bench/bench-spec.policy", line: 24, cites: ["F045", "000:6"], unit: "rate", reads: [] };
const S47: StepInfo = { name: "retiree_fixed_credit", branch: "=", file: "policies/bench/bench-spec.policy", line: 25, cites: ["F048", "T16"], unit: "fen", reads: [] };

/** Every rule for `status` = `employed`. */
function computeForEmployed(age: number, base: number, pension: number, month: number): Output {
  const clampedBase = computeClampedBaseEmployed(base);
  const employee = computeEmployeeEmployed(clampedBase);
  const employer = computeEmployerEmployed(clampedBase);
  const bandRate = computeBandRateEmployed(age);
  const credit = computeCreditEmployed(month, employee, clampedBase, bandRate);
  const pooled = computePooledEmployed(employee, employer, credit);
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `retired`. */
function computeForRetired(age: number, base: number, pension: number, month: number): Output {
  const credit = computeCreditRetired(month, pension);
  const pooled = computePooledRetired();
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `flexible`. */
function computeForFlexible(age: number, base: number, pension: number, month: number): Output {
  const credit = computeCreditFlexible();
  const pooled = computePooledFlexible();
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `resident`. */
function computeForResident(age: number, base: number, pension: number, month: number): Output {
  const credit = computeCreditResident();
  const pooled = computePooledResident();
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `employed`, recording each branch. */
function traceForEmployed(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const clampedBase = traceClampedBaseEmployed(base, t);
  const employee = traceEmployeeEmployed(clampedBase, t);
  const employer = traceEmployerEmployed(clampedBase, t);
  const bandRate = traceBandRateEmployed(age, t);
  const credit = traceCreditEmployed(month, employee, clampedBase, bandRate, t);
  const pooled = tracePooledEmployed(employee, employer, credit, t);
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `retired`, recording each branch. */
function traceForRetired(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const clampedBase = traceClampedBaseRetired(t);
  const employee = traceEmployeeRetired(t);
  const employer = traceEmployerRetired(t);
  const bandRate = traceBandRateRetired(t);
  const credit = traceCreditRetired(month, pension, t);
  const pooled = tracePooledRetired(t);
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `flexible`, recording each branch. */
function traceForFlexible(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const clampedBase = traceClampedBaseFlexible(t);
  const employee = traceEmployeeFlexible(t);
  const employer = traceEmployerFlexible(t);
  const bandRate = traceBandRateFlexible(t);
  const credit = traceCreditFlexible(t);
  const pooled = tracePooledFlexible(t);
  return { credit: credit, pooled: pooled };
}

/** Every rule for `status` = `resident`, recording each branch. */
function traceForResident(age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  const clampedBase = traceClampedBaseResident(t);
  const employee = traceEmployeeResident(t);
  const employer = traceEmployerResident(t);
  const bandRate = traceBandRateResident(t);
  const credit = traceCreditResident(t);
  const pooled = tracePooledResident(t);
  return { credit: credit, pooled: pooled };
}
const L48: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 13, col: 9 };

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
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L48);
  }
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(status: string, age: number, base: number, pension: number, month: number, t: TraceStep[]): Output {
  record(t, S41, reformDate);
  record(t, S42, baseFloor);
  record(t, S43, baseCeiling);
  record(t, S44, employeeRate, 50);
  record(t, S45, employerRate, 200);
  record(t, S46, retireeRateBeforeReform, 200);
  record(t, S47, retireeFixedCredit);
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
      return badMember("status", status, ["employed", "retired", "flexible", "resident"], L48);
  }
}
const L49: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 13, col: 9 };
const L50: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 14, col: 9 };
const L51: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 15, col: 9 };
const L52: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 16, col: 9 };
const L53: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 17, col: 9 };

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
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L50);
  const base = input.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L51);
  const pension = input.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L52);
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L53);
  return fail("invalid_input", "status", L49, "invalid input");
}

export function evaluate(input: Input): Output;
export function evaluate(input: Input, options: EvaluateOptions & { readonly trace: true }): Traced<Output>;
export function evaluate(input: Input, options: EvaluateOptions): Output | Traced<Output>;
/**
 * Evaluates region `bench_spec` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
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
  readonly credit: Float64Array;
  readonly pooled: Float64Array;
}

/** Evaluates many inputs into columns: the fastest batch form, for population-scale runs. Validates exactly like `evaluate`. */
export function evaluateColumns(rows: readonly Input[]): OutputColumns {
  const creditColumn = new Float64Array(rows.length);
  const pooledColumn = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const out = run(rows[k]!);
    creditColumn[k] = out.credit;
    pooledColumn[k] = out.pooled;
  }

  return { credit: creditColumn, pooled: pooledColumn };
}

/** Evaluates one person for every month from `from` to `to` inclusive (`YYYY-MM`), validating the person once. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  const status = person.status;
  const age = person.age;
  if (!Number.isInteger(age) || age < 16 || age > 120) badNumber("age", age, 16, 120, "years", L50);
  const base = person.base;
  if (!Number.isInteger(base) || base < 0 || base > 100000000) badNumber("base", base, 0, 100000000, "fen", L51);
  const pension = person.pension;
  if (!Number.isInteger(pension) || pension < 0 || pension > 100000000) badNumber("pension", pension, 0, 100000000, "fen", L52);
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L53);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L53);
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
const L54: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 14, col: 9 };
const L55: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 15, col: 9 };
const L56: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 16, col: 9 };
const L57: PolicyLocation = { file: "policies/bench/bench-spec.policy", line: 17, col: 9 };

/** The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set. */
function columnarRows(persons: PersonColumns, p: number, from: number, months: number, result: ColumnarResult): void {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
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

    creditValues[row] = o.credit;
    pooledValues[row] = o.pooled;
  }
}

/** The rows of one person with `status` = `employed`, from row `k` on: per-person rules once, the rest per month. */
function columnarForEmployed(age: number, base: number, from: number, to: number, k: number, creditValues: Float64Array, pooledValues: Float64Array): void {
  const clampedBase = computeClampedBaseEmployed(base);
  const employee = computeEmployeeEmployed(clampedBase);
  const employer = computeEmployerEmployed(clampedBase);
  const bandRate = computeBandRateEmployed(age);
  const creditLeaf = employee + Math.floor((clampedBase * bandRate + 500) / 1000);
  for (let month = from; month <= to; month++) {
    let credit: number;
    if (month < reformDate) {
      credit = creditLeaf;
    } else {
      credit = employee;
    }

    const pooled = employee + employer - credit;
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `retired`, from row `k` on: per-person rules once, the rest per month. */
function columnarForRetired(pension: number, from: number, to: number, k: number, creditValues: Float64Array, pooledValues: Float64Array): void {
  const creditLeaf2 = Math.floor((pension * retireeRateBeforeReform + 100) / 200);
  const pooled = computePooledRetired();
  for (let month = from; month <= to; month++) {
    let credit: number;
    if (month < reformDate) {
      credit = creditLeaf2;
    } else {
      credit = retireeFixedCredit;
    }

    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `flexible`, from row `k` on: per-person rules once, the rest per month. */
function columnarForFlexible(from: number, to: number, k: number, creditValues: Float64Array, pooledValues: Float64Array): void {
  const credit = computeCreditFlexible();
  const pooled = computePooledFlexible();
  for (let month = from; month <= to; month++) {
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/** The rows of one person with `status` = `resident`, from row `k` on: per-person rules once, the rest per month. */
function columnarForResident(from: number, to: number, k: number, creditValues: Float64Array, pooledValues: Float64Array): void {
  const credit = computeCreditResident();
  const pooled = computePooledResident();
  for (let month = from; month <= to; month++) {
    creditValues[k] = credit;
    pooledValues[k] = pooled;
    k++;
  }
}

/**
 * Evaluates region `bench_spec` for P persons × every month from `from` to `to` (month indices, inclusive), from typed-array columns into typed-array columns (pass `out` to reuse preallocated columns of at least P × M rows). Row k = p × M + (month − from).
 * Per-person work runs once per person, only month-dependent rules per month. Validates exactly like `evaluate` and throws its `PolicyError`, with `row` set; on error the contents of `out` are unspecified.
 */
export function evaluateColumnar(persons: PersonColumns, from: number, to: number, out?: ColumnarResult): ColumnarResult {
  const statusColumn = persons.status;
  const ageColumn = persons.age;
  const baseColumn = persons.base;
  const pensionColumn = persons.pension;
  const count = statusColumn.length;
  if (ageColumn.length !== count) fail("invalid_input", "age", L54, "column `age` has " + ageColumn.length + " values for " + count + " persons");
  if (baseColumn.length !== count) fail("invalid_input", "base", L55, "column `base` has " + baseColumn.length + " values for " + count + " persons");
  if (pensionColumn.length !== count) fail("invalid_input", "pension", L56, "column `pension` has " + pensionColumn.length + " values for " + count + " persons");
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) fail("invalid_input", "month", L57, "the month range must be two month indices (year × 12 + month − 1) with from <= to");
  const months = to - from + 1;
  const monthsOk = from >= H_START && to <= H_END;
  const rows = count * months;
  const result: ColumnarResult = out ?? { values: { credit: new Float64Array(rows), pooled: new Float64Array(rows) }, present: {} };
  const creditValues = result.values.credit;
  const pooledValues = result.values.pooled;
  if (creditValues.length < rows || pooledValues.length < rows) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
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
        columnarForEmployed(age, base, from, to, k, creditValues, pooledValues);
        break;
      case 1:
        columnarForRetired(pension, from, to, k, creditValues, pooledValues);
        break;
      case 2:
        columnarForFlexible(from, to, k, creditValues, pooledValues);
        break;
      case 3:
        columnarForResident(from, to, k, creditValues, pooledValues);
        break;
      default:
        columnarRows(persons, p, from, months, result);
    }

  }

  return result;
}
