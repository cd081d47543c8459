/**
 * The history arbitraries (src/harness/histories.ts) draw what a ledger's
 * rules turn on: changes of year, gaps and resumptions, zero and huge amounts,
 * constant and varying inputs; and a failing history prints as a timeline test
 * (src/harness/counterexample-test.ts) that the compiler reads back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { openingInputs, regionHistories, varyInput, MAX_MONTHS, type History } from '../../src/harness/histories.js';
import { readFileSync } from 'node:fs';
import { counterexampleTest } from '../../src/harness/counterexample-test.js';
import { parseMonth } from '../../src/runtime/month.js';

const TEXT = `region demo
  rounding half_up to fen
  horizon from 2020-01 to 2030-12
  input month: month
  input credit: money per month in 0.00 to 1000.00
  input paid: boolean
  input kind: one of employed, retired
  input r: rate in 0% to 10%
  state total: money in 0.00 to 100000000.00
    initially: 0
    when paid: previous(total) + this_month(credit)
    when not paid: previous(total)
  output interest: money = round(total * r)
  invariant "I09 never negative" cite I09
    expect total >= 0
`;

const r = compile([{ path: 'demo.policy', text: TEXT }]).regions[0]!;
const sample: History[] = fc.sample(regionHistories(r), { numRuns: 600, seed: 11 });
const months = (h: History) => h.months.map((m) => parseMonth(m.month));
const runsOf = (xs: readonly unknown[]) =>
  xs.reduce<{ v: unknown; n: number }[]>((acc, x) => (acc.at(-1)?.v === x ? (acc.at(-1)!.n++, acc) : [...acc, { v: x, n: 1 }]), []);

describe('histories of a stateful region', () => {
  it('are consecutive months inside the horizon, 1 to 36 of them, each with every input', () => {
    for (const h of sample) {
      expect(h.months.length).toBeGreaterThanOrEqual(1);
      expect(h.months.length).toBeLessThanOrEqual(MAX_MONTHS);
      expect(months(h)).toEqual(h.months.map((_, k) => h.start + k));
      expect(h.start).toBeGreaterThanOrEqual(r.horizon.start);
      expect(h.start + h.months.length - 1).toBeLessThanOrEqual(r.horizon.end!);
      for (const m of h.months) expect(Object.keys(m).sort()).toEqual(['credit', 'kind', 'month', 'paid', 'r']);
    }
  });

  it('are mostly short, and often cross a change of year', () => {
    const short = sample.filter((h) => h.months.length <= 4).length;
    const crossing = sample.filter((h) => months(h).some((m, k) => k > 0 && m % 12 === 0)).length;
    expect(short / sample.length).toBeGreaterThan(0.4);
    expect(crossing / sample.length).toBeGreaterThan(0.3);
    expect(sample.some((h) => h.months.length > 24)).toBe(true);
  });

  it('hold each input constant in some histories and vary it in others', () => {
    for (const name of ['credit', 'paid', 'kind', 'r']) {
      const long = sample.filter((h) => h.months.length >= 6);
      const constant = long.filter((h) => new Set(h.months.map((m) => JSON.stringify(m[name]))).size === 1).length;
      expect(constant, name).toBeGreaterThan(long.length / 10);
      expect(long.length - constant, name).toBeGreaterThan(long.length / 10);
    }
  });

  it('have gaps of 1 to 7 unpaid months followed by a resumption', () => {
    const gaps = sample.flatMap((h) =>
      runsOf(h.months.map((m) => m.paid))
        .slice(0, -1)
        .filter((x) => x.v === false)
        .map((x) => x.n),
    );
    expect(gaps.length).toBeGreaterThan(50);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(7);
    expect(new Set(gaps).size).toBe(7);
  });

  it('have amounts at 0 and at the top of the domain, and amounts only in the boundary months', () => {
    const credits = sample.flatMap((h) => h.months.map((m) => m.credit as number));
    expect(credits.filter((c) => c === 0).length / credits.length).toBeGreaterThan(0.2);
    expect(credits.some((c) => c === 100000)).toBe(true);
    const boundaryOnly = sample.filter((h) => {
      const ms = months(h);
      const last = ms.at(-1)!;
      const inside = h.months.filter((_, k) => ![11, 0].includes(ms[k]! % 12) && ms[k] !== h.start && ms[k] !== last);
      return inside.length >= 3 && inside.every((m) => m.credit === 0) && h.months.some((m) => (m.credit as number) > 0);
    });
    expect(boundaryOnly.length).toBeGreaterThan(3);
  });

  it('hold an input only `initially` reads (an opening balance) constant', () => {
    const file = 'policies/ledger/account-ledger.policy';
    const ledger = compile([{ path: file, text: readFileSync(file, 'utf8') }]).regions[0]!;
    expect([...openingInputs(ledger)].sort()).toEqual(['opening_current_year', 'opening_prior_years']);
    expect(openingInputs(r).size).toBe(0);
    const hs = fc.sample(regionHistories(ledger), { numRuns: 300, seed: 2 }).filter((h) => h.months.length > 1);
    for (const h of hs) for (const name of openingInputs(ledger)) expect(new Set(h.months.map((m) => m[name])).size).toBe(1);
    expect(hs.some((h) => new Set(h.months.map((m) => m.spend)).size > 1)).toBe(true);
  });

  it('varyInput changes one input, in every month or in one', () => {
    const [h, other] = [sample.find((x) => x.months.length === 3)!, sample.find((x) => x.months.length === 5)!];
    const all = varyInput(h, other, 'credit', undefined);
    expect(all.months.map((m) => m.credit)).toEqual(other.months.slice(0, 3).map((m) => m.credit));
    const one = varyInput(h, other, 'credit', 4); // 4 mod 3 = month 1
    expect(one.months.map((m) => m.credit)).toEqual([h.months[0]!.credit, other.months[1]!.credit, h.months[2]!.credit]);
    for (const v of [all, one]) expect(v.months.map((m) => ({ ...m, credit: 0 }))).toEqual(h.months.map((m) => ({ ...m, credit: 0 })));
  });
});

describe('a failing history printed as a timeline test', () => {
  const history: History = {
    start: parseMonth('2024-11'),
    months: ['2024-11', '2024-12', '2025-01', '2025-02'].map((month, k) => ({
      month,
      credit: [10000, 10000, 0, 0][k],
      paid: [true, false, false, true][k],
      kind: 'retired',
      r: { num: 1, den: 40 },
    })),
  };
  const inv = r.invariants[0]!;
  const claim = inv.claims[0]!;

  it('gives constant inputs once and merges equal months of a series; money in yuan, rates as percentages', () => {
    const t = counterexampleTest(r, inv, {
      history,
      k: 2,
      claim,
      message: 'the claim is false',
      needed: { name: 'total', value: { k: 'num', value: { num: 12345n, den: 1n } } },
    });
    expect(t).toBe(
      [
        '  test "I09 counterexample" cite I09',
        '    over 2024-11 to 2025-02',
        '    given kind = retired, r = 2.5%',
        '    given credit = 2024-11..2024-12: 100.00, 2025-01..2025-02: 0.00',
        '    given paid = 2024-11: true, 2024-12..2025-01: false, 2025-02: true',
        '    # the claim at demo.policy:15 needs this (see the claim)',
        '    expect at 2025-01: total = 123.45',
      ].join('\n'),
    );
    const c = compile([{ path: 'demo.policy', text: `${TEXT}\n${t}\n` }]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const test = c.regions[0]!.tests[0]!;
    expect(test.over).toEqual({ from: parseMonth('2024-11'), to: parseMonth('2025-02') });
    expect([...test.series!.keys()]).toEqual(['credit', 'paid']);
  });

  it('writes a comment, not an expectation, for a value no literal can state', () => {
    const t = counterexampleTest(r, inv, {
      history,
      k: 1,
      claim,
      message: 'the claim is false',
      needed: { name: 'total', value: { k: 'num', value: { num: 1n, den: 3n } } },
    });
    expect(t).toContain('    # in 2024-12: the claim is false');
    expect(t).not.toContain('expect at');
  });
});
