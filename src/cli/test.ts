/**
 * `policyc test [paths…]`: run the example tests and invariants written in
 * policy files, filtered by `--region` and `--grep`, reported for people
 * (`pass`/`FAIL` lines and a closing `N passed, N failed`) or for CI
 * (`--reporter junit|json|tap`, on stdout or `--output FILE`), with decision
 * coverage (`--coverage`, `--min-coverage`).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostics } from '../diagnostics/render.js';
import type { SourceFile } from '../diagnostics/span.js';
import { runExampleTests, runInvariants } from '../harness/run-tests.js';
import { compile } from '../index.js';
import type { IrRegion } from '../ir/ir.js';
import { percentOf, regionCoverage, type RegionCoverage } from './coverage.js';
import { diagnosticsJson, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printDiagnostics, readSources, type GlobalOptions } from './io.js';
import { messages } from './messages.js';
import { startProgress } from './progress.js';
import { jsonReport, junitReport, tapReport, totals, type ReporterName, type RunReport, type TestResult } from './reporters.js';

export interface TestOptions {
  /** fast-check runs per invariant */
  readonly runs: number;
  readonly seed?: number;
  readonly reporter?: ReporterName;
  /** write the report here instead of stdout */
  readonly output?: string;
  /** only these regions (all when empty) */
  readonly regions?: readonly string[];
  /** only tests and invariants whose name matches */
  readonly grep?: RegExp;
  readonly coverage?: boolean;
  /** exit 1 when the decision coverage over the selected regions is below this percentage */
  readonly minCoverage?: number;
}

type Sources = ReadonlyMap<string, SourceFile>;

function select(regions: readonly IrRegion[], t: TestOptions): IrRegion[] {
  const match = (name: string): boolean => !t.grep || t.grep.test(name);
  return regions
    .filter((r) => !t.regions?.length || t.regions.includes(r.name))
    .map((r) => ({ ...r, tests: r.tests.filter((x) => match(x.name)), invariants: r.invariants.filter((i) => match(`invariant ${i.name}`)) }));
}

function result(region: IrRegion, name: string, kind: TestResult['kind'], at: { file: string; line: number }, passed: boolean, ms: number, ds: readonly Diagnostic[], sources: Sources, o: GlobalOptions): TestResult {
  const plain = { ...o, color: false };
  return {
    region: region.name,
    name,
    kind,
    passed,
    durationMs: ms,
    file: at.file,
    line: at.line,
    failures: ds.length ? renderDiagnostics(ds, sources, { ...plain, format: 'short' }).trimEnd().split('\n') : [],
    failuresJson: ds.length ? diagnosticsJson(ds, sources, o) : [],
    details: ds.length ? renderDiagnostics(ds, sources, { ...plain, format: 'pretty' }) : '',
  };
}

/** Runs each selected test and invariant on its own, so each has a duration and its own diagnostics. */
async function runAll(regions: readonly IrRegion[], t: TestOptions, sources: Sources, o: GlobalOptions): Promise<{ results: TestResult[]; diagnostics: Diagnostic[] }> {
  const results: TestResult[] = [];
  const diagnostics: Diagnostic[] = [];
  const total = regions.reduce((n, r) => n + r.tests.length + r.invariants.length, 0);
  const progress = await startProgress(total, o.format === 'json');
  try {
    for (const r of regions) {
      for (const test of r.tests) {
        const sink = new DiagnosticSink();
        const t0 = performance.now();
        const [out] = runExampleTests([{ ...r, tests: [test], invariants: [] }], sink);
        results.push(result(r, test.name, 'example', test.source, out?.passed ?? false, performance.now() - t0, sink.items, sources, o));
        diagnostics.push(...sink.items);
        await progress.tick(`${r.name} › ${test.name}`);
      }
      for (const inv of r.invariants) {
        const sink = new DiagnosticSink();
        const t0 = performance.now();
        const [out] = runInvariants([{ ...r, tests: [], invariants: [inv] }], sink, { runs: t.runs, ...(t.seed !== undefined ? { seed: t.seed } : {}) });
        results.push(result(r, `invariant ${inv.name}`, 'invariant', inv.source, out?.passed ?? false, performance.now() - t0, sink.items, sources, o));
        diagnostics.push(...sink.items);
        await progress.tick(`${r.name} › invariant ${inv.name}`);
      }
    }
  } finally {
    progress.stop();
  }
  return { results, diagnostics };
}

function coverageText(cov: readonly RegionCoverage[], o: GlobalOptions): string {
  const m = messages(o.lang);
  const pct = (a: number, b: number): string => `${percentOf(a, b).toFixed(1)}%`;
  const lines = [m.coverageTitle];
  for (const c of cov) {
    lines.push(`  ${m.coverageLine(c.region, c.reached, c.cases, pct(c.reached, c.cases))}`);
    for (const u of c.unreached) lines.push(`    ${m.notReached}: ${u.decl} · ${u.branch.split(' › ').map(m.branch).join(m.branchJoin)}  (${u.file}:${u.line})`);
  }
  const cases = cov.reduce((n, c) => n + c.cases, 0);
  const reached = cov.reduce((n, c) => n + c.reached, 0);
  lines.push(`  ${m.coverageLine(m.total, reached, cases, pct(reached, cases))}`);
  return lines.join('\n') + '\n';
}

export async function testCommand(paths: readonly string[], t: TestOptions, o: GlobalOptions): Promise<number> {
  const started = performance.now();
  const m = messages(o.lang);
  const reporter: ReporterName = t.reporter ?? (o.format === 'json' ? 'json' : 'pretty');
  /** the report is the only thing on stdout: everything for people goes to stderr */
  const reportOnStdout = reporter !== 'pretty' && !t.output;
  const human = reportOnStdout ? process.stderr : process.stdout;
  const { sources, errors } = readSources(paths);
  const c = compile(sources);
  const base = [...errors, ...c.diagnostics];
  const compiled = !base.some((d) => d.severity === 'error');
  const unknown = (t.regions ?? []).filter((n) => compiled && !c.regions.some((r) => r.name === n));
  if (unknown.length) {
    process.stderr.write(`${m.unknownRegion(unknown.map((n) => `\`${n}\``).join(', '), c.regions.map((x) => x.name).join(', '))}\n`);
    return EXIT_USAGE;
  }
  const regions = compiled ? select(c.regions, t) : [];
  const { results, diagnostics } = await runAll(regions, t, c.sources, o);
  const all = [...base, ...diagnostics];
  const wantCoverage = compiled && (t.coverage || t.minCoverage !== undefined);
  const coverage = wantCoverage ? regions.map(regionCoverage) : undefined;
  const run: RunReport = { results, durationMs: performance.now() - started, diagnostics: diagnosticsJson(all, c.sources, o), coverage };

  if (!(reporter === 'json' && reportOnStdout)) printDiagnostics(all, c.sources, o, reportOnStdout ? 'stderr' : 'stdout');
  if (reporter !== 'pretty') {
    const doc = reporter === 'json' ? jsonReport(run) : reporter === 'junit' ? junitReport(run) : tapReport(run);
    if (t.output) writeFileSync(t.output, doc);
    else process.stdout.write(doc);
  }
  const { passed, failed } = totals(results);
  if (o.format !== 'json' || reportOnStdout) {
    if (!reportOnStdout) for (const r of results) human.write(`${r.passed ? m.pass : m.fail}  ${r.region}  ${r.name}\n`);
    if (coverage && !(reporter === 'json' && reportOnStdout)) human.write(coverageText(coverage, o));
    if (!compiled) human.write(`${m.notRun}\n`);
    else if (reporter !== 'tap' || !reportOnStdout) human.write(`${m.closing(passed, failed)}\n`);
  }
  if (compiled && results.length === 0 && (t.grep || t.regions?.length)) {
    process.stderr.write(`${m.noMatch}\n`);
    return EXIT_ERRORS;
  }
  let code = all.some((d) => d.severity === 'error') || failed > 0 ? EXIT_ERRORS : EXIT_OK;
  if (coverage && t.minCoverage !== undefined) {
    const cases = coverage.reduce((n, x) => n + x.cases, 0);
    const reached = coverage.reduce((n, x) => n + x.reached, 0);
    const got = percentOf(reached, cases);
    if (got < t.minCoverage) {
      process.stderr.write(`${m.belowCoverage(`${got.toFixed(1)}%`, t.minCoverage)}\n`);
      code = EXIT_ERRORS;
    }
  }
  return code;
}
