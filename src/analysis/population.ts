/**
 * Specialisation by population (partial evaluation, IR → IR). Most rules start
 * with `for employed:` / `for retired:`; once an evaluator knows the
 * population, those tests are decided. Back ends therefore dispatch once on the
 * population and evaluate rules specialised to it — the shape a careful
 * engineer would write by hand — instead of re-testing it in every rule.
 */
import type { IrBody, IrCase, IrExpr, IrNode, IrRegion } from '../ir/ir.js';
import { children, dispatch, foldExpr, forEachBodyExpr, mapChildren, someExpr, walkBody, type ExprHandlers } from '../ir/visit.js';

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

const boolConst = (x: IrExpr, value: boolean): IrExpr => ({ op: 'const', value: { k: 'bool', value }, ty: x.ty, span: x.span });
const boolOf = (x: IrExpr): boolean | undefined => (x.op === 'const' && x.value.k === 'bool' ? x.value.value : undefined);

/**
 * `e` with `input = member` known, anywhere in the expression (a guard, or a
 * value such as `status is retired`): the input becomes the member, tests of
 * it are decided, and `and`/`or`/`not` over decided tests are simplified.
 * Nodes that do not change are returned as they are.
 */
export function decide(e: IrExpr, input: string, member: string): IrExpr {
  const same = (x: IrExpr): IrExpr => x;
  const logic = (x: IrNode<'and' | 'or'>): IrExpr => {
    const unit = x.op === 'and'; // true is the unit of `and`, false of `or`
    const rest = x.args.filter((a) => boolOf(a) !== unit);
    if (rest.some((a) => boolOf(a) === !unit)) return boolConst(x, !unit);
    if (rest.length === 0) return boolConst(x, unit);
    if (rest.length === x.args.length) return x;
    return rest.length === 1 ? rest[0]! : { ...x, args: rest };
  };
  const enumOf = (x: IrExpr): string | undefined => (x.op === 'const' && x.value.k === 'enum' ? x.value.value : undefined);
  const h: ExprHandlers<IrExpr> = {
    input: (x) => (x.name === input ? { op: 'const', value: { k: 'enum', value: member }, ty: x.ty, span: x.span } : x),
    is: (x) => {
      const v = enumOf(x.e);
      return v === undefined ? x : boolConst(x, v === x.member);
    },
    cmp: (x) => {
      const l = enumOf(x.l);
      const r = enumOf(x.r);
      if (l === undefined || r === undefined) return x;
      if (x.cmp === '=' || x.cmp === '!=') return boolConst(x, (l === r) === (x.cmp === '='));
      // an ordered list: compare positions in the declared order
      const ms = x.l.ty.k === 'enum' ? x.l.ty.members : [];
      const c = ms.indexOf(l) - ms.indexOf(r);
      return boolConst(x, { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[x.cmp]);
    },
    not: (x) => {
      const v = boolOf(x.e);
      return v === undefined ? x : boolConst(x, !v);
    },
    and: logic,
    or: logic,
    // nothing else decides anything (membership reads a set parameter, which may be dated)
    member: same,
    const: same,
    ref: same,
    add: same,
    sub: same,
    mul: same,
    div: same,
    neg: same,
    round: same,
    min: same,
    max: same,
    scale: same,
    prev: same,
    month_of_year: same,
    field: same,
    item: same,
    // the per-item defines it calls read `input` too: the loop is passed the member
    agg: (x) => (x.reads.includes(input) ? { ...x, known: { ...x.known, [input]: member } } : x),
  };
  return foldExpr<IrExpr>(e, (x, kids) => {
    let k = 0;
    return dispatch(mapChildren(x, () => kids[k++]!), h);
  });
}

/** A condition with `input = member` known: true, false, or what remains to test. */
export function fold(e: IrExpr, input: string, member: string): boolean | IrExpr {
  const d = decide(e, input, member);
  return boolOf(d) ?? d;
}

/**
 * The body with `input = member` known. Cases that cannot apply are dropped;
 * a case that must apply becomes unconditional and ends its list (cases are
 * proven mutually exclusive by the checker).
 */
export function prune(b: IrBody, input: string, member: string): IrBody {
  if (b.kind === 'value') return b.value.kind === 'expr' ? { kind: 'value', value: { kind: 'expr', e: decide(b.value.e, input, member) } } : b;
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

/** Some reachable case says `unspecified`, `unresolved` or `unknown`, is a range, or asks an open set about a member: evaluating the rule can throw. */
export function mayFail(b: IrBody): boolean {
  let found = false;
  // an aggregate over per-item defines that may be unspecified or not applicable for an item can throw too
  const agg = (e: IrExpr): void => void (found ||= someExpr(e, (x) => x.op === 'agg' && x.mayFail === true));
  walkBody(b, { absent: (k) => void (found ||= k !== 'not_applicable'), cond: agg, value: agg });
  return found || asksOpenSet(b);
}

/** Some guard or value of the body tests membership in an open set (an unnamed member answers `unknown`). */
export function asksOpenSet(b: IrBody): boolean {
  let found = false;
  forEachBodyExpr(b, (e) => void (found ||= someExpr(e, (x) => x.op === 'member' && x.set.ty.k === 'set' && x.set.ty.open)));
  return found;
}
