/**
 * Exact money arithmetic on integer fen.
 *
 * An unrounded amount is represented as an integer numerator `n` over a
 * positive integer denominator `d` chosen statically by the compiler (e.g.
 * `base × 2.3%` is `base·23 / 1000`). The compiler proves that every `n` it
 * emits stays within `Number.MAX_SAFE_INTEGER`, so all operations here are
 * exact integer operations on doubles; no binary fraction ever touches money.
 */

export type RoundingMode = 'half_up' | 'half_even' | 'truncate';

/** Floor division and remainder of safe integers, exact (r in [0, d)). */
function divmod(n: number, d: number): [number, number] {
  let q = Math.floor(n / d);
  let r = n - q * d;
  // Math.floor(n / d) can be off by one when n / d rounds across an integer.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return [q, r];
}

/** n/d rounded to an integer, ties away from zero (四舍五入). */
export function roundHalfUp(n: number, d: number): number {
  if (n < 0) return -roundHalfUp(-n, d);
  const [q, r] = divmod(n, d);
  return 2 * r >= d ? q + 1 : q;
}

/** n/d rounded to an integer, ties to even (banker's rounding). */
export function roundHalfEven(n: number, d: number): number {
  const [q, r] = divmod(n, d);
  const twice = 2 * r;
  if (twice > d) return q + 1;
  if (twice < d) return q;
  return q % 2 === 0 ? q : q + 1;
}

/** n/d rounded toward zero. */
export function roundTruncate(n: number, d: number): number {
  if (n < 0) return -roundTruncate(-n, d);
  return divmod(n, d)[0];
}

/** n/d rounded in `mode` to a multiple of `unit` (1 = fen, 100 = yuan); result in fen. */
export function roundTo(n: number, d: number, mode: RoundingMode, unit: number): number {
  const dd = d * unit;
  const q =
    mode === 'half_up' ? roundHalfUp(n, dd) : mode === 'half_even' ? roundHalfEven(n, dd) : roundTruncate(n, dd);
  return q * unit;
}

/** Formats integer fen as yuan with two decimals, e.g. 32711 → "327.11". */
export function formatFen(fen: number): string {
  const neg = fen < 0;
  const a = Math.abs(fen);
  const s = `${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** Parses a yuan amount with at most two decimals ("327.11", "5000") into fen; NaN when malformed. */
export function parseYuan(text: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return Number.NaN;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}
