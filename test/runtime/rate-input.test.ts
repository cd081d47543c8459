/**
 * Rate inputs (issue 8 item 7): passed exactly as `{ num, den }` like rate
 * outputs, validated (whole steps of 1/1,000,000, inside the declared domain),
 * and multiplied exactly — before the fix every value was rejected, and a
 * `round(base * r)` compiled to `base * r`.
 */
import { describe, expect, it } from 'vitest';
import { loadGenerated } from '../support/generate.js';
import { thrown } from '../support/checks.js';

export const ratePolicy = `region ratein
  rounding half_up to fen
  horizon from 2020-01
  input base: money per month in 0.00 to 100000.00
  input r: rate in 0% to 12.5%
  input month: month
  output amount: money per month = round(base * r)
  output share: rate = r
`;

type M = {
  evaluate(i: object): { amount: number; share: { num: number; den: number } };
  evaluateMonths(p: object, from: string, to: string): { amount: number }[];
};


describe('rate inputs', () => {
  const load = (name: string) => loadGenerated<M>(name, 'policies/ratein.policy', ratePolicy);

  it('accepts an exact { num, den } in any denominator and rounds the product to the fen', async () => {
    const m = await load('ratein1');
    // 10.20 yuan × 2.5% = 0.255 yuan = 25.5 fen → 26 (half up)
    for (const r of [{ num: 1, den: 40 }, { num: 25, den: 1000 }, { num: 25000, den: 1000000 }]) {
      expect(m.evaluate({ base: 1020, r, month: '2023-01' }).amount).toBe(26);
    }
    expect(m.evaluate({ base: 1019, r: { num: 1, den: 40 }, month: '2023-01' }).amount).toBe(25);
    // a rate passes through exactly: 12.5% = 125000/1000000
    const s = m.evaluate({ base: 0, r: { num: 1, den: 8 }, month: '2023-01' }).share;
    expect(s.num * 8).toBe(s.den);
    expect(m.evaluateMonths({ base: 1020, r: { num: 1, den: 40 } }, '2023-01', '2023-02').map((o) => o.amount)).toEqual([26, 26]);
  });

  const cases: [string, unknown, string][] = [
    ['a float', 0.025, 'invalid_input'],
    ['a percent number', 2.5, 'invalid_input'],
    ['a fractional numerator', { num: 2.5, den: 100 }, 'invalid_input'],
    ['a zero denominator', { num: 1, den: 0 }, 'invalid_input'],
    ['a negative denominator', { num: -1, den: -40 }, 'invalid_input'],
    ['a third (not a whole number of millionths)', { num: 1, den: 3 }, 'invalid_input'],
    ['a string', '2.5%', 'invalid_input'],
    ['missing', undefined, 'invalid_input'],
    ['above the domain', { num: 13, den: 100 }, 'out_of_domain'],
    ['below the domain', { num: -1, den: 1000000 }, 'out_of_domain'],
  ];
  for (const [what, r, kind] of cases) {
    it(`rejects ${what} as ${kind}, naming the field and the policy line`, async () => {
      const m = await load('ratein2');
      const e = thrown(() => m.evaluate({ base: 1000, r, month: '2023-01' }));
      expect([e.kind, e.field, e.location.line, e.location.col]).toEqual([kind, 'r', 5, 9]);
      const e2 = thrown(() => m.evaluateMonths({ base: 1000, r }, '2023-01', '2023-01'));
      expect([e2.kind, e2.field]).toEqual([kind, 'r']);
    });
  }
});

describe('rateNumerator (runtime)', () => {
  it('scales exact pairs to numerators over the scale, through BigInt when the denominator does not divide it', async () => {
    const { rateNumerator } = await import('../../src/runtime/validate.js');
    expect(rateNumerator({ num: 23, den: 1000 }, 1_000_000)).toBe(23_000);
    expect(rateNumerator({ num: 3, den: 300 }, 1_000_000)).toBe(10_000); // 300 ∤ 10^6, but 3/300 = 1%
    expect(rateNumerator({ num: -1, den: 8 }, 1_000_000)).toBe(-125_000);
    for (const bad of [{ num: 1, den: 3 }, { num: 1, den: 0 }, { num: 1.5, den: 10 }, { num: 2 ** 60, den: 1 }, { num: '1', den: 2 }, null, 0.5, [1, 2]]) {
      expect(rateNumerator(bad, 1_000_000), JSON.stringify(bad)).toBeNaN();
    }
  });
});
