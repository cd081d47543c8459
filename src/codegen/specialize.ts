/**
 * Partial evaluation by population. Most rules start with `for employed:` /
 * `for retired:`; once the evaluator knows the population, those tests are
 * decided. Generated code therefore dispatches once on the population and
 * calls rule functions specialised to it — the shape a careful engineer
 * would write by hand — instead of re-testing the population in every rule.
 */
import type { IrBody, IrCase, IrExpr, IrRegion } from '../check/ir.js';

/** Inputs tested with `is` (what `for` guards become) in a condition. */
function isInputs(e: IrExpr | undefined, out: Map<string, number>): void {
  if (!e) return;
  if (e.op === 'is' && e.e.op === 'input') out.set(e.e.name, (out.get(e.e.name) ?? 0) + 1);
  if (e.op === 'and' || e.op === 'or') e.args.forEach((a) => isInputs(a, out));
  if (e.op === 'not') isInputs(e.e, out);
}

/** The enum input that the most top-level case lists test, if any: the population. */
export function dispatchInput(r: IrRegion): string | undefined {
  const counts = new Map<string, number>();
  for (const d of r.decls) if (d.body.kind === 'cases') for (const c of d.body.cases) isInputs(c.cond, counts);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}

/** A condition with `input is member` decided: true, false, or what remains to test. */
export function fold(e: IrExpr, input: string, member: string): boolean | IrExpr {
  switch (e.op) {
    case 'is':
      return e.e.op === 'input' && e.e.name === input ? e.member === member : e;
    case 'not': {
      const x = fold(e.e, input, member);
      return typeof x === 'boolean' ? !x : { ...e, e: x };
    }
    case 'and':
    case 'or': {
      const rest: IrExpr[] = [];
      for (const a of e.args) {
        const x = fold(a, input, member);
        if (typeof x === 'boolean') {
          if (e.op === 'and' && !x) return false;
          if (e.op === 'or' && x) return true;
        } else rest.push(x);
      }
      if (rest.length === 0) return e.op === 'and';
      return rest.length === 1 ? rest[0]! : { ...e, args: rest };
    }
    default:
      return e;
  }
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
  return b.kind === 'value' ? b.value.kind === 'not_applicable' : b.cases.some((c) => mayBeAbsent(c.body));
}

/** Inputs and declarations a body actually reads (after pruning, often fewer than the rule's). */
export function readsOf(b: IrBody, out: Set<string> = new Set()): Set<string> {
  const visit = (e: IrExpr): void => exprReads(e, out);
  if (b.kind === 'value') {
    if (b.value.kind === 'expr') visit(b.value.e);
  } else
    for (const c of b.cases) {
      if (c.cond) visit(c.cond);
      readsOf(c.body, out);
    }
  return out;
}

function exprReads(e: IrExpr, out: Set<string>): void {
  if (e.op === 'input' || e.op === 'ref') out.add(e.name);
  if ('l' in e) exprReads(e.l, out);
  if ('r' in e) exprReads(e.r, out);
  if ('e' in e) exprReads(e.e, out);
  if ('args' in e) e.args.forEach((a) => exprReads(a, out));
}

/** Some reachable case says `unspecified`: evaluating the rule can throw. */
export function mayFail(b: IrBody): boolean {
  return b.kind === 'value' ? b.value.kind === 'unspecified' : b.cases.some((c) => mayFail(c.body));
}

/**
 * Inputs and declarations the generated code for a body reads: like `readsOf`,
 * but without the guard of a list's last case (never tested: the checker
 * proved the list complete) nor cases after an unconditional one.
 */
export function emittedReads(b: IrBody, out: Set<string> = new Set()): Set<string> {
  if (b.kind === 'value') return readsOf(b, out);
  for (let k = 0; k < b.cases.length; k++) {
    const c = b.cases[k]!;
    const last = k === b.cases.length - 1;
    if (c.cond && !last) exprReads(c.cond, out);
    emittedReads(c.body, out);
    if (!c.cond || last) break;
  }
  return out;
}
