/**
 * `policyc facts [paths…]`: which policy lines trace each FACTS id (F, C, T
 * and I), which rules are declared out of scope and why, and what is not
 * traced, then a summary line. `--format json` prints one document;
 * `--strict` exits 1 when a rule, worked test or invariant is not traced, listing them; for a
 * contradiction (C) the regions that model it (its readings) come first.
 */
import { loadFacts, locateFacts } from '../check/citations.js';
import { compile } from '../index.js';
import { traceFacts, type Trace } from './facts-trace.js';
import { diagnosticsJson, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printDiagnostics, readSources, type GlobalOptions } from './io.js';
import { messages, type Messages } from './messages.js';

/** `F: 31 computed, 12 out of scope, 97 not traced of 140; C: …; T: …; I: …` */
export function summaryLine({ summary: { F, C, T, I } }: Trace, m: Messages): string {
  return [
    m.factsSummaryF(F.traced, F.outOfScope, F.notTraced, F.total),
    m.factsSummaryC(C.traced, C.notTraced, C.total),
    m.factsSummaryT(T.traced, T.notTraced, T.total),
    m.factsSummaryI(I.traced, I.guaranteed, I.notTraced, I.total),
  ].join(m.factsSummaryJoin);
}

/** What `--strict` refuses: every F id neither computed nor out of scope, every T id untested, every I id neither checked nor guaranteed. */
export function untracedIds(t: Trace): string[] {
  return t.ids.filter((x) => x.id[0] !== 'C' && x.status === 'not_traced').map((x) => x.id);
}

export function renderTrace(t: Trace, m: Messages): string {
  const out: string[] = [];
  for (const x of t.ids) {
    out.push(`${x.id}  ${m.factsStatus(x.status)}`);
    if (x.readings) out.push(`    ${m.factsReadings(x.readings.map((r) => (r.notes.length > 0 ? `${r.region} (${r.notes.map((n) => `"${n}"`).join(', ')})` : r.region)).join(', '))}`);
    for (const g of x.guarantees ?? []) out.push(`    ${g.file}:${g.line}  ${m.factsGuarantee(g.region, g.codes.join(', '), g.reason)}`);
    for (const o of x.outOfScope) out.push(`    ${o.file}:${o.line}  ${m.factsOutOfScope(o.region, o.reason)}`);
    for (const s of x.sites) out.push(`    ${s.file}:${s.line}  ${m.factsSite(s.kind, s.name, s.guard ?? '')}`);
  }
  out.push('', summaryLine(t, m));
  return out.join('\n') + '\n';
}

export function factsCommand(paths: readonly string[], strict: boolean, o: GlobalOptions): number {
  const m = messages(o.lang);
  const { sources, errors } = readSources(paths);
  const c = compile(sources);
  const all = [...errors, ...c.diagnostics];
  if (all.some((d) => d.severity === 'error')) {
    printDiagnostics(all, c.sources, o);
    return EXIT_ERRORS;
  }
  const factsPath = locateFacts(sources.map((s) => s.path));
  if (!factsPath) {
    process.stderr.write(`${m.factsNotFound}\n`);
    return EXIT_USAGE;
  }
  const trace = traceFacts(c.asts, c.sources, loadFacts(factsPath).ids);
  if (o.format === 'json') {
    const doc = { schema: 'policyc-facts/1', ids: trace.ids, summary: trace.summary, diagnostics: diagnosticsJson(all, c.sources, o) };
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    printDiagnostics(all, c.sources, o);
    process.stdout.write(renderTrace(trace, m));
  }
  const untraced = untracedIds(trace);
  if (strict && untraced.length > 0) {
    process.stderr.write(`${m.factsStrict(untraced.length, untraced.join(', '))}\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}
