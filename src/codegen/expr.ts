/**
 * IR expressions → TypeScript expressions over plain numbers: a printer.
 *
 * Denominators and ranges come from the numeric analysis
 * (src/analysis/numeric.ts): every numeric value is an integer numerator over
 * a denominator fixed at compile time, whose range is proven within
 * ±(2^53 − 1). Rounding divides by that denominator in the declared mode —
 * inline as an exact floor division where the numerator is provably
 * non-negative, else through the runtime helper.
 *
 * Printing is iterative (deep expressions cannot overflow the stack) and
 * parenthesises by precedence, with spacing that can never fuse two tokens
 * into another (`- -x`, never `--x`).
 */
import type { IrExpr, IrNode, Source } from '../ir/ir.js';
import { setMask } from '../ir/consts.js';
import { foldExpr } from '../ir/visit.js';
import { lcm, MAX_SAFE, roundedRange, type Num, type Numeric } from '../analysis/numeric.js';
import { stringLiteral } from './naming.js';

export interface Code extends Num {
  readonly code: string;
  /** precedence: 100 atom, 90 unary, 80 multiplicative, 70 additive, 60 relational, 50 equality, 40 &&, 30 || */
  readonly prec: number;
}

export interface ExprCtx {
  /** the local holding an input or declaration value */
  local(name: string): string;
  /** the local holding a state's value at the end of the month before (stateful regions only) */
  previous?(name: string): string;
  readonly num: Numeric;
  /** runtime helper for rounding, by mode */
  roundFn(mode: string): string;
  /** a module function mapping a member of the list to its set bit (`x in S`), by the list's members */
  memberBit?(list: { readonly name: string; readonly members: readonly string[] }): string;
  /** a policy location constant, for failures located in an expression (an open set's `unknown`) */
  loc?(s: Source): string;
  /** a per-item define's value for the current item `it` (src/codegen/items.ts) */
  itemCall?(e: IrNode<'item'>): string;
  /** an aggregate: a call of its loop function (src/codegen/items.ts) */
  aggregate?(e: IrNode<'agg'>, n: Num): string;
}

const wrap = (c: Code, prec: number): string => (c.prec < prec ? `(${c.code})` : c.code);
/** A unary operator applied to an operand, never fusing into `--`/`++`. */
const unary = (op: '-' | '!', c: Code): string => {
  const x = wrap(c, 90);
  return op === '-' && (x.startsWith('-') || x.startsWith('+')) ? `-(${x})` : `${op}${x}`;
};

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

/** `x / d` rounded to an integer: inline when exactness is proven, else the runtime helper. */
function rounding(x: Code, d: bigint, mode: string, ctx: ExprCtx): Code {
  const { lo, hi } = roundedRange(x, d);
  // For integers a ≥ 0, b > 0 with a + b ≤ 2^53, Math.floor(a / b) is exact.
  if (x.lo >= 0n && mode === 'half_up' && 2n * x.hi + 3n * d <= MAX_SAFE) {
    const code = d % 2n === 0n ? `Math.floor((${wrap(x, 70)} + ${d / 2n}) / ${d})` : `Math.floor((2 * ${wrap(x, 80)} + ${d}) / ${2n * d})`;
    return { code, den: 1n, lo, hi, prec: 100 };
  }
  if (x.lo >= 0n && mode === 'truncate' && x.hi + d <= MAX_SAFE) {
    return { code: `Math.floor(${wrap(x, 80)} / ${d})`, den: 1n, lo, hi, prec: 100 };
  }
  return { code: `${ctx.roundFn(mode)}(${x.code}, ${d})`, den: 1n, lo, hi, prec: 100 };
}

type Printer = (e: IrExpr, kids: readonly Code[], n: Num, ctx: ExprCtx) => Code;

const printers: { readonly [K in IrExpr['op']]: (e: IrNode<K>, kids: readonly Code[], n: Num, ctx: ExprCtx) => Code } = {
  const: (e, _k, n) => {
    const v = e.value;
    if (v.k === 'num') {
      const x = v.value.num;
      return { code: x < 0n ? `-${-x}` : `${x}`, ...n, prec: x < 0n ? 90 : 100 };
    }
    if (v.k === 'month') return { code: String(v.value), ...n, prec: 100 };
    if (v.k === 'bool') return { code: String(v.value), ...n, prec: 100 };
    if (v.k === 'set') return { code: String(e.ty.k === 'set' ? setMask(e.ty.of.members, v.members) : 0), ...n, prec: 100 };
    if (v.k === 'list') throw new Error('internal: a list constant in an expression');
    return { code: stringLiteral(v.value), ...n, prec: 100 };
  },
  // the current item is `it` inside per-item functions and aggregate loops (src/codegen/items.ts)
  field: (e, _k, n) => ({ code: `it.${e.field}`, ...n, prec: 100 }),
  item: (e, _k, n, ctx) => {
    if (!ctx.itemCall) throw new Error(`internal: ${e.name} printed outside a list context`);
    return { code: ctx.itemCall(e), ...n, prec: 100 };
  },
  agg: (e, _k, n, ctx) => {
    if (!ctx.aggregate) throw new Error('internal: an aggregate printed without a generator');
    return { code: ctx.aggregate(e, n), ...n, prec: 100 };
  },
  input: (e, _k, n, ctx) => ({ code: ctx.local(e.name), ...n, prec: 100 }),
  ref: (e, _k, n, ctx) => ({ code: ctx.local(e.name), ...n, prec: 100 }),
  prev: (e, _k, n, ctx) => {
    if (!ctx.previous) throw new Error(`internal: previous(${e.name}) printed outside a stateful evaluator`);
    return { code: ctx.previous(e.name), ...n, prec: 100 };
  },
  month_of_year: (_e, [x], n) => ({ code: `${wrap(x!, 80)} % 12 + 1`, ...n, prec: 70 }),
  add: (e, [l, r], n) => arith('+', l!, r!, n),
  sub: (e, [l, r], n) => arith('-', l!, r!, n),
  mul: (_e, [l, r], n) => ({ code: `${wrap(l!, 80)} * ${wrap(r!, 81)}`, ...n, prec: 80 }),
  div: (_e, [l], n) => ({ code: l!.code, ...n, prec: l!.prec }),
  scale: (e, [x]) => {
    const f = e.factor;
    const scaled = f === 1n ? x! : { code: `${wrap(x!, 80)} * ${f}`, den: x!.den, lo: x!.lo * f, hi: x!.hi * f, prec: 80 };
    return { ...scaled, den: scaled.den * e.divisor };
  },
  neg: (_e, [x], n) => ({ code: unary('-', x!), ...n, prec: 90 }),
  round: (e, [x], n, ctx) => {
    const unit = e.unit === 'yuan' ? 100n : 1n;
    const d = x!.den * unit;
    if (d === 1n) return x!;
    const q = rounding(x!, d, e.mode, ctx);
    return unit === 1n ? q : { code: `${wrap(q, 80)} * 100`, ...n, prec: 80 };
  },
  min: (e, xs, n) => minMax(e.op, xs, n),
  max: (e, xs, n) => minMax(e.op, xs, n),
  cmp: (e, [l, r], n) => {
    if (e.l.ty.k === 'enum' && e.cmp !== '=' && e.cmp !== '!=') return orderedMembers(e, l!, r!, n);
    const d = lcm(l!.den, r!.den);
    const op = e.cmp === '=' ? '===' : e.cmp === '!=' ? '!==' : e.cmp;
    const prec = op === '===' || op === '!==' ? 50 : 60;
    return { code: `${wrap(scaleTo(l!, d), prec + 1)} ${op} ${wrap(scaleTo(r!, d), prec + 1)}`, ...n, prec };
  },
  and: (_e, xs, n) => ({ code: xs.map((x) => wrap(x, 41)).join(' && '), ...n, prec: 40 }),
  or: (_e, xs, n) => ({ code: xs.map((x) => wrap(x, 31)).join(' || '), ...n, prec: 30 }),
  not: (_e, [x], n) => ({ code: unary('!', x!), ...n, prec: 90 }),
  is: (e, [x], n) => ({ code: `${wrap(x!, 51)} === ${stringLiteral(e.member)}`, ...n, prec: 50 }),
  member: (e, [x, s], n, ctx) => membership(e, x!, s!, n, ctx),
};

/**
 * `x in S`: the set is a bitmask (bit i = the list's i-th member), so membership is one `&`, with no
 * allocation: a member written in the policy is its bit, a value is mapped to its bit by a `switch`. On an
 * open set a member the set does not name fails as `unknown` (`named(…)`), never `false`.
 */
function membership(e: IrNode<'member'>, x: Code, s: Code, n: Num, ctx: ExprCtx): Code {
  if (e.set.ty.k !== 'set') throw new Error('internal: membership in a value that is not a set');
  const list = e.set.ty.of.members;
  const bit = e.e.op === 'const' && e.e.value.k === 'enum' ? String(setMask(list, [e.e.value.value])) : `${ctx.memberBit!(e.set.ty.of)}(${x.code})`;
  const hit = `${wrap(s, 100)} & ${bit}`;
  if (!e.set.ty.open) return { code: `(${hit}) !== 0`, ...n, prec: 50 };
  const name = e.set.op === 'ref' ? e.set.name : 'set';
  return { code: `named(${hit}, ${stringLiteral(name)}, ${ctx.loc!(e.source)})`, ...n, prec: 100 };
}

/**
 * `<`, `<=`, `>`, `>=` on an ordered list (`one of level1 < level2 < level3`). Members are strings at run
 * time, so against a member the comparison becomes the members it admits, written out:
 * `level <= level2` → `(level === "level1" || level === "level2")`. Between two values it compares their
 * positions in the declared order (`["level1", "level2", "level3"].indexOf(…)`).
 */
function orderedMembers(e: IrNode<'cmp'>, l: Code, r: Code, n: Num): Code {
  const members = e.l.ty.k === 'enum' ? e.l.ty.members : [];
  const holds = (c: number): boolean => ({ '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0, '!=': c !== 0 })[e.cmp];
  const member = (x: IrExpr): number => (x.op === 'const' && x.value.k === 'enum' ? members.indexOf(x.value.value) : -1);
  const [li, ri] = [member(e.l), member(e.r)];
  if (li < 0 && ri < 0) {
    const order = `[${members.map(stringLiteral).join(', ')}]`;
    return { code: `${order}.indexOf(${l.code}) ${e.cmp} ${order}.indexOf(${r.code})`, ...n, prec: 60 };
  }
  // one side is a member: the other side's admitted members
  const [side, admitted] = ri >= 0 ? [l, members.filter((_, i) => holds(i - ri))] : [r, members.filter((_, i) => holds(li - i))];
  if (admitted.length === 0) return { code: 'false', ...n, prec: 100 };
  if (admitted.length === members.length) return { code: 'true', ...n, prec: 100 };
  const tests = admitted.map((m) => `${wrap(side, 51)} === ${stringLiteral(m)}`);
  return { code: tests.join(' || '), ...n, prec: tests.length === 1 ? 50 : 30 };
}

/**
 * `min`/`max` of two simple operands (names, literals and arithmetic on them) as a conditional, which V8 compiles to a
 * compare and a select in hot loops (faster than a call to `Math.min`); otherwise `Math.min(…)`, so no
 * operand is evaluated twice.
 */
function minMax(op: 'min' | 'max', xs: readonly Code[], n: Num): Code {
  const args = xs.map((x) => scaleTo(x, n.den).code);
  // names, literals and arithmetic on them: pure and cheap, so evaluating one twice costs less than the call
  const simple = (c: string): boolean => c.length <= 80 && /^[-+*/ ()A-Za-z_$0-9.]+$/.test(c) && !/[A-Za-z_$0-9]\s*\(/.test(c);
  if (args.length === 2 && args.every(simple)) {
    const [a, b] = args as [string, string];
    const code = `(${a} ${op === 'min' ? '<' : '>'} ${b} ? ${a} : ${b})`;
    return { code, ...n, prec: 100 };
  }
  return { code: `Math.${op}(${args.join(', ')})`, ...n, prec: 100 };
}

function arith(op: '+' | '-', l: Code, r: Code, n: Num): Code {
  const L = scaleTo(l, n.den);
  const R = scaleTo(r, n.den);
  // the right operand of `-` binds tighter; a leading sign on it is spaced apart (`a - -b`)
  return { code: `${wrap(L, 70)} ${op} ${wrap(R, 71)}`, ...n, prec: 70 };
}

/** The TypeScript expression for `e` with its denominator and proven range. */
export function emitExpr(e: IrExpr, ctx: ExprCtx): Code {
  return foldExpr<Code>(e, (x, kids) => (printers[x.op] as Printer)(x, kids, ctx.num.of(x), ctx));
}
