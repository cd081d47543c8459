/** `policyc explain-region <region>`: what a region changes relative to its parent, from which month, with citations. */
import { formatMonth } from '@policyc/runtime';
import type { IrCase, IrRegion } from '../ir/ir.js';
import { compileRegion, diagnosticsJson, EXIT_OK, type GlobalOptions } from './io.js';

function periods(cases: readonly IrCase[]): string[] {
  return cases.map((c) => `${c.label} (${c.source.file}:${c.source.line})`);
}

export function describeRegion(r: IrRegion, parent: IrRegion | undefined, lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(
    parent
      ? zh ? `地区 \`${r.name}\` 继承 \`${parent.name}\`，改动如下：` : `region \`${r.name}\` extends \`${parent.name}\` and changes:`
      : zh ? `地区 \`${r.name}\` 没有上级地区；全部声明：` : `region \`${r.name}\` extends nothing; it declares:`,
  );
  const parentDecls = new Map(parent?.decls.map((d) => [d.name, d]) ?? []);
  for (const d of r.decls.filter((x) => x.declaredIn === r.name)) {
    const was = parentDecls.get(d.name);
    const verb = was ? (zh ? '覆盖' : 'overrides') : zh ? '新增' : 'adds';
    out.push(`  ${verb} ${d.declKind} \`${d.name}\`  ${d.source.file}:${d.source.line}${d.cites.length ? ` · ${d.cites.join(', ')}` : ''}`);
    if (was) out.push(`      ${zh ? '原为' : 'was'}: ${was.source.file}:${was.source.line}${was.cites.length ? ` · ${was.cites.join(', ')}` : ''}`);
    if (d.body.kind === 'cases') for (const p of periods(d.body.cases)) out.push(`      ${p}`);
  }
  if (parent && (parent.horizon.start !== r.horizon.start || parent.horizon.end !== r.horizon.end)) {
    out.push(`  ${zh ? '期间' : 'horizon'}: ${formatMonth(r.horizon.start)}..${r.horizon.end === undefined ? '' : formatMonth(r.horizon.end)}`);
  }
  if (parent && JSON.stringify(parent.rounding) !== JSON.stringify(r.rounding)) {
    out.push(`  ${zh ? '取整' : 'rounding'}: ${r.rounding ? (zh ? `${r.rounding.mode}，到 ${r.rounding.unit}` : `${r.rounding.mode} to ${r.rounding.unit}`) : zh ? '无' : 'none'}`);
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
