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

interface Baseline {
  /** the files a mutant of `file` can change the meaning of: its regions, their descendants and their ancestors */
  readonly sources: readonly PolicySource[];
  readonly warnings: number;
}

const baselines = new WeakMap<readonly PolicySource[], Map<string, Baseline>>();

/**
 * The sources to compile for a mutant of `file`, and their warnings unmutated. Regions in other files
 * neither read nor are read by it, so compiling them again for every mutant only costs time; when the
 * subset does not compile cleanly on its own (a file that does not parse leaves its region out), every source is used.
 */
function baseline(sources: readonly PolicySource[], file: string): Baseline {
  let byFile = baselines.get(sources);
  if (!byFile) baselines.set(sources, (byFile = new Map()));
  const known = byFile.get(file);
  if (known) return known;
  const parentOf = new Map<string, string | undefined>();
  const fileOf = new Map<string, PolicySource>();
  for (const s of sources) {
    const ast = parsePolicy(s.path, s.text).ast;
    if (!ast) continue;
    parentOf.set(ast.region.name, ast.parent?.name);
    fileOf.set(ast.region.name, s);
  }
  /** a region and its ancestors (a cycle, reported by the checker, stops at the first repeat) */
  const chain = (r: string): string[] => {
    const out: string[] = [];
    for (let x: string | undefined = r; x !== undefined && !out.includes(x); x = parentOf.get(x)) out.push(x);
    return out;
  };
  const keep = new Set<PolicySource>();
  for (const r of fileOf.keys()) {
    const up = chain(r);
    if (up.some((x) => fileOf.get(x)?.path === file)) for (const x of up) if (fileOf.has(x)) keep.add(fileOf.get(x)!);
  }
  const subset = sources.filter((s) => keep.has(s) || s.path === file);
  const c = compile(subset);
  const b: Baseline = c.diagnostics.some((d) => d.severity === 'error')
    ? { sources, warnings: compile(sources).diagnostics.filter((d) => d.severity === 'warning').length }
    : { sources: subset, warnings: c.diagnostics.filter((d) => d.severity === 'warning').length };
  byFile.set(file, b);
  return b;
}

/**
 * Judges one mutant against the tests and invariants of the regions that read its file. Each judge is
 * asked independently (`policyc mutate` reports who notices what), unless `untilKilled`: then the
 * invariants are not run once an example test has killed the mutant (enough to know it survived or not).
 */
export function judge(sources: readonly PolicySource[], m: Mutant, runs: number, opts: { readonly untilKilled?: boolean } = {}): Verdict {
  const base = baseline(sources, m.file);
  const mutated = base.sources.map((s) => (s.path === m.file ? { ...s, text: apply(s.text, m) } : s));
  const c = compile(mutated);
  // a new warning counts too: a lint bound (C12) that no longer holds the rate is noticed
  const warnings = c.diagnostics.filter((d) => d.severity === 'warning').length;
  if (c.diagnostics.some((d) => d.severity === 'error') || warnings > base.warnings) return { checker: true, tests: false, invariants: false };
  const affected = c.regions.filter((r) => r.file === m.file || r.decls.some((d) => d.source.file === m.file) || r.invariants.some((i) => i.source.file === m.file));
  const sink = new DiagnosticSink();
  const tests = runExampleTests(affected, sink).some((o) => !o.passed);
  if (tests && opts.untilKilled) return { checker: false, tests, invariants: false };
  return { checker: false, tests, invariants: runInvariants(affected, sink, { runs, seed: 42 }).some((o) => !o.passed) };
}
