/**
 * The property harness generates rate inputs in the API's exact shape: before
 * the fix every invariant of a region with a rate input crashed with
 * "Cannot convert undefined to a BigInt".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { checkInvariant } from '../../src/harness/invariants.js';
import { compile } from '../../src/index.js';
import { loadGenerated } from '../support/generate.js';

const text = `region rated
  rounding half_up to fen
  horizon from 2020-01
  input base: money per month in 0.00 to 100000.00
  input r: rate in 0.5% to 12.5%
  input month: month
  output amount: money per month
    when r >= 2%: round(base * r)
    otherwise: 0
  invariant "never negative"
    expect amount >= 0
  invariant "grows with the rate"
    monotone amount in r
  invariant "false on purpose: small"
    expect amount <= 5000.00
`;

describe('rate inputs in the property harness', () => {
  const c = compile([{ path: 'policies/rated.policy', text }]);
  const r = c.regions[0]!;

  it('compiles', () => expect(c.diagnostics.map((d) => d.code)).toEqual([]));

  it('generates exact { num, den } values inside the domain, including the bounds and the compared constant', () => {
    const xs = fc.sample(regionInputs(r), { numRuns: 2000, seed: 1 }).map((x) => x.r as { num: number; den: number });
    for (const q of xs) {
      expect(Number.isSafeInteger(q.num) && Number.isSafeInteger(q.den) && q.den > 0).toBe(true);
      expect(BigInt(q.num) * 200n >= BigInt(q.den)).toBe(true); // ≥ 0.5%
      expect(BigInt(q.num) * 8n <= BigInt(q.den)).toBe(true); // ≤ 12.5%
    }
    const asMillionths = new Set(xs.map((q) => (q.num * 1000000) / q.den));
    expect([5000, 125000, 20000, 19999].every((v) => asMillionths.has(v))).toBe(true);
  });

  it('checks invariants without crashing, against the interpreter and the generated evaluator', async () => {
    const m = await loadGenerated<{ evaluate(i: object): Record<string, unknown> }>('rated', 'policies/rated.policy', text);
    for (const evaluate of [undefined, m.evaluate]) {
      const [nonNeg, grows, small] = r.invariants;
      expect(checkInvariant(r, nonNeg!, { runs: 300, seed: 3, evaluate })).toBeUndefined();
      expect(checkInvariant(r, grows!, { runs: 300, seed: 3, evaluate })).toBeUndefined();
      const f = checkInvariant(r, small!, { runs: 300, seed: 3, evaluate });
      expect(f?.detail).toContain('is false');
      expect(f?.counterexample).toMatch(/r = \d+(\.\d+)?%/);
    }
  });
});
