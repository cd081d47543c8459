/** `policyc check <files…>`: parse and check; print diagnostics; exit 0 or 1. */
import { compile } from '../index.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics, readSources, summary, type GlobalOptions } from './io.js';
import { messages } from './messages.js';

export function checkCommand(paths: readonly string[], o: GlobalOptions): number {
  const { sources, errors } = readSources(paths);
  const r = compile(sources);
  const all = [...errors, ...r.diagnostics];
  printDiagnostics(all, r.sources, o);
  if (o.format !== 'json') {
    process.stdout.write(`${messages(o.lang).checked(sources.length, r.regions.length, summary(all, o.lang))}\n`);
  }
  return all.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}
