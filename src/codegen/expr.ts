/**
 * IR expressions → TypeScript expressions over plain numbers.
 *
 * Every numeric value is emitted as an integer numerator over a denominator
 * fixed at compile time (`den`): fen for rounded money, `base·23 / 1000` for
 * `base × 2.3%`. Rounding divides by that denominator in the declared mode.
 * `bound` is a proven upper bound on the numerator's magnitude; beyond
 * 2^53 − 1 the compiler refuses (PD3008) instead of emitting inexact code.
 */
import type { Span } from '../diagnostics/span.js';
import type { IrExpr } from '../check/ir.js';
import { stringLiteral } from './naming.js';

export interface Code {
  readonly code: string;
  readonly den: bigint;
  readonly bound: bigint;
  /** precedence: 100 atom, 90 unary, 80 multiplicative, 70 additive, 60 relational, 50 equality, 40 &&, 30 || */
  readonly prec: number;
}

export interface ExprCtx {
  /** the local holding an input or declaration value */
  local(name: string): string;
  declDen(name: string): bigint;
  bound(name: string): bigint;
  overflow(span: Span, bound: bigint): void;
  /** runtime helper for rounding, by mode */
  roundFn(mode: string): string;
}

export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
export const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;
const abs = (a: bigint): bigint => (a < 0n ? -a : a);

const wrap = (c: Code, prec: number): string => (c.prec < prec ? `(${c.code})` : c.code);
const atom = (code: string, den = 1n, bound = 0n): Code => ({ code, den, bound, prec: 100 });

/** Rescales a value to denominator `to` (a multiple of its own). */
export function scaleTo(c: Code, to: bigint): Code {
  if (c.den === to) return c;
  const f = to / c.den;
  if (/^-?\d+$/.test(c.code)) {
    const v = BigInt(c.code) * f;
    return { code: String(v), den: to, bound: c.bound * f, prec: v < 0n ? 90 : 100 };
  }
  return { code: `${wrap(c, 80)} * ${f}`, den: to, bound: c.bound * f, prec: 80 };
}

export function emitExpr(e: IrExpr, ctx: ExprCtx): Code {
  const out = emit(e, ctx);
  if (out.bound > MAX_SAFE) ctx.overflow(e.span, out.bound);
  return out;
}

function emit(e: IrExpr, ctx: ExprCtx): Code {
  switch (e.op) {
    case 'const': {
      const v = e.value;
      if (v.k === 'num') {
        const n = v.value.num;
        return { code: n < 0n ? `-${-n}` : `${n}`, den: v.value.den, bound: abs(n), prec: n < 0n ? 90 : 100 };
      }
      if (v.k === 'month') return atom(String(v.value), 1n, BigInt(v.value));
      if (v.k === 'bool') return atom(String(v.value));
      return atom(stringLiteral(v.value));
    }
    case 'input':
    case 'ref':
      return atom(ctx.local(e.name), e.op === 'ref' ? ctx.declDen(e.name) : 1n, ctx.bound(e.name));
    case 'add':
    case 'sub': {
      const l = emitExpr(e.l, ctx);
      const r = emitExpr(e.r, ctx);
      const d = lcm(l.den, r.den);
      const L = scaleTo(l, d);
      const R = scaleTo(r, d);
      return { code: `${wrap(L, 70)} ${e.op === 'add' ? '+' : '-'} ${wrap(R, 71)}`, den: d, bound: L.bound + R.bound, prec: 70 };
    }
    case 'mul': {
      const l = emitExpr(e.l, ctx);
      const r = emitExpr(e.r, ctx);
      return { code: `${wrap(l, 80)} * ${wrap(r, 81)}`, den: l.den * r.den, bound: l.bound * r.bound, prec: 80 };
    }
    case 'div': {
      const l = emitExpr(e.l, ctx);
      return { ...l, den: l.den * e.divisor };
    }
    case 'scale': {
      const x = emitExpr(e.e, ctx);
      const scaled = e.factor === 1n ? x : { code: `${wrap(x, 80)} * ${e.factor}`, den: x.den, bound: x.bound * e.factor, prec: 80 };
      return { ...scaled, den: scaled.den * e.divisor };
    }
    case 'neg': {
      const x = emitExpr(e.e, ctx);
      return { code: `-${wrap(x, 90)}`, den: x.den, bound: x.bound, prec: 90 };
    }
    case 'round': {
      const x = emitExpr(e.e, ctx);
      const unit = e.unit === 'yuan' ? 100n : 1n;
      const d = x.den * unit;
      if (d === 1n) return x;
      const call = `${ctx.roundFn(e.mode)}(${x.code}, ${d})`;
      return unit === 1n
        ? atom(call, 1n, x.bound / x.den + 1n)
        : { code: `${call} * 100`, den: 1n, bound: x.bound / x.den + 100n, prec: 80 };
    }
    case 'min':
    case 'max': {
      const xs = e.args.map((a) => emitExpr(a, ctx));
      const d = xs.reduce((acc, x) => lcm(acc, x.den), 1n);
      const scaled = xs.map((x) => scaleTo(x, d));
      const bound = scaled.reduce((acc, x) => (x.bound > acc ? x.bound : acc), 0n);
      return atom(`Math.${e.op}(${scaled.map((x) => x.code).join(', ')})`, d, bound);
    }
    case 'cmp': {
      const l = emitExpr(e.l, ctx);
      const r = emitExpr(e.r, ctx);
      const d = lcm(l.den, r.den);
      const op = e.cmp === '=' ? '===' : e.cmp === '!=' ? '!==' : e.cmp;
      const prec = op === '===' || op === '!==' ? 50 : 60;
      return { code: `${wrap(scaleTo(l, d), prec + 1)} ${op} ${wrap(scaleTo(r, d), prec + 1)}`, den: 1n, bound: 0n, prec };
    }
    case 'and':
    case 'or': {
      const prec = e.op === 'and' ? 40 : 30;
      const parts = e.args.map((a) => wrap(emitExpr(a, ctx), prec + 1));
      return { code: parts.join(e.op === 'and' ? ' && ' : ' || '), den: 1n, bound: 0n, prec };
    }
    case 'not': {
      const x = emitExpr(e.e, ctx);
      return { code: `!${wrap(x, 90)}`, den: 1n, bound: 0n, prec: 90 };
    }
    case 'is': {
      const x = emitExpr(e.e, ctx);
      return { code: `${wrap(x, 51)} === ${stringLiteral(e.member)}`, den: 1n, bound: 0n, prec: 50 };
    }
  }
}
