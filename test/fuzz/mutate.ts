/**
 * Robustness fuzzing, shared by test/properties/compile-never-throws.prop.test.ts and test/fuzz/run.ts.
 *
 * Seeds are every `.policy` under test/golden and policies/ (OPA seeds FuzzCompileModules from its
 * corpus the same way). A case is one seed with a few token-level mutations: delete, duplicate or swap
 * token-ish substrings, insert keywords, punctuation, digits or CJK text, re-indent, move whole lines.
 * The oracle: `compile` never throws and never reports an internal error (PD9002), every span lies within
 * its file, rendering in every format and language never throws, and example tests of a clean result
 * run without crashing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import fc from 'fast-check';
import { generateAll } from '../../src/codegen/emit.js';
import { DiagnosticSink, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { runExampleTests, runInvariants } from '../../src/harness/run-tests.js';
import { compile, renderDiagnostics, type PolicySource } from '../../src/index.js';
import { parsePolicy } from '../../src/syntax/parse.js';
import { passes, type CheckState } from '../../src/check/passes.js';
import { SourceFile } from '../../src/diagnostics/span.js';
import { policyFiles, readOptions, repoRoot } from '../support/golden.js';
import { expectedCodes } from './hostile.js';

export interface Seed {
  readonly path: string;
  readonly text: string;
  /** unmutated companions named by the seed's `@with` header (parent regions) */
  readonly extra: readonly PolicySource[];
}

export interface Case {
  readonly seed: string;
  /** path the mutated text is compiled under (the seed's, so diagnostics read naturally) */
  readonly path: string;
  readonly text: string;
  readonly extra: readonly PolicySource[];
}

const read = (p: string): PolicySource => ({ path: p, text: readFileSync(join(repoRoot, p), 'utf8') });

/** Golden fixtures bring their `@with` files; policies bring the files of the regions they extend. */
export function loadSeeds(): Seed[] {
  const policies = policyFiles('policies').map(read);
  const regionOf = (s: PolicySource): string | undefined => /^region\s+(\w+)/m.exec(s.text)?.[1];
  const ancestors = (s: PolicySource, seen: Set<string>): PolicySource[] => {
    const parent = /^region\s+\w+\s+extends\s+(\w+)/m.exec(s.text)?.[1];
    const pf = parent && !seen.has(parent) ? policies.find((x) => regionOf(x) === parent) : undefined;
    return pf ? [pf, ...ancestors(pf, seen.add(parent!))] : [];
  };
  const golden = policyFiles('test/golden').map((p) => {
    const s = read(p);
    let extra: PolicySource[] = [];
    try {
      extra = readOptions(s.text).with.map((w) => read(posix.normalize(posix.join(dirname(p), w))));
    } catch {
      extra = []; // a saved counterexample may carry a stale header; fuzz it alone
    }
    return { ...s, extra };
  });
  return [...golden, ...policies.map((s) => ({ ...s, extra: ancestors(s, new Set()) }))];
}

/** Keywords, punctuation, numbers and CJK that stress the lexer, the layout rule and the checker. */
// prettier-ignore
const pieces = [
  'for ', 'from ', 'otherwise', 'override ', 'when ', 'before ', ' to ', 'not applicable', 'unspecified', 'cite ', 'cite F019',
  'cite 000:95', 'cite "说明"', 'region ', 'extends ', 'input ', 'parameter ', 'output ', 'test "t"', 'given ', 'expect ',
  'horizon from 2020-01', 'rounding half_up to fen', 'title "标题"', 'one of ', 'per ', 'in ', 'is ', 'not ', 'and ', 'or ', 'round(',
  'min(', 'max(', 'clamp(', 'per_year(', 'per_month(', ')', '(', ':', ': ', '=', ' = ', ',', '"', '#', '\n', '\n  ', '\n    ', '\t',
  '%', '-', '--', '+', '*', '/', '/ 0', '<', '<=', '>', '>=', '!=', '0', '1', '7', '12', '0.5', '0.005', '100.00', '2023-01',
  '2023-13', '2023-1', '0000-01', '9999-12', '99999999999999999999', '1e9', 'yuan', 'yuan per month', 'per year', 'money',
  'money per month', 'rate', 'years', 'months', 'integer', 'month', 'boolean', 'true', 'false', 'employed', 'status', 'base', 'age',
  'invariant "i"\n    expect ', 'waive "i"', 'monotone ', 'independent ', 'decreasing ', 'reform_date', 'national', '中', '全角', '（', '）', '；', '：', '，', '\u3000', '×', '÷', '≤', '≥', '≠', '\r\n', '\u0000', '😀', '\ud800',
  // hostile classes (test/fuzz/hostile.ts), small enough for the in-suite property
  '\r', '\u001b[31m', '\u009b', '\u202e', '\u2066', '\u007f', '- - ', '- -', 'not not ', '((((((((((((((((', '))))))))))))))))', 'base_rate', 'baseRate',
  'a_b', 'aB', 'x'.repeat(200), '9'.repeat(40), '90071992547409.92', ' in 0 to 99999999999999999999', 'region r extends r\n', ' + base + base + base',
];

const cjkish = fc.constantFrom('中', '文', '医', '保', '（', '）', '％', '－', '%', '-', '1', '9', ' ', '\n', 'a', '_');

export type Op =
  | { readonly k: 'delete'; readonly at: number; readonly len: number }
  | { readonly k: 'duplicate'; readonly at: number; readonly len: number; readonly to: number }
  | { readonly k: 'swap'; readonly a: number; readonly b: number }
  | { readonly k: 'insert'; readonly at: number; readonly text: string }
  | { readonly k: 'indent'; readonly line: number; readonly width: number; readonly tab: boolean }
  | { readonly k: 'lines'; readonly a: number; readonly b: number; readonly mode: 'swap' | 'dup' | 'delete' }
  | { readonly k: 'graft'; readonly from: number; readonly line: number; readonly count: number; readonly at: number }
  | { readonly k: 'replace'; readonly at: number; readonly pick: number };

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ k: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }), to: fc.nat() }),
  fc.record({ k: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    k: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...pieces) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: fc.string({ unit: cjkish, minLength: 1, maxLength: 6 }) },
    ),
  }),
  fc.record({ k: fc.constant('indent' as const), line: fc.nat(), width: fc.integer({ min: 0, max: 12 }), tab: fc.boolean() }),
  fc.record({
    k: fc.constant('lines' as const),
    a: fc.nat(),
    b: fc.nat(),
    mode: fc.constantFrom('swap' as const, 'dup' as const, 'delete' as const),
  }),
  fc.record({ k: fc.constant('graft' as const), from: fc.nat(), line: fc.nat(), count: fc.integer({ min: 1, max: 6 }), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ k: fc.constant('replace' as const), at: fc.nat(), pick: fc.nat() }) },
);

/** Same-kind replacements keep most mutants parseable, so the checker, coverage and tests see them too. */
// prettier-ignore
const numbers = [
  '0', '1', '16', '35', '45', '120', '0.00', '0.01', '100.00', '3500.00', '1000000.00', '2020-01', '2022-12', '2023-01', '9999-12',
  '0%', '2%', '7%', '100%',
];
const operators = ['<', '<=', '>', '>=', '=', '!=', '+', '-', '*', '/', ',', ':'];
// prettier-ignore
const words = [
  'for', 'when', 'from', 'before', 'to', 'otherwise', 'override', 'and', 'or', 'not', 'is', 'in', 'per', 'month', 'year', 'money',
  'rate', 'years', 'months', 'integer', 'boolean', 'yuan', 'round', 'min', 'max', 'clamp', 'per_year', 'per_month', 'true', 'false',
  'applicable', 'unspecified', 'expect', 'given', 'monotone', 'independent', 'of',
];

/** Token-ish pieces: whitespace runs, words, numbers (with `.`, `%`, `-`), or single other characters. */
const tokenize = (s: string): string[] => s.match(/\s+|[A-Za-z_][A-Za-z0-9_]*|\d+(?:[.\-:]\d+)*%?|[^\sA-Za-z0-9_]/gu) ?? [];

/** Applies one mutation; `graft` copies lines from another seed (`donors`), e.g. a parent's declarations. */
export function applyOp(text: string, op: Op, donors: readonly Seed[] = []): string {
  if (op.k === 'indent' || op.k === 'lines' || op.k === 'graft') {
    const lines = text.split('\n');
    if (op.k === 'graft') {
      const donor = donors.length ? donors[op.from % donors.length]!.text.split('\n') : lines;
      const i = op.line % donor.length;
      lines.splice(op.at % (lines.length + 1), 0, ...donor.slice(i, i + op.count));
    } else if (op.k === 'indent') {
      const i = op.line % lines.length;
      lines[i] = (op.tab ? '\t'.repeat(op.width >> 2) : ' '.repeat(op.width)) + lines[i]!.trimStart();
    } else {
      const a = op.a % lines.length;
      const b = op.b % lines.length;
      if (op.mode === 'swap') [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      else if (op.mode === 'dup') lines.splice(b, 0, lines[a]!);
      else lines.splice(a, 1);
    }
    return lines.join('\n');
  }
  const t = tokenize(text);
  const n = t.length;
  if (op.k === 'replace') {
    const solid = t.flatMap((x, i) => (/^\s/.test(x) || x.startsWith('#') ? [] : [i]));
    if (solid.length === 0) return text;
    const i = solid[op.at % solid.length]!;
    const x = t[i]!;
    const own = [...new Set(t.filter((y) => /^[A-Za-z_]/.test(y)))];
    const pool = /^\d/.test(x) ? numbers : /^[A-Za-z_]/.test(x) ? [...own, ...words] : operators;
    t[i] = pool[op.pick % pool.length]!;
    return t.join('');
  }
  if (op.k === 'insert') t.splice(n === 0 ? 0 : op.at % (n + 1), 0, op.text);
  else if (n === 0) return text;
  else if (op.k === 'delete') t.splice(op.at % n, op.len);
  else if (op.k === 'duplicate') t.splice(op.to % (n + 1), 0, ...t.slice(op.at % n, (op.at % n) + op.len));
  else {
    const a = op.a % n;
    const b = op.b % n;
    [t[a], t[b]] = [t[b]!, t[a]!];
  }
  return t.join('');
}

export function caseArb(seeds: readonly Seed[], maxOps = 6): fc.Arbitrary<Case> {
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      // half the cases change one thing, so more of them get past the parser into the checker
      ops: fc.oneof(fc.array(opArb, { minLength: 1, maxLength: 1 }), fc.array(opArb, { minLength: 1, maxLength: maxOps })),
    })
    .map(({ seed, ops }) => {
      const s = seeds[seed]!;
      return { seed: s.path, path: s.path, text: ops.reduce((t, op) => applyOp(t, op, seeds), s.text), extra: s.extra };
    });
}

/** The same pipeline as `compile`, without its PD9002 safety net, to recover the stack of an internal error. */
export function internalErrorStack(sources: readonly PolicySource[]): string | undefined {
  try {
    const sink = new DiagnosticSink();
    const asts = sources.flatMap((s) => parsePolicy(s.path, s.text).ast ?? []);
    const state: CheckState = {
      files: asts,
      sources: new Map(sources.map((s) => [s.path, new SourceFile(s.path, s.text)])),
      merged: [],
      regions: [],
    };
    for (const p of passes) p.run(state, sink);
  } catch (e) {
    return e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  return undefined;
}

function checkSpan(what: string, file: string, start: number, end: number, sources: ReadonlyMap<string, { text: string }>): void {
  const src = sources.get(file);
  if (!src) throw new Error(`${what}: span in unknown file \`${file}\``);
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= src.text.length;
  if (!ok) throw new Error(`${what}: span ${start}..${end} outside 0..${src.text.length} of ${file}`);
}

/**
 * The oracle. Throws (with a one-line reason first) when the compiler misbehaves on this case.
 * With `codegen`, a clean result is also generated (slow: ts-morph), which must not throw either.
 */
export function checkCase(c: Case, opts: { codegen?: boolean } = {}): void {
  const sources = [{ path: c.path, text: c.text }, ...c.extra.filter((e) => e.path !== c.path)];
  const r = compile(sources);
  if (!Array.isArray(r.diagnostics)) throw new Error('compile returned no diagnostics array');
  for (const d of r.diagnostics as Diagnostic[]) {
    if (d.code === 'PD9002') {
      throw new Error(`internal compiler error (PD9002): ${d.message.args[0]}\n${internalErrorStack(sources) ?? ''}`);
    }
    checkSpan(d.code, d.span.file, d.span.start, d.span.end, r.sources);
    for (const rel of d.related) checkSpan(`${d.code} related`, rel.span.file, rel.span.start, rel.span.end, r.sources);
    for (const e of d.fix?.edits ?? []) checkSpan(`${d.code} fix`, e.span.file, e.span.start, e.span.end, r.sources);
  }
  // a generated hostile input (test/fuzz/hostile.ts) must also get the diagnostics its class calls for
  const want = expectedCodes(c.seed);
  const got = [...new Set(r.diagnostics.map((d) => d.code))].sort();
  if (want.exactly && got.join() !== [...want.exactly].sort().join()) throw new Error(`${c.seed}: expected ${want.exactly.join(', ') || 'no diagnostics'} but got ${got.join(', ') || 'none'}`);
  for (const code of want.includes ?? []) if (!got.includes(code)) throw new Error(`${c.seed}: expected ${code} among ${got.join(', ') || 'none'}`);
  const sink = new DiagnosticSink();
  if (!r.diagnostics.some((d) => d.severity === 'error')) {
    runExampleTests(r.regions, sink);
    runInvariants(r.regions, sink, { runs: 3, seed: 1 });
    if (opts.codegen) generateAll(r.regions, sink);
  }
  const all = [...r.diagnostics, ...sink.items];
  for (const lang of ['en', 'zh'] as const) {
    for (const format of ['pretty', 'short', 'json'] as const) {
      const out = renderDiagnostics(all, r.sources, { format, lang, color: format === 'pretty' && lang === 'en', maxPerFile: 50 });
      if (format === 'json' && !Array.isArray(JSON.parse(out))) throw new Error('json output is not an array');
      if (all.length > 0 && out.length === 0) throw new Error(`${format}/${lang} rendered nothing for ${all.length} diagnostics`);
    }
  }
}
