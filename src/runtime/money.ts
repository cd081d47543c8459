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

const MAX = Number.MAX_SAFE_INTEGER;

/*
 * Fast paths divide in floating point: for positive integers a, b with
 * a + b ≤ 2^53, Math.floor(a / b) is the exact integer quotient (the rounded
 * quotient cannot reach the next integer). Beyond that, the exact `%` path.
 * Negative numerators are reduced by symmetry; `0 - x` keeps a zero +0.
 */

/** Exact quotient and remainder of a non-negative safe integer (slow path: `%` is exact on doubles). */
function divmod(n: number, d: number): [number, number] {
  const r = n % d;
  return [(n - r) / d, r];
}

/** n/d rounded to an integer, ties away from zero (四舍五入). */
export function roundHalfUp(n: number, d: number): number {
  if (n < 0) return 0 - roundHalfUp(-n, d);
  if (n <= (MAX - 3 * d) / 2) return Math.floor((n + n + d) / (d + d));
  const [q, r] = divmod(n, d);
  return 2 * r >= d ? q + 1 : q;
}

/** n/d rounded to an integer, ties to even (banker's rounding). */
export function roundHalfEven(n: number, d: number): number {
  if (n < 0) return 0 - roundHalfEven(-n, d);
  let q: number;
  let r: number;
  if (n <= MAX - d) {
    q = Math.floor(n / d);
    r = n - q * d;
  } else [q, r] = divmod(n, d);
  const twice = 2 * r;
  if (twice > d) return q + 1;
  if (twice < d) return q;
  return q % 2 === 0 ? q : q + 1;
}

/** n/d rounded toward zero. */
export function roundTruncate(n: number, d: number): number {
  if (n < 0) return 0 - roundTruncate(-n, d);
  if (n <= MAX - d) return Math.floor(n / d);
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
