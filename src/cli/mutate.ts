/** `policyc mutate <file>`: a mutation score for the tests and invariants of one policy file. */
import { relative, resolve } from 'node:path';
import { judge, mutants, survived } from '../harness/mutate.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, readSources } from './io.js';
import { messages } from './messages.js';

export function mutateCommand(target: string, paths: readonly string[], runs: number, minScore: number, lang: Lang = 'en'): number {
  const msg = messages(lang);
  const { sources, errors } = readSources(paths);
  // `./policies/x.policy`, `policies//x.policy` and an absolute path name the same file as `policies/x.policy`
  const want = resolve(target);
  const src = sources.find((s) => resolve(s.path) === want);
  if (errors.length || !src) {
    process.stderr.write(`${msg.notAmong(relative(process.cwd(), want) || target, paths.join(', '))}\n`);
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
      process.stdout.write(`${msg.survived}  ${m.file}:${m.line}:${m.col}  ${m.from} → ${m.to}\n`);
    }
  }
  const score = all.length ? (all.length - counts.survived) / all.length : 1;
  process.stdout.write(
    `${msg.mutants(all.length, counts.checker, counts.tests, counts.invariants, counts.onlyInvariants, counts.survived, `${(score * 100).toFixed(1)}%`)}\n`,
  );
  return score * 100 >= minScore ? EXIT_OK : EXIT_ERRORS;
}
