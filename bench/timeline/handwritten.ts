/**
 * The handwritten timeline loop: what a careful engineer writes by hand for
 * region `bench_timeline` (account_ledger → contribution_gaps → bench_timeline)
 * over person-major typed-array columns: one pass per person, the four states
 * (current_year, prior_years, unpaid_run, waiting) in locals, exact integer
 * fen, every output and state written straight into typed arrays (the
 * columns the generated entry point writes).
 *
 * It validates what the policy declares, like the generated evaluator: every
 * row's inputs in their domains (whole fen, paid 0/1, counters whole months),
 * the months inside the horizon (from 2020-01), and the balances inside the
 * states' domains; an invalid value throws a RangeError naming it (the
 * benchmark population has none).
 */
import type { TimelineInputs, TimelineOutputs } from './data.js';

const H_START = 2020 * 12;
const H_END = 9999 * 12 + 11;
const MAX_CREDIT = 10_000_000; // 100,000.00 yuan
const MAX_SPEND = 100_000_000; // spend, claim, opening_current_year: 1,000,000.00 yuan
const MAX_PRIOR_OPENING = 1_000_000_000; // 10,000,000.00 yuan
const MAX_BALANCE = 10_000_000_000; // the states' domain: 100,000,000.00 yuan
const MAX_RUN = 1200;
const MAX_WAIT = 120;
// bench_timeline's parameters
const LONG_GAP = 4;
const WAIT_LONG = 6;
const WAIT_SHORT = 1;

function bad(field: string, row: number, value: unknown): never {
  throw new RangeError(`invalid ${field} at row ${row}: ${String(value)}`);
}

const fen = (x: number, max: number): boolean => x >= 0 && x <= max && Math.floor(x) === x;

/** Evaluates `persons` × (to − from + 1) months; row k = p·M + (month − from). */
export function handwrittenTimeline(c: TimelineInputs, persons: number, from: number, to: number, o: TimelineOutputs): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < H_START || to > H_END) bad('month range', 0, `${from}..${to}`);
  const M = to - from + 1;
  const { paid, credit, spend, claim, opening_current_year, opening_prior_years, opening_unpaid_run, opening_waiting } = c;
  const { from_current_year, from_prior_years, paid_from_account, paid_in_cash, current_year, prior_years, balance, unpaid_run, waiting, reimbursable, reimbursed } = o;
  if (paid.length < persons * M) bad('columns', 0, `${paid.length} rows for ${persons} persons`);
  for (let p = 0, k = 0; p < persons; p++) {
    let cur = 0;
    let prior = 0;
    let run = 0;
    let wait = 0;
    for (let m = from; m <= to; m++, k++) {
      const pd = paid[k]!;
      const cr = credit[k]!;
      const sp = spend[k]!;
      const cl = claim[k]!;
      const oc = opening_current_year[k]!;
      const op = opening_prior_years[k]!;
      const ou = opening_unpaid_run[k]!;
      const ow = opening_waiting[k]!;
      if (pd > 1) bad('paid', k, pd);
      if (!fen(cr, MAX_CREDIT)) bad('credit', k, cr);
      if (!fen(sp, MAX_SPEND)) bad('spend', k, sp);
      if (!fen(cl, MAX_SPEND)) bad('claim', k, cl);
      if (!fen(oc, MAX_SPEND)) bad('opening_current_year', k, oc);
      if (!fen(op, MAX_PRIOR_OPENING)) bad('opening_prior_years', k, op);
      if (!fen(ou, MAX_RUN)) bad('opening_unpaid_run', k, ou);
      if (!fen(ow, MAX_WAIT)) bad('opening_waiting', k, ow);
      if (m === from) {
        cur = oc;
        prior = op;
        run = ou;
        wait = ow;
      }
      // the ledger: change of year, credit, spending (current year first)
      if (m % 12 === 0) {
        prior += cur;
        cur = 0;
      }
      cur += cr;
      const fromCur = sp < cur ? sp : cur;
      const rest = sp - fromCur;
      const fromPrior = rest < prior ? rest : prior;
      cur -= fromCur;
      prior -= fromPrior;
      if (cur > MAX_BALANCE) bad('current_year', k, cur);
      if (prior > MAX_BALANCE) bad('prior_years', k, prior);
      const account = fromCur + fromPrior;
      from_current_year[k] = fromCur;
      from_prior_years[k] = fromPrior;
      paid_from_account[k] = account;
      paid_in_cash[k] = sp - account;
      current_year[k] = cur;
      prior_years[k] = prior;
      balance[k] = cur + prior;
      // gaps and waits: both counters read last month's unpaid run
      if (pd === 1) {
        wait = run === 0 ? (wait > 0 ? wait - 1 : 0) : run >= LONG_GAP ? WAIT_LONG : WAIT_SHORT;
        run = 0;
      } else if (run < MAX_RUN) run++;
      unpaid_run[k] = run;
      waiting[k] = wait;
      if (pd === 1 && wait === 0) {
        reimbursable[k] = 1;
        // round_half_up(claim × 90 %) in fen
        reimbursed[k] = Math.floor((cl * 9 + 5) / 10);
      } else {
        reimbursable[k] = 0;
        reimbursed[k] = 0;
      }
    }
  }
}
