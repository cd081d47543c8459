/**
 * IR expressions → TypeScript expressions over plain numbers.
 *
 * Every numeric value is emitted as an integer numerator over a denominator
 * fixed at compile time (`den`): fen for rounded money, `base·23 / 1000` for
 * `base × 2.3%`. Rounding divides by that denominator in the declared mode.
 * `lo..hi` is a proven range of the numerator (interval analysis from the
 * declared input domains). Beyond ±(2^53 − 1) the compiler refuses (PD3008)
 * instead of emitting inexact code; within it, rounding of a provably
 * non-negative numerator is emitted inline as an exact floor division.
 */
import type { Span } from '../diagnostics/span.js';
import type { IrExpr } from '../check/ir.js';
import { stringLiteral } from './naming.js';

export interface Range {
  readonly lo: bigint;
  readonly hi: bigint;
}

export interface Code extends Range {
  readonly code: string;
  readonly den: bigint;
  /** precedence: 100 atom, 90 unary, 80 multiplicative, 70 additive, 60 relational, 50 equality, 40 &&, 30 || */
  readonly prec: number;
}

export interface ExprCtx {
  /** the local holding an input or declaration value */
  local(name: string): string;
  /** the fixed denominator of an input's or declaration's value (1 but for rates) */
  declDen(name: string): bigint;
  /** proven range of an input or declaration's numerator */
  range(name: string): Range;
  overflow(span: Span, bound: bigint): void;
  /** runtime helper for rounding, by mode */
  roundFn(mode: string): string;
}

export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const ZERO: Range = { lo: 0n, hi: 0n };

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
export const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;
const min = (...xs: bigint[]): bigint => xs.reduce((a, b) => (b < a ? b : a));
const max = (...xs: bigint[]): bigint => xs.reduce((a, b) => (b > a ? b : a));
export const magnitude = (r: Range): bigint => max(r.lo < 0n ? -r.lo : r.lo, r.hi < 0n ? -r.hi : r.hi);
/** The union of two ranges. */
export const hull = (a: Range, b: Range): Range => ({ lo: min(a.lo, b.lo), hi: max(a.hi, b.hi) });

const wrap = (c: Code, prec: number): string => (c.prec < prec ? `(${c.code})` : c.code);
const atom = (code: string, den: bigint, r: Range): Code => ({ code, den, lo: r.lo, hi: r.hi, prec: 100 });

/** Rescales a value to denominator `to` (a multiple of its own). */
export function scaleTo(c: Code, to: bigint): Code {
  if (c.den === to) return c;
  const f = to / c.den;
  if (/^-?\d+$/.test(c.code)) {
    const v = BigInt(c.code) * f;
    return { code: String(v), den: to, lo: v, hi: v, prec: v < 0n ? 90 : 100 };
  }
  return { code: `${wrap(c, 80)} * ${f}`, den: to, lo: c.lo * f, hi: c.hi * f, prec: 80 };
}

export function emitExpr(e: IrExpr, ctx: ExprCtx): Code {
  const out = emit(e, ctx);
  if (magnitude(out) > MAX_SAFE) ctx.overflow(e.span, magnitude(out));
  return out;
}

/** `x / d` rounded to an integer: inline when exactness is proven, else the runtime helper. */
function rounding(x: Code, d: bigint, mode: string, ctx: ExprCtx): Code {
  // a conservative range of the rounded value (exact bounds are not needed)
  const lo = x.lo >= 0n ? x.lo / d : x.lo / d - 1n;
  const hi = x.hi / d + 1n;
  // For integers a ≥ 0, b > 0 with a + b ≤ 2^53, Math.floor(a / b) is exact.
  if (x.lo >= 0n && mode === 'half_up' && 2n * x.hi + 3n * d <= MAX_SAFE) {
    const code = d % 2n === 0n ? `Math.floor((${wrap(x, 70)} + ${d / 2n}) / ${d})` : `Math.floor((2 * ${wrap(x, 80)} + ${d}) / ${2n * d})`;
    return { code, den: 1n, lo, hi, prec: 100 };
  }
  if (x.lo >= 0n && mode === 'truncate' && x.hi + d <= MAX_SAFE) {
    return { code: `Math.floor(${wrap(x, 80)} / ${d})`, den: 1n, lo, hi, prec: 100 };
  }
  return atom(`${ctx.roundFn(mode)}(${x.code}, ${d})`, 1n, { lo, hi });
}

function emit(e: IrExpr, ctx: ExprCtx): Code {
  switch (e.op) {
    case 'const': {
      const v = e.value;
      if (v.k === 'num') {
        const n = v.value.num;
        return { code: n < 0n ? `-${-n}` : `${n}`, den: v.value.den, lo: n, hi: n, prec: n < 0n ? 90 : 100 };
      }
      if (v.k === 'month') return atom(String(v.value), 1n, { lo: BigInt(v.value), hi: BigInt(v.value) });
      if (v.k === 'bool') return atom(String(v.value), 1n, ZERO);
      return atom(stringLiteral(v.value), 1n, ZERO);
    }
    case 'input':
    case 'ref':
      return atom(ctx.local(e.name), ctx.declDen(e.name), ctx.range(e.name));
    case 'add':
    case 'sub': {
      const l = emitExpr(e.l, ctx);
      const r = emitExpr(e.r, ctx);
      const d = lcm(l.den, r.den);
      const L = scaleTo(l, d);
      const R = scaleTo(r, d);
      const range = e.op === 'add' ? { lo: L.lo + R.lo, hi: L.hi + R.hi } : { lo: L.lo - R.hi, hi: L.hi - R.lo };
      return { code: `${wrap(L, 70)} ${e.op === 'add' ? '+' : '-'} ${wrap(R, 71)}`, den: d, ...range, prec: 70 };
    }
    case 'mul': {
      const l = emitExpr(e.l, ctx);
      const r = emitExpr(e.r, ctx);
      const ps = [l.lo * r.lo, l.lo * r.hi, l.hi * r.lo, l.hi * r.hi];
      return { code: `${wrap(l, 80)} * ${wrap(r, 81)}`, den: l.den * r.den, lo: min(...ps), hi: max(...ps), prec: 80 };
    }
    case 'div': {
      const l = emitExpr(e.l, ctx);
      return { ...l, den: l.den * e.divisor };
    }
    case 'scale': {
      const x = emitExpr(e.e, ctx);
      const f = e.factor;
      const scaled = f === 1n ? x : { code: `${wrap(x, 80)} * ${f}`, den: x.den, lo: x.lo * f, hi: x.hi * f, prec: 80 };
      return { ...scaled, den: scaled.den * e.divisor };
    }
    case 'neg': {
      const x = emitExpr(e.e, ctx);
      return { code: `-${wrap(x, 90)}`, den: x.den, lo: -x.hi, hi: -x.lo, prec: 90 };
    }
    case 'round': {
      const x = emitExpr(e.e, ctx);
      const unit = e.unit === 'yuan' ? 100n : 1n;
      const d = x.den * unit;
      if (d === 1n) return x;
      const q = rounding(x, d, e.mode, ctx);
      return unit === 1n ? q : { code: `${q.code} * 100`, den: 1n, lo: q.lo * 100n, hi: q.hi * 100n, prec: 80 };
    }
    case 'min':
    case 'max': {
      const xs = e.args.map((a) => emitExpr(a, ctx));
      const d = xs.reduce((acc, x) => lcm(acc, x.den), 1n);
      const scaled = xs.map((x) => scaleTo(x, d));
      const pick = e.op === 'min' ? min : max;
      return atom(`Math.${e.op}(${scaled.map((x) => x.code).join(', ')})`, d, { lo: pick(...scaled.map((x) => x.lo)), hi: pick(...scaled.map((x) => x.hi)) });
    }
    case 'cmp': {
      const l = emitExpr(e.l, ctx);
      const r = emitExpr(e.r, ctx);
      const d = lcm(l.den, r.den);
      const op = e.cmp === '=' ? '===' : e.cmp === '!=' ? '!==' : e.cmp;
      const prec = op === '===' || op === '!==' ? 50 : 60;
      return { code: `${wrap(scaleTo(l, d), prec + 1)} ${op} ${wrap(scaleTo(r, d), prec + 1)}`, den: 1n, ...ZERO, prec };
    }
    case 'and':
    case 'or': {
      const prec = e.op === 'and' ? 40 : 30;
      const parts = e.args.map((a) => wrap(emitExpr(a, ctx), prec + 1));
      return { code: parts.join(e.op === 'and' ? ' && ' : ' || '), den: 1n, ...ZERO, prec };
    }
    case 'not': {
      const x = emitExpr(e.e, ctx);
      return { code: `!${wrap(x, 90)}`, den: 1n, ...ZERO, prec: 90 };
    }
    case 'is': {
      const x = emitExpr(e.e, ctx);
      return { code: `${wrap(x, 51)} === ${stringLiteral(e.member)}`, den: 1n, ...ZERO, prec: 50 };
    }
  }
}
