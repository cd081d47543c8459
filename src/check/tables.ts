/**
 * `table` declarations in the checker: their keys must be lists (enum inputs or enum-valued
 * declarations) and their row and column names members of those lists, each reported once; then the
 * declared orderings (`graded decreasing in level`, FACTS I12) are proven on the constant cells.
 */
import { Diagnostics, DiagnosticSink, text, type LocalText } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Body, CaseValue, Expr, TableLayout, ValueDecl } from '../syntax/ast.js';
import { tableCases } from '../syntax/tables.js';
import { didYouMean, suggest } from './names.js';
import { numberConst, parseMonthText } from './expr.js';
import { cmp, parseDecimal, rat, type Rational } from '../ir/rational.js';
import { showL, type Ty } from '../ir/types.js';

type EnumTy = Extract<Ty, { k: 'enum' }>;

/** The table's cases with rows and columns that name no member left out; undefined when a key is not a list. */
export function tableBody(t: TableLayout, typeOf: (name: string) => Ty | undefined, names: () => Iterable<string>, sink: DiagnosticSink): Body | undefined {
  const keyTys: EnumTy[] = [];
  for (const k of t.keys) {
    const ty = typeOf(k.name);
    if (!ty) sink.error(Diagnostics.UnknownName, k.span, [k.name], didYouMean(suggest(k.name, names())));
    else if (ty.k !== 'enum') {
      if (ty.k !== 'error') sink.error(Diagnostics.TypeMismatch, k.span, [text('a table key: an input or declaration that is one of a list of names', '表格的键：取值为名称列表之一的输入或声明'), showL(ty)]);
    } else keyTys.push(ty);
  }
  if (keyTys.length !== t.keys.length) return undefined;
  const known = (ty: EnumTy, m: { name: string; span: Span }): boolean => {
    if (ty.members.includes(m.name)) return true;
    sink.error(Diagnostics.UnknownMember, m.span, [m.name, ty.members.join(', ')], didYouMean(suggest(m.name, ty.members)));
    return false;
  };
  const columns = new Set(t.columns.filter((c) => known(keyTys[keyTys.length - 1]!, c)).map((c) => c.name));
  const rows = new Set(keyTys.length === 2 ? t.rows.filter((r) => r.label && known(keyTys[0]!, r.label)).map((r) => r.label!.name) : []);
  const body = tableCases(t, { columns, ...(keyTys.length === 2 ? { rows } : {}) });
  // no readable row or column: already reported, so the table has no value rather than a second error
  return body.kind === 'CasesBody' && body.cases.length === 0 ? undefined : body;
}

/** A cell's constant as a number to order (fen, a rate, a count, a month index), if it has one. */
function cellNumber(v: CaseValue, ty: Ty): Rational | undefined {
  if (v.kind !== 'ValueExpr') return undefined;
  const e: Expr = v.expr;
  const silent = new DiagnosticSink(); // reported where the cell is checked as the table's value
  if (e.kind === 'NumberLiteral') {
    const c = numberConst(e, ty, silent);
    return c?.value.k === 'num' ? c.value.value : undefined;
  }
  if (e.kind === 'PercentLiteral') {
    const d = parseDecimal(e.text);
    return rat(d.num, d.den * 100n);
  }
  if (e.kind === 'MonthLiteral') {
    const m = parseMonthText(e.text);
    return m === undefined ? undefined : rat(BigInt(m));
  }
  return undefined;
}

/**
 * FACTS I12: along every declared ordering, each member's cell moves in the declared direction from the
 * previous member's (in the key's declared order; `-` and `unspecified` cells are stepped over).
 * Cells are constants, so this is proven here, at compile time, with the offending pair of cells.
 */
export function checkGraded(v: ValueDecl, ty: Ty, typeOf: (name: string) => Ty | undefined, textOf: (sp: Span) => string, sink: DiagnosticSink): void {
  const t = v.table;
  if (!t || (t.graded.length === 0 && !t.refuted)) return;
  const name = v.name.name;
  if (ty.k !== 'money' && ty.k !== 'rate' && ty.k !== 'int' && ty.k !== 'month') {
    if (ty.k !== 'error') sink.error(Diagnostics.BadClaim, v.type.span, ['graded', name, 'a table of amounts, rates, numbers or months', name, showL(ty)]);
    return;
  }
  // cell(row member, column member); a one-key table has the row ''
  const cells = new Map<string, CaseValue>();
  const twoKeys = t.keys.length === 2;
  for (const r of t.rows) t.columns.forEach((c, i) => r.cells[i] && cells.set(`${twoKeys ? (r.label?.name ?? '') : ''}\u0000${c.name}`, r.cells[i]!));
  const refuted = new Set(t.refuted?.clauses ?? []);
  for (const g of [...t.graded, ...refuted]) {
    const dir = g.direction.name;
    if (dir !== 'increasing' && dir !== 'decreasing') {
      sink.error(Diagnostics.UnknownName, g.direction.span, [dir], didYouMean(suggest(dir, ['increasing', 'decreasing'])));
      continue;
    }
    const ki = t.keys.findIndex((k) => k.name === g.key.name);
    const keyTy = typeOf(g.key.name);
    if (ki < 0) {
      sink.error(Diagnostics.BadClaim, g.key.span, ['graded', name, `one of the table's keys (${t.keys.map((k) => k.name).join(', ')})`, g.key.name, text('not a key of this table', '不是此表格的键')]);
      continue;
    }
    if (keyTy?.k !== 'enum') continue; // reported with the table's keys
    if (!keyTy.ordered) {
      sink.error(Diagnostics.BadClaim, g.key.span, ['graded', name, 'a key whose members are ordered (`one of a < b < c`)', g.key.name, showL(keyTy)], {
        fix: { message: text(`declare the order: \`one of ${keyTy.members.join(' < ')}\``, `声明顺序：\`one of ${keyTy.members.join(' < ')}\``), edits: [] },
      });
      continue;
    }
    const other = twoKeys ? t.keys[1 - ki]! : undefined;
    const others = !twoKeys ? [''] : ki === 0 ? t.columns.map((c) => c.name) : t.rows.flatMap((r) => (r.label ? [r.label.name] : []));
    const at = (o: string, m: string): CaseValue | undefined => cells.get(!twoKeys ? `\u0000${m}` : ki === 0 ? `${m}\u0000${o}` : `${o}\u0000${m}`);
    const direction: LocalText = dir === 'decreasing' ? text('decreasing', '递减') : text('increasing', '递增');
    // `not graded …` (FACTS C03): proven when some step goes the other way; if none does, the claim holds
    if (refuted.has(g)) {
      const steps = others.flatMap((o) => stepsAlong(keyTy.members, (m) => at(o, m), ty));
      if (!steps.some((d) => (dir === 'decreasing' ? d > 0 : d < 0))) {
        const bound = dir === 'decreasing' ? text('no higher than', '不高于') : text('no lower than', '不低于');
        sink.error(Diagnostics.NotRefuted, g.span, [name, direction, g.key.name, bound]);
      }
      continue;
    }
    for (const o of others) {
      let prev: { m: string; c: CaseValue; n: Rational } | undefined;
      for (const m of keyTy.members) {
        const c = at(o, m);
        const n = c && cellNumber(c, ty);
        if (!c || n === undefined) continue;
        const step = prev ? cmp(n, prev.n) : 0;
        if (prev && (dir === 'decreasing' ? step > 0 : step < 0)) {
          const where = other ? `at ${other.name} = ${o}, ` : '';
          const whereZh = other ? `在 ${other.name} = ${o} 时，` : '';
          const moves = dir === 'decreasing' ? ['rises', '上升'] : ['falls', '下降'];
          sink.error(Diagnostics.NotGraded, c.span, [name, direction, g.key.name, text(`${where}it ${moves[0]} from ${textOf(prev.c.span)} (${prev.m}) to ${textOf(c.span)} (${m})`, `${whereZh}由 ${textOf(prev.c.span)}（${prev.m}）${moves[1]}到 ${textOf(c.span)}（${m}）`)], {
            related: [{ span: prev.c.span, message: text(`the cell for ${prev.m}`, `${prev.m} 的取值`) }],
          });
        }
        prev = { m, c, n };
      }
    }
  }
}

/** The comparisons (-1, 0, 1) of each numeric cell with the previous one along `members`, `-` and `unspecified` stepped over. */
function stepsAlong(members: readonly string[], cell: (m: string) => CaseValue | undefined, ty: Ty): number[] {
  const out: number[] = [];
  let prev: Rational | undefined;
  for (const m of members) {
    const c = cell(m);
    const n = c && cellNumber(c, ty);
    if (n === undefined) continue;
    if (prev) out.push(cmp(n, prev));
    prev = n;
  }
  return out;
}
