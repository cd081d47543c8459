/** Compiles every policy under policies/ once per test file. */
import { readFileSync } from 'node:fs';
import { findPolicies } from '../../src/cli/io.js';
import type { Const, IrRegion } from '../../src/ir/ir.js';
import type { EvaluateTimeline } from '../../src/harness/timeline-invariants.js';
import { compile, type CompileResult } from '../../src/index.js';
import { formatMonth } from '../../src/runtime/month.js';

let cached: CompileResult | undefined;

export function compilePolicies(): CompileResult {
  cached ??= compile(findPolicies('policies').map((p) => ({ path: p, text: readFileSync(p, 'utf8') })));
  return cached;
}

export function region(name: string): IrRegion {
  const r = compilePolicies().regions.find((x) => x.name === name);
  if (!r) throw new Error(`no region ${name}`);
  return r;
}

/** A constant in the generated API's representation. */
export function toApi(c: Const): unknown {
  switch (c.k) {
    case 'num':
      return c.value.den === 1n ? Number(c.value.num) : { num: Number(c.value.num), den: Number(c.value.den) };
    case 'month':
      return formatMonth(c.value);
    case 'list':
      return c.items.map((it) => Object.fromEntries(Object.entries(it).map(([k, x]) => [k, toApi(x)])));
    default:
      return c.value;
  }
}

/** Rates come back as { num, den } over the evaluator's own denominator; compare them as rationals. */
export function sameApiValue(got: unknown, want: unknown): boolean {
  const asRat = (v: unknown): [number, number] | undefined =>
    typeof v === 'number' ? [v, 1] : v && typeof v === 'object' && 'num' in v ? [(v as { num: number }).num, (v as { den: number }).den] : undefined;
  const a = asRat(got);
  const b = asRat(want);
  if (a && b) return BigInt(a[0]) * BigInt(b[1]) === BigInt(b[0]) * BigInt(a[1]);
  return got === want;
}

export type Evaluator = {
  evaluate(input: Record<string, unknown>, options?: { trace?: boolean }): Record<string, unknown>;
  evaluateMany(rows: Record<string, unknown>[]): Record<string, unknown>[];
  evaluateMonths?(person: Record<string, unknown>, from: string, to: string): Record<string, unknown>[];
};

export async function generated(name: string): Promise<Evaluator> {
  return (await import(`../../generated/${name}.ts`)) as Evaluator;
}

/**
 * The generated module's `evaluateTimeline` for a stateful region, or undefined
 * while the code generator does not write one (the interpreter stands in).
 */
export async function generatedTimeline(name: string): Promise<EvaluateTimeline | undefined> {
  let mod: { evaluateTimeline?: unknown };
  try {
    mod = (await import(`../../generated/${name}.ts`)) as { evaluateTimeline?: unknown };
  } catch {
    return undefined;
  }
  return typeof mod.evaluateTimeline === 'function' ? (mod.evaluateTimeline as EvaluateTimeline) : undefined;
}
