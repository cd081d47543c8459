// Generated from policies/gaps/contribution-gaps-no-gap-record.policy by the policy compiler. Do not edit.
/* eslint-disable */
import { fail, record, parseMonth, formatMonth, hasOwn, badShape, badBatch, badNumber, badMonth, badBoolean, monthText, columnarResult, monthCount, flagOf, atRow, stateIn, unwrap, stateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows, Failed, attempt, settle } from "@policyc/runtime";
import type { EvaluateOptions, PolicyLocation, StepInfo, TraceStep, Traced } from "@policyc/runtime";
import { $shared as $parent } from "./contribution_gaps.js";

/** Region `contribution_gaps_no_gap_record`: 有断缴记录即不报销（C31 读法C）a gap record blocks reimbursement. Horizon 2020-01 onwards; rounding half_up to fen. */
export const region = "contribution_gaps_no_gap_record";
/** The policy file this module was generated from. */
export const source = "policies/gaps/contribution-gaps-no-gap-record.policy";

/** Input of region `contribution_gaps_no_gap_record`. Money is integer fen (1 yuan = 100 fen); months are `YYYY-MM`. */
export interface Input {
  /** calendar month `YYYY-MM` — policies/ledger/account-ledger.policy:23 */
  readonly month: string;
  /** money in integer fen per month, 0..10000000 — policies/ledger/account-ledger.policy:24 (F070, 004:45, 新增个人缴费和单位划入金额: the month's credit, from the region's evaluator) */
  readonly credit: number;
  /** money in integer fen, 0..100000000 — policies/ledger/account-ledger.policy:25 (F070, 004:45, 已用金额: what the member asks the account to pay this month) */
  readonly spend: number;
  /** money in integer fen, 0..100000000 — policies/ledger/account-ledger.policy:26 (F065, 当年账户 before the timeline's first month) */
  readonly opening_current_year: number;
  /** money in integer fen, 0..1000000000 — policies/ledger/account-ledger.policy:27 (F065, 历年账户 before the timeline's first month) */
  readonly opening_prior_years: number;
  /** true or false — policies/gaps/contribution-gaps.policy:25 (F122, 002:124, 正常缴费状态: this month's contribution is paid) */
  readonly paid: boolean;
  /** money in integer fen, 0..100000000 — policies/gaps/contribution-gaps.policy:26 (F122, the eligible cost of the month's claims) */
  readonly claim: number;
  /** whole months, 0..1200 — policies/gaps/contribution-gaps.policy:27 (F114, months without a contribution just before the timeline) */
  readonly opening_unpaid_run: number;
  /** whole months, 0..120 — policies/gaps/contribution-gaps.policy:28 (F115, F119, months of a wait still to serve when the timeline starts) */
  readonly opening_waiting: number;
  /** true or false — policies/gaps/contribution-gaps-no-gap-record.policy:11 (F122, whether the member had a gap before the timeline) */
  readonly opening_gap_record: boolean;
}

/** Output of region `contribution_gaps_no_gap_record`. Money is integer fen. */
export interface Output {
  /** money in fen — policies/ledger/account-ledger.policy:43 (F067, C17) */
  readonly from_current_year: number;
  /** money in fen — policies/ledger/account-ledger.policy:47 (F067, C17, the rest of the payment, at most the prior-years balance) */
  readonly from_prior_years: number;
  /** money in fen — policies/ledger/account-ledger.policy:48 (F070, I05, min(amount, balance)) */
  readonly paid_from_account: number;
  /** money in fen — policies/ledger/account-ledger.policy:49 (I05, the rest is cash, F076, 003:112, 用完了那肯定这个月就不能再进行使用了,只能下个月再用) */
  readonly paid_in_cash: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/ledger/account-ledger.policy:51 (F065, 003:10) */
  readonly current_year: number;
  /** state (the month after reads it as `previous(…)`); money in fen — policies/ledger/account-ledger.policy:55 (F065, F066) */
  readonly prior_years: number;
  /** money in fen — policies/ledger/account-ledger.policy:59 (F070, 004:45, 当月结余) */
  readonly balance: number;
  /** state (the month after reads it as `previous(…)`); int — policies/gaps/contribution-gaps.policy:39 (F114, 000:71, 断缴: months in a row without a contribution, this one included) */
  readonly unpaid_run: number;
  /** state (the month after reads it as `previous(…)`); int — policies/gaps/contribution-gaps.policy:48 (F115, F119, months of the wait still to serve, this one included; 0: reimbursement restored) */
  readonly waiting: number;
  /** state (the month after reads it as `previous(…)`); bool — policies/gaps/contribution-gaps-no-gap-record.policy:13 (F122, 002:124, 且无断缴记录: a gap, once it happens, stays on the record) */
  readonly gap_record: boolean;
  /** bool — policies/gaps/contribution-gaps-no-gap-record.policy:18 (C31, reading C, F122, 002:124) */
  readonly reimbursable: boolean;
  /** money in fen — policies/gaps/contribution-gaps.policy:60 (I13, the pool pays nothing in a gap or a wait) */
  readonly reimbursed: number;
}

/** What this region shares with `contribution_gaps`. */
const {
  computeBalance, computeBalance2, computeCurrentAtStart, computeCurrentAtStart2, computeCurrentAvailable,
  computeCurrentAvailable2, computeCurrentYear, computeCurrentYear2, computeFromCurrentYear,
  computeFromCurrentYear2, computeFromPriorYears, computeFromPriorYears2, computeInWait, computeInWait2,
  computePaidFromAccount, computePaidFromAccount2, computePaidInCash, computePaidInCash2, computePriorAtStart,
  computePriorAtStart2, computePriorYears, computePriorYears2, computeReimbursed, computeReimbursed2,
  computeUnpaidRun, computeUnpaidRun2, computeWaitAfterGap, computeWaitAfterGap2, computeWaiting,
  computeWaiting2, computeYearStart, L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12, L13, L14, S0, S1,
  S6, S9, S10, S11, S12, S13, S14, S22, spendingOrder, traceCurrentAtStart, traceFromCurrentYear,
  tracePriorAtStart, traceReimbursed, traceUnpaidRun, traceWaitAfterGap, traceWaiting,
} = $parent;
const H_START = 24240; // 2020-01
const H_END = 119999; // open
const L15: PolicyLocation = { file: "policies/gaps/contribution-gaps-no-gap-record.policy", line: 11, col: 9 };
const S27: StepInfo = { name: "gap_record", branch: "when not paid", file: "policies/gaps/contribution-gaps-no-gap-record.policy", line: 15, cites: ["F122", "002:124", "且无断缴记录: a gap, once it happens, stays on the record"], unit: "", reads: ["paid", "opening_gap_record"] };
const S28: StepInfo = { name: "gap_record", branch: "when paid", file: "policies/gaps/contribution-gaps-no-gap-record.policy", line: 16, cites: ["F122", "002:124", "且无断缴记录: a gap, once it happens, stays on the record"], unit: "", reads: ["paid", "opening_gap_record"] };
const S29: StepInfo = { name: "reimbursable", branch: "when gap_record", file: "policies/gaps/contribution-gaps-no-gap-record.policy", line: 19, cites: ["C31", "reading C", "F122", "002:124", "需确保在就医期间医疗保险处于正常缴费状态,且无断缴记录"], unit: "", reads: ["gap_record", "in_wait"] };
const S30: StepInfo = { name: "reimbursable", branch: "when not gap_record", file: "policies/gaps/contribution-gaps-no-gap-record.policy", line: 20, cites: ["C31", "reading C", "F122", "002:124"], unit: "", reads: ["gap_record", "in_wait"] };
/** `gap_record` — policies/gaps/contribution-gaps-no-gap-record.policy:13 (F122, 002:124, 且无断缴记录: a gap, once it happens, stays on the record) */
function computeGapRecord(paid: boolean, previousGapRecord: boolean): boolean {
  // policies/gaps/contribution-gaps-no-gap-record.policy:15
  if (!paid) {
    return true;
  }
  // policies/gaps/contribution-gaps-no-gap-record.policy:16, the remaining case
  return previousGapRecord;
}

/** `reimbursable` — policies/gaps/contribution-gaps-no-gap-record.policy:18 (C31, reading C, F122, 002:124) */
function computeReimbursable(gapRecord: boolean, inWait: boolean): boolean {
  // policies/gaps/contribution-gaps-no-gap-record.policy:19
  if (gapRecord) {
    return false;
  }
  // policies/gaps/contribution-gaps-no-gap-record.policy:20, the remaining case
  return !inWait;
}

/** `gap_record` — policies/gaps/contribution-gaps-no-gap-record.policy:13 (F122, 002:124, 且无断缴记录: a gap, once it happens, stays on the record) */
function computeGapRecord2(paid: boolean, previousGapRecord: boolean | Failed): boolean {
  // policies/gaps/contribution-gaps-no-gap-record.policy:15
  if (!paid) {
    return true;
  }
  // policies/gaps/contribution-gaps-no-gap-record.policy:16, the remaining case
  return unwrap(previousGapRecord);
}

/** `reimbursable` — policies/gaps/contribution-gaps-no-gap-record.policy:18 (C31, reading C, F122, 002:124) */
function computeReimbursable2(gapRecord: boolean | Failed, inWait: boolean | Failed): boolean {
  // policies/gaps/contribution-gaps-no-gap-record.policy:19
  if (unwrap(gapRecord)) {
    return false;
  }
  // policies/gaps/contribution-gaps-no-gap-record.policy:20, the remaining case
  return !unwrap(inWait);
}

/** `gap_record`, recording the branch taken */
function traceGapRecord(paid: boolean, previousGapRecord: boolean, t: TraceStep[]): boolean {
  // policies/gaps/contribution-gaps-no-gap-record.policy:15
  if (!paid) {
    return record(t, S27, true);
  }
  // policies/gaps/contribution-gaps-no-gap-record.policy:16, the remaining case
  return record(t, S28, previousGapRecord);
}

/** `reimbursable`, recording the branch taken */
function traceReimbursable(gapRecord: boolean, inWait: boolean, t: TraceStep[]): boolean {
  // policies/gaps/contribution-gaps-no-gap-record.policy:19
  if (gapRecord) {
    return record(t, S29, false);
  }
  // policies/gaps/contribution-gaps-no-gap-record.policy:20, the remaining case
  return record(t, S30, !inWait);
}

/** State `current_year` before the first month (`initially`), from that month's inputs. */
function openCurrentYear(openingCurrentYear: number): number {
  return openingCurrentYear;
}

/** State `prior_years` before the first month (`initially`), from that month's inputs. */
function openPriorYears(openingPriorYears: number): number {
  return openingPriorYears;
}

/** State `unpaid_run` before the first month (`initially`), from that month's inputs. */
function openUnpaidRun(openingUnpaidRun: number): number {
  return openingUnpaidRun;
}

/** State `waiting` before the first month (`initially`), from that month's inputs. */
function openWaiting(openingWaiting: number): number {
  return openingWaiting;
}

/** State `gap_record` before the first month (`initially`), from that month's inputs. */
function openGapRecord(openingGapRecord: boolean): boolean {
  return openingGapRecord;
}

/** One month: every rule the outputs and states need, from validated inputs and the states of the month before. */
function stepMonth(month: number, credit: number, spend: number, paid: boolean, claim: number, previousCurrentYear: number, previousPriorYears: number, previousUnpaidRun: number, previousWaiting: number, previousGapRecord: boolean): Output {
  try {
    const yearStart = computeYearStart(month);
    const currentAtStart = computeCurrentAtStart(yearStart, previousCurrentYear);
    const priorAtStart = computePriorAtStart(yearStart, previousPriorYears, previousCurrentYear);
    const currentAvailable = computeCurrentAvailable(currentAtStart, credit);
    const fromCurrentYear = computeFromCurrentYear(spend, currentAvailable, priorAtStart);
    const fromPriorYears = computeFromPriorYears(spend, fromCurrentYear, priorAtStart);
    const paidFromAccount = computePaidFromAccount(fromCurrentYear, fromPriorYears);
    const paidInCash = computePaidInCash(spend, paidFromAccount);
    const currentYear = stateIn(computeCurrentYear(currentAvailable, fromCurrentYear), 0, 10000000000, "current_year", L0);
    const priorYears = stateIn(computePriorYears(priorAtStart, fromPriorYears), 0, 10000000000, "prior_years", L1);
    const balance = computeBalance(currentYear, priorYears);
    const longGap = fail("unspecified", "long_gap", L7, "long_gap: otherwise is unspecified in the sources");
    const waitAfterLongGap = fail("unspecified", "wait_after_long_gap", L8, "wait_after_long_gap: otherwise is unspecified in the sources");
    const waitAfterShortGap = fail("unspecified", "wait_after_short_gap", L9, "wait_after_short_gap: otherwise is unspecified in the sources");
    const ratio = fail("unspecified", "ratio", L10, "ratio: otherwise is unspecified in the sources");
    const unpaidRun = computeUnpaidRun(paid, previousUnpaidRun);
    const waitAfterGap = computeWaitAfterGap(longGap, waitAfterLongGap, waitAfterShortGap, previousUnpaidRun);
    const waiting = computeWaiting(paid, waitAfterGap, previousWaiting, previousUnpaidRun);
    const inWait = computeInWait(waiting);
    const gapRecord = computeGapRecord(paid, previousGapRecord);
    const reimbursable = computeReimbursable(gapRecord, inWait);
    const reimbursed = computeReimbursed(reimbursable, claim, ratio);
    return { from_current_year: fromCurrentYear, from_prior_years: fromPriorYears, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, current_year: currentYear, prior_years: priorYears, balance, unpaid_run: unpaidRun, waiting, gap_record: gapRecord, reimbursable, reimbursed };
  } catch {
    return stepMonthLazy(month, credit, spend, paid, claim, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord);
  }
}

/** `stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed. */
function stepMonthLazy(month: number, credit: number, spend: number, paid: boolean, claim: number, previousCurrentYear: number | Failed, previousPriorYears: number | Failed, previousUnpaidRun: number | Failed, previousWaiting: number | Failed, previousGapRecord: boolean | Failed): Output {
  const yearStart = attempt(() => computeYearStart(month));
  const currentAtStart = attempt(() => computeCurrentAtStart2(yearStart, previousCurrentYear));
  const priorAtStart = attempt(() => computePriorAtStart2(yearStart, previousPriorYears, previousCurrentYear));
  const currentAvailable = attempt(() => computeCurrentAvailable2(currentAtStart, credit));
  const fromCurrentYear = attempt(() => computeFromCurrentYear2(spend, currentAvailable, priorAtStart));
  const fromPriorYears = attempt(() => computeFromPriorYears2(spend, fromCurrentYear, priorAtStart));
  const paidFromAccount = attempt(() => computePaidFromAccount2(fromCurrentYear, fromPriorYears));
  const paidInCash = attempt(() => computePaidInCash2(spend, paidFromAccount));
  const currentYear = attempt(() => stateIn(computeCurrentYear2(currentAvailable, fromCurrentYear), 0, 10000000000, "current_year", L0));
  const priorYears = attempt(() => stateIn(computePriorYears2(priorAtStart, fromPriorYears), 0, 10000000000, "prior_years", L1));
  const balance = attempt(() => computeBalance2(currentYear, priorYears));
  const longGap = attempt(() => fail("unspecified", "long_gap", L7, "long_gap: otherwise is unspecified in the sources"));
  const waitAfterLongGap = attempt(() => fail("unspecified", "wait_after_long_gap", L8, "wait_after_long_gap: otherwise is unspecified in the sources"));
  const waitAfterShortGap = attempt(() => fail("unspecified", "wait_after_short_gap", L9, "wait_after_short_gap: otherwise is unspecified in the sources"));
  const ratio = attempt(() => fail("unspecified", "ratio", L10, "ratio: otherwise is unspecified in the sources"));
  const unpaidRun = attempt(() => computeUnpaidRun2(paid, previousUnpaidRun));
  const waitAfterGap = attempt(() => computeWaitAfterGap2(longGap, waitAfterLongGap, waitAfterShortGap, previousUnpaidRun));
  const waiting = attempt(() => computeWaiting2(paid, waitAfterGap, previousWaiting, previousUnpaidRun));
  const inWait = attempt(() => computeInWait2(waiting));
  const gapRecord = attempt(() => computeGapRecord2(paid, previousGapRecord));
  const reimbursable = attempt(() => computeReimbursable2(gapRecord, inWait));
  const reimbursed = attempt(() => computeReimbursed2(reimbursable, claim, ratio));
  return settle<Output>({ from_current_year: fromCurrentYear, from_prior_years: fromPriorYears, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, current_year: currentYear, prior_years: priorYears, balance, unpaid_run: unpaidRun, waiting, gap_record: gapRecord, reimbursable, reimbursed });
}

/** `stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values. */
function stepMonthTraced(month: number, credit: number, spend: number, paid: boolean, claim: number, previousCurrentYear: number, previousPriorYears: number, previousUnpaidRun: number, previousWaiting: number, previousGapRecord: boolean, t: TraceStep[]): Output {
  let mark = 0;
  record(t, S0, spendingOrder);
  const yearStart = record(t, S1, computeYearStart(month));
  mark = t.length;
  const currentAtStart = traceCurrentAtStart(yearStart, previousCurrentYear, t);
  citePrevious(t, mark, [{ name: "current_year", value: previousCurrentYear }]);
  mark = t.length;
  const priorAtStart = tracePriorAtStart(yearStart, previousPriorYears, previousCurrentYear, t);
  citePrevious(t, mark, [{ name: "prior_years", value: previousPriorYears }, { name: "current_year", value: previousCurrentYear }]);
  const currentAvailable = record(t, S6, computeCurrentAvailable(currentAtStart, credit));
  const fromCurrentYear = traceFromCurrentYear(spend, currentAvailable, priorAtStart, t);
  const fromPriorYears = record(t, S9, computeFromPriorYears(spend, fromCurrentYear, priorAtStart));
  const paidFromAccount = record(t, S10, computePaidFromAccount(fromCurrentYear, fromPriorYears));
  const paidInCash = record(t, S11, computePaidInCash(spend, paidFromAccount));
  const currentYear = stateIn(record(t, S12, computeCurrentYear(currentAvailable, fromCurrentYear)), 0, 10000000000, "current_year", L0);
  const priorYears = stateIn(record(t, S13, computePriorYears(priorAtStart, fromPriorYears)), 0, 10000000000, "prior_years", L1);
  const balance = record(t, S14, computeBalance(currentYear, priorYears));
  const longGap = fail("unspecified", "long_gap", L7, "long_gap: otherwise is unspecified in the sources");
  const waitAfterLongGap = fail("unspecified", "wait_after_long_gap", L8, "wait_after_long_gap: otherwise is unspecified in the sources");
  const waitAfterShortGap = fail("unspecified", "wait_after_short_gap", L9, "wait_after_short_gap: otherwise is unspecified in the sources");
  const ratio = fail("unspecified", "ratio", L10, "ratio: otherwise is unspecified in the sources");
  mark = t.length;
  const unpaidRun = traceUnpaidRun(paid, previousUnpaidRun, t);
  citePrevious(t, mark, [{ name: "unpaid_run", value: previousUnpaidRun }]);
  mark = t.length;
  const waitAfterGap = traceWaitAfterGap(longGap, waitAfterLongGap, waitAfterShortGap, previousUnpaidRun, t);
  citePrevious(t, mark, [{ name: "unpaid_run", value: previousUnpaidRun }]);
  mark = t.length;
  const waiting = traceWaiting(paid, waitAfterGap, previousWaiting, previousUnpaidRun, t);
  citePrevious(t, mark, [{ name: "waiting", value: previousWaiting }, { name: "unpaid_run", value: previousUnpaidRun }]);
  const inWait = record(t, S22, computeInWait(waiting));
  mark = t.length;
  const gapRecord = traceGapRecord(paid, previousGapRecord, t);
  citePrevious(t, mark, [{ name: "gap_record", value: previousGapRecord }]);
  const reimbursable = traceReimbursable(gapRecord, inWait, t);
  const reimbursed = traceReimbursed(reimbursable, claim, ratio, t);
  return { from_current_year: fromCurrentYear, from_prior_years: fromPriorYears, paid_from_account: paidFromAccount, paid_in_cash: paidInCash, current_year: currentYear, prior_years: priorYears, balance, unpaid_run: unpaidRun, waiting, gap_record: gapRecord, reimbursable, reimbursed };
}

/** One month as a one-month timeline: each state of the month before is its `initially` value. */
function compute(month: number, credit: number, spend: number, openingCurrentYear: number, openingPriorYears: number, paid: boolean, claim: number, openingUnpaidRun: number, openingWaiting: number, openingGapRecord: boolean): Output {
  const previousCurrentYear = attempt(() => openCurrentYear(openingCurrentYear));
  const previousPriorYears = attempt(() => openPriorYears(openingPriorYears));
  const previousUnpaidRun = attempt(() => openUnpaidRun(openingUnpaidRun));
  const previousWaiting = attempt(() => openWaiting(openingWaiting));
  const previousGapRecord = attempt(() => openGapRecord(openingGapRecord));
  return previousCurrentYear instanceof Failed || previousPriorYears instanceof Failed || previousUnpaidRun instanceof Failed || previousWaiting instanceof Failed || previousGapRecord instanceof Failed ? stepMonthLazy(month, credit, spend, paid, claim, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord) : stepMonth(month, credit, spend, paid, claim, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord);
}

/** `compute`, recording every rule and branch taken. */
function computeTraced(month: number, credit: number, spend: number, openingCurrentYear: number, openingPriorYears: number, paid: boolean, claim: number, openingUnpaidRun: number, openingWaiting: number, openingGapRecord: boolean, t: TraceStep[]): Output {
  return stepMonthTraced(month, credit, spend, paid, claim, openCurrentYear(openingCurrentYear), openPriorYears(openingPriorYears), openUnpaidRun(openingUnpaidRun), openWaiting(openingWaiting), openGapRecord(openingGapRecord), t);
}

/** One validated month of a timeline; the first month opens each state from its input. */
function runMonth(input: Input, isFirst: boolean, previousCurrentYear: number | Failed, previousPriorYears: number | Failed, previousUnpaidRun: number | Failed, previousWaiting: number | Failed, previousGapRecord: boolean | Failed): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const credit = input.credit;
  const spend = input.spend;
  const openingCurrentYear = input.opening_current_year;
  const openingPriorYears = input.opening_prior_years;
  const paid = input.paid;
  const claim = input.claim;
  const openingUnpaidRun = input.opening_unpaid_run;
  const openingWaiting = input.opening_waiting;
  const openingGapRecord = input.opening_gap_record;
  if (month < H_START || month > H_END || !Number.isInteger(credit) || credit < 0 || credit > 10000000 || !Number.isInteger(spend) || spend < 0 || spend > 100000000 || !Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000 || !Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000 || (paid !== true && paid !== false) || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(openingUnpaidRun) || openingUnpaidRun < 0 || openingUnpaidRun > 1200 || !Number.isInteger(openingWaiting) || openingWaiting < 0 || openingWaiting > 120 || (openingGapRecord !== true && openingGapRecord !== false) || !hasOwn(input, "month") || !hasOwn(input, "credit") || !hasOwn(input, "spend") || !hasOwn(input, "opening_current_year") || !hasOwn(input, "opening_prior_years") || !hasOwn(input, "paid") || !hasOwn(input, "claim") || !hasOwn(input, "opening_unpaid_run") || !hasOwn(input, "opening_waiting") || !hasOwn(input, "opening_gap_record")) return invalid(input);
  if (isFirst) {
    previousCurrentYear = attempt(() => openCurrentYear(openingCurrentYear));
    previousPriorYears = attempt(() => openPriorYears(openingPriorYears));
    previousUnpaidRun = attempt(() => openUnpaidRun(openingUnpaidRun));
    previousWaiting = attempt(() => openWaiting(openingWaiting));
    previousGapRecord = attempt(() => openGapRecord(openingGapRecord));
  }

  return previousCurrentYear instanceof Failed || previousPriorYears instanceof Failed || previousUnpaidRun instanceof Failed || previousWaiting instanceof Failed || previousGapRecord instanceof Failed ? stepMonthLazy(month, credit, spend, paid, claim, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord) : stepMonth(month, credit, spend, paid, claim, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord);
}

/** `evaluateTimeline` with a trace of every month (eager: the first failure throws). */
function timelineTraced(months: readonly Input[]): Traced<Output>[] {
  const n = timelineLength(months, "month", L2);
  const out: Traced<Output>[] = [];
  let previousCurrentYear!: number;
  let previousPriorYears!: number;
  let previousUnpaidRun!: number;
  let previousWaiting!: number;
  let previousGapRecord!: boolean;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      check(input);
      const month = parseMonth(input.month);
      const credit = input.credit;
      const spend = input.spend;
      const openingCurrentYear = input.opening_current_year;
      const openingPriorYears = input.opening_prior_years;
      const paid = input.paid;
      const claim = input.claim;
      const openingUnpaidRun = input.opening_unpaid_run;
      const openingWaiting = input.opening_waiting;
      const openingGapRecord = input.opening_gap_record;
      if (k > 0 && month !== last + 1) badTimeline("month", month, last + 1, k, L2);
      last = month;
      if (k === 0) {
        previousCurrentYear = openCurrentYear(openingCurrentYear);
        previousPriorYears = openPriorYears(openingPriorYears);
        previousUnpaidRun = openUnpaidRun(openingUnpaidRun);
        previousWaiting = openWaiting(openingWaiting);
        previousGapRecord = openGapRecord(openingGapRecord);
      }

      const steps2: TraceStep[] = [];
      const value = stepMonthTraced(month, credit, spend, paid, claim, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord, steps2);
      out.push({ value, steps: steps2 });
      previousCurrentYear = value["current_year"];
      previousPriorYears = value["prior_years"];
      previousUnpaidRun = value["unpaid_run"];
      previousWaiting = value["waiting"];
      previousGapRecord = value["gap_record"];
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
 * Evaluates region `contribution_gaps_no_gap_record` over one person's consecutive months, in order (each input carries its `month`): month k reads the states of month k − 1 through `previous(…)`; the first month reads each state's `initially` value. Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a `PolicyError` (`invalid_input`) with `row` = the month's index. Outputs are lazy as `evaluate`'s: a failed one throws when read, and a failed state fails every later reader of `previous(…)` with the same error; a state outside its declared domain fails as `out_of_domain` at the state's line.
 * With `{ trace: true }` each month comes with its trace (eager: the first failure throws).
 */
export function evaluateTimeline(months: readonly Input[], options?: EvaluateOptions): Output[] | Traced<Output>[] {
  if (options !== undefined && options.trace === true) return timelineTraced(months);
  const n = timelineLength(months, "month", L2);
  const out = new Array<Output>(n);
  let previousCurrentYear!: number | Failed;
  let previousPriorYears!: number | Failed;
  let previousUnpaidRun!: number | Failed;
  let previousWaiting!: number | Failed;
  let previousGapRecord!: boolean | Failed;
  let last = 0;
  let k = 0;
  try {
    for (; k < n; k++) {
      const input = months[k]!;
      const o = runMonth(input, k === 0, previousCurrentYear, previousPriorYears, previousUnpaidRun, previousWaiting, previousGapRecord);
      const monthIndex = parseMonth(input.month);
      if (k > 0 && monthIndex !== last + 1) badTimeline("month", monthIndex, last + 1, k, L2);
      last = monthIndex;
      out[k] = o;
      previousCurrentYear = stateOf<number>(o, "current_year");
      previousPriorYears = stateOf<number>(o, "prior_years");
      previousUnpaidRun = stateOf<number>(o, "unpaid_run");
      previousWaiting = stateOf<number>(o, "waiting");
      previousGapRecord = stateOf<boolean>(o, "gap_record");
    }

  } catch (e) {
    throw atRow(e, k);
  }

  return out;
}

/** One person's timeline over months `from` to `to` inclusive (`YYYY-MM`), the person's inputs the same every month: `evaluateTimeline` of those months (states carried from month to month, not `evaluate` of each month alone). An empty range throws `invalid_input`. */
export function evaluateMonths(person: Omit<Input, "month">, from: string, to: string): Output[] {
  badShape(person, ["credit", "spend", "opening_current_year", "opening_prior_years", "paid", "claim", "opening_unpaid_run", "opening_waiting", "opening_gap_record"], [L3, L4, L5, L6, L11, L12, L13, L14, L15], "person");
  const first = parseMonth(from);
  if (first < H_START || first > H_END) badMonth("month", from, first, H_START, H_END, L2);
  const last = parseMonth(to);
  if (last < H_START || last > H_END) badMonth("month", to, last, H_START, H_END, L2);
  const rows: Input[] = [];
  for (let k = first; k <= last; k++) rows.push({ ...person, month: formatMonth(k) });
  return evaluateTimeline(rows);
}

function run(input: Input): Output {
  if (input == null) return invalid(input);
  const month = parseMonth(input.month);
  const credit = input.credit;
  const spend = input.spend;
  const openingCurrentYear = input.opening_current_year;
  const openingPriorYears = input.opening_prior_years;
  const paid = input.paid;
  const claim = input.claim;
  const openingUnpaidRun = input.opening_unpaid_run;
  const openingWaiting = input.opening_waiting;
  const openingGapRecord = input.opening_gap_record;
  if (month < H_START || month > H_END || !Number.isInteger(credit) || credit < 0 || credit > 10000000 || !Number.isInteger(spend) || spend < 0 || spend > 100000000 || !Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000 || !Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000 || (paid !== true && paid !== false) || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(openingUnpaidRun) || openingUnpaidRun < 0 || openingUnpaidRun > 1200 || !Number.isInteger(openingWaiting) || openingWaiting < 0 || openingWaiting > 120 || (openingGapRecord !== true && openingGapRecord !== false) || !hasOwn(input, "month") || !hasOwn(input, "credit") || !hasOwn(input, "spend") || !hasOwn(input, "opening_current_year") || !hasOwn(input, "opening_prior_years") || !hasOwn(input, "paid") || !hasOwn(input, "claim") || !hasOwn(input, "opening_unpaid_run") || !hasOwn(input, "opening_waiting") || !hasOwn(input, "opening_gap_record")) return invalid(input);
  return compute(month, credit, spend, openingCurrentYear, openingPriorYears, paid, claim, openingUnpaidRun, openingWaiting, openingGapRecord);
}

function runTraced(input: Input, t: TraceStep[]): Output {
  check(input);
  const month = parseMonth(input.month);
  const credit = input.credit;
  const spend = input.spend;
  const openingCurrentYear = input.opening_current_year;
  const openingPriorYears = input.opening_prior_years;
  const paid = input.paid;
  const claim = input.claim;
  const openingUnpaidRun = input.opening_unpaid_run;
  const openingWaiting = input.opening_waiting;
  const openingGapRecord = input.opening_gap_record;
  return computeTraced(month, credit, spend, openingCurrentYear, openingPriorYears, paid, claim, openingUnpaidRun, openingWaiting, openingGapRecord, t);
}

function evaluateTraced(input: Input): Traced<Output> {
  const steps: TraceStep[] = [];
  const value = runTraced(input, steps);
  return { value, steps };
}

/** Throws for the first invalid field of an input, if any (the cold path). */
function check(input: Input): void {
  badShape(input, ["month", "credit", "spend", "opening_current_year", "opening_prior_years", "paid", "claim", "opening_unpaid_run", "opening_waiting", "opening_gap_record"], [L2, L3, L4, L5, L6, L11, L12, L13, L14, L15], "input");
  const month = parseMonth(input.month);
  if (month < H_START || month > H_END) badMonth("month", input.month, month, H_START, H_END, L2);
  const credit = input.credit;
  if (!Number.isInteger(credit) || credit < 0 || credit > 10000000) badNumber("credit", credit, 0, 10000000, "fen", L3);
  const spend = input.spend;
  if (!Number.isInteger(spend) || spend < 0 || spend > 100000000) badNumber("spend", spend, 0, 100000000, "fen", L4);
  const openingCurrentYear = input.opening_current_year;
  if (!Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000) badNumber("opening_current_year", openingCurrentYear, 0, 100000000, "fen", L5);
  const openingPriorYears = input.opening_prior_years;
  if (!Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000) badNumber("opening_prior_years", openingPriorYears, 0, 1000000000, "fen", L6);
  const paid = input.paid;
  if (paid !== true && paid !== false) badBoolean("paid", paid, L11);
  const claim = input.claim;
  if (!Number.isInteger(claim) || claim < 0 || claim > 100000000) badNumber("claim", claim, 0, 100000000, "fen", L12);
  const openingUnpaidRun = input.opening_unpaid_run;
  if (!Number.isInteger(openingUnpaidRun) || openingUnpaidRun < 0 || openingUnpaidRun > 1200) badNumber("opening_unpaid_run", openingUnpaidRun, 0, 1200, "months", L13);
  const openingWaiting = input.opening_waiting;
  if (!Number.isInteger(openingWaiting) || openingWaiting < 0 || openingWaiting > 120) badNumber("opening_waiting", openingWaiting, 0, 120, "months", L14);
  const openingGapRecord = input.opening_gap_record;
  if (openingGapRecord !== true && openingGapRecord !== false) badBoolean("opening_gap_record", openingGapRecord, L15);
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
 * Evaluates region `contribution_gaps_no_gap_record` for one input. Throws a `PolicyError` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.
 * The month is a one-month timeline: `previous(…)` of each state is its `initially` value from this input (`evaluateTimeline` carries states from month to month); states are returned like outputs.
 * With `{ trace: true }` it also returns every rule and branch taken, with policy lines and citations.
 */
export function evaluate(input: Input, options?: EvaluateOptions): Output | Traced<Output> {
  return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);
}

/** Evaluates many inputs, each a one-month timeline: `rows.map((r) => evaluate(r))` into a preallocated array. For a person's months use `evaluateTimeline`; for a population, `evaluateTimelineColumnar`. */
export function evaluateMany(rows: readonly Input[]): Output[] {
  if (!Array.isArray(rows)) badBatch(rows, "month", L2);
  const out: Output[] = new Array<Output>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);
  return out;
}

/** Input columns of `evaluateTimelineColumnar`: row p·M + (month − from), P·M values each (inputs vary by month). */
export interface TimelineColumns {
  readonly credit: Float64Array;
  readonly spend: Float64Array;
  readonly opening_current_year: Float64Array;
  readonly opening_prior_years: Float64Array;
  readonly paid: Uint8Array;
  readonly claim: Float64Array;
  readonly opening_unpaid_run: Int32Array | Float64Array;
  readonly opening_waiting: Int32Array | Float64Array;
  readonly opening_gap_record: Uint8Array;
}

/** Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable. */
export interface ColumnarResult {
  readonly values: Readonly<Record<"from_current_year" | "from_prior_years" | "paid_from_account" | "paid_in_cash" | "current_year" | "prior_years" | "balance" | "unpaid_run" | "waiting" | "reimbursed", Float64Array>> & Readonly<Record<"gap_record" | "reimbursable", Uint8Array>>;
  readonly present: {};
}

/** One person's months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person). */
function timelineKernel(creditCol: Float64Array, spendCol: Float64Array, openingCurrentYearCol: Float64Array, openingPriorYearsCol: Float64Array, paidCol: Uint8Array, claimCol: Float64Array, openingUnpaidRunCol: Int32Array | Float64Array, openingWaitingCol: Int32Array | Float64Array, openingGapRecordCol: Uint8Array, from: number, months2: number, k: number, v0: Float64Array, v1: Float64Array, v2: Float64Array, v3: Float64Array, v4: Float64Array, v5: Float64Array, v6: Float64Array, v7: Float64Array, v8: Float64Array, v9: Uint8Array, v10: Uint8Array, v11: Float64Array): boolean {
  let previousCurrentYear!: number;
  let previousPriorYears!: number;
  let previousUnpaidRun!: number;
  let previousWaiting!: number;
  let previousGapRecord!: boolean;
  try {
    for (let j = 0; j < months2; j++, k++) {
      const month = from + j;
      const credit = creditCol[k]!;
      const spend = spendCol[k]!;
      const openingCurrentYear = openingCurrentYearCol[k]!;
      const openingPriorYears = openingPriorYearsCol[k]!;
      const paidCode = paidCol[k]!;
      const claim = claimCol[k]!;
      const openingUnpaidRun = openingUnpaidRunCol[k]!;
      const openingWaiting = openingWaitingCol[k]!;
      const openingGapRecordCode = openingGapRecordCol[k]!;
      if (month < H_START || month > H_END || !Number.isInteger(credit) || credit < 0 || credit > 10000000 || !Number.isInteger(spend) || spend < 0 || spend > 100000000 || !Number.isInteger(openingCurrentYear) || openingCurrentYear < 0 || openingCurrentYear > 100000000 || !Number.isInteger(openingPriorYears) || openingPriorYears < 0 || openingPriorYears > 1000000000 || paidCode > 1 || !Number.isInteger(claim) || claim < 0 || claim > 100000000 || !Number.isInteger(openingUnpaidRun) || openingUnpaidRun < 0 || openingUnpaidRun > 1200 || !Number.isInteger(openingWaiting) || openingWaiting < 0 || openingWaiting > 120 || openingGapRecordCode > 1) return false;
      const paid = paidCode === 1;
      const openingGapRecord = openingGapRecordCode === 1;
      if (j === 0) {
        previousCurrentYear = openCurrentYear(openingCurrentYear);
        previousPriorYears = openPriorYears(openingPriorYears);
        previousUnpaidRun = openUnpaidRun(openingUnpaidRun);
        previousWaiting = openWaiting(openingWaiting);
        previousGapRecord = openGapRecord(openingGapRecord);
      }

      const yearStart = computeYearStart(month);
      const currentAtStart = computeCurrentAtStart(yearStart, previousCurrentYear);
      const priorAtStart = computePriorAtStart(yearStart, previousPriorYears, previousCurrentYear);
      const currentAvailable = computeCurrentAvailable(currentAtStart, credit);
      const fromCurrentYear = computeFromCurrentYear(spend, currentAvailable, priorAtStart);
      const fromPriorYears = computeFromPriorYears(spend, fromCurrentYear, priorAtStart);
      const paidFromAccount = computePaidFromAccount(fromCurrentYear, fromPriorYears);
      const paidInCash = computePaidInCash(spend, paidFromAccount);
      const currentYear = computeCurrentYear(currentAvailable, fromCurrentYear);
      if (currentYear < 0 || currentYear > 10000000000) return false;
      const priorYears = computePriorYears(priorAtStart, fromPriorYears);
      if (priorYears < 0 || priorYears > 10000000000) return false;
      const balance = computeBalance(currentYear, priorYears);
      const longGap = fail("unspecified", "long_gap", L7, "long_gap: otherwise is unspecified in the sources");
      const waitAfterLongGap = fail("unspecified", "wait_after_long_gap", L8, "wait_after_long_gap: otherwise is unspecified in the sources");
      const waitAfterShortGap = fail("unspecified", "wait_after_short_gap", L9, "wait_after_short_gap: otherwise is unspecified in the sources");
      const ratio = fail("unspecified", "ratio", L10, "ratio: otherwise is unspecified in the sources");
      const unpaidRun = computeUnpaidRun(paid, previousUnpaidRun);
      const waitAfterGap = computeWaitAfterGap(longGap, waitAfterLongGap, waitAfterShortGap, previousUnpaidRun);
      const waiting = computeWaiting(paid, waitAfterGap, previousWaiting, previousUnpaidRun);
      const inWait = computeInWait(waiting);
      const gapRecord = computeGapRecord(paid, previousGapRecord);
      const reimbursable = computeReimbursable(gapRecord, inWait);
      const reimbursed = computeReimbursed(reimbursable, claim, ratio);
      v0[k] = fromCurrentYear;
      v1[k] = fromPriorYears;
      v2[k] = paidFromAccount;
      v3[k] = paidInCash;
      v4[k] = currentYear;
      v5[k] = priorYears;
      v6[k] = balance;
      v7[k] = unpaidRun;
      v8[k] = waiting;
      v9[k] = gapRecord ? 1 : 0;
      v10[k] = reimbursable ? 1 : 0;
      v11[k] = reimbursed;
      previousCurrentYear = currentYear;
      previousPriorYears = priorYears;
      previousUnpaidRun = unpaidRun;
      previousWaiting = waiting;
      previousGapRecord = gapRecord;
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
  const months2 = monthCount(from, to, "month", L2);
  const count = timelineCount(columns, { credit: L3, spend: L4, opening_current_year: L5, opening_prior_years: L6, paid: L11, claim: L12, opening_unpaid_run: L13, opening_waiting: L14, opening_gap_record: L15 }, persons, months2, "month", L2);
  const { credit: creditCol, spend: spendCol, opening_current_year: openingCurrentYearCol, opening_prior_years: openingPriorYearsCol, paid: paidCol, claim: claimCol, opening_unpaid_run: openingUnpaidRunCol, opening_waiting: openingWaitingCol, opening_gap_record: openingGapRecordCol } = columns;
  const result = columnarResult<ColumnarResult>(out, count * months2, "from_current_year from_prior_years paid_from_account paid_in_cash current_year prior_years balance unpaid_run waiting gap_record reimbursable reimbursed", "", "gap_record reimbursable");
  const { from_current_year: v0, from_prior_years: v1, paid_from_account: v2, paid_in_cash: v3, current_year: v4, prior_years: v5, balance: v6, unpaid_run: v7, waiting: v8, gap_record: v9, reimbursable: v10, reimbursed: v11 } = result.values;
  const slow = (p: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (j) => ({ credit: creditCol[p * months2 + j]!, spend: spendCol[p * months2 + j]!, opening_current_year: openingCurrentYearCol[p * months2 + j]!, opening_prior_years: openingPriorYearsCol[p * months2 + j]!, paid: flagOf(paidCol[p * months2 + j]!), claim: claimCol[p * months2 + j]!, opening_unpaid_run: openingUnpaidRunCol[p * months2 + j]!, opening_waiting: openingWaitingCol[p * months2 + j]!, opening_gap_record: flagOf(openingGapRecordCol[p * months2 + j]!), month: monthText(from + j) }), p * months2, months2, result.values, result.present);
  for (let p = 0, k = 0; p < count; p++, k += months2) {
    if (!timelineKernel(creditCol, spendCol, openingCurrentYearCol, openingPriorYearsCol, paidCol, claimCol, openingUnpaidRunCol, openingWaitingCol, openingGapRecordCol, from, months2, k, v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11)) slow(p);
  }

  return result;
}
