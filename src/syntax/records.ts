/**
 * CST → AST for records and lists: `record member` with its fields, the `for each m in members` clause of a
 * per-item define, and list values in tests (`[adult, elderly]`, `[(tier = tier3, community = false)]`).
 */
import type * as C from '../../grammar/cst.generated.js';
import { Diagnostics, text } from '../diagnostics/diagnostic.js';
import { span } from '../diagnostics/span.js';
import type * as A from './ast.js';
import type { NamingKit } from './build-kit.js';

/** The parts of the AST builder these translations use. */
export interface ItemsBuilder extends NamingKit {
  readonly file: string;
  typeExpr(n: C.TypeExprCstNode): A.TypeExpr;
}

/** `record member [:] [cite]` and its fields; a record needs at least one field, each named once (PD1023). */
export function recordDecl(b: ItemsBuilder, n: C.RecordDeclCstNode): A.RecordDecl {
  const c = n.children;
  const name = b.ident(c.name);
  const fields: A.RecordDecl['fields'][number][] = [];
  const seen = new Set<string>();
  for (const f of c.fieldDecl ?? []) {
    const fc = f.children;
    const typeNode = fc.typeExpr?.[0];
    if (!typeNode) continue;
    const fname = b.ident(fc.name);
    if (seen.has(fname.name)) {
      b.sink.error(Diagnostics.RecordSyntax, fname.span, [name.name, text(`the field \`${fname.name}\` is declared twice`, `字段 \`${fname.name}\` 重复声明`)]);
      continue;
    }
    seen.add(fname.name);
    fields.push({ name: fname, type: b.typeExpr(typeNode), cites: b.cites(fc.Cite), span: b.nodeSpan(f) });
  }
  if (fields.length === 0) {
    b.sink.error(Diagnostics.RecordSyntax, name.span, [name.name, text('a record declares at least one field, one per line: `category: one of elderly, adult`', '记录至少声明一个字段，每行一个：`category: one of elderly, adult`')]);
  }
  return { kind: 'RecordDecl', name, fields, cites: b.cites(c.Cite), span: b.nodeSpan(n) };
}

/** `for each m in members` after a declaration's type: only a `define` has one value per item (PD1024). */
export function eachClause(b: ItemsBuilder, n: C.ValueDeclCstNode): NonNullable<A.ValueDecl['each']> {
  const c = n.children;
  const forTok = c.eachFor![0]!;
  const eachTok = c.each?.[0];
  const list = b.ident(c.list);
  const sp = span(b.file, forTok.startOffset, list.span.end);
  const name = c.name?.[0]?.image ?? '?';
  if (eachTok && eachTok.image !== 'each') b.sink.error(Diagnostics.UnexpectedToken, b.tokSpan(eachTok), ['`each`', `\`${eachTok.image}\``]);
  if (!c.Define) {
    const kind = c.Parameter ? 'parameter' : c.State ? 'state' : 'output';
    b.sink.error(Diagnostics.EachSyntax, sp, [
      name,
      text(`only a \`define\` has one value per item; \`${name}\` is ${kind === 'output' ? 'an' : 'a'} ${kind}: declare a define and aggregate it (\`sum(${name})\`)`, `只有 \`define\` 可以对每一项各取一个值；\`${name}\` 是 ${kind}：请声明 define 并对其聚合（\`sum(${name})\`）`),
    ]);
  }
  return { binder: b.ident(c.binder), list, span: sp };
}

/** `[item, …]` in a test's `given`. */
export function listValue(b: ItemsBuilder, n: C.ListValueCstNode): A.ListValue {
  const items = (n.children.listItem ?? []).map((it) => {
    const c = it.children;
    if (c.bare) return { fields: [{ value: b.literal(c.bare[0]!) }], span: b.nodeSpan(it) };
    const names = c.field ?? [];
    const values = c.value ?? [];
    const fields = names.map((t, k) => ({ name: b.ident([t]), value: b.literal(values[k]!) }));
    return { fields, span: b.nodeSpan(it) };
  });
  return { kind: 'ListValue', items, span: b.nodeSpan(n) };
}
