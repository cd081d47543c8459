/**
 * The compiler's public entry: policy sources in, diagnostics and checked
 * regions out. `compile` never throws on bad input; an unexpected failure
 * becomes one PD9002 diagnostic instead of a stack trace.
 */
import { Diagnostics, DiagnosticSink, diag, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { SourceFile, span } from './diagnostics/span.js';
import { passes, type CheckState } from './check/passes.js';
import type { IrRegion } from './ir/ir.js';
import { parsePolicy } from './syntax/parse.js';
import { resetSuggestionBudget } from './check/names.js';
import type { PolicyFile } from './syntax/ast.js';

export interface PolicySource {
  /** path as it should appear in diagnostics and generated comments (e.g. `policies/national.policy`) */
  readonly path: string;
  readonly text: string;
}

export interface CompileResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly regions: readonly IrRegion[];
  readonly sources: ReadonlyMap<string, SourceFile>;
  readonly asts: readonly PolicyFile[];
}

export function compile(inputs: readonly PolicySource[]): CompileResult {
  const sources = new Map(inputs.map((i) => [i.path, new SourceFile(i.path, i.text)]));
  const sink = new DiagnosticSink();
  const asts: PolicyFile[] = [];
  let regions: IrRegion[] = [];
  resetSuggestionBudget();
  try {
    for (const i of inputs) {
      const r = parsePolicy(i.path, i.text);
      r.diagnostics.forEach((d) => sink.report(d));
      if (r.ast) asts.push(r.ast);
    }
    const state: CheckState = { files: asts, sources, merged: [], regions: [] };
    for (const p of passes) p.run(state, sink);
    regions = state.regions;
  } catch (e) {
    const file = inputs[0]?.path ?? '<input>';
    sink.report(diag(Diagnostics.Internal, span(file, 0, 0), [e instanceof Error ? e.message : String(e)]));
  }
  return { diagnostics: dedupe(sink.items), regions, sources, asts };
}

/** A region inherits its parent's declarations, so one mistake would otherwise be reported once per region. */
function dedupe(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return sortDiagnostics(ds).filter((d) => {
    const key = `${d.code}|${d.span.file}|${d.span.start}|${d.span.end}|${d.message.args.map((a) => (typeof a === 'string' ? a : a.en)).join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { renderDiagnostics } from './diagnostics/render.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export type { IrRegion } from './ir/ir.js';
