/** What a name can refer to inside one region, and declared types from type expressions. */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { TypeExpr } from '../syntax/ast.js';
import { didYouMean, suggest } from './names.js';
import { showL, T, typeNames, type Period, type Ty } from '../ir/types.js';

export function periodOf(name: string | undefined, sink: DiagnosticSink, sp: Span): Period {
  if (name === undefined) return 'once';
  if (name === 'month' || name === 'year') return name;
  sink.error(Diagnostics.UnknownType, sp, [`per ${name}`], didYouMean(suggest(name, ['month', 'year'])));
  return 'once';
}

/** The most members a set's list may have: a set is a bitmask in one 32-bit integer at run time. */
export const MAX_SET_MEMBERS = 31;

/** A type as written (`money per month`, `one of a, b`, `open set of province`), for messages. */
export function typeText(t: TypeExpr): string {
  if (t.kind === 'EnumType') return `one of ${t.members.map((m) => m.name).join(', ')}`;
  if (t.kind === 'SetType') return `${t.open ? 'open ' : ''}set of ${t.element.name}`;
  return `${t.base.name}${t.period ? ` per ${t.period.name}` : ''}`;
}

/**
 * The declared type of an input, parameter or output. `lists` resolves the element of `set of NAME`: the
 * list type of the input NAME (undefined where sets cannot be declared, e.g. an input's type).
 */
export function typeOf(t: TypeExpr, ownerName: string, sink: DiagnosticSink, lists?: ReadonlyMap<string, Ty>): Ty {
  if (t.kind === 'SetType') {
    const el = t.element.name;
    if (!lists) {
      sink.error(Diagnostics.SetMisplaced, t.span, [text('an input cannot be a set: declare a parameter `set of …` and test the input with `in`', '输入不能是集合：请声明参数 `set of …`，再用 `in` 检验输入')]);
      return T.error;
    }
    const of = lists.get(el);
    if (!of) {
      sink.error(Diagnostics.SetNotElement, t.element.span, [el, text('a set holds members of a list: name an input declared `one of …`', '集合的成员来自列表：请写一个声明为 `one of …` 的输入')], didYouMean(suggest(el, [...lists].filter(([, x]) => x.k === 'enum').map(([n]) => n))));
      return T.error;
    }
    if (of.k !== 'enum') {
      sink.error(Diagnostics.SetNotElement, t.element.span, [el, text(`\`${el}\` is ${showL(of).en}, not a list (\`one of …\`)`, `\`${el}\` 是${showL(of).zh}，不是列表（\`one of …\`）`)]);
      return T.error;
    }
    if (of.members.length > MAX_SET_MEMBERS) {
      sink.error(Diagnostics.SetNotElement, t.element.span, [el, text(`the list has ${of.members.length} members; a set holds members of a list of at most ${MAX_SET_MEMBERS}`, `该列表有 ${of.members.length} 个成员；集合的列表最多 ${MAX_SET_MEMBERS} 个成员`)]);
      return T.error;
    }
    return { k: 'set', of, open: t.open };
  }
  if (t.kind === 'EnumType') {
    const seen = new Set<string>();
    for (const m of t.members) {
      if (seen.has(m.name)) sink.error(Diagnostics.DuplicateDeclaration, m.span, [m.name]);
      seen.add(m.name);
    }
    return { k: 'enum', name: ownerName, members: [...seen], ...(t.ordered ? { ordered: true } : {}) };
  }
  const b = t.base.name;
  if (b !== 'money' && t.period) {
    sink.error(Diagnostics.UnknownType, t.period.span, [`${b} per ${t.period.name}`], {
      notes: [{ en: 'only money has a period', zh: '只有金额有周期' }],
    });
  }
  switch (b) {
    case 'money':
      return T.money(periodOf(t.period?.name, sink, t.period?.span ?? t.base.span));
    case 'rate':
      return T.rate;
    case 'years':
      return T.int('years');
    case 'months':
      return T.int('months');
    case 'integer':
      return T.int('none');
    case 'month':
      return T.month;
    case 'boolean':
      return T.bool;
    default:
      sink.error(Diagnostics.UnknownType, t.base.span, [b], didYouMean(suggest(b, typeNames)));
      return T.error;
  }
}

export const builtins = ['round', 'min', 'max', 'clamp', 'per_year', 'per_month', 'this_month', 'this_year', 'month_of_year', 'previous', 'sum', 'count', 'all', 'any'] as const;
