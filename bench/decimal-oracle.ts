/**
 * An independent exact oracle for rounding, on BigInt: no doubles, no
 * src/runtime code. Used by the exactness run (bench/oracle.ts) and by the
 * runtime unit tests.
 */

export type OracleMode = 'half_up' | 'half_even' | 'truncate';

/** n/d rounded to an integer (d > 0). half_up = ties away from zero (四舍五入). */
export function oracleRound(n: bigint, d: bigint, mode: OracleMode): bigint {
  if (d <= 0n) throw new RangeError('d must be positive');
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d; // BigInt division truncates: exact floor for a ≥ 0
  const r = a - q * d;
  if (mode === 'half_up') {
    if (2n * r >= d) q += 1n;
  } else if (mode === 'half_even') {
    if (2n * r > d || (2n * r === d && q % 2n === 1n)) q += 1n;
  }
  return neg ? -q : q;
}

/**
 * Parses a percentage written in decimal ("9.5", "2.3", "4.5") into an exact
 * fraction num/den of 1 (9.5 % → 95/1000).
 */
export function percentFraction(text: string): { num: bigint; den: bigint } {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`bad percentage ${text}`);
  const frac = m[2] ?? '';
  return { num: BigInt(m[1]! + frac), den: 10n ** BigInt(frac.length + 2) };
}

/** fen × (pct %) rounded half-up to the fen, exactly. */
export function oracleFenTimesPercent(fen: number, pct: string): number {
  const { num, den } = percentFraction(pct);
  return Number(oracleRound(BigInt(fen) * num, den, 'half_up'));
}
