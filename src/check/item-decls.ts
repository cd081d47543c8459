/**
 * Per-item defines (`define premium: money per year for each m in members`) → `IrItemDecl`s: each is
 * checked with its item in scope, ordered by what it reads of the others, and its region-level reads are
 * closed transitively so a declaration aggregating it is ordered after everything it needs.
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Body, ValueDecl } from '../syntax/ast.js';
import type { IrBody, IrItemDecl, Source } from '../ir/ir.js';
import type { Span } from '../diagnostics/span.js';
import type { RecordTy, Ty } from '../ir/types.js';
import { showL } from '../ir/types.js';
import type { ExprEnv } from './expr.js';
import type { ItemScope } from './items.js';
import { citeText } from '../syntax/citations.js';
import { didYouMean, suggest } from './names.js';

export interface ItemDeclDeps {
  readonly sink: DiagnosticSink;
  /** a fresh expression environment for one declaration */
  env(items: ItemScope): ExprEnv;
  checkBody(b: Body, ty: Ty, v: ValueDecl, env: ExprEnv): IrBody;
  typeOf(v: ValueDecl): Ty;
  sourceOf(sp: Span): Source;
  owner(v: ValueDecl): string;
  /** region-level names, for "did you mean" */
  inputs: ReadonlyMap<string, Ty>;
}

/** The scope every region-level expression sees, and the checked per-item defines in dependency order. */
export function buildItemDecls(values: readonly ValueDecl[], lists: ReadonlyMap<string, RecordTy>, deps: ItemDeclDeps): { scope: ItemScope; items: IrItemDecl[] } {
  const { sink } = deps;
  const itemDecls = new Map<string, { list: string; ty: Ty }>();
  const mine: ValueDecl[] = [];
  for (const v of values) {
    const each = v.each!;
    if (!lists.has(each.list.name)) {
      const ty = deps.inputs.get(each.list.name);
      const why = ty ? text(`\`${each.list.name}\` is ${showL(ty).en}, not a list input`, `\`${each.list.name}\` 是${showL(ty).zh}，不是列表输入`) : text(`\`${each.list.name}\` is not an input of the region`, `\`${each.list.name}\` 不是本地区的输入`);
      sink.error(Diagnostics.EachSyntax, each.list.span, [v.name.name, why], didYouMean(suggest(each.list.name, lists.keys())));
      continue;
    }
    const ty = deps.typeOf(v);
    if (ty.k === 'list') {
      sink.error(Diagnostics.TypeMismatch, v.type.span, [text('one value per item: an amount, a number, true/false or one of …', '每项一个值：金额、数字、真/假或枚举之一'), showL(ty)]);
      continue;
    }
    itemDecls.set(v.name.name, { list: each.list.name, ty });
    mine.push(v);
  }
  const regionReads = new Map<string, string[]>();
  const fails = new Set<string>();
  const scope: ItemScope = { lists, itemDecls, itemRegionReads: regionReads, itemFails: fails };
  const built = new Map<string, IrItemDecl>();
  for (const v of mine) {
    const each = v.each!;
    const itemReads = new Set<string>();
    const env = deps.env({ ...scope, current: { binder: each.binder.name, list: each.list.name }, itemReads });
    const ty = itemDecls.get(v.name.name)!.ty;
    const body = deps.checkBody(v.body, ty, v, env);
    if (hasState(v)) sink.error(Diagnostics.EachSyntax, v.span, [v.name.name, text('`initially` belongs to a state; a per-item define has no months', '`initially` 属于 state；逐项 define 没有月份')]);
    built.set(v.name.name, {
      name: v.name.name,
      list: each.list.name,
      binder: each.binder.name,
      ty,
      body,
      cites: v.cites.map(citeText),
      source: deps.sourceOf(v.span),
      span: v.span,
      declaredIn: deps.owner(v),
      reads: [...env.reads],
      itemReads: [...itemReads],
    });
  }
  // order by item reads (depth first); a cycle is reported once
  const order: IrItemDecl[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (d: IrItemDecl, path: string[]): void => {
    const st = state.get(d.name);
    if (st === 'done') return;
    if (st === 'visiting') {
      const cyc = [...path.slice(path.indexOf(d.name)), d.name];
      sink.error(Diagnostics.CyclicDefinition, d.span, [d.name, cyc.join(' → ')]);
      return;
    }
    state.set(d.name, 'visiting');
    for (const r of d.itemReads) {
      const x = built.get(r);
      if (x) visit(x, [...path, d.name]);
    }
    state.set(d.name, 'done');
    order.push(d);
  };
  for (const d of built.values()) visit(d, []);
  // region-level reads, closed over the per-item defines each reads
  for (const d of order) {
    const all = new Set(d.reads);
    for (const r of d.itemReads) for (const x of regionReads.get(r) ?? []) all.add(x);
    regionReads.set(d.name, [...all]);
    if (hasNonValue(d.body) || d.itemReads.some((r) => fails.has(r))) fails.add(d.name);
  }
  return { scope, items: order };
}

const hasNonValue = (b: IrBody): boolean => (b.kind === 'value' ? b.value.kind !== 'expr' : b.cases.some((c) => hasNonValue(c.body)));

const hasState = (v: ValueDecl): boolean => v.body.kind === 'CasesBody' && v.body.cases.some((c) => c.guard.kind === 'InitiallyGuard');
