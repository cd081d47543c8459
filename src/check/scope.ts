/** What a name can refer to inside one region, and declared types from type expressions. */
import { Diagnostics, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { TypeExpr } from '../syntax/ast.js';
import { didYouMean, suggest } from './names.js';
import { T, typeNames, type Period, type Ty } from '../ir/types.js';

export function periodOf(name: string | undefined, sink: DiagnosticSink, sp: Span): Period {
  if (name === undefined) return 'once';
  if (name === 'month' || name === 'year') return name;
  sink.error(Diagnostics.UnknownType, sp, [`per ${name}`], didYouMean(suggest(name, ['month', 'year'])));
  return 'once';
}

/** The declared type of an input, parameter or output. */
export function typeOf(t: TypeExpr, ownerName: string, sink: DiagnosticSink): Ty {
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
