/** `policyc build [paths…] [--out dir] [--check]`: check, then write one TypeScript module and one input JSON Schema per region. */
import { join } from 'node:path';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { diag, Diagnostics, DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { span, type SourceFile } from '../diagnostics/span.js';
import { generateAll, indexModule, isGenerated, isGeneratedFileName, MAX_FILE_NAME_BYTES, writeModules, type WriteProblem } from '../codegen/emit.js';
import { schemaFiles } from '../codegen/schema.js';
import type { GeneratedModule } from '../codegen/from-ir.js';
import { compile } from '../index.js';
import type { IrRegion } from '../ir/ir.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics, readSources, type GlobalOptions } from './io.js';
import { messages } from './messages.js';
import { showPaths, stableSources } from './paths.js';

export interface BuildOptions {
  readonly out: string;
  /** do not write; fail if `out` differs from what would be generated (drift check) */
  readonly check: boolean;
}

/** A region whose name cannot be a file name: reported at the name in its policy, before anything is written. */
function nameTooLong(r: IrRegion, sources: ReadonlyMap<string, SourceFile>): Diagnostic {
  const text = sources.get(r.file)?.text ?? '';
  const at = Math.max(0, text.search(new RegExp(`\\bregion\\s+${r.name}\\b`)));
  const start = text.indexOf(r.name, at);
  const shown = r.name.length > 40 ? `${r.name.slice(0, 40)}…` : r.name;
  return diag(Diagnostics.NameTooLong, span(r.file, Math.max(0, start), Math.max(0, start) + r.name.length), [shown, Buffer.byteLength(`${r.name}.ts`), MAX_FILE_NAME_BYTES]);
}

function writeProblem(p: WriteProblem): Diagnostic {
  const at = span(p.path, 0, 0);
  if (p.reason === 'not-generated') return diag(Diagnostics.NotGenerated, at, [p.path]);
  if (p.reason === 'symlink' || p.reason === 'not-a-file') return diag(Diagnostics.OutputIsLink, at, [p.path]);
  return diag(Diagnostics.CannotWrite, at, [p.path, p.detail ?? p.reason]);
}

/** Reads `path` as text if it is a regular file (not a link). */
function regularText(path: string): string | undefined {
  try {
    return lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** With `--format json` stdout holds only the diagnostics document: lines for people go to stderr. */
const humanStream = (o: GlobalOptions): NodeJS.WriteStream => (o.format === 'json' ? process.stderr : process.stdout);

function checkDrift(out: string, files: readonly GeneratedModule[], o: GlobalOptions): number {
  const m = messages(o.lang);
  const stale = files.filter((m) => regularText(join(out, m.fileName)) !== m.text);
  const keep = new Set(files.map((f) => f.fileName));
  const extra = existsSync(out)
    ? readdirSync(out).filter((f) => isGeneratedFileName(f) && !keep.has(f) && isGenerated(regularText(join(out, f)) ?? ''))
    : [];
  for (const s of stale) {
    const p = join(out, s.fileName);
    process.stderr.write(`${existsSync(p) ? m.staleDiffers(p) : m.staleMissing(p)}\n`);
  }
  for (const e of extra) process.stderr.write(`${m.staleExtra(join(out, e))}\n`);
  if (stale.length || extra.length) {
    process.stderr.write(`${m.staleHint}\n`);
    return EXIT_ERRORS;
  }
  humanStream(o).write(`${m.upToDate(files.length)}\n`);
  return EXIT_OK;
}

export function buildCommand(paths: readonly string[], b: BuildOptions, o: GlobalOptions): number {
  const read = readSources(paths);
  // generated code records source paths: compile under paths that do not depend on the working directory
  const { sources, shown } = stableSources(read.sources, paths);
  const r = compile(sources);
  const sink = new DiagnosticSink();
  const failed = read.errors.length > 0 || r.diagnostics.some((d) => d.severity === 'error');
  const tooLong = failed ? [] : r.regions.filter((x) => Buffer.byteLength(`${x.name}.ts`) > MAX_FILE_NAME_BYTES);
  const mods = failed || tooLong.length ? [] : generateAll(r.regions, sink);
  const back = showPaths([...r.diagnostics, ...tooLong.map((x) => nameTooLong(x, r.sources)), ...sink.items], r.sources, shown);
  const all = [...read.errors, ...back.diagnostics];
  if (all.some((d) => d.severity === 'error')) {
    printDiagnostics(all, back.files, o);
    return EXIT_ERRORS;
  }
  const files = [...mods, indexModule(mods), ...schemaFiles(r.regions, mods)];
  if (b.check) {
    printDiagnostics(all, back.files, o);
    return checkDrift(b.out, files, o);
  }
  let written;
  try {
    written = writeModules(b.out, files);
  } catch (e) {
    written = { changed: [], problems: [{ path: b.out, reason: 'io' as const, detail: (e as Error).message }] };
  }
  printDiagnostics([...all, ...written.problems.map(writeProblem)], back.files, o);
  if (written.problems.length) return EXIT_ERRORS;
  const changed = written.changed;
  humanStream(o).write(`${messages(o.lang).built(mods.length, b.out, changed.length)}\n`);
  return EXIT_OK;
}
