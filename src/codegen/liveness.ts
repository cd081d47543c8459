/**
 * What the plain path of a region's evaluator computes: the rules the outputs
 * (and, in a stateful region, the states) need, per population member, and
 * whether any of them can fail (then the plain path is retried lazily).
 */
import type { IrDecl, IrRegion } from '../ir/ir.js';
import { mayFail } from '../analysis/population.js';
import type { Variant } from './decl-fn.js';

/** What the plain path of one population member computes, and whether it can fail. */
export interface Liveness {
  /** what the outputs need, in dependency order (the plain path computes nothing else) */
  liveDecls(m: string | undefined): IrDecl[];
  /** some rule the outputs need can fail (the plain path is retried lazily) */
  mayFailFor(m: string | undefined): boolean;
}

export function liveness(r: IrRegion, variants: Map<string, Map<string | undefined, Variant>>, outputs: readonly IrDecl[]): Liveness {
  // A rule can fail if the sources leave it unspecified or it reads a value that may be `not applicable`.
  const canFail = (v: Variant, m: string | undefined): boolean => mayFail(v.body) || v.params.some((p) => variants.get(p)?.get(m)?.absent === true);
  const byMember = new Map<string | undefined, IrDecl[]>();
  const liveDecls = (m: string | undefined): IrDecl[] => {
    let decls = byMember.get(m);
    if (!decls) {
      const live = new Set<string>(outputs.map((d) => d.name));
      for (const d of [...r.decls].reverse()) if (live.has(d.name)) for (const p of variants.get(d.name)?.get(m)?.params ?? []) live.add(p);
      decls = r.decls.filter((d) => live.has(d.name) && variants.get(d.name)?.get(m) !== undefined);
      byMember.set(m, decls);
    }
    return decls;
  };
  return { liveDecls, mayFailFor: (m) => liveDecls(m).some((d) => canFail(variants.get(d.name)!.get(m)!, m)) };
}
