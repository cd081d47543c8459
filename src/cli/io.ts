/** Reading policy files and printing diagnostics for the CLI commands. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Diagnostics, diag, text, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { renderDiagnostics } from '../diagnostics/render.js';
import { span, type SourceFile } from '../diagnostics/span.js';
import { compile, type CompileResult, type PolicySource } from '../index.js';
import type { IrRegion } from '../ir/ir.js';

export { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type GlobalOptions } from './options.js';
import { EXIT_ERRORS, EXIT_USAGE, type GlobalOptions } from './options.js';
import { messages } from './messages.js';

/** Every `.policy` file under `dir`, sorted, as paths relative to the working directory. */
export function findPolicies(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.policy')) out.push(relative(process.cwd(), p) || p);
    }
  };
  walk(dir);
  return out;
}

/** Expands directories and reads files; unreadable paths become PD9001 diagnostics, folders without policies PD9004. */
export function readSources(paths: readonly string[]): { sources: PolicySource[]; errors: Diagnostic[] } {
  const sources: PolicySource[] = [];
  const errors: Diagnostic[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        const found = findPolicies(p);
        // an empty folder is a mistake (a wrong path, a failed checkout), never "no regions": build would delete its output
        if (found.length === 0) errors.push(diag(Diagnostics.NoPolicies, span(p, 0, 0), [p]));
        for (const f of found) sources.push({ path: f, text: readFileSync(f, 'utf8') });
      } else sources.push({ path: p, text: readFileSync(p, 'utf8') });
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? text('no such file or directory', '没有该文件或目录') : (e as Error).message;
      errors.push(diag(Diagnostics.CannotRead, span(p, 0, 0), [p, reason]));
    }
  }
  return { sources, errors };
}

/** The versioned envelope of `--format json` diagnostics (README, "Machine-readable output"). */
export const DIAGNOSTICS_SCHEMA = 'policyc-diagnostics/1';

/** Diagnostics as plain JSON objects (the `diagnostics` array of every JSON document the CLI prints). */
export function diagnosticsJson(ds: readonly Diagnostic[], sources: ReadonlyMap<string, SourceFile>, o: GlobalOptions): unknown[] {
  return JSON.parse(renderDiagnostics(ds, sources, { ...o, format: 'json' })) as unknown[];
}

export function counts(ds: readonly Diagnostic[]): { errors: number; warnings: number } {
  return { errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length };
}

/**
 * Pretty and short diagnostics go to stderr. `--format json` prints one
 * document on stdout (so `> report.json` works), or on stderr when stdout
 * carries another document (`test --reporter junit`).
 */
export function printDiagnostics(
  ds: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceFile>,
  o: GlobalOptions,
  jsonTo: 'stdout' | 'stderr' = 'stdout',
): void {
  if (o.format === 'json') {
    const doc = { schema: DIAGNOSTICS_SCHEMA, diagnostics: diagnosticsJson(ds, sources, o), summary: counts(ds) };
    (jsonTo === 'stdout' ? process.stdout : process.stderr).write(JSON.stringify(doc, null, 2) + '\n');
    return;
  }
  if (ds.length === 0) return;
  process.stderr.write(renderDiagnostics(ds, sources, o));
}

export function summary(ds: readonly Diagnostic[], lang: Lang): string {
  const { errors, warnings } = counts(ds);
  return messages(lang).summary(errors, warnings);
}

/**
 * Compiles `paths` and finds one region; prints diagnostics and returns an exit
 * code when it cannot. On success with `--format json` nothing is printed: the
 * command puts `diagnostics` (warnings) into its own single JSON document.
 */
export function compileRegion(
  paths: readonly string[],
  regionName: string,
  o: GlobalOptions,
): { c: CompileResult; r: IrRegion; diagnostics: Diagnostic[] } | number {
  const { sources, errors } = readSources(paths);
  const c = compile(sources);
  const all = [...errors, ...c.diagnostics];
  const failed = all.some((d) => d.severity === 'error');
  if (failed || o.format !== 'json') printDiagnostics(all, c.sources, o);
  if (failed) return EXIT_ERRORS;
  const r = c.regions.find((x) => x.name === regionName);
  if (!r) {
    process.stderr.write(`${messages(o.lang).unknownRegion(`\`${regionName}\``, c.regions.map((x) => x.name).join(', '))}\n`);
    return EXIT_USAGE;
  }
  return { c, r, diagnostics: all };
}
