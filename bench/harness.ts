/**
 * Shared measurement and verification for benchmark arms (run inside the
 * child process of each arm).
 */
import { evaluateReference, type Output } from './reference.js';
import type { Row } from './population.js';

/** Outputs of one arm over `rows`, as dense columns (NaN where no value). */
export interface Columns {
  credit: Float64Array;
  pooled: Float64Array;
}

export function newColumns(n: number): Columns {
  return { credit: new Float64Array(n).fill(Number.NaN), pooled: new Float64Array(n).fill(Number.NaN) };
}

/** Copies outputs (objects with credit/pooled) into columns; a missing/odd value stays NaN. */
export function fillColumns(cols: Columns, outs: readonly unknown[]): void {
  for (let i = 0; i < outs.length && i < cols.credit.length; i++) {
    const o = outs[i] as Partial<Output> | null | undefined;
    cols.credit[i] = typeof o?.credit === 'number' ? o.credit : Number.NaN;
    cols.pooled[i] = typeof o?.pooled === 'number' ? o.pooled : Number.NaN;
  }
}

/**
 * Order-sensitive checksum of all outputs: FNV-1a over the (credit, pooled)
 * words plus the exact sums (which also expose any non-integer value).
 */
export function checksum(cols: Columns): string {
  let h = 0x811c9dc5;
  let sumCredit = 0;
  let sumPooled = 0;
  for (let i = 0; i < cols.credit.length; i++) {
    const c = cols.credit[i]!;
    const p = cols.pooled[i]!;
    sumCredit += c;
    sumPooled += p;
    h = Math.imul(h ^ (c | 0), 16777619);
    h = Math.imul(h ^ (p | 0), 16777619);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}:${sumCredit}:${sumPooled}`;
}

export interface Verification {
  /** checksum of the arm's outputs */
  checksum: string;
  /** checksum of the reference over the same rows (computed in this process) */
  referenceChecksum: string;
  /** rows compared one by one against the reference */
  compared: number;
  mismatches: number;
  examples: string[];
}

/** Row-by-row compare of every evaluated row against the reference, plus checksums. */
export function verify(rows: readonly Row[], cols: Columns): Verification {
  const ref = newColumns(rows.length);
  let mismatches = 0;
  const examples: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = evaluateReference(rows[i]!);
    ref.credit[i] = r.credit;
    ref.pooled[i] = r.pooled;
    if (cols.credit[i] !== r.credit || cols.pooled[i] !== r.pooled) {
      mismatches++;
      if (examples.length < 5) {
        examples.push(`row ${i} ${JSON.stringify(rows[i])}: got (${cols.credit[i]}, ${cols.pooled[i]}) want (${r.credit}, ${r.pooled})`);
      }
    }
  }
  return { checksum: checksum(cols), referenceChecksum: checksum(ref), compared: rows.length, mismatches, examples };
}

/** A full GC before each timed pass when node runs with --expose-gc (bench/run.ts passes it). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The result of one measured variant, printed by the child as JSON. */
export interface VariantResult {
  name: string;
  status: 'ok' | 'not built' | 'unavailable' | 'error';
  reason?: string;
  rows: number;
  /** wall time of each timed repetition, ms */
  timesMs: number[];
  /** rows / fastest repetition (others only ever slow a run down: CPU contention, GC) */
  evalsPerSec: number;
  /** rows / median repetition */
  medianEvalsPerSec?: number;
  verification?: Verification;
}

/**
 * Times `pass` (one full evaluation of all rows into `cols`) `repeat` times
 * after one untimed warm-up pass over a prefix, then verifies the last pass.
 * The output columns are allocated (and touched) once, before timing, and a
 * full GC (with --expose-gc) precedes each pass.
 */
export async function measure(
  name: string,
  rows: readonly Row[],
  repeat: number,
  pass: (rows: readonly Row[], cols: Columns) => void | Promise<void>,
): Promise<VariantResult> {
  const warm = rows.slice(0, Math.min(50_000, Math.ceil(rows.length / 10)));
  await pass(warm, newColumns(warm.length));
  const timesMs: number[] = [];
  const cols = newColumns(rows.length);
  for (let k = 0; k < repeat; k++) {
    cols.credit.fill(Number.NaN);
    cols.pooled.fill(Number.NaN);
    collectGarbage();
    const t0 = nowMs();
    await pass(rows, cols);
    timesMs.push(nowMs() - t0);
  }
  const evalsPerSec = rows.length / (Math.min(...timesMs) / 1000);
  const medianEvalsPerSec = rows.length / (median(timesMs) / 1000);
  const verification = verify(rows, cols);
  return { name, status: 'ok', rows: rows.length, timesMs, evalsPerSec, medianEvalsPerSec, verification };
}

/** Wraps `measure` so that an exception becomes an 'error' result instead of killing the child. */
export async function measureSafely(
  name: string,
  rows: readonly Row[],
  repeat: number,
  pass: (rows: readonly Row[], cols: Columns) => void | Promise<void>,
): Promise<VariantResult> {
  try {
    return await measure(name, rows, repeat, pass);
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { name, status: 'error', reason, rows: rows.length, timesMs: [], evalsPerSec: 0 };
  }
}
