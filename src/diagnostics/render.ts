import picocolors from 'picocolors';
import { format, sortDiagnostics, type Diagnostic, type Lang } from './diagnostic.js';
import { Diagnostics } from './codes.js';
import { diag } from './diagnostic.js';
import { displayWidth, type SourceFile } from './span.js';
import { jsonVisible, visible } from './visible.js';

export type OutputFormat = 'pretty' | 'short' | 'json';

export interface RenderOptions {
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly color: boolean;
  /** at most this many diagnostics per file, then one "N more" note */
  readonly maxPerFile: number;
}


type Sources = ReadonlyMap<string, SourceFile>;

/** The words before a message, in the reader's language (JSON keeps the machine values `error`, `warning`, `note`). */
const SEVERITY: Readonly<Record<Lang, Readonly<Record<Diagnostic['severity'] | 'help', string>>>> = {
  en: { error: 'error', warning: 'warning', note: 'note', help: 'help' },
  zh: { error: '错误', warning: '警告', note: '注', help: '帮助' },
};

/** Sorts, caps per file and renders diagnostics. Returns the full text (ending in a newline when non-empty). */
export function renderDiagnostics(ds: readonly Diagnostic[], sources: Sources, opts: RenderOptions): string {
  const shown = capPerFile(sortDiagnostics(ds), opts.maxPerFile);
  if (opts.format === 'json') return jsonVisible(JSON.stringify(shown.map((d) => toJson(d, sources, opts.lang)), null, 2)) + '\n';
  return shown.map((d) => (opts.format === 'short' ? headline(d, sources, opts) : pretty(d, sources, opts)) + '\n').join('');
}

/** Keeps the first `max` diagnostics of each file (sorted input) and puts one "N more" note after the last kept. Linear. */
function capPerFile(ds: Diagnostic[], max: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const counts = new Map<string, number>();
  const lastKept = new Map<string, number>(); // file → index in `out`
  for (const d of ds) {
    const n = counts.get(d.span.file) ?? 0;
    counts.set(d.span.file, n + 1);
    if (n < max) {
      lastKept.set(d.span.file, out.length);
      out.push(d);
    }
  }
  const notes = new Map<number, Diagnostic>(); // index of the last kept diagnostic of a file → its note
  const orphans: Diagnostic[] = []; // files with nothing kept (max 0)
  for (const [file, n] of counts) {
    if (n <= max) continue;
    const at = lastKept.get(file);
    const start = at === undefined ? 0 : out[at]!.span.start;
    const note = diag(Diagnostics.TooMany, { file, start, end: start }, [n - max]);
    if (at === undefined) orphans.push(note);
    else notes.set(at, note);
  }
  return [...out.flatMap((d, i) => (notes.has(i) ? [d, notes.get(i)!] : [d])), ...orphans];
}

function where(file: string, offset: number, sources: Sources): string {
  const src = sources.get(file);
  if (!src) return visible(file);
  const p = src.position(offset);
  return `${visible(file)}:${p.line}:${p.col}`;
}

/** picocolors decides from the environment; an explicit choice (`--color`, `--no-color`) wins. */
const palette = (on: boolean) => picocolors.createColors(on);

function headline(d: Diagnostic, sources: Sources, opts: RenderOptions): string {
  const pc = palette(opts.color);
  const word = SEVERITY[opts.lang][d.severity];
  const sev = opts.color ? (d.severity === 'error' ? pc.red(word) : pc.yellow(word)) : word;
  // a name of 100k characters is quoted by its ends (JSON keeps the full text)
  const msg = visible(format(d.message, opts.lang)).replace(/`([^`]{120,})`/g, (_, q: string) => `\`${q.slice(0, 60)}…${q.slice(-20)}\``);
  return `${where(d.span.file, d.span.start, sources)}: ${sev} ${d.code}: ${opts.color ? pc.bold(msg) : msg}`;
}

/** A source line as printed: hidden characters written out, tabs as four spaces (as `displayWidth` counts them). */
const shown = (s: string): string => visible(s).replace(/\t/g, '    ');

/** Source lines longer than this (in UTF-16 units) are shown as a window around the caret. */
const LONG_LINE = 240;

function snippet(src: SourceFile, start: number, end: number, label: string | undefined, color: boolean): string[] {
  const pc = palette(color);
  const p = src.position(start);
  const full = src.lineText(p.line);
  const lineStart = src.lineStart(p.line);
  // a 100k-character line is shown from 60 characters before the caret, at most LONG_LINE long
  const from = full.length > LONG_LINE ? Math.max(0, start - lineStart - 60) : 0;
  const to = full.length > LONG_LINE ? Math.min(full.length, from + LONG_LINE) : full.length;
  const cut = (i: number): number => (isLowSurrogate(full.charCodeAt(i)) ? i + 1 : i);
  const [a, b] = [cut(from), cut(to)];
  const line = `${a > 0 ? '…' : ''}${full.slice(a, b)}${b < full.length ? '…' : ''}`;
  const before = (a > 0 ? '…' : '') + src.text.slice(lineStart + a, Math.max(lineStart + a, start));
  const endOnLine = Math.min(end, lineStart + b);
  const under = src.text.slice(start, Math.max(start, endOnLine));
  const gutter = String(p.line).length;
  const pad = ' '.repeat(gutter);
  const caret = '^'.repeat(Math.max(1, displayWidth(shown(under))));
  const mark = ' '.repeat(displayWidth(shown(before))) + (color ? pc.red(caret) : caret) + (label ? ` ${visible(label)}` : '');
  return [`${pad} |`, `${p.line} | ${shown(line)}`, `${pad} | ${mark}`];
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function pretty(d: Diagnostic, sources: Sources, opts: RenderOptions): string {
  const lines = [headline(d, sources, opts)];
  const src = sources.get(d.span.file);
  const L = opts.lang;
  if (src && d.code !== Diagnostics.TooMany.code) lines.push(...snippet(src, d.span.start, d.span.end, d.label?.[L], opts.color));
  for (const r of d.related) {
    lines.push(`${SEVERITY[L].note}: ${visible(r.message[L])}`, `  --> ${where(r.span.file, r.span.start, sources)}`);
  }
  for (const n of d.notes) lines.push(`${SEVERITY[L].note}: ${visible(n[L])}`);
  if (d.fix) lines.push(`${SEVERITY[L].help}: ${visible(d.fix.message[L])}`);
  return lines.join('\n');
}

function toJson(d: Diagnostic, sources: Sources, lang: Lang): object {
  const pos = (file: string, offset: number) => {
    const src = sources.get(file);
    return src ? src.position(offset) : { line: 0, col: 0 };
  };
  const start = pos(d.span.file, d.span.start);
  const end = pos(d.span.file, d.span.end);
  return {
    code: d.code,
    severity: d.severity,
    message: format(d.message, lang),
    file: d.span.file,
    line: start.line,
    col: start.col,
    endLine: end.line,
    endCol: end.col,
    ...(d.label ? { label: d.label[lang] } : {}),
    related: d.related.map((r) => ({ message: r.message[lang], file: r.span.file, ...pos(r.span.file, r.span.start) })),
    notes: d.notes.map((n) => n[lang]),
    ...(d.fix
      ? { fix: { message: d.fix.message[lang], edits: d.fix.edits.map((e) => ({ ...e.span, text: e.text })) } }
      : {}),
  };
}
