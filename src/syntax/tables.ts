/**
 * `table` declarations: their shape is checked here (one or two keys, a header without repeats, one row
 * per member, as many cells as columns), and they become nested cases, so the coverage proof, the IR,
 * the interpreter and the code generator see ordinary `when key is member:` cases:
 *
 *     table r: rate by tier, level          define r: rate
 *                level1  level2               when tier is tier1:
 *       tier1:   80%     58%          →          when level is level1: 80%
 *                                                when level is level2: 58%
 *
 * A missing row or column is then a coverage gap (PD5001); a member that is not the key's is PD2007.
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Body, Case, CaseValue, Ident, TableLayout } from './ast.js';

const isKey = (key: Ident, member: Ident, span: Span): Case['guard'] => ({
  kind: 'WhenGuard',
  cond: { kind: 'Is', operand: { kind: 'NameRef', name: key.name, span: key.span }, negated: false, member, span: member.span },
  span,
});

/**
 * The nested cases of a table. `keep` leaves out rows and columns (by member name) the checker found
 * wrong, so one bad member is reported once, not once per cell.
 */
export function tableCases(t: TableLayout, keep?: { rows?: ReadonlySet<string>; columns?: ReadonlySet<string> }): Body {
  const [first, second] = t.keys;
  const cols = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !keep?.columns || keep.columns.has(c.name));
  const cells = (row: TableLayout['rows'][number], key: Ident, cites: Case['cites']): Case[] =>
    cols.map(({ c, i }) => {
      const v = row.cells[i]!;
      return { kind: 'Case', guard: isKey(key, c, c.span), body: { kind: 'ExprBody', value: v }, cites, span: v.span };
    });
  if (!first) return { kind: 'CasesBody', cases: [] };
  if (!second) return { kind: 'CasesBody', cases: t.rows[0] ? cells(t.rows[0], first, t.rows[0].cites) : [] };
  const rows = t.rows.filter((r) => r.label && (!keep?.rows || keep.rows.has(r.label.name)));
  return {
    kind: 'CasesBody',
    cases: rows.map((r) => ({ kind: 'Case', guard: isKey(first, r.label!, r.label!.span), body: { kind: 'CasesBody', cases: cells(r, second, []) }, cites: r.cites, span: r.span })),
  };
}

/** Checks the shape of a table as written and drops what cannot be read (reported here, once). */
export function checkTableShape(name: string, t: TableLayout, sink: DiagnosticSink): TableLayout {
  const shape = (sp: Span, en: string, zh: string): void => sink.error(Diagnostics.TableShape, sp, [name, text(en, zh)]);
  const keys = t.keys.slice(0, 2);
  if (t.keys.length > 2) shape(t.keys[2]!.span, 'a table has one key (a row) or two (rows and columns)', '表格只能有一个键（一行）或两个键（行和列）');
  const seenCol = new Set<string>();
  const columns: Ident[] = [];
  for (const c of t.columns) {
    if (seenCol.has(c.name)) shape(c.span, `column \`${c.name}\` is in the header twice`, `表头中列 \`${c.name}\` 出现了两次`);
    else columns.push(c);
    seenCol.add(c.name);
  }
  const where = keys[keys.length - 1]?.span ?? t.graded[0]?.span ?? t.rows[0]?.span;
  // with no key, no graded clause and no row, the declaration's own syntax error is the report
  if (t.columns.length === 0 && where) {
    shape(where, `the header line is missing: the members of \`${keys[keys.length - 1]?.name ?? ''}\` on the line below the declaration`, `缺少表头：声明下一行应列出 \`${keys[keys.length - 1]?.name ?? ''}\` 的成员`);
  }
  const seenRow = new Map<string, Span>();
  const rows: TableLayout['rows'][number][] = [];
  t.rows.forEach((r, i) => {
    if (keys.length === 2 && !r.label) return shape(r.span, `each row starts with a member of \`${keys[0]!.name}\` and a colon, e.g. \`${keys[0]!.name}_member: …\``, `每一行以 \`${keys[0]!.name}\` 的成员加冒号开头`);
    if (keys.length === 1 && r.label) return shape(r.label.span, `a table by one key has one row of cells under its header, without a row name`, '单键表格在表头下只有一行取值，不写行名');
    if (keys.length === 1 && i > 0) return shape(r.span, 'a table by one key has one row of cells under its header', '单键表格在表头下只有一行取值');
    if (r.label) {
      if (seenRow.has(r.label.name)) return shape(r.label.span, `row \`${r.label.name}\` is written twice`, `行 \`${r.label.name}\` 写了两次`);
      seenRow.set(r.label.name, r.label.span);
    }
    if (r.cells.length !== t.columns.length) {
      shape(r.span, `this row has ${r.cells.length} cell(s) but the header has ${t.columns.length} column(s)`, `此行有 ${r.cells.length} 个取值，但表头有 ${t.columns.length} 列`);
      // kept, without values, so the row is not reported missing as well
      return void rows.push({ ...r, cells: columns.map(() => ({ kind: 'Unspecified', span: r.span })) });
    }
    const cells = t.columns.map((c, j) => ({ c, v: r.cells[j]! })).filter(({ c }) => columns.includes(c)).map(({ v }) => v);
    rows.push({ ...r, cells });
  });
  const last = t.columns[t.columns.length - 1]?.span ?? t.keys[0]?.span;
  if (t.rows.length === 0 && last) shape(last, 'the table has no rows of cells', '表格没有取值行');
  return { ...t, keys, columns, rows };
}

/** A cell as written: a constant, `unspecified`, or `-` (not applicable). */
export type Cell = CaseValue;
