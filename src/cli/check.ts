/** `policyc check <files…>`: parse and check; print diagnostics; exit 0 or 1. */
import { compile } from '../index.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics, readSources, summary, type GlobalOptions } from './io.js';

export function checkCommand(paths: readonly string[], o: GlobalOptions): number {
  const { sources, errors } = readSources(paths);
  const r = compile(sources);
  const all = [...errors, ...r.diagnostics];
  printDiagnostics(all, r.sources, o);
  if (o.format !== 'json') {
    process.stdout.write(`checked ${sources.length} file${sources.length === 1 ? '' : 's'}, ${r.regions.length} region${r.regions.length === 1 ? '' : 's'}: ${summary(all, o.lang)}\n`);
  }
  return all.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}
