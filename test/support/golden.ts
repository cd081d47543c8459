/**
 * The golden-file runner: compiles one fixture (plus any `@with` files) the way
 * `policyc check` / `policyc test` / `policyc build` would, and renders the
 * result as the exact no-colour pretty output followed by `exit: N`.
 *
 * Header options (comment lines before the `region` line):
 *   # @lang: zh                      render messages in Chinese
 *   # @run: check | test | build     also run example tests and invariants (PD6xxx; invariants with
 *                                    100 fast-check runs from seed 1, so goldens are stable) or codegen (PD3008)
 *   # @with: parent-national.policy  compile this file too (relative to the fixture; repeatable)
 *   # @max-per-file: 3               cap per file, to show the PD9003 "N more" note
 *
 * Files named `parent-*.policy` are helpers for `@with`, not fixtures of their own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from '../../src/codegen/emit.js';
import { DiagnosticSink, type Lang } from '../../src/diagnostics/diagnostic.js';
import { runExampleTests, runInvariants } from '../../src/harness/run-tests.js';
import { compile, renderDiagnostics, type PolicySource } from '../../src/index.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const goldenDir = 'test/golden';

export interface FixtureOptions {
  readonly lang: Lang;
  readonly run: 'check' | 'test' | 'build';
  readonly with: readonly string[];
  readonly maxPerFile: number;
}

/** Options from `# @key: value` lines in the comment block that opens a fixture. */
export function readOptions(text: string): FixtureOptions {
  const opts = { lang: 'en' as Lang, run: 'check' as FixtureOptions['run'], with: [] as string[], maxPerFile: 50 };
  const header = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*/.exec(text)![0];
  for (const m of header.matchAll(/^#\s*@([\w-]+):\s*(.*?)\s*$/gm)) {
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'lang' && (value === 'en' || value === 'zh')) opts.lang = value;
    else if (key === 'run' && (value === 'check' || value === 'test' || value === 'build')) opts.run = value;
    else if (key === 'with') opts.with.push(value);
    else if (key === 'max-per-file') opts.maxPerFile = Number(value);
    else throw new Error(`unknown fixture option \`@${key}: ${value}\``);
  }
  return opts;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/** Every `.policy` file under `dir` (repo-relative, sorted), helpers included. */
export function policyFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(join(repoRoot, d)).sort()) {
      const p = posix.join(d, f);
      if (statSync(join(repoRoot, p)).isDirectory()) walk(p);
      else if (f.endsWith('.policy')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The fixtures: every `.policy` under test/golden except `parent-*` helpers. */
export function discoverFixtures(): string[] {
  return policyFiles(goldenDir).filter((p) => !posix.basename(p).startsWith('parent-'));
}

export const goldenPathOf = (fixture: string): string => fixture.replace(/\.policy$/, '.diag.txt');

/** Compiles a fixture as its options say and returns the golden text. */
export function runFixture(fixture: string): string {
  const read = (p: string): PolicySource => ({ path: p, text: readFileSync(join(repoRoot, p), 'utf8') });
  const main = read(fixture);
  const opts = readOptions(main.text);
  const others = opts.with.map((w) => read(toPosix(relative(repoRoot, join(repoRoot, dirname(fixture), w)))));
  const r = compile([main, ...others]);
  const sink = new DiagnosticSink();
  const clean = !r.diagnostics.some((d) => d.severity === 'error');
  if (clean && opts.run === 'test') {
    runExampleTests(r.regions, sink);
    runInvariants(r.regions, sink, { runs: 100, seed: 1 });
  }
  if (clean && opts.run === 'build') generateAll(r.regions, sink);
  const all = [...r.diagnostics, ...sink.items];
  const out = renderDiagnostics(all, r.sources, { format: 'pretty', lang: opts.lang, color: false, maxPerFile: opts.maxPerFile });
  const exit = all.some((d) => d.severity === 'error') ? 1 : 0;
  return `${out}exit: ${exit}\n`;
}
