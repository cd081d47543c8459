/**
 * One rule (or its specialisation to one population member) → how to compute
 * it: an inline value when it reads nothing (`0`, `null`, a constant), else a
 * rule function. Cases become `if` chains (the last case of a list needs no
 * test: the checker proved the list complete), or a search over sorted bounds
 * for long lists of bands of one input (src/codegen/bands.ts). The plain
 * function only computes, so V8 can inline whole evaluations; its traced twin
 * records the branch taken, and exists only for rules that branch — a rule
 * with one value is traced as `record(t, step, plainCall)`.
 */
import type { IrBody, IrDecl, IrValue, Source } from '../ir/ir.js';
import { emitExpr, scaleTo } from './expr.js';
import type { DeclInfo, Gen } from './context.js';
import { unitOf } from './context.js';
import { bandSearch } from './bands.js';
import { SELF } from './link.js';
import { camel, commentText, pascal, stringLiteral } from './naming.js';

/** A rule specialised to one population member (or shared by all, `member` undefined). */
export interface Variant {
  readonly member: string | undefined;
  readonly body: IrBody;
  /** its value may be absent (`not applicable`) */
  readonly absent: boolean;
  /** inputs and declarations it takes as parameters */
  readonly params: readonly string[];
}

/** How a compute block obtains a rule's value, given the values of its parameters. */
export interface Call {
  readonly params: readonly string[];
  /** the plain expression: an inline value, or a call of the rule function */
  plain(args: readonly string[]): string;
  /** the traced expression (its value is recorded) */
  traced(args: readonly string[]): string;
  /** `plain` is a literal or constant that may be substituted where it is read */
  readonly literal: boolean;
}

interface Leaf {
  readonly value: IrValue;
  readonly branch: readonly string[];
  readonly cites: readonly string[];
  readonly src: Source;
}

/** The one value of a body that does not branch (after specialisation). */
function singleLeaf(b: IrBody, branch: readonly string[] = [], cites: readonly string[] = [], src?: Source): Leaf | undefined {
  if (b.kind === 'value') return src ? { value: b.value, branch, cites, src } : undefined;
  const c = b.cases[0];
  if (!c || (c.cond && b.cases.length > 1)) return undefined;
  return singleLeaf(c.body, [...branch, c.label], [...cites, ...c.cites], c.source);
}

// eslint-disable-next-line no-control-regex -- placeholders are control characters by design
const LITERAL = /^(?:-?\d+|null|true|false|"(?:[^"\\]|\\.)*"|\u0001[0-9a-f]{16}\u0002)$/;

export function declCall(g: Gen, info: DeclInfo, v: Variant, absentRead: (name: string) => boolean): Call {
  const d: IrDecl = info.decl;
  const ctx = g.ctx(absentRead);
  const unit = unitOf(d.ty);
  const denArg = info.den !== 1n || d.ty.k === 'rate' ? `, ${info.den}` : '';
  const stepOf = (branch: readonly string[], src: Source, cites: readonly string[]): string =>
    g.step(d.name, branch.join(' › ') || '=', src, [...new Set([...d.cites, ...cites])], unit, d.reads);
  /** the value of a leaf, and the statement that returns it (recording it when traced) */
  const leafValue = (l: Leaf): string => {
    const val = l.value;
    if (val.kind === 'not_applicable') return 'null';
    if (val.kind === 'unspecified' || val.kind === 'unknown') {
      const why = `${d.name}: ${l.branch.join(' › ') || 'rule'} is ${val.kind === 'unknown' ? 'unknown: the sources do not say' : 'unspecified in the sources'}`;
      return `fail(${stringLiteral(val.kind)}, ${stringLiteral(d.name)}, ${g.loc(l.src)}, ${stringLiteral(why)})`;
    }
    if (val.kind === 'unresolved') {
      // the reason is policy text: only ever a quoted string literal here
      return `fail("unresolved", ${stringLiteral(d.name)}, ${g.loc(l.src)}, ${stringLiteral(`${d.name} is unresolved: ${val.reason}`)})`;
    }
    if (val.kind === 'range') {
      // both ends as numerators over the rule's denominator (src/check/ranges.ts proved the value moves one way)
      const [lo, hi] = [val.lo, val.hi].map((x) => scaleTo(emitExpr(x, ctx), info.den).code);
      const shown = d.ty.k === 'money' ? 'money' : d.ty.k === 'rate' ? 'rate' : 'number';
      return `rangeOf(${lo}, ${hi}, ${info.den}, ${stringLiteral(shown)}, ${stringLiteral(d.name)}, ${g.loc(l.src)})`;
    }
    return scaleTo(emitExpr(val.e, ctx), info.den).code;
  };
  // a month is traced as `YYYY-MM`, not its index
  const recordFn = d.ty.k === 'month' ? 'recordMonth' : 'record';
  const recorded = (l: Leaf, code: string): string => (l.value.kind === 'unspecified' || l.value.kind === 'unknown' || l.value.kind === 'unresolved' ? code : `${recordFn}(t, ${stepOf(l.branch, l.src, l.cites)}, ${code}${denArg})`);
  const params = v.params.map((n) => `${g.valueOf(n)}: ${g.localType(n, absentRead(n))}`);
  const ret = (d.ty.k === 'enum' ? d.ty.members.map(stringLiteral).join(' | ') : d.ty.k === 'bool' ? 'boolean' : 'number') + (v.absent ? ' | null' : '');
  const tag = `${d.name}\u0000${v.member ?? ''}`;
  const membersOf = (tags: readonly string[]): string[] => tags.filter((t) => t.startsWith(`${d.name}\u0000`)).map((t) => t.slice(d.name.length + 1)).filter(Boolean);
  const who = (tags: readonly string[]): string => {
    const ms = membersOf(tags);
    return ms.length ? ` for ${ms.map((m) => `\`${commentText(m)}\``).join(', ')}` : '';
  };
  const where = `${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}`;

  const leaf = singleLeaf(v.body, [], [], d.source);
  if (leaf) {
    const code = leafValue(leaf);
    if (v.params.length === 0) return { params: [], plain: () => code, traced: () => recorded(leaf, code), literal: LITERAL.test(code) };
    const fn = g.items.ref(
      'fn',
      (tags) => `compute${pascal(d.name)}${membersOf(tags).map(pascal).join('Or')}`,
      `function ${SELF}(${params.join(', ')}): ${ret} {\n  return ${code};\n}`,
      (tags) => `/** \`${commentText(d.name)}\`${who(tags)} — ${where}${d.ty.k === 'rate' ? `; the numerator over ${info.den}` : ''} */`,
      tag,
    );
    return { params: v.params, plain: (a) => `${fn}(${a.join(', ')})`, traced: (a) => recorded(leaf, `${fn}(${a.join(', ')})`), literal: false };
  }

  const body = (traced: boolean): string[] => {
    const lines: string[] = [];
    const walk = (b: IrBody, branch: string[], indent: string, cites: readonly string[], src: Source): void => {
      if (b.kind === 'value') {
        const l: Leaf = { value: b.value, branch, cites, src };
        lines.push(`${indent}return ${traced ? recorded(l, leafValue(l)) : leafValue(l)};`);
        return;
      }
      const search = bandSearch(g, b, ctx, camel(d.name));
      if (search && !traced) {
        // constant values: a table lookup instead of a jump
        const values = b.cases.map((c) => (c.body.kind === 'value' ? leafValue({ value: c.body.value, branch, cites, src: c.source }) : ''));
        if (values.every((x) => /^(?:-?\d+|null)$/.test(x))) {
          const bySegment: string[] = [];
          search.segments.forEach((segs, k) => segs.forEach((seg) => (bySegment[seg] = values[k]!)));
          const type = values.includes('null') ? '(number | null)' : 'number';
          const table = g.items.ref('table', `${camel(d.name)}ByBand`, `/** \`${commentText(d.name)}\` in each band. */\nconst ${SELF}: readonly ${type}[] = [${bySegment.join(', ')}];`);
          lines.push(`${indent}return ${table}[${search.index}]!;`);
          return;
        }
      }
      if (search) {
        lines.push(`${indent}switch (${search.index}) {`);
        b.cases.forEach((c, k) => {
          const last = k === b.cases.length - 1;
          if (!last && search.segments[k]!.length === 0) return;
          const labels = last ? 'default' : search.segments[k]!.map((seg) => `case ${seg}`).join(': ');
          lines.push(`${indent}  ${labels}:`, `${indent}    // ${commentText(`${c.source.file}:${c.source.line}`)}`);
          walk(c.body, [...branch, c.label], `${indent}    `, [...cites, ...c.cites], c.source);
        });
        lines.push(`${indent}}`);
        return;
      }
      let closed = false;
      b.cases.forEach((c, k) => {
        if (closed) return;
        const last = k === b.cases.length - 1;
        if (c.cond || c.body.kind === 'value') lines.push(`${indent}// ${commentText(`${c.source.file}:${c.source.line}`)}${last && c.cond ? ', the remaining case' : ''}`);
        const next = [...branch, c.label];
        if (c.cond && !last) {
          lines.push(`${indent}if (${emitExpr(c.cond, ctx).code}) {`);
          walk(c.body, next, indent + '  ', [...cites, ...c.cites], c.source);
          lines.push(`${indent}}`);
        } else {
          walk(c.body, next, indent, [...cites, ...c.cites], c.source);
          closed = true;
        }
      });
      if (!closed) {
        const why = `no case of \`${d.name}\` applies${branch.length ? ` under ${branch.join(' › ')}` : ''}`;
        lines.push(`${indent}return fail("no_applicable_rule", ${stringLiteral(d.name)}, ${g.loc(src)}, ${stringLiteral(why)});`);
      }
    };
    walk(v.body, [], '  ', [], d.source);
    return lines;
  };
  const fn = g.items.ref(
    'fn',
    (tags) => `compute${pascal(d.name)}${membersOf(tags).map(pascal).join('Or')}`,
    `function ${SELF}(${params.join(', ')}): ${ret} {\n${body(false).join('\n')}\n}`,
    (tags) => `/** \`${commentText(d.name)}\`${who(tags)} — ${where}${d.ty.k === 'rate' ? `; returns the numerator over ${info.den}` : ''} */`,
    tag,
  );
  const traceFn = g.items.ref(
    'trace',
    (tags) => `trace${pascal(d.name)}${membersOf(tags).map(pascal).join('Or')}`,
    `function ${SELF}(${[...params, 't: TraceStep[]'].join(', ')}): ${ret} {\n${body(true).join('\n')}\n}`,
    (tags) => `/** \`${commentText(d.name)}\`${who(tags)}, recording the branch taken */`,
    tag,
  );
  return { params: v.params, plain: (a) => `${fn}(${a.join(', ')})`, traced: (a) => `${traceFn}(${[...a, 't'].join(', ')})`, literal: false };
}

/**
 * The rule of population member `m` (undefined: the whole region) reading its rule values, and
 * states of the month before, through `unwrap`: a failure is thrown only where the branch taken
 * reads it, as in the interpreter (the lazy paths after a rule failed).
 */
export function lazyDeclCall(g: Gen, d: IrDecl, variants: ReadonlyMap<string, ReadonlyMap<string | undefined, Variant>>, m: string | undefined): Call {
  g.lazyReads = true;
  try {
    return declCall(g, g.infos.get(d.name)!, variants.get(d.name)!.get(m)!, (n) => variants.get(n)?.get(m)?.absent ?? false);
  } finally {
    g.lazyReads = false;
  }
}
