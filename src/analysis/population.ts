/**
 * Specialisation by population (partial evaluation, IR → IR). Most rules start
 * with `for employed:` / `for retired:`; once an evaluator knows the
 * population, those tests are decided. Back ends therefore dispatch once on the
 * population and evaluate rules specialised to it — the shape a careful
 * engineer would write by hand — instead of re-testing it in every rule.
 */
import type { IrBody, IrCase, IrExpr, IrRegion } from '../ir/ir.js';
import { children, dispatch, walkBody, type ExprHandlers } from '../ir/visit.js';

/** The enum input that the most top-level case lists test with `is` (what `for` guards become): the population. */
export function dispatchInput(r: IrRegion): string | undefined {
  const counts = new Map<string, number>();
  // only `is` tests reachable through and/or/not count: they are what `prune` decides
  const count = (e: IrExpr): void => {
    if (e.op === 'is' && e.e.op === 'input') counts.set(e.e.name, (counts.get(e.e.name) ?? 0) + 1);
    if (e.op === 'and' || e.op === 'or' || e.op === 'not') children(e).forEach(count);
  };
  for (const d of r.decls) if (d.body.kind === 'cases') for (const c of d.body.cases) if (c.cond) count(c.cond);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}

/** A condition with `input is member` decided: true, false, or what remains to test. */
export function fold(e: IrExpr, input: string, member: string): boolean | IrExpr {
  const logic = (x: IrExpr & { op: 'and' | 'or' }): boolean | IrExpr => {
    const rest: IrExpr[] = [];
    for (const a of x.args) {
      const v = fold(a, input, member);
      if (typeof v === 'boolean') {
        if (x.op === 'and' && !v) return false;
        if (x.op === 'or' && v) return true;
      } else rest.push(v);
    }
    if (rest.length === 0) return x.op === 'and';
    return rest.length === 1 ? rest[0]! : { ...x, args: rest };
  };
  const same = (x: IrExpr): IrExpr => x;
  const h: ExprHandlers<boolean | IrExpr> = {
    is: (x) => (x.e.op === 'input' && x.e.name === input ? x.member === member : x),
    not: (x) => {
      const v = fold(x.e, input, member);
      return typeof v === 'boolean' ? !v : { ...x, e: v };
    },
    and: logic,
    or: logic,
    // no other op decides a population test
    const: same,
    input: same,
    ref: same,
    add: same,
    sub: same,
    mul: same,
    div: same,
    neg: same,
    round: same,
    min: same,
    max: same,
    cmp: same,
    scale: same,
  };
  return dispatch(e, h);
}

/**
 * The body with `input = member` known. Cases that cannot apply are dropped;
 * a case that must apply becomes unconditional and ends its list (cases are
 * proven mutually exclusive by the checker).
 */
export function prune(b: IrBody, input: string, member: string): IrBody {
  if (b.kind === 'value') return b;
  const cases: IrCase[] = [];
  for (const c of b.cases) {
    const cond = c.cond === undefined ? true : fold(c.cond, input, member);
    if (cond === false) continue;
    cases.push({ ...c, cond: cond === true ? undefined : cond, body: prune(c.body, input, member) });
    if (cond === true) break;
  }
  return { kind: 'cases', cases };
}

/** Some reachable case says `not applicable`. */
export function mayBeAbsent(b: IrBody): boolean {
  let found = false;
  walkBody(b, { absent: (k) => void (found ||= k === 'not_applicable') });
  return found;
}

/** Some reachable case says `unspecified`: evaluating the rule can throw. */
export function mayFail(b: IrBody): boolean {
  let found = false;
  walkBody(b, { absent: (k) => void (found ||= k === 'unspecified') });
  return found;
}
