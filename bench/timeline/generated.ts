/**
 * The generated evaluator's columnar timeline entry point, loaded dynamically
 * so that the benchmark runs (and says so) before the code generator produces
 * it:
 *
 *   evaluateTimelineColumnar(columns, persons, from, to, out?) → { values, present }
 *
 * from generated/bench_timeline: the input columns hold P·M values each
 * (person-major, row k = p·M + (month − from)); `values` has an output column
 * per output (and state) by name. Never throws: a missing module or export is
 * `{ ok: false, reason }`, reported as "generated timeline entry point not
 * available", never as a number.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TimelineInputs } from './data.js';

export const DEFAULT_TIMELINE_MODULE = 'generated/bench_timeline.js';
export const NOT_AVAILABLE = 'generated timeline entry point not available';

type Column = Float64Array | Uint8Array | Int32Array;
export interface TimelineResult {
  readonly values: Readonly<Record<string, Column>>;
  readonly present: Readonly<Record<string, Uint8Array>>;
}
export type TimelineColumnar = (columns: TimelineInputs, persons: number, from: number, to: number, out?: TimelineResult) => TimelineResult;

export type TimelineLoad = { ok: true; run: TimelineColumnar } | { ok: false; reason: string };

export async function loadTimelineColumnar(modulePath: string, repoRoot: string): Promise<TimelineLoad> {
  const file = path.resolve(repoRoot, modulePath);
  const candidates = [file, file.replace(/\.js$/, '.ts')];
  if (!candidates.some((f) => existsSync(f))) return { ok: false, reason: `${NOT_AVAILABLE}: ${modulePath} (or .ts) does not exist` };
  try {
    const mod = (await import(pathToFileURL(file).href)) as { evaluateTimelineColumnar?: unknown };
    if (typeof mod.evaluateTimelineColumnar !== 'function') return { ok: false, reason: `${NOT_AVAILABLE}: ${modulePath} has no evaluateTimelineColumnar export` };
    return { ok: true, run: mod.evaluateTimelineColumnar as TimelineColumnar };
  } catch (e) {
    return { ok: false, reason: `${NOT_AVAILABLE}: import failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Preallocated result columns shaped like `sample` (same names and array types), `rows` long. */
export function resultLike(sample: TimelineResult, rows: number): TimelineResult {
  const make = (a: Column): Column => new (a.constructor as new (n: number) => Column)(rows);
  const values: Record<string, Column> = {};
  const present: Record<string, Uint8Array> = {};
  for (const [name, a] of Object.entries(sample.values)) values[name] = make(a);
  for (const name of Object.keys(sample.present ?? {})) present[name] = new Uint8Array(rows);
  return { values, present };
}
