/**
 * Variance analysis: for every input and declaration of a region, whether its
 * value depends on the person, on the month, on both, or on neither.
 *
 * The region's `monthInput` is the month dimension; every other input
 * (status, age, money, other months such as a payment month) is per person.
 * A declaration varies as the join of what it reads directly (`IrDecl.reads`);
 * declarations come in dependency order, so one pass suffices. A declaration
 * that reads nothing is constant.
 *
 * The columnar evaluator (src/codegen/columnar.ts) uses this to compute
 * per-person work once per person and only the rest once per month.
 */
import type { IrRegion } from '../ir/ir.js';

export type Variance = 'constant' | 'person' | 'month' | 'person_month';

/** The least variance that covers both: constant ⊔ x = x, person ⊔ month = person_month. */
export function joinVariance(a: Variance, b: Variance): Variance {
  if (a === b || b === 'constant') return a;
  if (a === 'constant') return b;
  return 'person_month';
}

/** Does a value of this variance change from one month to the next (for the same person)? */
export const variesByMonth = (v: Variance): boolean => v === 'month' || v === 'person_month';

export function analyseVariance(r: IrRegion): ReadonlyMap<string, Variance> {
  const out = new Map<string, Variance>();
  for (const i of r.inputs) out.set(i.name, i.name === r.monthInput ? 'month' : 'person');
  for (const d of r.decls) {
    let v: Variance = 'constant';
    for (const n of d.reads) {
      const x = out.get(n);
      // reads are checked names in dependency order; an unknown one would be a compiler bug
      if (x === undefined) throw new Error(`variance: \`${d.name}\` reads \`${n}\` before it is declared`);
      v = joinVariance(v, x);
    }
    out.set(d.name, v);
  }
  return out;
}
