/**
 * The one way to walk the IR.
 *
 * - `ExprHandlers<R>` is a table with one entry per op; `dispatch` calls the
 *   entry for a node. Every consumer that gives meaning to individual ops (the
 *   interpreter, numeric analysis, the TypeScript printer, specialisation,
 *   coverage) builds such a table, so a new op is a compile error in each.
 * - `children` / `mapChildren` are the generic structure, written once here:
 *   walks that only need "every sub-expression" (reads, liveness, absence)
 *   use them and never name an op.
 * - Walks over expressions are iterative where inputs can be deep (a flat sum
 *   of thousands of terms must not overflow the stack).
 */
import type { IrBody, IrCase, IrExpr, IrNode, IrOp } from './ir.js';

export type ExprHandlers<R> = { readonly [K in IrOp]: (e: IrNode<K>) => R };

/** Calls the handler for `e`'s op. */
export function dispatch<R>(e: IrExpr, h: ExprHandlers<R>): R {
  return (h[e.op] as (e: IrExpr) => R)(e);
}

/** Compile-time exhaustiveness: reaching this is a missing case. */
export function unreachable(x: never): never {
  throw new Error(`unhandled IR node ${JSON.stringify(x)}`);
}

/** The direct sub-expressions of `e`, in evaluation order. */
export function children(e: IrExpr): readonly IrExpr[] {
  switch (e.op) {
    case 'const':
    case 'input':
    case 'ref':
    case 'prev':
    case 'field':
    case 'item':
      return [];
    case 'agg':
      return [e.list, ...(e.where ? [e.where] : []), ...(e.of ? [e.of] : [])];
    case 'add':
    case 'sub':
    case 'mul':
    case 'cmp':
      return [e.l, e.r];
    case 'div':
      return [e.l];
    case 'neg':
    case 'round':
    case 'not':
    case 'is':
    case 'scale':
    case 'month_of_year':
      return [e.e];
    case 'min':
    case 'max':
    case 'and':
    case 'or':
      return e.args;
    case 'member':
      return [e.e, e.set];
    default:
      return unreachable(e);
  }
}

/** `e` with each direct sub-expression replaced by `f(child)`; `e` itself when nothing changed. */
export function mapChildren(e: IrExpr, f: (c: IrExpr) => IrExpr): IrExpr {
  switch (e.op) {
    case 'const':
    case 'input':
    case 'ref':
    case 'prev':
    case 'field':
    case 'item':
      return e;
    case 'agg': {
      const list = f(e.list);
      const where = e.where && f(e.where);
      const of = e.of && f(e.of);
      return list === e.list && where === e.where && of === e.of ? e : { ...e, list, ...(where ? { where } : {}), ...(of ? { of } : {}) };
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'cmp': {
      const l = f(e.l);
      const r = f(e.r);
      return l === e.l && r === e.r ? e : { ...e, l, r };
    }
    case 'div': {
      const l = f(e.l);
      return l === e.l ? e : { ...e, l };
    }
    case 'neg':
    case 'round':
    case 'not':
    case 'is':
    case 'scale':
    case 'month_of_year': {
      const x = f(e.e);
      return x === e.e ? e : { ...e, e: x };
    }
    case 'min':
    case 'max':
    case 'and':
    case 'or': {
      const args = e.args.map(f);
      return args.every((a, i) => a === e.args[i]) ? e : { ...e, args };
    }
    case 'member': {
      const x = f(e.e);
      const set = f(e.set);
      return x === e.e && set === e.set ? e : { ...e, e: x, set };
    }
    default:
      return unreachable(e);
  }
}

/** Visits `e` and every sub-expression, parents first (iterative: no recursion depth limit). */
export function forEachExpr(e: IrExpr, f: (x: IrExpr) => void): void {
  const stack: IrExpr[] = [e];
  while (stack.length) {
    const x = stack.pop()!;
    f(x);
    const cs = children(x);
    for (let i = cs.length - 1; i >= 0; i--) stack.push(cs[i]!);
  }
}

/** Whether `p` holds for `e` or any sub-expression. */
export function someExpr(e: IrExpr, p: (x: IrExpr) => boolean): boolean {
  const stack: IrExpr[] = [e];
  while (stack.length) {
    const x = stack.pop()!;
    if (p(x)) return true;
    for (const c of children(x)) stack.push(c);
  }
  return false;
}

/**
 * Bottom-up fold: `f(node, results of its children)`. Iterative post-order,
 * so deep expressions do not overflow the stack; shared sub-trees are folded once.
 */
export function foldExpr<R>(e: IrExpr, f: (x: IrExpr, kids: readonly R[]) => R): R {
  const done = new Map<IrExpr, R>();
  const stack: { x: IrExpr; expanded: boolean }[] = [{ x: e, expanded: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (done.has(top.x)) {
      stack.pop();
      continue;
    }
    const cs = children(top.x);
    if (!top.expanded) {
      top.expanded = true;
      for (let i = cs.length - 1; i >= 0; i--) if (!done.has(cs[i]!)) stack.push({ x: cs[i]!, expanded: false });
      continue;
    }
    stack.pop();
    done.set(top.x, f(top.x, cs.map((c) => done.get(c)!)));
  }
  return done.get(e)!;
}

/** Everything a body contains, case by case. */
export interface BodyVisitor {
  /** a case guard (`undefined` guards — `otherwise` — are not visited) */
  cond?(e: IrExpr, c: IrCase): void;
  /** a dated guard's month bound */
  bound?(e: IrExpr, c: IrCase): void;
  /** a leaf value expression */
  value?(e: IrExpr): void;
  /** a leaf `not applicable` / `unspecified` / `unknown` / `unresolved "…"`, or a range (whose two ends are also visited as values) */
  absent?(kind: 'not_applicable' | 'unspecified' | 'unknown' | 'unresolved' | 'range'): void;
}

/** Walks a body: guards, dated bounds and leaves, in source order. */
export function walkBody(b: IrBody, v: BodyVisitor): void {
  if (b.kind === 'value') {
    const val = b.value;
    if (val.kind === 'expr') v.value?.(val.e);
    else {
      if (val.kind === 'range') for (const x of [val.lo, val.hi]) v.value?.(x);
      v.absent?.(val.kind);
    }
    return;
  }
  for (const c of b.cases) {
    if (c.dated) for (const x of [c.dated.from, c.dated.to, c.dated.before]) if (x) v.bound?.(x, c);
    if (c.cond) v.cond?.(c.cond, c);
    walkBody(c.body, v);
  }
}

/** Every expression of a body (guards, bounds, leaves). */
export function forEachBodyExpr(b: IrBody, f: (e: IrExpr) => void): void {
  walkBody(b, { cond: f, bound: f, value: f });
}

/** Inputs and declarations an expression reads. */
export function readsOfExpr(e: IrExpr, out: Set<string> = new Set()): Set<string> {
  forEachExpr(e, (x) => {
    if (x.op === 'input' || x.op === 'ref') out.add(x.name);
    // an aggregate's per-item defines are not sub-expressions: their region-level reads are carried on the node
    if (x.op === 'agg') for (const n of x.reads) if (!x.known?.[n]) out.add(n);
  });
  return out;
}

/** Inputs and declarations a body reads (after specialisation, often fewer than the rule's `reads`). */
export function readsOfBody(b: IrBody, out: Set<string> = new Set()): Set<string> {
  forEachBodyExpr(b, (e) => readsOfExpr(e, out));
  return out;
}
