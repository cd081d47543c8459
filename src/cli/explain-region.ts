/** `policyc explain-region <region>`: what a region changes relative to its parent, from which month, with citations. */
import { formatMonth } from '@policyc/runtime';
import type { IrCase, IrRegion } from '../ir/ir.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { messages, type Messages } from './messages.js';
import { compileRegion, diagnosticsJson, EXIT_OK, type GlobalOptions } from './io.js';

function periods(cases: readonly IrCase[], m: Messages): string[] {
  return cases.map((c) => `${m.branch(c.label)} (${c.source.file}:${c.source.line})`);
}

export function describeRegion(r: IrRegion, parent: IrRegion | undefined, lang: Lang): string {
  const m = messages(lang);
  const out: string[] = [];
  out.push(parent ? m.extendsParent(r.name, parent.name) : m.extendsNothing(r.name));
  const parentDecls = new Map(parent?.decls.map((d) => [d.name, d]) ?? []);
  for (const d of r.decls.filter((x) => x.declaredIn === r.name)) {
    const was = parentDecls.get(d.name);
    out.push(`  ${was ? m.overrides : m.adds} ${m.kindName(d.declKind)} \`${d.name}\`  ${d.source.file}:${d.source.line}${d.cites.length ? ` · ${d.cites.join(', ')}` : ''}`);
    if (was) out.push(`      ${m.was}: ${was.source.file}:${was.source.line}${was.cites.length ? ` · ${was.cites.join(', ')}` : ''}`);
    if (d.body.kind === 'cases') for (const p of periods(d.body.cases, m)) out.push(`      ${p}`);
  }
  if (parent && (parent.horizon.start !== r.horizon.start || parent.horizon.end !== r.horizon.end)) {
    out.push(`  ${m.horizon}: ${formatMonth(r.horizon.start)}..${r.horizon.end === undefined ? '' : formatMonth(r.horizon.end)}`);
  }
  if (parent && JSON.stringify(parent.rounding) !== JSON.stringify(r.rounding)) {
    out.push(`  ${m.rounding}: ${r.rounding ? m.roundHow(m.modeName(r.rounding.mode), m.unitName(r.rounding.unit)) : m.roundingNone}`);
  }
  return out.join('\n') + '\n';
}

export function explainRegionCommand(paths: readonly string[], regionName: string, o: GlobalOptions): number {
  const found = compileRegion(paths, regionName, o);
  if (typeof found === 'number') return found;
  const { c, r } = found;
  const text = describeRegion(r, c.regions.find((x) => x.name === r.parent), o.lang);
  if (o.format === 'json') {
    const doc = { schema: 'policyc-explain-region/1', region: r.name, parent: r.parent ?? null, lines: text.trimEnd().split('\n'), diagnostics: diagnosticsJson(found.diagnostics, c.sources, o) };
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else process.stdout.write(text);
  return EXIT_OK;
}
