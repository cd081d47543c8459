/**
 * One rule → one TypeScript function. Cases become `if` chains (the last case
 * of a list needs no test: the checker proved the list complete); every leaf
 * records a trace step when tracing and otherwise just returns its value.
 */
import type { IrBody, IrDecl, Source } from '../ir/ir.js';
import { emitExpr, scaleTo } from './expr.js';
import type { DeclInfo, Gen } from './context.js';
import { unitOf } from './context.js';
import { commentText, stringLiteral } from './naming.js';

/** A rule specialised to one population member (or shared by all, `member` undefined). */
export interface Variant {
  readonly member: string | undefined;
  readonly body: IrBody;
  /** the plain function (evaluation) and its tracing twin (explanations) */
  readonly fn: string;
  readonly traceFn: string;
  /** its value may be absent (`not applicable`) */
  readonly absent: boolean;
  /** inputs and declarations it takes as parameters */
  readonly params: readonly string[];
}

/**
 * The rule as a function. The plain form is what `evaluate` runs: it only
 * computes, so V8 can inline whole evaluations and keep results in registers.
 * The traced form (`traced`) records every branch for explanations.
 */
export function declFunction(g: Gen, info: DeclInfo, v: Variant, absentRead: (name: string) => boolean, traced: boolean): string {
  const d: IrDecl = info.decl;
  const ctx = g.ctx(absentRead);
  const unit = unitOf(d.ty);
  const lines: string[] = [];
  const denArg = info.den !== 1n || d.ty.k === 'rate' ? `, ${info.den}` : '';
  const body = (b: IrBody, branch: string[], indent: string, cites: readonly string[], src: Source): void => {
    if (b.kind === 'value') {
      const val = b.value;
      const label = branch.join(' › ') || '=';
      const allCites = [...new Set([...d.cites, ...cites])];
      if (val.kind === 'not_applicable') {
        if (traced) lines.push(`${indent}record(t, ${g.step(d.name, label, src, allCites, unit, d.reads)}, null);`);
        lines.push(`${indent}return null;`);
      } else if (val.kind === 'unspecified') {
        const why = `${d.name}: ${branch.join(' › ') || 'rule'} is unspecified in the sources`;
        lines.push(`${indent}return fail("unspecified", ${stringLiteral(d.name)}, ${g.loc(src)}, ${stringLiteral(why)});`);
      } else {
        const code = scaleTo(emitExpr(val.e, ctx), info.den);
        if (traced) {
          const s = g.step(d.name, label, src, allCites, unit, d.reads);
          const shown = d.ty.k === 'month' ? 'formatMonth(value)' : 'value'; // a month is traced as `YYYY-MM`, not its index
          lines.push(`${indent}const value = ${code.code};`, `${indent}record(t, ${s}, ${shown}${denArg});`, `${indent}return value;`);
        } else lines.push(`${indent}return ${code.code};`);
      }
      return;
    }
    let closed = false;
    b.cases.forEach((c, k) => {
      if (closed) return;
      const last = k === b.cases.length - 1;
      lines.push(`${indent}// ${commentText(`${c.source.file}:${c.source.line}`)}${last && c.cond ? ' — the remaining case' : ''}`);
      const next = [...branch, c.label];
      if (c.cond && !last) {
        lines.push(`${indent}if (${emitExpr(c.cond, ctx).code}) {`);
        body(c.body, next, indent + '  ', [...cites, ...c.cites], c.source);
        lines.push(`${indent}}`);
      } else {
        body(c.body, next, indent, [...cites, ...c.cites], c.source);
        closed = true;
      }
    });
    if (!closed) {
      const why = `no case of \`${d.name}\` applies${branch.length ? ` under ${branch.join(' › ')}` : ''}`;
      lines.push(`${indent}return fail("no_applicable_rule", ${stringLiteral(d.name)}, ${info.loc}, ${stringLiteral(why)});`);
    }
  };
  body(v.body, [], '  ', [], d.source);
  const ret = (d.ty.k === 'enum' ? d.ty.members.map(stringLiteral).join(' | ') : d.ty.k === 'bool' ? 'boolean' : 'number') + (v.absent ? ' | null' : '');
  const params = [...v.params.map((n) => `${g.inputLocal.get(n) ?? g.infos.get(n)!.local}: ${g.localType(n, absentRead(n))}`), ...(traced ? ['t: TraceStep[]'] : [])];
  const who = v.member === undefined ? '' : ` for \`${commentText(v.member)}\``;
  const doc = traced
    ? `/** \`${commentText(d.name)}\`${who}, recording the branch taken (see \`${v.fn}\`) */`
    : `/** \`${commentText(d.name)}\`${who} — ${commentText(`${d.source.file}:${d.source.line}`)}` +
      `${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}${d.ty.k === 'rate' ? `; returns the numerator over ${info.den}` : ''} */`;
  return `${doc}\nfunction ${traced ? v.traceFn : v.fn}(${params.join(', ')}): ${ret} {\n${lines.join('\n')}\n}`;
}
