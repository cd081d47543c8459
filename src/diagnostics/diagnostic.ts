import { Diagnostics, type DiagnosticEntry, type Severity } from './codes.js';
import type { Span } from './span.js';

export type Lang = 'en' | 'zh';

/** A message with its arguments, rendered in either language at print time. */
export interface Message {
  readonly entry: DiagnosticEntry;
  /** plain arguments (names, numbers, code) or text in both languages */
  readonly args: readonly Arg[];
}

export type Arg = string | LocalText;
export type ArgInput = string | number | LocalText;

export interface Related {
  readonly span: Span;
  readonly message: LocalText;
}

/** Short free text in both languages (labels, notes, related messages). */
export interface LocalText {
  readonly en: string;
  readonly zh: string;
}

export interface Fix {
  readonly message: LocalText;
  readonly edits: readonly { readonly span: Span; readonly text: string }[];
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Message;
  readonly span: Span;
  readonly label?: LocalText;
  readonly related: readonly Related[];
  readonly notes: readonly LocalText[];
  readonly fix?: Fix;
}

export function text(en: string, zh: string = en): LocalText {
  return { en, zh };
}

export function format(m: Message, lang: Lang): string {
  const template = lang === 'zh' ? m.entry.zh : m.entry.en;
  return template.replace(/\{(\d+)\}/g, (_, i: string) => argText(m.args[Number(i)], lang));
}

export function argText(a: Arg | undefined, lang: Lang): string {
  return a === undefined ? '' : typeof a === 'string' ? a : a[lang];
}

export interface DiagnosticExtras {
  label?: LocalText;
  related?: Related[];
  notes?: LocalText[];
  fix?: Fix;
}

export function diag(
  entry: DiagnosticEntry,
  span: Span,
  args: readonly ArgInput[] = [],
  extras: DiagnosticExtras = {},
): Diagnostic {
  return {
    code: entry.code,
    severity: entry.severity,
    message: { entry, args: args.map((a) => (typeof a === 'number' ? String(a) : a)) },
    span,
    ...(extras.label ? { label: extras.label } : {}),
    related: extras.related ?? [],
    notes: extras.notes ?? [],
    ...(extras.fix ? { fix: extras.fix } : {}),
  };
}

/** A place passes report into; they keep going after reporting. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  report(d: Diagnostic): void {
    this.items.push(d);
  }
  error(entry: DiagnosticEntry, span: Span, args: readonly ArgInput[] = [], extras: DiagnosticExtras = {}): void {
    this.report(diag(entry, span, args, extras));
  }
  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Sort by file, offset, then code (TypeScript compareDiagnostics). */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
      a.span.start - b.span.start ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export { Diagnostics };
