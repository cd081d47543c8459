/**
 * Exactness of src/runtime money arithmetic against an independent BigInt
 * oracle (bench/decimal-oracle.ts): generated numerators/denominators, the
 * seeded benchmark population, and the explicit half-fen ties of the policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, parseYuan, roundHalfEven, roundHalfUp, roundTo, roundTruncate, type RoundingMode } from '../../../src/runtime/money.js';
import { oracleRound, percentFraction } from '../../../bench/decimal-oracle.js';
import { generatePersons } from '../../../bench/population.js';

const MAX = Number.MAX_SAFE_INTEGER;
const MODES: readonly RoundingMode[] = ['half_up', 'half_even', 'truncate'];
const runtime: Record<RoundingMode, (n: number, d: number) => number> = {
  half_up: roundHalfUp,
  half_even: roundHalfEven,
  truncate: roundTruncate,
};

/** Runtime vs oracle; `===` so a -0 result counts as 0 (numerically equal). */
function check(mode: RoundingMode, n: number, d: number): void {
  const got = runtime[mode](n, d);
  const want = Number(oracleRound(BigInt(n), BigInt(d), mode));
  if (got !== want) throw new Error(`${mode}(${n}, ${d}) = ${got}, oracle ${want}`);
}

const numerator = fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1_000_000, max: 1_000_000 }));
const denominator = fc.oneof(
  fc.constantFrom(1, 2, 3, 10, 100, 1000, 10_000, 1_000_000),
  fc.integer({ min: 1, max: 100_000 }),
  fc.maxSafeNat().filter((d) => d > 0),
);
/** numerators sitting exactly on, or one off, a tie k·d + d/2 (d even). */
const nearTie = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 5e5 }), fc.constantFrom(-1, 0, 1))
  .map(([k, h, off]) => ({ n: k * 2 * h + h + off, d: 2 * h }));

describe('rounding vs BigInt oracle: generated inputs', () => {
  for (const mode of MODES) {
    it(`${mode}: arbitrary safe numerators and positive denominators`, () => {
      fc.assert(
        fc.property(numerator, denominator, (n, d) => check(mode, n, d)),
        { numRuns: 20_000 },
      );
    });
    it(`${mode}: numerators at and next to ties`, () => {
      fc.assert(
        fc.property(nearTie, ({ n, d }) => check(mode, n, d)),
        { numRuns: 20_000 },
      );
    });
  }

  it('numerators within 500 of ±MAX_SAFE_INTEGER, denominators 1..200 and huge', () => {
    const mismatches: string[] = [];
    const ds = [...Array.from({ length: 200 }, (_, i) => i + 1), 2 ** 52, 2 ** 52 + 1, MAX - 1, MAX];
    for (let k = 0; k <= 500; k++) {
      for (const n of [MAX - k, -(MAX - k)]) {
        for (const d of ds) {
          for (const mode of MODES) {
            try {
              check(mode, n, d);
            } catch (e) {
              mismatches.push((e as Error).message);
            }
          }
        }
      }
    }
    expect(mismatches.slice(0, 5), `${mismatches.length} mismatches`).toEqual([]);
  });

  it('roundTo: rounds to a multiple of the unit, in fen', () => {
    const arb = fc
      .tuple(fc.maxSafeInteger(), fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(1, 10, 100, 1000), fc.constantFrom(...MODES))
      .filter(([, d, unit]) => d * unit <= MAX);
    fc.assert(
      fc.property(arb, ([n, d, unit, mode]) => {
        const want = Number(oracleRound(BigInt(n), BigInt(d * unit), mode) * BigInt(unit));
        expect(roundTo(n, d, mode, unit) === want).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('rounding vs BigInt oracle: seeded population (mulberry32(42))', () => {
  const persons = generatePersons(200_000);
  /** [percent text for the oracle, per-mille numerator used by generated code] */
  const RATES: readonly [string, number][] = [
    ['2', 20],
    ['9.5', 95],
    ['2.3', 23],
    ['1.5', 15],
    ['1.7', 17],
    ['4.5', 45],
  ];

  it('draws lie in the documented ranges', () => {
    let outside = 0;
    for (let i = 0; i < persons.count; i++) {
      const s = persons.status[i]!;
      const age = persons.age[i]!;
      const base = persons.base[i]!;
      const pension = persons.pension[i]!;
      const ok =
        s < 4 && age >= (s === 1 ? 60 : 18) && age <= 90 && base >= 300000 && base <= 5000000 && pension >= 200000 && pension <= 900000;
      if (!ok) outside++;
    }
    expect(outside).toBe(0);
  });

  for (const [pct, k] of RATES) {
    it(`fen × ${pct}% (base, clamped base, pension): every mode, zero mismatches`, () => {
      const { num, den } = percentFraction(pct);
      let mismatches = 0;
      let products = 0;
      for (let i = 0; i < persons.count; i++) {
        const base = persons.base[i]!;
        const clamped = Math.min(Math.max(base, 731000), 3654900);
        for (const fen of [base, clamped, persons.pension[i]!]) {
          const exact = BigInt(fen) * num;
          for (const mode of MODES) {
            products++;
            if (runtime[mode](fen * k, 1000) !== Number(oracleRound(exact, den, mode))) mismatches++;
          }
        }
      }
      expect(products).toBe(persons.count * 9);
      expect(mismatches).toBe(0);
    });
  }
});

describe('explicit half-fen ties of the policy', () => {
  it('36549.00 × 9.5% = 3472.155', () => {
    const n = parseYuan('36549.00') * 95; // 347215.5 fen × 1000
    expect(n).toBe(347215500);
    expect(formatFen(roundHalfUp(n, 1000))).toBe('3472.16');
    expect(formatFen(roundHalfEven(n, 1000))).toBe('3472.16'); // 347215 is odd → up to even
    expect(formatFen(roundTruncate(n, 1000))).toBe('3472.15');
    expect(formatFen(roundTo(n, 1000, 'half_up', 100))).toBe('3472.00');
    expect(roundHalfUp(-n, 1000)).toBe(-347216); // ties away from zero
    expect(roundHalfEven(-n, 1000)).toBe(-347216);
  });

  it('7269.00 × 4.5% = 327.105', () => {
    const n = parseYuan('7269.00') * 45;
    expect(n).toBe(32710500);
    expect(formatFen(roundHalfUp(n, 1000))).toBe('327.11');
    expect(formatFen(roundHalfEven(n, 1000))).toBe('327.10'); // 32710 is even
    expect(formatFen(roundTruncate(n, 1000))).toBe('327.10');
  });

  it('the same ties through the oracle', () => {
    expect(oracleRound(347215500n, 1000n, 'half_up')).toBe(347216n);
    expect(oracleRound(32710500n, 1000n, 'half_even')).toBe(32710n);
    expect(oracleRound(-32710500n, 1000n, 'half_up')).toBe(-32711n);
  });
});

describe('formatFen / parseYuan', () => {
  it('parseYuan(formatFen(fen)) === fen for every safe fen', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => parseYuan(formatFen(fen)) === fen),
      { numRuns: 20_000 },
    );
  });

  it('formatFen(parseYuan(s)) === s for canonical two-decimal strings', () => {
    const canonical = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 9e13 }), fc.integer({ min: 0, max: 99 }))
      .filter(([neg, y, f]) => !(neg && y === 0 && f === 0))
      .map(([neg, y, f]) => `${neg ? '-' : ''}${y}.${String(f).padStart(2, '0')}`);
    fc.assert(
      fc.property(canonical, (s) => formatFen(parseYuan(s)) === s),
      { numRuns: 20_000 },
    );
  });

  it('examples', () => {
    expect(formatFen(32711)).toBe('327.11');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-5)).toBe('-0.05');
    expect(formatFen(0)).toBe('0.00');
    expect(parseYuan('5000')).toBe(500000);
    expect(parseYuan('327.1')).toBe(32710);
    expect(parseYuan(' 70.00 ')).toBe(7000);
  });

  it('rejects malformed amounts with NaN', () => {
    for (const s of ['', 'abc', '1.234', '.5', '5.', '1,000.00', '1e3', '+5', '--5', '5 00']) {
      expect(parseYuan(s), s).toBeNaN();
    }
  });
});
