/** `policyc mutate <file>`: a mutation score for the tests and invariants of one policy file. */
import { relative, resolve } from 'node:path';
import { judge, mutants, survived } from '../harness/mutate.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, readSources } from './io.js';

export function mutateCommand(target: string, paths: readonly string[], runs: number, minScore: number): number {
  const { sources, errors } = readSources(paths);
  // `./policies/x.policy`, `policies//x.policy` and an absolute path name the same file as `policies/x.policy`
  const want = resolve(target);
  const src = sources.find((s) => resolve(s.path) === want);
  if (errors.length || !src) {
    process.stderr.write(`error: ${relative(process.cwd(), want) || target} is not among the policy files read from ${paths.join(', ')}\n`);
    return EXIT_USAGE;
  }
  const counts = { checker: 0, tests: 0, invariants: 0, onlyInvariants: 0, survived: 0 };
  const all = mutants(src.path, src.text);
  for (const m of all) {
    const v = judge(sources, m, runs);
    if (v.checker) counts.checker++;
    if (v.tests) counts.tests++;
    if (v.invariants) counts.invariants++;
    if (v.invariants && !v.tests && !v.checker) counts.onlyInvariants++;
    if (survived(v)) {
      counts.survived++;
      process.stdout.write(`survived  ${m.file}:${m.line}:${m.col}  ${m.from} → ${m.to}\n`);
    }
  }
  const score = all.length ? (all.length - counts.survived) / all.length : 1;
  process.stdout.write(
    `${all.length} mutants: ${counts.checker} rejected by the checker, ${counts.tests} caught by example tests, ` +
      `${counts.invariants} by invariants (${counts.onlyInvariants} by invariants alone), ${counts.survived} survived — score ${(score * 100).toFixed(1)}%\n`,
  );
  return score * 100 >= minScore ? EXIT_OK : EXIT_ERRORS;
}
