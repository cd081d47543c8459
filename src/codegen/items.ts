/**
 * Lists in generated code: the item type of each list input (`interface Member`), the validation of list
 * inputs (`listOk` on the hot path, `badList` naming `members[2].category` on the cold one), per-item
 * defines as functions of the item (`itemPremium(it, …)`), and each aggregate as a loop over the list in
 * a function of its own (`sumPremium(members, …)`): one counter or accumulator, nothing allocated per item.
 *
 * Inside both, the current item is `it` (a name no policy name can take, src/codegen/naming.ts) and every
 * region-level value they read is a parameter named as its local, so an expression prints the same inside
 * the function as at the call.
 */
import type { IrBody, IrExpr, IrInput, IrItemDecl, IrNode, Source } from '../ir/ir.js';
import type { RecordTy, Ty } from '../ir/types.js';
import { readsOfExpr, someExpr } from '../ir/visit.js';
import type { Gen } from './context.js';
import { emitExpr, scaleTo, type Code } from './expr.js';
import { SELF } from './link.js';
import { commentText, pascal, stringLiteral } from './naming.js';

const recordAlias = new WeakMap<Gen, Map<string, string>>();

/** The TypeScript name of a record's item type (named once per module). */
export function recordType(g: Gen, rec: RecordTy): string {
  let m = recordAlias.get(g);
  if (!m) recordAlias.set(g, (m = new Map()));
  let n = m.get(rec.name);
  if (!n) m.set(rec.name, (n = g.names.take(pascal(rec.name))));
  return n;
}

/** The type of one field in the item interface. */
export function fieldType(t: Ty): string {
  return t.k === 'enum' ? t.members.map(stringLiteral).join(' | ') : t.k === 'bool' ? 'boolean' : 'number';
}

/** The item interfaces of the region's list inputs, as `[name, properties]`. */
export function itemInterfaces(g: Gen): { name: string; rec: RecordTy; list: IrInput }[] {
  const out: { name: string; rec: RecordTy; list: IrInput }[] = [];
  const seen = new Set<string>();
  for (const i of g.r.inputs) {
    if (i.ty.k !== 'list' || seen.has(i.ty.record.name)) continue;
    seen.add(i.ty.record.name);
    out.push({ name: recordType(g, i.ty.record), rec: i.ty.record, list: i });
  }
  return out;
}

/** The field specs `listOk`/`badList` check, as a module constant. */
function fieldSpecs(g: Gen, rec: RecordTy): string {
  const specs = rec.fields.map((f) => {
    const name = `name: ${stringLiteral(f.name)}`;
    if (f.ty.k === 'enum') return `{ ${name}, kind: "member", members: [${f.ty.members.map(stringLiteral).join(', ')}] }`;
    if (f.ty.k === 'bool') return `{ ${name}, kind: "flag" }`;
    const unit = f.ty.k === 'money' ? 'fen' : f.ty.k === 'int' && f.ty.unit !== 'none' ? f.ty.unit : 'units';
    return `{ ${name}, kind: "whole", low: ${f.low?.num ?? 0n}, high: ${f.high?.num ?? 0n}, unit: ${stringLiteral(unit)} }`;
  });
  return g.items.ref('const', `${rec.name}Fields`, `/** The fields of record \`${commentText(rec.name)}\`. */\nconst ${SELF}: readonly FieldSpec[] = [${specs.join(', ')}];`);
}

/** Hot-path test (true = invalid) for a list input held in local `v`. */
export function listInvalid(g: Gen, i: IrInput, v: string): string {
  if (i.ty.k !== 'list') return 'false';
  return `!listOk(${v}, ${i.low?.num ?? 0n}, ${i.high?.num ?? 0n}, ${fieldSpecs(g, i.ty.record)})`;
}

/** Cold-path validation statement of a list input read from `src`. */
export function listValidate(g: Gen, i: IrInput, src: string, loc: string): string {
  if (i.ty.k !== 'list') return '';
  const v = g.inputLocal.get(i.name)!;
  return `const ${v} = ${src}.${i.name};\nbadList(${stringLiteral(i.name)}, ${v}, ${i.low?.num ?? 0n}, ${i.high?.num ?? 0n}, ${fieldSpecs(g, i.ty.record)}, ${loc});`;
}

/** Region-level values a per-item define reads, through the per-item defines it reads too. */
function itemReads(g: Gen, d: IrItemDecl, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(d.name)) return out;
  seen.add(d.name);
  for (const r of d.reads) out.add(r);
  for (const n of d.itemReads) {
    const x = g.r.items?.find((y) => y.name === n);
    if (x) for (const r of itemReads(g, x, seen)) out.add(r);
  }
  return out;
}

/** The parameters that carry region-level values (constants are module items, read directly; the list is the loop's). */
function valueParams(g: Gen, names: Iterable<string>, except: string): string[] {
  return [...new Set(names)].filter((n) => n !== except && (g.inputLocal.has(n) || (g.infos.has(n) && !g.infos.get(n)!.ref)));
}

const absent = (g: Gen) => (n: string): boolean => g.decls.get(n)?.mayBeAbsent ?? false;

/** A call of a per-item define's function for the current item `it`. */
export function itemCall(g: Gen, e: IrNode<'item'>): string {
  const d = g.r.items!.find((x) => x.name === e.name)!;
  const list = g.input(d.list)!;
  const rec = (list.ty as Extract<Ty, { k: 'list' }>).record;
  const params = valueParams(g, itemReads(g, d), d.list);
  const den = g.num.item(d.name).den;
  const ctx = g.ctx(absent(g));
  const leaf = (b: IrBody & { kind: 'value' }, src: Source): string => {
    const v = b.value;
    if (v.kind === 'expr') return scaleTo(emitExpr(v.e, ctx), den).code;
    const why = `${d.name} of ${d.list}[k] is ${v.kind === 'unspecified' ? 'unspecified in the sources' : 'not applicable but is needed here'}`;
    return `fail(${stringLiteral(v.kind)}, ${stringLiteral(d.name)}, ${g.loc(src)}, ${stringLiteral(why)})`;
  };
  const lines: string[] = [];
  const walk = (b: IrBody, indent: string, src: Source): void => {
    if (b.kind === 'value') {
      lines.push(`${indent}return ${leaf(b, src)};`);
      return;
    }
    let closed = false;
    b.cases.forEach((c, k) => {
      if (closed) return;
      lines.push(`${indent}// ${commentText(`${c.source.file}:${c.source.line}`)}`);
      if (c.cond && k < b.cases.length - 1) {
        lines.push(`${indent}if (${emitExpr(c.cond, ctx).code}) {`);
        walk(c.body, indent + '  ', c.source);
        lines.push(`${indent}}`);
      } else {
        walk(c.body, indent, c.source);
        closed = true;
      }
    });
    if (!closed) lines.push(`${indent}return fail("no_applicable_rule", ${stringLiteral(d.name)}, ${g.loc(src)}, ${stringLiteral(`no case of \`${d.name}\` applies to an item of ${d.list}`)});`);
  };
  walk(d.body, '  ', d.source);
  const ret = d.ty.k === 'enum' ? d.ty.members.map(stringLiteral).join(' | ') : d.ty.k === 'bool' ? 'boolean' : 'number';
  const sig = [`it: ${recordType(g, rec)}`, ...params.map((n) => `${g.valueOf(n)}: ${g.localType(n, absent(g)(n))}`)].join(', ');
  const fn = g.items.ref(
    'fn',
    `item${pascal(d.name)}`,
    `function ${SELF}(${sig}): ${ret} {\n${lines.join('\n')}\n}`,
    () => `/** \`${commentText(d.name)}\` for one item of \`${commentText(d.list)}\` — ${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}${d.ty.k === 'money' && den !== 1n ? `; the numerator over ${den}` : ''} */`,
  );
  return `${fn}(${['it', ...params.map((n) => g.valueOf(n))].join(', ')})`;
}

/** A call of the loop function computing an aggregate. */
export function aggregateCall(g: Gen, e: IrNode<'agg'>, outer: Code): string {
  const list = e.list.op === 'input' ? e.list.name : '';
  const input = g.input(list)!;
  const rec = (input.ty as Extract<Ty, { k: 'list' }>).record;
  const ctx = g.ctx(absent(g));
  const reads = new Set<string>();
  const collect = (x: IrExpr): void => {
    readsOfExpr(x, reads);
    // the per-item defines it calls take their own reads as parameters
    for (const it of g.r.items ?? []) if (exprCalls(x, it.name)) for (const r of itemReads(g, it)) reads.add(r);
  };
  if (e.where) collect(e.where);
  if (e.of) collect(e.of);
  const params = valueParams(g, reads, list);
  const arg = (n: string): string => (e.known?.[n] !== undefined ? stringLiteral(e.known[n]) : g.valueOf(n));
  const listLocal = g.inputLocal.get(list)!;
  if (e.fn === 'count' && !e.where) return `${listLocal}.length`;
  const body: string[] = [];
  const of = e.of ? scaleTo(emitExpr(e.of, ctx), outer.den) : undefined;
  if (e.fn === 'sum' || e.fn === 'count') body.push('let acc = 0;');
  body.push(`for (let k = 0; k < ${listLocal}.length; k++) {`, `  const it = ${listLocal}[k]!;`);
  if (e.where) body.push(`  if (!(${emitExpr(e.where, ctx).code})) continue;`);
  if (e.fn === 'count') body.push('  acc++;');
  if (e.fn === 'sum') body.push(`  acc += ${of!.code};`);
  if (e.fn === 'all') body.push(`  if (!(${of!.code})) return false;`);
  if (e.fn === 'any') body.push(`  if (${of!.code}) return true;`);
  body.push('}', e.fn === 'all' ? 'return true;' : e.fn === 'any' ? 'return false;' : 'return acc;');
  const sig = [`${listLocal}: readonly ${recordType(g, rec)}[]`, ...params.map((n) => `${g.valueOf(n)}: ${g.localType(n, absent(g)(n))}`)].join(', ');
  const ret = e.fn === 'all' || e.fn === 'any' ? 'boolean' : 'number';
  const fn = g.items.ref(
    'fn',
    `${e.fn}Over${pascal(list)}`,
    `function ${SELF}(${sig}): ${ret} {\n${body.filter(Boolean).map((l) => `  ${l}`).join('\n')}\n}`,
    () => `/** \`${e.fn}(${commentText(e.of?.op === 'item' ? e.of.name : e.of?.op === 'field' ? `${list}.${e.of.field}` : list)}${e.where ? ' where …' : ''})\` over the items of \`${commentText(list)}\`${e.where ? ' for which the condition holds' : ''}${of && of.den !== 1n ? `; the numerator over ${of.den}` : ''} */`,
  );
  return `${fn}(${[listLocal, ...params.map(arg)].join(', ')})`;
}

const exprCalls = (e: IrExpr, name: string): boolean => someExpr(e, (x) => x.op === 'item' && x.name === name);
