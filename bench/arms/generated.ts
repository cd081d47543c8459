/**
 * The compiler-generated evaluator, loaded dynamically so that the benchmark
 * runs (and reports "not built") before the compiler produces it.
 *
 * Contract of generated/bench_spec:
 *   evaluate(input: { status; age; base (fen); pension (fen); month: 'YYYY-MM' })
 *     → object with at least credit and pooled (fen integers)
 *   evaluateMany(rows) → array of such outputs
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Columns } from '../harness.js';
import type { Row } from '../population.js';

export interface GeneratedModule {
  evaluate(input: Row): { credit: number; pooled: number };
  evaluateMany(rows: readonly Row[]): readonly { credit: number; pooled: number }[];
}

/** Default location, relative to the repository root. */
export const DEFAULT_GENERATED_MODULE = 'generated/bench_spec.js';

export type LoadResult = { ok: true; mod: GeneratedModule } | { ok: false; reason: string };

/** Imports the module (a path relative to the repo root, or absolute); never throws. */
export async function loadGenerated(modulePath: string, repoRoot: string): Promise<LoadResult> {
  const file = path.resolve(repoRoot, modulePath);
  const candidates = [file, file.replace(/\.js$/, '.ts'), file.replace(/\.js$/, '.mts')];
  if (!candidates.some((f) => existsSync(f))) return { ok: false, reason: `${modulePath} (or .ts) does not exist` };
  const url = pathToFileURL(file).href;
  try {
    const mod = (await import(url)) as Partial<GeneratedModule>;
    if (typeof mod.evaluate !== 'function' || typeof mod.evaluateMany !== 'function') {
      return { ok: false, reason: `${modulePath} lacks evaluate/evaluateMany exports` };
    }
    return { ok: true, mod: mod as GeneratedModule };
  } catch (e) {
    return { ok: false, reason: `import failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** evaluate() per row; a throwing row is left NaN (→ mismatch). */
export function generatedRowPass(mod: GeneratedModule) {
  const evaluate = mod.evaluate;
  return (rows: readonly Row[], cols: Columns): void => {
    for (let i = 0; i < rows.length; i++) {
      try {
        const o = evaluate(rows[i]!);
        cols.credit[i] = o.credit;
        cols.pooled[i] = o.pooled;
      } catch {
        // left NaN
      }
    }
  };
}

/** One evaluateMany() call over all rows (timed), outputs copied into columns. */
export function generatedManyPass(mod: GeneratedModule) {
  const evaluateMany = mod.evaluateMany;
  return (rows: readonly Row[], cols: Columns): void => {
    const outs = evaluateMany(rows);
    for (let i = 0; i < outs.length; i++) {
      const o = outs[i]!;
      cols.credit[i] = o.credit;
      cols.pooled[i] = o.pooled;
    }
  };
}
