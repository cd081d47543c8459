/** Exact rationals on BigInt, used for constants, the checker and the reference interpreter. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint; // always > 0, gcd(num, den) = 1
}

/** Greatest common divisor of |a| and |b| (0 when both are 0). */
export function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

export function rat(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

export const ZERO = rat(0n);
export const add = (a: Rational, b: Rational): Rational => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rat(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rat(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => rat(a.num * b.den, a.den * b.num);
export const neg = (a: Rational): Rational => rat(-a.num, a.den);
export const cmp = (a: Rational, b: Rational): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** Parses a non-negative decimal text ("2.3", "5000.00") exactly. */
export function parseDecimal(text: string): Rational {
  const [int, frac = ''] = text.split('.');
  return rat(BigInt(int! + frac), 10n ** BigInt(frac.length));
}

export type Mode = 'half_up' | 'half_even' | 'truncate';

/** Rounds to an integer in `mode` (half_up = ties away from zero). */
export function roundRat(x: Rational, mode: Mode): bigint {
  const sign = x.num < 0n ? -1n : 1n;
  const n = x.num * sign;
  const q = n / x.den;
  const r = n - q * x.den;
  let out = q;
  if (mode === 'half_up') out = 2n * r >= x.den ? q + 1n : q;
  else if (mode === 'half_even') {
    if (sign < 0n) {
      // ties to even is symmetric
    }
    out = 2n * r > x.den ? q + 1n : 2n * r < x.den ? q : q % 2n === 0n ? q : q + 1n;
  }
  return out * sign;
}

export function ratToString(x: Rational): string {
  return x.den === 1n ? String(x.num) : `${x.num}/${x.den}`;
}

export function isInteger(x: Rational): boolean {
  return x.den === 1n;
}

/** A rate as a percentage, exactly: 9/200 → "4.5%", 1/3 → "100/3%". */
export function percentText(q: Rational): string {
  const p = rat(q.num * 100n, q.den);
  for (let k = 0; k <= 12; k++) {
    const scale = 10n ** BigInt(k);
    if ((p.num * scale) % p.den === 0n) {
      const n = (p.num * scale) / p.den;
      const neg = n < 0n;
      const a = (neg ? -n : n).toString().padStart(k + 1, '0');
      const s = k ? `${a.slice(0, -k)}.${a.slice(-k)}` : a;
      return `${neg ? '-' : ''}${s}%`;
    }
  }
  return `${ratToString(p)}%`;
}
