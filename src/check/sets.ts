/**
 * Sets of list members: set literals (`{spouse, parent}`) as the values of set
 * parameters, and membership (`relation in close_relatives`). A set's element
 * type is an input's list (`set of relation`); an `open` set names only the
 * members its sources name, and asking about another answers `unknown`.
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Expr } from '../syntax/ast.js';
import type { IrBody, IrDecl, IrExpr, IrTest, Source } from '../ir/ir.js';
import { forEachBodyExpr, someExpr, walkBody } from '../ir/visit.js';
import { rat } from '../ir/rational.js';
import { showL, T, type Ty } from '../ir/types.js';
import { checkExpr, type ExprEnv } from './expr.js';
import { didYouMean, suggest } from './names.js';

const err = (span: Span): IrExpr => ({ op: 'const', value: { k: 'num', value: rat(0n) }, ty: T.error, span });

/** `{a, b}` where a set of `want`'s list is expected (a parameter's value); elsewhere PD2039. */
export function checkSetLiteral(env: ExprEnv, e: Extract<Expr, { kind: 'SetLiteral' }>, want: Ty | undefined): IrExpr {
  if (want?.k === 'error') return err(e.span);
  if (want?.k !== 'set') {
    env.sink.error(Diagnostics.SetMisplaced, e.span, [
      text(
        'a set `{…}` is the value of a parameter declared `set of …`; to test a member write `x in <set parameter>`',
        '集合 `{…}` 只能作为声明为 `set of …` 的参数的值；检验成员请写 `x in <集合参数>`',
      ),
    ]);
    return err(e.span);
  }
  const list = want.of;
  const seen = new Set<string>();
  let ok = true;
  for (const m of e.members) {
    if (!list.members.includes(m.name)) {
      ok = false;
      env.sink.error(Diagnostics.UnknownSetMember, m.span, [m.name, list.name, list.members.join(', ')], didYouMean(suggest(m.name, list.members)));
    } else if (seen.has(m.name)) {
      ok = false;
      env.sink.error(Diagnostics.SetRepeats, m.span, [m.name]);
    }
    seen.add(m.name);
  }
  if (!ok) return err(e.span);
  // members in the list's declared order: one value has one spelling
  return { op: 'const', value: { k: 'set', members: list.members.filter((x) => seen.has(x)) }, ty: want, span: e.span };
}

/** `x in S` / `x not in S`: S names a set parameter; x is a member of its list. */
export function checkIn(env: ExprEnv, e: Extract<Expr, { kind: 'In' }>, sourceOf: (sp: Span) => Source): IrExpr {
  const name = e.set.name;
  const setTy = env.decls.get(name) ?? env.inputs.get(name);
  if (!setTy) {
    env.sink.error(Diagnostics.UnknownName, e.set.span, [name], didYouMean(suggest(name, [...env.decls].filter(([, t]) => t.k === 'set').map(([n]) => n))));
    checkExpr(env, e.operand);
    return err(e.span);
  }
  if (setTy.k === 'error') return err(e.span);
  if (setTy.k !== 'set') {
    env.sink.error(Diagnostics.MembershipMismatch, e.set.span, [name, text(`\`${name}\` is ${showL(setTy).en}, not a set (declare it \`set of …\`)`, `\`${name}\` 是${showL(setTy).zh}，不是集合（请声明为 \`set of …\`）`)]);
    checkExpr(env, e.operand);
    return err(e.span);
  }
  env.reads.add(name);
  const set: IrExpr = { op: 'ref', name, sym: env.symbols.get(name)!, ty: setTy, span: e.set.span };
  // a bare member name is read as a member of the set's list (`spouse in close_relatives`)
  const x = checkExpr(env, e.operand, setTy.of);
  if (x.ty.k === 'error') return err(e.span);
  if (x.ty.k !== 'enum' || x.ty.members.join() !== setTy.of.members.join()) {
    const what = x.ty.k === 'enum' ? text(`one of ${x.ty.members.join(', ')}`, `${x.ty.members.join('、')} 之一`) : showL(x.ty);
    env.sink.error(Diagnostics.MembershipMismatch, e.operand.span, [
      name,
      text(`\`${name}\` holds members of \`${setTy.of.name}\` (${setTy.of.members.join(', ')}), but this is ${what.en}`, `\`${name}\` 的成员来自 \`${setTy.of.name}\`（${setTy.of.members.join('、')}），但此处是${what.zh}`),
    ]);
    return err(e.span);
  }
  const member: IrExpr = { op: 'member', e: x, set, source: sourceOf(e.span), ty: T.bool, span: e.span };
  return e.negated ? { op: 'not', e: member, ty: T.bool, span: e.span } : member;
}

/** Some case of the body says `unknown`, or asks an open set about a member. */
function raisesUnknown(b: IrBody): boolean {
  let found = false;
  walkBody(b, { absent: (k) => void (found ||= k === 'unknown') });
  forEachBodyExpr(b, (e) => void (found ||= someExpr(e, (x) => x.op === 'member' && x.set.ty.k === 'set' && x.set.ty.open)));
  return found;
}

/** The declarations whose value may be `unknown`: they raise it, or read (this month or the month before) one that may. */
export function mayBeUnknown(decls: readonly IrDecl[]): Set<string> {
  const out = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of decls) {
      if (out.has(d.name)) continue;
      if (raisesUnknown(d.body) || d.reads.some((r) => out.has(r)) || d.prevReads.some((r) => out.has(r))) {
        out.add(d.name);
        changed = true;
      }
    }
  }
  return out;
}

/** PD6006: a test expects `x is unknown` of a declaration no open set or `unknown` case can reach (it could never pass). */
export function checkUnknownExpectations(tests: readonly IrTest[], decls: readonly IrDecl[], sink: DiagnosticSink): void {
  const maybe = mayBeUnknown(decls);
  for (const t of tests) {
    for (const e of t.expect) if (e.value.k === 'unknown' && !maybe.has(e.name)) sink.error(Diagnostics.UnknownNeverRaised, e.span, [`"${t.name}"`, e.name]);
  }
}
