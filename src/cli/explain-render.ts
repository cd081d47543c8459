/**
 * An explanation for auditors, as text (English or Chinese) and as the
 * `policyc-explain/1` JSON steps: the inputs as the author writes them, then
 * every step that contributed to an output with its exact value, each rounding
 * (exact amount → rounded, mode, unit), its policy line and the text it cites.
 */
import type { IrRegion } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import { show } from '../ir/types.js';
import { isAbsent, showTyped, showValue, yuanText, type InterpStep, type Value } from '../interpret/interpret.js';
import { citedText, citeKind } from '../check/cite-text.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { messages, type Messages } from './messages.js';
import { contributingSteps, takenReads } from './explain-trace.js';

export interface ExplainContext {
  /** the inputs, echoed first */
  readonly inputs?: ReadonlyMap<string, Value>;
  /** where the inputs came from */
  readonly inputFile?: string;
  /** FACTS.md, for the cited texts; without it only the ids are shown */
  readonly factsPath?: string;
  /** the evaluation stopped with an error: every step so far is shown (what led to it is not known from the outputs) */
  readonly failed?: boolean;
}

/** A value as the author writes it: money in yuan (exact when unrounded), months YYYY-MM, rates in percent. */
export function valueText(v: Value, ty: Ty, m: Messages): string {
  if (isAbsent(v)) return m.notApplicable;
  if (ty.k === 'money' && v.k === 'num') {
    const amount = v.value.den === 1n ? showValue(v, true) : yuanText(v.value);
    return m.yuan(amount, ty.period === 'once' ? undefined : ty.period);
  }
  if (ty.k === 'bool' && v.k === 'bool') return v.value ? m.yes : m.no;
  if (ty.k === 'int' && v.k === 'num' && ty.unit !== 'none') return (ty.unit === 'years' ? m.years : m.months)(showValue(v, false));
  return showTyped(v, ty);
}

/** `F019: text «quote»` for each citation with a known text; notes as written. */
function citationLines(cites: readonly string[], factsPath: string | undefined): string[] {
  const out: string[] = [];
  for (const c of cites) {
    const t = citedText(factsPath, c, cites);
    if (t) out.push(`${c}: ${t.text}${t.quote ? ` «${t.quote}»` : ''}`);
  }
  return out;
}

const stateType = (r: IrRegion, name: string): Ty => r.decls.find((d) => d.name === name)!.ty;

export function renderExplanation(r: IrRegion, steps: readonly InterpStep[], lang: Lang, ctx: ExplainContext = {}): string {
  const m = messages(lang);
  const lines = [m.explainTitle(r.name, r.title)];
  if (ctx.inputs) {
    lines.push(m.inputsTitle(ctx.inputFile ?? '-'));
    for (const i of r.inputs) {
      const v = ctx.inputs.get(i.name);
      if (v) lines.push(`  ${i.name} = ${valueText(v, i.ty, m)}`);
    }
  }
  const { kept, omitted } = ctx.failed ? { kept: steps, omitted: [] } : contributingSteps(r, steps);
  lines.push(m.stepsTitle(kept.length, omitted.length));
  for (const s of kept) {
    lines.push(`  ${s.name}${s.item ? ` (${s.item})` : ''} = ${valueText(s.value, s.ty, m)}${s.ty.k === 'money' && s.ty.exact ? ` (${m.unrounded})` : ''}`);
    if (s.branch !== '=') lines.push(`      ${m.because}: ${s.branch.split(' › ').map(m.branch).join(m.branchJoin)}`);
    const reads = takenReads(r, s);
    if (reads.length) lines.push(`      ${m.reads}: ${reads.join(', ')}`);
    // a state's value at the end of the month before (its `initially` value in a timeline's first month)
    if (s.previous?.length) lines.push(`      ${m.previousMonth}: ${s.previous.map((p) => m.previousValue(p.name, valueText(p.value, stateType(r, p.name), m))).join(', ')}`);
    for (const x of s.roundings ?? []) {
      // the exact amount before rounding, so a tie (120.045) can be checked against the declared mode
      lines.push(`      ${m.rounds}: ${yuanText(x.unrounded)} → ${yuanText(x.rounded)} (${m.roundHow(m.modeName(x.mode), m.unitName(x.unit))})`);
    }
    lines.push(`      ${m.rule}: ${s.file}:${s.line}${s.cites.length ? ` · ${s.cites.join(', ')}` : ''}`);
    const cited = citationLines(s.cites, ctx.factsPath);
    cited.forEach((c, k) => lines.push(`      ${k === 0 ? `${m.cited}: ` : ' '.repeat([...m.cited].length * (lang === 'zh' ? 2 : 1) + 2)}${c}`));
  }
  return lines.join('\n') + '\n';
}

/** The inputs of the JSON document, as the author writes them. */
export function inputsJson(r: IrRegion, inputs: ReadonlyMap<string, Value>): object[] {
  return r.inputs.flatMap((i) => {
    const v = inputs.get(i.name);
    return v ? [{ name: i.name, type: show(i.ty), value: showTyped(v, i.ty) }] : [];
  });
}

export function stepsJson(r: IrRegion, steps: readonly InterpStep[], factsPath: string | undefined, failed = false): { steps: object[]; omitted: string[] } {
  const { kept, omitted } = failed ? { kept: steps, omitted: [] } : contributingSteps(r, steps);
  const exact = (s: InterpStep): string | null =>
    isAbsent(s.value) ? null : s.ty.k === 'money' && s.value.k === 'num' ? yuanText(s.value.value) : showTyped(s.value, s.ty);
  return {
    steps: kept.map((s) => ({
      name: s.name,
      ...(s.item ? { item: s.item } : {}),
      kind: s.kind,
      value: isAbsent(s.value) ? null : showTyped(s.value, s.ty),
      exact: exact(s),
      type: show(s.ty),
      branch: s.branch === '=' ? null : s.branch,
      reads: takenReads(r, s),
      roundings: (s.roundings ?? []).map((x) => ({ unrounded: yuanText(x.unrounded), rounded: yuanText(x.rounded), mode: x.mode, unit: x.unit })),
      ...(s.previous?.length ? { previous: s.previous.map((p) => ({ name: p.name, value: isAbsent(p.value) ? null : showTyped(p.value, stateType(r, p.name)) })) } : {}),
      file: s.file,
      line: s.line,
      cites: s.cites,
      citations: s.cites.map((c) => {
        const t = citedText(factsPath, c, s.cites);
        return { cite: c, kind: citeKind(c), text: t?.text ?? null, quote: t?.quote ?? null };
      }),
    })),
    omitted: omitted.map((s) => s.name),
  };
}
