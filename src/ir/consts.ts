/** Constant folding over the IR: the compile-time value of an expression, if it has one. */
import type { Const, IrDecl, IrExpr } from './ir.js';

/** A set as a bitmask: bit i for the list's i-th member (at most 31 members, PD2035). */
export function setMask(list: readonly string[], members: readonly string[]): number {
  let mask = 0;
  for (const m of members) mask |= 1 << list.indexOf(m);
  return mask;
}

/** Constant value of an expression, following parameters with one constant value. */
export function constOf(e: IrExpr, decls: ReadonlyMap<string, IrDecl>, seen = new Set<string>()): Const | undefined {
  if (e.op === 'const') return e.value;
  if (e.op === 'ref' && !seen.has(e.name)) {
    const d = decls.get(e.name);
    if (d?.declKind === 'parameter' && d.body.kind === 'value' && d.body.value.kind === 'expr') {
      return constOf(d.body.value.e, decls, new Set([...seen, e.name]));
    }
  }
  return undefined;
}
