/**
 * Every run-time error kind, thrown by generated evaluators as a typed
 * PolicyError naming the field and the policy file:line:col — never a silent 0.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyErrorKind } from '../../src/runtime/errors.js';
import { loadGenerated } from '../support/generate.js';
import { generated } from '../support/policies.js';
import { thrown } from '../support/checks.js';


const ok = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };

describe('national evaluator rejects bad input', () => {
  const cases: [string, Record<string, unknown>, PolicyErrorKind, string, string][] = [
    ['NaN base', { base: Number.NaN }, 'invalid_input', 'base', 'policies/national.policy:33:9'],
    ['non-finite base', { base: Number.POSITIVE_INFINITY }, 'invalid_input', 'base', 'policies/national.policy:33:9'],
    ['fractional fen', { base: 100.5 }, 'invalid_input', 'base', 'policies/national.policy:33:9'],
    ['base as a string', { base: '5000.00' }, 'invalid_input', 'base', 'policies/national.policy:33:9'],
    ['negative base', { base: -1 }, 'out_of_domain', 'base', 'policies/national.policy:33:9'],
    ['unknown status', { status: 'student' }, 'invalid_input', 'status', 'policies/national.policy:31:9'],
    ['age outside every band', { age: 200 }, 'out_of_domain', 'age', 'policies/national.policy:32:9'],
    ['month before the horizon', { month: '2019-12' }, 'out_of_horizon', 'month', 'policies/national.policy:35:9'],
    ['malformed month', { month: '2023-13' }, 'invalid_input', 'month', 'policies/national.policy:35:9'],
    ['missing month', { month: undefined }, 'invalid_input', 'month', 'policies/national.policy:35:9'],
  ];
  for (const [what, patch, kind, field, at] of cases) {
    it(what, async () => {
      const m = await generated('national');
      const e = thrown(() => m.evaluate({ ...ok, ...patch }));
      expect([e.kind, e.field, `${e.location.file}:${e.location.line}:${e.location.col}`]).toEqual([kind, field, at]);
      expect(e.message).toContain(at);
    });
  }
  it('evaluateMany rejects a bad row the same way', async () => {
    const m = await generated('national');
    expect(thrown(() => m.evaluateMany([ok, { ...ok, month: '2019-01' }])).kind).toBe('out_of_horizon');
  });
});

const policy = `region kinds
  rounding half_up to fen
  horizon from 2020-01 to 2030-12
  input status: one of employed, retired
  input age: years in 0 to 130
  input month: month
  output band: rate
    for employed: 2%
    for retired: not applicable
  output amount: money per month
    for employed: 10.00
    for retired:
      when age < 60: unspecified    cite T12
      when age >= 60: round(100.00 yuan per month * band)
`;

describe('not applicable and unspecified', () => {
  type M = { evaluate(i: object): Record<string, unknown> };
  it('an absent value needed by another rule throws not_applicable at the rule that declared it, when that output is read', async () => {
    const m = await loadGenerated<M>('kinds', 'policies/kinds.policy', policy);
    const out = m.evaluate({ status: 'retired', age: 70, month: '2024-01' });
    expect(out['band']).toBeNull();
    const e = thrown(() => out['amount']);
    expect([e.kind, e.field, e.location.line]).toEqual(['not_applicable', 'band', 7]);
  });
  it('an unspecified case throws unspecified with its line, when that output is read; other outputs are computed', async () => {
    const m = await loadGenerated<M>('kinds2', 'policies/kinds.policy', policy);
    const out = m.evaluate({ status: 'retired', age: 58, month: '2024-01' });
    expect(out['band']).toBeNull();
    expect(Object.keys(out)).toEqual(['band', 'amount']);
    const e = thrown(() => out['amount']);
    expect([e.kind, e.field, e.location.line]).toEqual(['unspecified', 'amount', 13]);
    // the traced path explains every rule, so it stops at the failure
    expect(thrown(() => (m.evaluate as (i: object, o: object) => unknown)({ status: 'retired', age: 58, month: '2024-01' }, { trace: true })).kind).toBe('unspecified');
  });
  it('a month after a closed horizon is out_of_horizon', async () => {
    const m = await loadGenerated<M>('kinds3', 'policies/kinds.policy', policy);
    expect(thrown(() => m.evaluate({ status: 'employed', age: 30, month: '2031-01' })).kind).toBe('out_of_horizon');
    expect(m.evaluate({ status: 'employed', age: 30, month: '2030-12' })).toEqual({ band: { num: 1, den: 50 }, amount: 1000 });
  });
});
