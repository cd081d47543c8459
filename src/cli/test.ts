/** `policyc test [paths…]`: run the example tests written in policy files. */
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { runExampleTests, runInvariants } from '../harness/run-tests.js';
import { compile } from '../index.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics, readSources, type GlobalOptions } from './io.js';

export interface TestOptions {
  /** fast-check runs per invariant */
  readonly runs: number;
  readonly seed?: number;
}

export function testCommand(paths: readonly string[], t: TestOptions, o: GlobalOptions): number {
  const { sources, errors } = readSources(paths);
  const r = compile(sources);
  const sink = new DiagnosticSink();
  const compiled = errors.length === 0 && !r.diagnostics.some((d) => d.severity === 'error');
  const outcomes = compiled
    ? [...runExampleTests(r.regions, sink), ...runInvariants(r.regions, sink, { runs: t.runs, ...(t.seed !== undefined ? { seed: t.seed } : {}) })]
    : [];
  const all = [...errors, ...r.diagnostics, ...sink.items];
  printDiagnostics(all, r.sources, o);
  if (o.format !== 'json') {
    for (const t of outcomes) process.stdout.write(`${t.passed ? 'pass' : 'FAIL'}  ${t.region}  ${t.test}\n`);
    const failed = outcomes.filter((t) => !t.passed).length;
    process.stdout.write(
      compiled
        ? `${outcomes.length - failed} passed, ${failed} failed\n`
        : 'tests not run: the policies have errors\n',
    );
  }
  return all.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}
