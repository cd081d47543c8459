/**
 * Mutation check: do a policy's example tests and invariants bite? Each
 * mutant changes one token of one policy file (a rate, an amount, a month,
 * `+`/`-`, a band bound's inclusiveness). A mutant is killed by the checker
 * (it no longer compiles), by an example test, or by an invariant; a mutant
 * that survives is a behaviour change no test would notice.
 */
import { PolicyLexer } from '../../grammar/tokens.js';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { compile, type PolicySource } from '../index.js';
import { formatMonth } from '@policyc/runtime';
import { parseMonthText } from '../check/expr.js';
import { parsePolicy } from '../syntax/parse.js';
import { runExampleTests, runInvariants } from './run-tests.js';

export interface Mutant {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly from: string;
  readonly to: string;
  readonly offset: number;
}

/** Who noticed the mutant: the checker, the example tests, the invariants (each judged independently). */
export interface Verdict {
  readonly checker: boolean;
  readonly tests: boolean;
  readonly invariants: boolean;
}

export const survived = (v: Verdict): boolean => !v.checker && !v.tests && !v.invariants;

function bumpDecimal(text: string, by: number): string {
  const [i, f = ''] = text.split('.');
  const scale = 10 ** f.length;
  const v = Number(i) * scale + Number(f || 0) + by * scale;
  return f.length ? `${Math.floor(v / scale)}.${String(v % scale).padStart(f.length, '0')}` : String(v);
}

const swaps: Record<string, string> = { '+': '-', '-': '+', '<': '<=', '<=': '<', '>': '>=', '>=': '>' };

/** Every single-token mutant of the rules of one file (not of its tests or invariants), in source order. */
export function mutants(file: string, text: string): Mutant[] {
  const out: Mutant[] = [];
  const ast = parsePolicy(file, text).ast;
  const judges = [...(ast?.tests ?? []), ...(ast?.invariants ?? [])].map((d) => d.span);
  const inJudge = (offset: number): boolean => judges.some((sp) => offset >= sp.start && offset < sp.end);
  const lines = text.split('\n');
  const lineOf = (offset: number): { line: number; col: number } => {
    let rest = offset;
    for (let k = 0; k < lines.length; k++) {
      if (rest <= lines[k]!.length) return { line: k + 1, col: rest + 1 };
      rest -= lines[k]!.length + 1;
    }
    return { line: lines.length, col: 1 };
  };
  for (const t of PolicyLexer.tokenize(text).tokens) {
    const name = t.tokenType.name;
    const tos: string[] = [];
    if (name === 'PercentLit') tos.push(`${bumpDecimal(t.image.slice(0, -1), 1)}%`, '0%');
    else if (name === 'NumberLit' && t.image.includes('.')) tos.push(bumpDecimal(t.image, 1), '0.00');
    else if (name === 'MonthLit') {
      const m = parseMonthText(t.image);
      if (m !== undefined) tos.push(formatMonth(m + 1), formatMonth(m - 1));
    } else if (swaps[t.image] !== undefined && ['Plus', 'Minus', 'Less', 'LessEq', 'Greater', 'GreaterEq'].includes(name)) tos.push(swaps[t.image]!);
    if (inJudge(t.startOffset)) continue;
    const p = lineOf(t.startOffset);
    for (const to of new Set(tos)) if (to !== t.image) out.push({ file, ...p, from: t.image, to, offset: t.startOffset });
  }
  return out;
}

function apply(text: string, m: Mutant): string {
  return text.slice(0, m.offset) + m.to + text.slice(m.offset + m.from.length);
}

const baselines = new WeakMap<readonly PolicySource[], number>();
function baselineWarnings(sources: readonly PolicySource[]): number {
  let n = baselines.get(sources);
  if (n === undefined) baselines.set(sources, (n = compile(sources).diagnostics.filter((d) => d.severity === 'warning').length));
  return n;
}

/** Judges one mutant against the tests and invariants of the regions that read its file. */
export function judge(sources: readonly PolicySource[], m: Mutant, runs: number): Verdict {
  const mutated = sources.map((s) => (s.path === m.file ? { ...s, text: apply(s.text, m) } : s));
  const c = compile(mutated);
  // a new warning counts too: a lint bound (C12) that no longer holds the rate is noticed
  const warnings = c.diagnostics.filter((d) => d.severity === 'warning').length;
  if (c.diagnostics.some((d) => d.severity === 'error') || warnings > baselineWarnings(sources)) return { checker: true, tests: false, invariants: false };
  const affected = c.regions.filter((r) => r.file === m.file || r.decls.some((d) => d.source.file === m.file) || r.invariants.some((i) => i.source.file === m.file));
  const sink = new DiagnosticSink();
  return {
    checker: false,
    tests: runExampleTests(affected, sink).some((o) => !o.passed),
    invariants: runInvariants(affected, sink, { runs, seed: 42 }).some((o) => !o.passed),
  };
}
