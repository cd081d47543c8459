/**
 * Variance analysis on the seed policies: which declarations depend on the
 * person, the month, both, or neither (read off each policy by hand).
 */
import { describe, expect, it } from 'vitest';
import { analyseVariance, joinVariance } from '../../src/analysis/variance.js';
import type { IrRegion } from '../../src/ir/ir.js';
import { compile } from '../../src/index.js';
import { region } from '../support/policies.js';

const of = (r: IrRegion): Record<string, string> => Object.fromEntries(analyseVariance(r));

describe('analyseVariance', () => {
  it('national: rates are constant or month-only, contributions per person, crediting per person and month', () => {
    expect(of(region('national'))).toEqual({
      status: 'person',
      age: 'person',
      base: 'person',
      pension: 'person',
      month: 'month',
      average_wage: 'person',
      flexible_rate: 'person',
      average_pension: 'person',
      reform_date: 'constant',
      employee_rate: 'constant',
      employer_rate: 'month', // `from 2020-01: 7%` is a dated case over the month
      employer_share_to_account: 'constant',
      retiree_average_pension_rate: 'constant',
      flexible_base_floor: 'person', // 60% of the person's regional average wage (F011)
      flexible_base_ceiling: 'person',
      flexible_base: 'person',
      personal_contribution: 'person', // a flexible worker's premium too: no month in it
      employer_contribution: 'person_month', // reads employer_rate
      employer_to_account: 'person_month',
      personal_to_account: 'person',
      retiree_credit: 'person_month',
      credit: 'person_month',
      pooled: 'person_month',
    });
  });

  it('bench_spec: the clamped base, both contributions and the age band are per person; only the reform split is per month', () => {
    const v = of(region('bench_spec'));
    expect([v.clamped_base, v.employee, v.employer, v.band_rate]).toEqual(['person', 'person', 'person', 'person']);
    expect([v.credit, v.pooled]).toEqual(['person_month', 'person_month']);
    expect([v.base_floor, v.employer_rate, v.reform_date]).toEqual(['constant', 'constant', 'constant']);
  });

  it('henan residents: constant outputs stay constant even though the region has a month input', () => {
    const v = of(region('henan_residents_2025'));
    expect(v).toMatchObject({ month: 'month', hukou: 'person', funding_standard: 'constant', payable: 'person', subsidy: 'person', credit: 'constant' });
  });

  it('the month input that dated guards compare against is the month dimension', () => {
    const c = compile([
      {
        path: 'p.policy',
        text: `region nomonth
  rounding half_up to fen
  horizon from 2020-01
  input paid: month
  input base: money per month in 0.00 to 100.00
  output late: money per month
    before 2021-01: round(base * 2%)
    from 2021-01: 0
`,
      },
    ]);
    expect(c.diagnostics.map((d) => d.code)).toEqual([]);
    const r = c.regions[0]!;
    const v = of(r);
    // `paid` is the month input the dated guards compare against, so it is the month dimension
    expect(r.monthInput).toBe('paid');
    expect(v).toEqual({ paid: 'month', base: 'person', late: 'person_month' });
  });

  it('join is a lattice: constant is the bottom, person_month the top', () => {
    expect(joinVariance('constant', 'person')).toBe('person');
    expect(joinVariance('month', 'constant')).toBe('month');
    expect(joinVariance('person', 'month')).toBe('person_month');
    expect(joinVariance('person_month', 'person')).toBe('person_month');
  });
});
