/**
 * The mutation check bites: every change to a rate, an amount, a month or an
 * operator in the national rules is caught by the checker, an example test or
 * an invariant — except changes to domain and horizon edges, listed here.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { findPolicies } from '../../src/cli/io.js';
import { judge, mutants, survived } from '../../src/harness/mutate.js';

it('national.policy: all rule mutants are killed; the survivors are domain edges', () => {
  const sources = findPolicies('policies').map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
  const target = sources.find((s) => s.path === 'policies/national.policy')!;
  const ms = mutants(target.path, target.text);
  expect(ms.length).toBeGreaterThanOrEqual(20);
  const survivors = ms.filter((m) => survived(judge(sources, m, 50, { untilKilled: true }))).map((m) => `${m.line}:${m.col} ${m.from} → ${m.to}`);
  // domain edges of base, pension, the regional average wage, the flexible rate (F010's 8%..12%) and the
  // regional average pension; and lint bounds (C12, F046) moved so that they still hold the rate: a bound
  // is never a value, and one moved to exclude the rate is a warning, which the checker counts (killed)
  expect(survivors).toEqual([
    '33:42 1000000.00 → 1000001.00',
    '34:45 1000000.00 → 1000001.00',
    '36:42 0.00 → 1.00',
    '36:50 1000000.00 → 1000001.00',
    '37:32 8% → 0%',
    '37:38 12% → 13%',
    '38:45 0.00 → 1.00',
    '38:53 1000000.00 → 1000001.00',
    '46:26 6% → 7%',
    '46:26 6% → 0%',
    '46:32 12% → 13%',
    '49:41 2% → 0%',
    '49:47 3% → 4%',
  ]);
});

it('an invariant alone catches a broken reform switch that no example test covers', () => {
  const text = readFileSync('policies/national.policy', 'utf8');
  // keep 30% of the employer share after the reform too, and drop the example tests that would notice
  const broken = text.replace('from reform_date: 0                                         cite F034', 'from reform_date: round(employer_contribution * 30%)      cite F034').split('\n  test "')[0]! + '\n';
  const sources = [{ path: 'policies/national.policy', text: broken }];
  const v = judge(sources, { file: 'policies/national.policy', line: 1, col: 1, from: '#', to: '#', offset: 0 }, 100);
  expect(v).toEqual({ checker: false, tests: false, invariants: true });
});
