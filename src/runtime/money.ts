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

/**
 * Quotient and remainder of a non-negative safe integer by a positive one.
 * `%` on doubles is exact, and `n - r` is an exact multiple of `d`, so the
 * division is exact too; callers reduce negative numerators by symmetry so no
 * intermediate ever leaves the safe-integer range.
 */
function divmod(n: number, d: number): [number, number] {
  const r = n % d;
  return [(n - r) / d, r];
}

/** n/d rounded to an integer, ties away from zero (四舍五入). */
export function roundHalfUp(n: number, d: number): number {
  if (n < 0) return 0 - roundHalfUp(-n, d); // `0 -` keeps a zero result +0
  const [q, r] = divmod(n, d);
  return 2 * r >= d ? q + 1 : q;
}

/** n/d rounded to an integer, ties to even (banker's rounding). */
export function roundHalfEven(n: number, d: number): number {
  if (n < 0) return 0 - roundHalfEven(-n, d);
  const [q, r] = divmod(n, d);
  const twice = 2 * r;
  if (twice > d) return q + 1;
  if (twice < d) return q;
  return q % 2 === 0 ? q : q + 1;
}

/** n/d rounded toward zero. */
export function roundTruncate(n: number, d: number): number {
  if (n < 0) return 0 - roundTruncate(-n, d);
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
