/**
 * Which steps of an interpreted trace an auditor needs: what each step read on
 * the branch it took (the guards tested up to that branch and the chosen
 * expression, not every case's reads), and which steps an output reads,
 * directly or transitively. The rest did not contribute and is omitted.
 */
import type { IrBody, IrExpr, IrRegion } from '../ir/ir.js';
import { forEachExpr, readsOfExpr } from '../ir/visit.js';
import type { InterpStep } from '../interpret/interpret.js';

/** The names a step read on its branch, in the declaration's `reads` order; the declaration's `reads` when the branch cannot be followed. */
export function takenReads(r: IrRegion, s: InterpStep): readonly string[] {
  const d = r.decls.find((x) => x.name === s.name);
  if (!d) return s.reads;
  const used = new Set<string>();
  let b: IrBody = d.body;
  for (const label of s.branch === '=' ? [] : s.branch.split(' › ')) {
    if (b.kind !== 'cases') return s.reads;
    const i = b.cases.findIndex((c) => c.label === label);
    if (i < 0) return s.reads;
    // every guard up to the chosen one was evaluated
    for (const c of b.cases.slice(0, i + 1)) if (c.cond) readsOfExpr(c.cond, used);
    b = b.cases[i]!.body;
  }
  if (b.kind === 'cases') return s.reads;
  if (b.value.kind === 'expr') readsOfExpr(b.value.e, used);
  else if (b.value.kind === 'range') for (const x of [b.value.lo, b.value.hi]) readsOfExpr(x, used);
  // the per-item defines an aggregate on this branch computed (their steps are named as the define)
  const items = new Set<string>();
  const collect = (e: IrExpr): void => forEachExpr(e, (x) => void (x.op === 'item' && items.add(x.name)));
  if (b.value.kind === 'expr') collect(b.value.e);
  return [...s.reads.filter((n) => used.has(n)), ...items];
}

/** The steps outputs read directly or transitively (outputs included), in trace order; every step when no output was reached. */
export function contributingSteps(r: IrRegion, steps: readonly InterpStep[]): { kept: InterpStep[]; omitted: InterpStep[] } {
  const byName = new Map(steps.map((s) => [s.name, s]));
  const outputs = steps.filter((s) => s.kind === 'output');
  if (outputs.length === 0) return { kept: [...steps], omitted: [] };
  const needed = new Set<string>();
  const todo = outputs.map((s) => s.name);
  while (todo.length) {
    const name = todo.pop()!;
    if (needed.has(name)) continue;
    needed.add(name);
    const s = byName.get(name);
    if (s) for (const n of takenReads(r, s)) if (byName.has(n)) todo.push(n);
  }
  return { kept: steps.filter((s) => needed.has(s.name)), omitted: steps.filter((s) => !needed.has(s.name)) };
}
