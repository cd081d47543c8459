/**
 * Keeping the checked IR shallow. A sum of n terms parses as a left-deep tree n levels tall, and
 * every walker after the checker (interpreter, analysis, code generation) recurses once per level,
 * so a long sum would overflow their stacks. Exact sums are associative, so a long chain of
 * same-typed `+`/`-` is rebalanced into a tree log₂ n tall with the same value; any expression
 * still deeper than `MAX_IR_DEPTH` (a long chain of divisions, say) is PD1009.
 */
import { join } from '../diagnostics/span.js';
import type { IrExpr } from '../ir/ir.js';
import { sameType } from '../ir/types.js';
import { children } from '../ir/visit.js';

/** Sums up to this many terms keep the shape the author wrote (and the code generated from it). */
export const REBALANCE_FROM = 16;
export const MAX_IR_DEPTH = 256;

/** A left-deep `+`/`-` chain whose nodes and terms all have one type, rebalanced; otherwise `e` itself. */
export function rebalance(e: IrExpr): IrExpr {
  const terms: { e: IrExpr; neg: boolean }[] = [];
  let x: IrExpr = e;
  while ((x.op === 'add' || x.op === 'sub') && sameType(x.ty, e.ty)) {
    terms.push({ e: x.r, neg: x.op === 'sub' });
    x = x.l;
  }
  terms.push({ e: x, neg: false });
  const numeric = e.ty.k === 'money' || e.ty.k === 'rate' || e.ty.k === 'int';
  if (terms.length < REBALANCE_FROM || !numeric || !terms.every((t) => sameType(t.e.ty, e.ty))) return e;
  terms.reverse();
  /** Σ terms[lo..hi] with signs flipped when `flip`; the caller ensures the first term is then positive. */
  const build = (lo: number, hi: number, flip: boolean): IrExpr => {
    if (lo === hi) return terms[lo]!.e;
    const mid = (lo + hi) >> 1;
    const l = build(lo, mid, flip);
    const rightNeg = terms[mid + 1]!.neg !== flip;
    const r = build(mid + 1, hi, rightNeg ? !flip : flip);
    return { op: rightNeg ? 'sub' : 'add', l, r, ty: e.ty, span: join(l.span, r.span) } as IrExpr;
  };
  return { ...build(0, terms.length - 1, false), span: e.span };
}

/** The height of an expression tree, without recursion. */
export function irDepth(root: IrExpr): number {
  let max = 0;
  const stack: [IrExpr, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [e, d] = stack.pop()!;
    if (d > max) max = d;
    for (const c of children(e)) stack.push([c, d + 1]);
  }
  return max;
}
