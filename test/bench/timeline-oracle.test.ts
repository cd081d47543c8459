/**
 * The timeline benchmark's BigInt oracle (bench/timeline/oracle.ts) against
 * the reference interpreter (Interpreter.timeline) on region bench_timeline,
 * every output and state of every month of a few hundred generated persons;
 * and both benchmark arms (the handwritten loop, the generated
 * evaluateTimelineColumnar) against the oracle on the same persons.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTimeline, newOutputs, OUTPUT_NAMES, slicePopulation } from '../../bench/timeline/data.js';
import { handwrittenTimeline } from '../../bench/timeline/handwritten.js';
import { evaluateTimelineColumnar } from '../../generated/bench_timeline.js';
import { checkAgainstOracle, oracleTimeline, personMonths, samplePersons, type OracleResult } from '../../bench/timeline/oracle.js';
import type { Const } from '../../src/ir/ir.js';
import { rat } from '../../src/ir/rational.js';
import { compile } from '../../src/index.js';
import { Interpreter, type Value } from '../../src/interpret/interpret.js';

const files = ['policies/ledger/account-ledger.policy', 'policies/gaps/contribution-gaps.policy', 'policies/bench/bench-timeline.policy'];
const compiled = compile(files.map((p) => ({ path: p, text: readFileSync(p, 'utf8') })));
const region = compiled.regions.find((r) => r.name === 'bench_timeline')!;
const PERSONS = 300;
const pop = generateTimeline(PERSONS, 77);

const num = (n: bigint): Value => ({ k: 'num', value: rat(n) });

/** The interpreter's value of `name` as a BigInt (whole numbers) or a boolean. */
function whole(v: Const): bigint | boolean {
  if (v.k === 'bool') return v.value;
  if (v.k !== 'num' || v.value.den !== 1n) throw new Error(`not a whole number: ${JSON.stringify(v)}`);
  return v.value.num;
}

describe('bench_timeline oracle', () => {
  it('compiles without diagnostics', () => {
    expect(compiled.diagnostics.map((d) => d.code)).toEqual([]);
    expect(region).toBeDefined();
  });

  it('the generated population has gaps, long gaps, exhausted balances, ties and three changes of year', () => {
    const c = pop.columns;
    let gaps = 0;
    let exhausted = 0;
    let ties = 0;
    let neverGap = 0;
    for (let p = 0; p < PERSONS; p++) {
      const ms = oracleTimeline(personMonths(c, p, pop.from, pop.months));
      if (ms.every((_, j) => c.paid[p * pop.months + j] === 1)) neverGap++;
      ms.forEach((r, j) => {
        const k = p * pop.months + j;
        if (c.paid[k] === 0) gaps++;
        if (r.paid_in_cash > 0n) exhausted++;
        if (r.reimbursable && c.claim[k]! % 10 === 5) ties++;
      });
    }
    expect(gaps).toBeGreaterThan(500);
    expect(exhausted).toBeGreaterThan(50);
    expect(ties).toBeGreaterThan(20);
    expect(neverGap).toBeGreaterThan(60);
    expect([pop.from, pop.to].map((m) => `${Math.floor(m / 12)}-${(m % 12) + 1}`)).toEqual(['2023-11', '2026-10']);
  });

  it('agrees with the reference interpreter on every output and state, every month', () => {
    const it = new Interpreter(region);
    const names: (keyof OracleResult)[] = ['from_current_year', 'from_prior_years', 'paid_from_account', 'paid_in_cash', 'balance', 'current_year', 'prior_years', 'unpaid_run', 'waiting', 'reimbursable', 'reimbursed'];
    let compared = 0;
    const wrong: string[] = [];
    for (let p = 0; p < PERSONS; p++) {
      const months = personMonths(pop.columns, p, pop.from, pop.months);
      const evs = it.timeline(
        months.map(
          (x) =>
            new Map<string, Value>([
              ['month', { k: 'month', value: x.month }],
              ['paid', { k: 'bool', value: x.paid }],
              ['credit', num(x.credit)],
              ['spend', num(x.spend)],
              ['claim', num(x.claim)],
              ['opening_current_year', num(x.opening_current_year)],
              ['opening_prior_years', num(x.opening_prior_years)],
              ['opening_unpaid_run', num(x.opening_unpaid_run)],
              ['opening_waiting', num(x.opening_waiting)],
            ]),
        ),
      );
      const want = oracleTimeline(months);
      evs.forEach((ev, j) => {
        for (const name of names) {
          compared++;
          const got = whole(ev.get(name));
          if (got !== want[j]![name] && wrong.length < 5) wrong.push(`person ${p} month ${j} ${name}: interpreter ${got}, oracle ${want[j]![name]}`);
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(compared).toBe(PERSONS * pop.months * names.length);
  });

  it('the handwritten loop agrees with the oracle on every output', () => {
    const out = newOutputs(PERSONS * pop.months);
    handwrittenTimeline(pop.columns, PERSONS, pop.from, pop.to, out);
    const r = checkAgainstOracle(pop, out, samplePersons(PERSONS, PERSONS));
    expect(r.examples).toEqual([]);
    expect(r.compared).toBe(PERSONS * pop.months * OUTPUT_NAMES.length);
    // and the check can fail: one fen off is caught
    out.reimbursed[5 * pop.months + 7]! += 1;
    expect(checkAgainstOracle(pop, out, [5]).mismatches).toBe(1);
    expect(slicePopulation(pop, 3).columns.paid.length).toBe(3 * pop.months);
  });

  it('the generated evaluateTimelineColumnar agrees with the oracle on every output and state', () => {
    const res = evaluateTimelineColumnar(pop.columns, PERSONS, pop.from, pop.to);
    const r = checkAgainstOracle(pop, res.values, samplePersons(PERSONS, PERSONS));
    expect(r.examples).toEqual([]);
    expect(r.compared).toBe(PERSONS * pop.months * OUTPUT_NAMES.length);
  });
});
