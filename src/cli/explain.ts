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
import { showL } from '../ir/types.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { locateFacts } from '../check/citations.js';
import { inputsJson, renderExplanation, stepsJson } from './explain-render.js';

export { renderExplanation } from './explain-render.js';
import { EvalError, Interpreter, showTyped, type InterpStep, type Value } from '../interpret/interpret.js';
import { parseYuan } from '@policyc/runtime';
import { messages } from './messages.js';
import { compileRegion, diagnosticsJson, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printDiagnostics, type GlobalOptions } from './io.js';
import { inputSchema } from '../codegen/schema.js';
import { SourceFile } from '../diagnostics/span.js';
import { checkInputFile } from './input-schema.js';
import { listFromApi } from '../interpret/lists.js';

/** A rate as the generated API takes it: exactly `{ num, den }`, whole numbers, `den > 0`. */
function isExactRate(v: unknown): v is { num: number; den: number } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return Object.keys(o).length === 2 && Number.isSafeInteger(o['num']) && Number.isSafeInteger(o['den']) && (o['den'] as number) > 0;
}

/** Reads a JSON input: money as integer fen (like the generated API) or as a yuan string "5000.00"; a rate as `{ num, den }`. */
export function inputFromJson(r: IrRegion, json: Record<string, unknown>, lang: Lang = 'en'): { values: Map<string, Value>; problems: string[] } {
  const m = messages(lang);
  const values = new Map<string, Value>();
  const problems: string[] = [];
  for (const i of r.inputs) {
    const v = json[i.name];
    if (v === undefined) problems.push(m.missingInput(i.name));
    else if (i.ty.k === 'enum' && typeof v === 'string' && i.ty.members.includes(v)) values.set(i.name, { k: 'enum', value: v });
    else if (i.ty.k === 'month' && typeof v === 'string' && parseMonthText(v) !== undefined) values.set(i.name, { k: 'month', value: parseMonthText(v)! });
    else if (i.ty.k === 'bool' && typeof v === 'boolean') values.set(i.name, { k: 'bool', value: v });
    else if (i.ty.k === 'money' && typeof v === 'string' && !Number.isNaN(parseYuan(v))) values.set(i.name, { k: 'num', value: rat(BigInt(parseYuan(v))) });
    else if ((i.ty.k === 'money' || i.ty.k === 'int') && typeof v === 'number' && Number.isSafeInteger(v)) values.set(i.name, { k: 'num', value: rat(BigInt(v)) });
    else if (i.ty.k === 'list' && Array.isArray(v)) values.set(i.name, listFromApi(i.ty.record, v));
    else if (i.ty.k === 'rate' && isExactRate(v)) values.set(i.name, { k: 'num', value: rat(BigInt(v.num), BigInt(v.den)) });
    else problems.push(m.inputMustBe(i.name, showL(i.ty)[lang], i.ty.k === 'money', JSON.stringify(v)));
  }
  for (const k of Object.keys(json)) if (!r.inputs.some((i) => i.name === k)) problems.push(m.unknownInput(k));
  return { values, problems };
}

/** The versioned `explain --format json` document (README, "Machine-readable output"). */
export const EXPLAIN_SCHEMA = 'policyc-explain/1';

export function explainCommand(paths: readonly string[], regionName: string, inputPath: string, o: GlobalOptions): number {
  const found = compileRegion(paths, regionName, o);
  if (typeof found === 'number') return found;
  const { r } = found;
  const m = messages(o.lang);
  const json = o.format === 'json';
  const factsPath = locateFacts(paths);
  const document = (steps: readonly InterpStep[], input: unknown, values: ReadonlyMap<string, Value>, error?: string): string =>
    JSON.stringify(
      {
        schema: EXPLAIN_SCHEMA,
        region: r.name,
        input,
        inputs: inputsJson(r, values),
        ...stepsJson(r, steps, factsPath, error !== undefined),
        ...(error !== undefined ? { error } : {}),
        diagnostics: diagnosticsJson(found.diagnostics, found.c.sources, o),
      },
      null,
      2,
    ) + '\n';
  const text = (steps: readonly InterpStep[], values: ReadonlyMap<string, Value>, failed = false): string =>
    renderExplanation(r, steps, o.lang, { inputs: values, inputFile: inputPath, failed, ...(factsPath ? { factsPath } : {}) });
  let source: string;
  try {
    source = readFileSync(inputPath, 'utf8');
  } catch (e) {
    process.stderr.write(`${m.cannotReadInput(inputPath, (e as Error).message)}\n`);
    return EXIT_USAGE;
  }
  // The input must satisfy the region's input JSON Schema (what `build` writes next to its module).
  const checked = checkInputFile(inputPath, source, inputSchema(r));
  if (checked.problems.length) {
    printDiagnostics(checked.problems, new Map([[inputPath, new SourceFile(inputPath, source)]]), o);
    return EXIT_ERRORS;
  }
  const input = checked.value;
  const { values, problems } = inputFromJson(r, input, o.lang);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${m.error(`${inputPath}: ${p}`)}\n`);
    if (json) process.stdout.write(document([], input, values, problems.join('; ')));
    return EXIT_ERRORS;
  }
  const steps: InterpStep[] = [];
  try {
    new Interpreter(r).run(values, steps);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    process.stdout.write(json ? document(steps, input, values, e.message) : text(steps, values, true));
    const detail = !e.detail ? undefined : 'reason' in e.detail ? e.detail.reason : `${showTyped(e.detail.low, r.decls.find((d) => d.name === e.field)?.ty)} to ${showTyped(e.detail.high, r.decls.find((d) => d.name === e.field)?.ty)}`;
    process.stderr.write(`${m.error(m.evalFailed(`${e.where.file}:${e.where.line}`, e.kind, e.field, detail))}\n`);
    return EXIT_ERRORS;
  }
  process.stdout.write(json ? document(steps, input, values) : text(steps, values));
  return EXIT_OK;
}
