/**
 * Source paths that reach generated code. Diagnostics name files relative to the working
 * directory (so they can be clicked), but generated modules record where each rule came from, and
 * that must not depend on where `build` was run: it is the path relative to the project root (the
 * nearest folder above the policies with a package.json or .git), or else relative to the parent
 * of the first path argument, always with `/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { PolicySource } from '../index.js';

function projectRoot(file: string): string | undefined {
  for (let d = dirname(resolve(file)); ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) || existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** The sources under their stable paths, and the way back to the paths diagnostics show. */
export function stableSources(sources: readonly PolicySource[], args: readonly string[]): { sources: PolicySource[]; shown: Map<string, string> } {
  const fallback = dirname(resolve(args[0] ?? '.'));
  const shown = new Map<string, string>();
  const out = sources.map((s) => {
    const root = projectRoot(s.path) ?? fallback;
    const path = relative(root, resolve(s.path)).split(sep).join('/');
    shown.set(path, s.path);
    return { path, text: s.text };
  });
  return { sources: out, shown };
}

/** Diagnostics (and the source map keyed by file) back under the paths given on the command line. */
export function showPaths<T>(ds: readonly Diagnostic[], files: ReadonlyMap<string, T>, shown: ReadonlyMap<string, string>): { diagnostics: Diagnostic[]; files: Map<string, T> } {
  const at = (sp: Span): Span => ({ ...sp, file: shown.get(sp.file) ?? sp.file });
  const diagnostics = ds.map((d) => ({
    ...d,
    span: at(d.span),
    related: d.related.map((r) => ({ ...r, span: at(r.span) })),
    ...(d.fix ? { fix: { ...d.fix, edits: d.fix.edits.map((e) => ({ ...e, span: at(e.span) })) } } : {}),
  }));
  return { diagnostics, files: new Map([...files].map(([k, v]) => [shown.get(k) ?? k, v])) };
}
