/**
 * `policyc explain --region R --input person.json`: checks the input against
 * the region's input JSON Schema (one diagnostic per bad field), evaluates it
 * with the reference interpreter and prints every rule and branch taken, with
 * its policy line and citations, in English or Chinese.
 */
import { readFileSync } from 'node:fs';
import type { IrRegion } from '../ir/ir.js';
import { parseMonthText } from '../check/expr.js';
import { rat } from '../ir/rational.js';
import { show } from '../ir/types.js';
import { EvalError, Interpreter, isAbsent, showTyped, showValue, yuanText, type InterpStep, type Value } from '../interpret/interpret.js';
import { parseYuan } from '@policyc/runtime';
import { messages } from './messages.js';
import { compileRegion, diagnosticsJson, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printDiagnostics, type GlobalOptions } from './io.js';
import { inputSchema } from '../codegen/schema.js';
import { SourceFile } from '../diagnostics/span.js';
import { checkInputFile } from './input-schema.js';

/** Reads a JSON input: money as integer fen (like the generated API) or as a yuan string "5000.00". */
export function inputFromJson(r: IrRegion, json: Record<string, unknown>): { values: Map<string, Value>; problems: string[] } {
  const values = new Map<string, Value>();
  const problems: string[] = [];
  for (const i of r.inputs) {
    const v = json[i.name];
    if (v === undefined) problems.push(`missing input \`${i.name}\``);
    else if (i.ty.k === 'enum' && typeof v === 'string' && i.ty.members.includes(v)) values.set(i.name, { k: 'enum', value: v });
    else if (i.ty.k === 'month' && typeof v === 'string' && parseMonthText(v) !== undefined) values.set(i.name, { k: 'month', value: parseMonthText(v)! });
    else if (i.ty.k === 'bool' && typeof v === 'boolean') values.set(i.name, { k: 'bool', value: v });
    else if (i.ty.k === 'money' && typeof v === 'string' && !Number.isNaN(parseYuan(v))) values.set(i.name, { k: 'num', value: rat(BigInt(parseYuan(v))) });
    else if ((i.ty.k === 'money' || i.ty.k === 'int') && typeof v === 'number' && Number.isSafeInteger(v)) values.set(i.name, { k: 'num', value: rat(BigInt(v)) });
    else problems.push(`\`${i.name}\` must be ${show(i.ty)}${i.ty.k === 'money' ? ' (integer fen, or a yuan string like "5000.00")' : ''}, got ${JSON.stringify(v)}`);
  }
  for (const k of Object.keys(json)) if (!r.inputs.some((i) => i.name === k)) problems.push(`unknown input \`${k}\``);
  return { values, problems };
}

function valueText(s: InterpStep, lang: 'en' | 'zh'): string {
  const m = messages(lang);
  if (isAbsent(s.value)) return m.notApplicable;
  if (s.ty.k === 'money') return m.yuan(showValue(s.value, true), s.ty.period === 'once' ? undefined : s.ty.period);
  return showTyped(s.value, s.ty);
}

export function renderExplanation(r: IrRegion, steps: readonly InterpStep[], lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const lines = [zh ? `地区 \`${r.name}\`${r.title ? `（${r.title}）` : ''} 的计算说明：` : `How region \`${r.name}\`${r.title ? ` (${r.title})` : ''} computed this:`];
  for (const s of steps) {
    lines.push(`  ${s.name} = ${valueText(s, lang)}`);
    if (s.branch !== '=') lines.push(`      ${zh ? '适用情形' : 'because'}: ${s.branch}`);
    if (s.reads.length) lines.push(`      ${zh ? '读取' : 'reads'}: ${s.reads.join(', ')}`);
    for (const x of s.roundings ?? []) {
      // the exact amount before rounding, so a tie (120.045) can be checked against the declared mode
      const how = `${x.mode} ${zh ? '至' : 'to the'} ${x.unit}`;
      lines.push(`      ${zh ? '取整' : 'rounds'}: ${yuanText(x.unrounded)} → ${yuanText(x.rounded)} (${how})`);
    }
    lines.push(`      ${zh ? '依据' : 'rule'}: ${s.file}:${s.line}${s.cites.length ? ` · ${s.cites.join(', ')}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** The versioned `explain --format json` document (README, "Machine-readable output"). */
export const EXPLAIN_SCHEMA = 'policyc-explain/1';

function stepJson(s: InterpStep): object {
  return {
    name: s.name,
    kind: s.kind,
    value: isAbsent(s.value) ? null : showTyped(s.value, s.ty),
    type: show(s.ty),
    branch: s.branch === '=' ? null : s.branch,
    reads: s.reads,
    file: s.file,
    line: s.line,
    cites: s.cites,
  };
}

export function explainCommand(paths: readonly string[], regionName: string, inputPath: string, o: GlobalOptions): number {
  const found = compileRegion(paths, regionName, o);
  if (typeof found === 'number') return found;
  const { r } = found;
  const json = o.format === 'json';
  const document = (steps: readonly InterpStep[], input: unknown, error?: string): string =>
    JSON.stringify(
      {
        schema: EXPLAIN_SCHEMA,
        region: r.name,
        input,
        steps: steps.map(stepJson),
        ...(error !== undefined ? { error } : {}),
        diagnostics: diagnosticsJson(found.diagnostics, found.c.sources, o),
      },
      null,
      2,
    ) + '\n';
  let source: string;
  try {
    source = readFileSync(inputPath, 'utf8');
  } catch (e) {
    process.stderr.write(`error: cannot read input ${inputPath}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  // The input must satisfy the region's input JSON Schema (what `build` writes next to its module).
  const checked = checkInputFile(inputPath, source, inputSchema(r));
  if (checked.problems.length) {
    printDiagnostics(checked.problems, new Map([[inputPath, new SourceFile(inputPath, source)]]), o);
    return EXIT_ERRORS;
  }
  const input = checked.value;
  const { values, problems } = inputFromJson(r, input);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`error: ${inputPath}: ${p}\n`);
    if (json) process.stdout.write(document([], input, problems.join('; ')));
    return EXIT_ERRORS;
  }
  const steps: InterpStep[] = [];
  try {
    new Interpreter(r).run(values, steps);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    process.stdout.write(json ? document(steps, input, e.message) : renderExplanation(r, steps, o.lang));
    process.stderr.write(`error: ${e.message}\n`);
    return EXIT_ERRORS;
  }
  process.stdout.write(json ? document(steps, input) : renderExplanation(r, steps, o.lang));
  return EXIT_OK;
}
