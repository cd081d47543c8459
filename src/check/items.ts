/**
 * Records, lists and aggregates: the types of `record` declarations and `list of …` inputs, fields of the
 * current item (`m.category`), per-item defines (`for each m in members`) and the aggregates `sum`, `count`,
 * `all` and `any` over a list, optionally `where` a per-item condition holds.
 *
 * Scoping: a per-item define's rules see the item (`m`), its fields, the other per-item defines of the same
 * list (their value for this item) and every region-level name. Outside, a per-item define or a list is read
 * only through an aggregate, whose `where` condition sees the item by the list's name (`members.age`) and
 * the per-item defines of that list. Aggregates are not nested: one list, one loop.
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Expr, ListValue, PolicyFile, TypeExpr } from '../syntax/ast.js';
import type { AggFn, Const, IrExpr } from '../ir/ir.js';
import { rat, type Rational } from '../ir/rational.js';
import { forEachExpr } from '../ir/visit.js';
import { showL, T, type FieldTy, type RecordTy, type Ty } from '../ir/types.js';
import { didYouMean, suggest } from './names.js';
import { typeOf } from './scope.js';

/** What expressions may read of lists and per-item defines (part of `ExprEnv`). */
export interface ItemScope {
  /** list inputs and their records */
  readonly lists: ReadonlyMap<string, RecordTy>;
  /** per-item defines: the list each ranges over, and its type */
  readonly itemDecls: ReadonlyMap<string, { readonly list: string; readonly ty: Ty }>;
  /** the item in scope: a per-item define's binder, or in an aggregate's `where` the list's own name */
  readonly current?: { readonly binder: string; readonly list: string };
  /** per-item defines read, collected while checking one per-item define */
  readonly itemReads?: Set<string>;
  /** region-level names each per-item define reads, transitively (filled once they are checked) */
  readonly itemRegionReads?: ReadonlyMap<string, readonly string[]>;
  /** per-item defines that may be `unspecified` or `not applicable` for an item, or read one that may (filled once checked) */
  readonly itemFails?: ReadonlySet<string>;
}

/** The parts of `ExprEnv` these checks use (no import cycle with expr.ts). */
export interface ItemEnv {
  readonly sink: DiagnosticSink;
  readonly items?: ItemScope;
  reads: Set<string>;
}

export const aggregates: readonly AggFn[] = ['sum', 'count', 'all', 'any'];
export const isAggregate = (fn: string): fn is AggFn => (aggregates as readonly string[]).includes(fn);

/** Default length of a list input: 1 to 1000 items (a list is never empty unless its domain says so). */
const DEFAULT_LENGTH: readonly [bigint, bigint] = [1n, 1000n];
/** The longest list a domain may allow: sums stay exact and evaluators bounded. */
const MAX_LENGTH = 100_000n;

type DomainOf = (t: TypeExpr, ty: Ty, name: string, sink: DiagnosticSink) => [Rational | undefined, Rational | undefined];

/** The records of a region's `extends` chain (root first); a name declared twice is reported. */
export function recordTypes(chain: readonly PolicyFile[], domainOf: DomainOf, sink: DiagnosticSink): Map<string, RecordTy> {
  const out = new Map<string, RecordTy>();
  const where = new Map<string, Span>();
  for (const f of chain) {
    for (const r of f.records ?? []) {
      const prev = where.get(r.name.name);
      if (prev) {
        sink.error(Diagnostics.DuplicateDeclaration, r.name.span, [r.name.name], { related: [{ span: prev, message: text('first declared here', '首次声明于此') }] });
        continue;
      }
      where.set(r.name.name, r.name.span);
      const fields: FieldTy[] = [];
      for (const fd of r.fields) {
        const ty = typeOf(fd.type, fd.name.name, sink);
        if (ty.k !== 'enum' && ty.k !== 'bool' && ty.k !== 'money' && ty.k !== 'int' && ty.k !== 'error') {
          sink.error(Diagnostics.RecordSyntax, fd.type.span, [r.name.name, text(`field \`${fd.name.name}\` is ${showL(ty).en}; a field is \`one of …\`, a number, an amount or true/false`, `字段 \`${fd.name.name}\` 是${showL(ty).zh}；字段只能是 \`one of …\`、数字、金额或真/假`)]);
          continue;
        }
        const [low, high] = domainOf(fd.type, ty, `${r.name.name}.${fd.name.name}`, sink);
        fields.push({ name: fd.name.name, ty, ...(low ? { low } : {}), ...(high ? { high } : {}) });
      }
      out.set(r.name.name, { name: r.name.name, fields });
    }
  }
  return out;
}

/** `list of member [in lo to hi]`: the list type and its length's domain (PD2040 unknown record, PD2045 bad length). */
export function listType(t: TypeExpr, name: string, records: ReadonlyMap<string, RecordTy>, sink: DiagnosticSink): { ty: Ty; low?: Rational; high?: Rational } | undefined {
  if (t.kind !== 'NamedType' || !t.item) return undefined;
  if (t.base.name !== 'list') {
    sink.error(Diagnostics.UnknownType, t.base.span, [`${t.base.name} of ${t.item.name}`], didYouMean('list'));
    return { ty: T.error };
  }
  const record = records.get(t.item.name);
  if (!record) {
    sink.error(Diagnostics.UnknownRecord, t.item.span, [t.item.name], didYouMean(suggest(t.item.name, records.keys())));
    return { ty: T.error };
  }
  let [lo, hi] = DEFAULT_LENGTH;
  if (t.low && t.high) {
    const whole = (l: typeof t.low): bigint | undefined => (l.kind === 'NumberLiteral' && !l.unit && !l.text.includes('.') ? (l.negative ? -1n : 1n) * BigInt(l.text) : undefined);
    const [a, b] = [whole(t.low), whole(t.high)];
    if (a === undefined || b === undefined || a < 0n) {
      sink.error(Diagnostics.ListLength, a === undefined || a < 0n ? t.low.span : t.high.span, [name, text('the length is a whole number of items, at least 0: `in 1 to 20`', '长度是项数，为不小于 0 的整数：`in 1 to 20`')]);
    } else if (a > b) {
      sink.error(Diagnostics.ListLength, t.span, [name, text(`the domain is empty: ${a} > ${b}; write the shorter length first`, `取值范围为空：${a} > ${b}；请先写较短的长度`)]);
    } else if (b > MAX_LENGTH) {
      sink.error(Diagnostics.ListLength, t.high.span, [name, text(`at most ${MAX_LENGTH} items`, `最多 ${MAX_LENGTH} 项`)]);
    } else [lo, hi] = [a, b];
  }
  return { ty: { k: 'list', record }, low: rat(lo), high: rat(hi) };
}

const err = (span: Span): IrExpr => ({ op: 'const', value: { k: 'num', value: rat(0n) }, ty: T.error, span });

/** `m.category`: a field of the item in scope (PD2042 if `m` is not one, PD2041 if the record lacks the field). */
export function checkField(env: ItemEnv, e: Extract<Expr, { kind: 'Field' }>, describe: (name: string) => Ty | undefined): IrExpr {
  const cur = env.items?.current;
  const { target, field } = e;
  if (!cur || cur.binder !== target.name) {
    const ty = describe(target.name);
    const what =
      ty?.k === 'list'
        ? text(`a whole list: read its items in an aggregate (\`sum(${target.name}.${field.name})\`, \`count(${target.name} where …)\`) or a \`define … for each x in ${target.name}\``, `整个列表：请在聚合（\`sum(${target.name}.${field.name})\`、\`count(${target.name} where …)\`）或 \`define … for each x in ${target.name}\` 中读取其各项`)
        : ty
          ? text(`${showL(ty).en}, not an item of a list`, `${showL(ty).zh}，不是列表中的一项`)
          : text('not an item in scope (items are named by `for each m in …`)', '不是当前可用的列表项（列表项由 `for each m in …` 命名）');
    env.sink.error(Diagnostics.NotAnItem, target.span, [target.name, field.name, what]);
    return err(e.span);
  }
  const record = env.items!.lists.get(cur.list)!;
  const f = record.fields.find((x) => x.name === field.name);
  if (!f) {
    env.sink.error(Diagnostics.UnknownField, field.span, [record.name, field.name, record.fields.map((x) => `\`${x.name}\``).join(', ')], didYouMean(suggest(field.name, record.fields.map((x) => x.name))));
    return err(e.span);
  }
  env.reads.add(cur.list);
  return { op: 'field', item: cur.binder, list: cur.list, field: field.name, ty: f.ty, span: e.span };
}

/** A per-item define read by name: its value for the current item, only where that item is in scope (PD2046). */
export function checkItemRef(env: ItemEnv, name: string, span: Span): IrExpr | undefined {
  const d = env.items?.itemDecls.get(name);
  if (!d) return undefined;
  const cur = env.items!.current;
  if (!cur || cur.list !== d.list) {
    const why = cur
      ? text(`here the item is one of \`${cur.list}\``, `此处的项属于 \`${cur.list}\``)
      : d.ty.k === 'bool'
        ? text(`read it in an aggregate: \`count(${d.list} where ${name})\`, \`all(${name})\`, \`any(${name})\``, `请在聚合中读取：\`count(${d.list} where ${name})\`、\`all(${name})\`、\`any(${name})\``)
        : text(`read it in an aggregate: \`sum(${name})\``, `请在聚合中读取：\`sum(${name})\``);
    env.sink.error(Diagnostics.ItemScope, span, [name, d.list, why]);
    return err(span);
  }
  env.items!.itemReads?.add(name);
  return { op: 'item', name, list: d.list, ty: d.ty, span };
}

/** A list input read as a value, outside an aggregate (PD2046). */
export function listAsValue(env: ItemEnv, name: string, ty: Ty, span: Span): IrExpr {
  env.sink.error(Diagnostics.TypeMismatch, span, [text('one value', '单个值'), showL(ty)], {
    fix: { message: text(`read a list through an aggregate: \`count(${name})\`, \`sum(${name}.field)\`, or a \`define … for each x in ${name}\``, `列表须通过聚合读取：\`count(${name})\`、\`sum(${name}.字段)\`，或 \`define … for each x in ${name}\``), edits: [] },
  });
  return err(span);
}

export interface AggregateCheck {
  /** checks an expression in the given scope */
  check(e: Expr, scope: ItemScope | undefined): IrExpr;
  /** the type of an input or declaration, for messages */
  describe(name: string): Ty | undefined;
  /** the symbol of an input */
  symbol(name: string): number;
}

/** `sum(x)`, `count(x)`, `all(x)`, `any(x)`, each optionally `where cond`; `x` is a list, a per-item define, or `list.field`. */
export function checkAggregate(env: ItemEnv, fn: AggFn, args: readonly Expr[], where: Expr | undefined, span: Span, c: AggregateCheck): IrExpr {
  const scope = env.items;
  if (args.length !== 1) {
    env.sink.error(Diagnostics.WrongArity, span, [fn, 1, args.length]);
    return err(span);
  }
  if (scope?.current) {
    env.sink.error(Diagnostics.ItemScope, span, [scope.current.binder, scope.current.list, text(`an aggregate ranges over a whole list, so it cannot be taken inside a per-item rule; compute \`${fn}(…)\` in a region-level define and read that`, `聚合针对整个列表，不能出现在逐项规则中；请在地区级 define 中计算 \`${fn}(…)\` 后读取`)]);
    return err(span);
  }
  const a = args[0]!;
  // what is aggregated: the list itself, a per-item define of it, or a field of its items
  let list: string | undefined;
  let ofExpr: ((inner: ItemScope) => IrExpr) | undefined;
  let shown = '';
  // a list whose record is unknown is already reported
  const named = a.kind === 'NameRef' ? a.name : a.kind === 'Field' ? a.target.name : undefined;
  if (named !== undefined && c.describe(named)?.k === 'error') return err(span);
  if (a.kind === 'NameRef' && scope?.lists.has(a.name)) {
    list = a.name;
    shown = a.name;
  } else if (a.kind === 'NameRef' && scope?.itemDecls.has(a.name)) {
    const d = scope.itemDecls.get(a.name)!;
    list = d.list;
    shown = a.name;
    ofExpr = (inner) => c.check(a, inner);
  } else if (a.kind === 'Field' && scope?.lists.has(a.target.name)) {
    list = a.target.name;
    shown = `${a.target.name}.${a.field.name}`;
    ofExpr = (inner) => c.check(a, inner);
  } else {
    const ty = a.kind === 'NameRef' ? c.describe(a.name) : a.kind === 'Field' ? c.describe(a.target.name) : undefined;
    const what = ty
      ? text(`\`${a.kind === 'NameRef' ? a.name : a.kind === 'Field' ? a.target.name : '…'}\` is ${showL(ty).en}`, `\`${a.kind === 'NameRef' ? a.name : a.kind === 'Field' ? a.target.name : '…'}\` 是${showL(ty).zh}`)
      : a.kind === 'NameRef' || a.kind === 'Field'
        ? text(`\`${a.kind === 'NameRef' ? a.name : a.target.name}\` is not a list, a per-item define or a field of a list`, `\`${a.kind === 'NameRef' ? a.name : a.target.name}\` 不是列表、逐项 define 或列表的字段`)
        : text('this is an expression: name a list input, a per-item define or `list.field`', '此处是表达式：请写列表输入、逐项 define 或 `列表.字段`');
    if (a.kind !== 'NameRef' && a.kind !== 'Field') c.check(a, scope);
    env.sink.error(Diagnostics.AggregateNotList, a.span, [fn, what]);
    return err(span);
  }
  const inner: ItemScope = { ...scope!, current: { binder: list, list } };
  const listExpr: IrExpr = { op: 'input', name: list, sym: c.symbol(list) as never, ty: c.describe(list)!, span: a.span };
  env.reads.add(list);
  const of = ofExpr?.(inner);
  const itemReads = new Set<string>();
  let mayFail = false;
  const regionReads = (e: IrExpr): void =>
    forEachExpr(e, (x) => {
      if (x.op !== 'item') return;
      for (const r of scope!.itemRegionReads?.get(x.name) ?? []) itemReads.add(r);
      mayFail ||= scope!.itemFails?.has(x.name) ?? false;
    });
  if (of) regionReads(of);
  let whereIr: IrExpr | undefined;
  if (where) {
    whereIr = c.check(where, inner);
    if (whereIr.ty.k !== 'bool' && whereIr.ty.k !== 'error') env.sink.error(Diagnostics.ConditionNotBoolean, where.span, [showL(whereIr.ty)]);
    regionReads(whereIr);
  }
  for (const r of itemReads) env.reads.add(r);
  if (of?.ty.k === 'error' || whereIr?.ty.k === 'error') return err(span);
  const agg = (ty: Ty, o?: IrExpr): IrExpr => ({ op: 'agg', fn, list: listExpr, ...(o ? { of: o } : {}), ...(whereIr ? { where: whereIr } : {}), reads: [...itemReads].filter((r) => r !== list), ...(mayFail ? { mayFail } : {}), ty, span });
  switch (fn) {
    case 'count':
      if (of) {
        env.sink.error(Diagnostics.AggregateElement, a.span, [fn, text('the list itself (`count(members)`, `count(members where elderly)`)', '列表本身（`count(members)`、`count(members where elderly)`）'), shown, showL(of.ty)]);
        return err(span);
      }
      return agg(T.int('none'));
    case 'sum': {
      if (!of || (of.ty.k !== 'money' && of.ty.k !== 'int')) {
        env.sink.error(Diagnostics.AggregateElement, a.span, [fn, text('an amount or a number', '金额或数字'), shown, of ? showL(of.ty) : showL(c.describe(list)!)]);
        return err(span);
      }
      return agg(of.ty, of);
    }
    case 'all':
    case 'any': {
      if (!of || of.ty.k !== 'bool') {
        env.sink.error(Diagnostics.AggregateElement, a.span, [fn, text('true/false', '真/假'), shown, of ? showL(of.ty) : showL(c.describe(list)!)]);
        return err(span);
      }
      return agg(T.bool, of);
    }
  }
}

/** A list given in a test: each item's fields as constants (PD1025 when an item does not match the record). */
export function listConst(v: ListValue, name: string, ty: Ty, literalConst: (l: ListValue['items'][number]['fields'][number]['value'], ty: Ty) => Const | undefined, sink: DiagnosticSink): Const | undefined {
  if (ty.k !== 'list') {
    sink.error(Diagnostics.ListValueSyntax, v.span, [name, text(`\`${name}\` is ${showL(ty).en}, not a list`, `\`${name}\` 是${showL(ty).zh}，不是列表`)]);
    return undefined;
  }
  const fields = ty.record.fields;
  let ok = true;
  const items: Record<string, Const>[] = [];
  for (const [k, it] of v.items.entries()) {
    const out: Record<string, Const> = {};
    const bad = (why: { en: string; zh: string }, sp = it.span): void => {
      ok = false;
      sink.error(Diagnostics.ListValueSyntax, sp, [name, text(`item ${k + 1}: ${why.en}`, `第 ${k + 1} 项：${why.zh}`)]);
    };
    if (it.fields.length === 1 && !it.fields[0]!.name) {
      if (fields.length !== 1) {
        bad(text(`record \`${ty.record.name}\` has ${fields.length} fields, so write each item as \`(${fields.map((f) => `${f.name} = …`).join(', ')})\``, `记录 \`${ty.record.name}\` 有 ${fields.length} 个字段，请把每项写作 \`(${fields.map((f) => `${f.name} = …`).join(', ')})\``));
        continue;
      }
      const c = literalConst(it.fields[0]!.value, fields[0]!.ty);
      if (c) out[fields[0]!.name] = c;
      else ok = false;
      items.push(out);
      continue;
    }
    for (const f of it.fields) {
      const ft = fields.find((x) => x.name === f.name?.name);
      if (!ft) {
        bad(text(`record \`${ty.record.name}\` has no field \`${f.name?.name ?? '?'}\``, `记录 \`${ty.record.name}\` 没有字段 \`${f.name?.name ?? '?'}\``), f.name?.span);
        continue;
      }
      if (out[ft.name]) {
        bad(text(`\`${ft.name}\` is given twice`, `\`${ft.name}\` 重复给出`), f.name?.span);
        continue;
      }
      const c = literalConst(f.value, ft.ty);
      if (c) out[ft.name] = c;
      else ok = false;
    }
    const missing = fields.filter((f) => !out[f.name]);
    if (missing.length && ok) bad(text(`missing ${missing.map((f) => `\`${f.name}\``).join(', ')}`, `缺少 ${missing.map((f) => `\`${f.name}\``).join('、')}`));
    items.push(out);
  }
  return ok ? { k: 'list', items } : undefined;
}
