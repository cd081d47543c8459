/**
 * The text a citation points at, for explanations: a FACTS id's entry of
 * `shared/domain/FACTS.md` (the rule, the invariant, the test's reading, the
 * contradiction's question, and the source quote where there is one) and a
 * seed line's text. Read once per FACTS.md and per seed file; shortened for
 * one line of output. Unknown ids and missing files give `undefined`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CitedText {
  /** the cited entry, shortened */
  readonly text: string;
  /** the source's own words (a FACTS rule's `quote` column), shortened */
  readonly quote?: string;
}

export type CiteKind = 'fact' | 'seed' | 'note';

/** What a citation string of the IR is (`F019`, `000:95`, or a free note). */
export function citeKind(cite: string): CiteKind {
  return /^[FCTI]\d{2,3}$/.test(cite) ? 'fact' : /^\d{3}:\d+$/.test(cite) ? 'seed' : 'note';
}

/** At most `max` characters (code points), cut at a space near the end when there is one, with `…`. */
export function shorten(s: string, max = 140): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const plain = (cell: string): string => cell.replace(/\*\*/g, '').replace(/`/g, '').trim();

/** Splits a Markdown table row into its cells (no escaped pipes in FACTS.md). */
const cells = (row: string): string[] => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

interface FactsTexts {
  readonly entries: ReadonlyMap<string, CitedText>;
  readonly seedDir: string;
  readonly seedFiles: ReadonlyMap<string, string>;
  /** seed line (`000:47`) → the quotes FACTS rules take from it, to centre a long line on what was cited */
  readonly quotes: ReadonlyMap<string, readonly { readonly id: string; readonly quote: string }[]>;
}

const factsCache = new Map<string, FactsTexts>();
const seedCache = new Map<string, readonly string[]>();

/** Column of the entry's text by table header; the first non-id column otherwise. */
function textColumn(header: readonly string[]): number {
  for (const name of ['rule', 'invariant', 'region / reading', 'meaning']) {
    const i = header.indexOf(name);
    if (i >= 0) return i;
  }
  return 1;
}

function parseFacts(path: string): FactsTexts {
  const entries = new Map<string, CitedText>();
  const quotes = new Map<string, { id: string; quote: string }[]>();
  let header: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const heading = /^#{2,4}\s+([A-Z]\d{2,3})\.?\s+(.*)$/.exec(line);
    if (heading) {
      entries.set(heading[1]!, { text: shorten(plain(heading[2]!)) });
      continue;
    }
    if (!line.startsWith('|')) {
      header = [];
      continue;
    }
    const row = cells(line);
    if (row.every((c) => /^-*$/.test(c))) continue;
    const id = /^[A-Z]\d{2,3}$/.test(row[0] ?? '') ? row[0]! : undefined;
    if (!id) {
      if (header.length === 0) header = row.map((c) => c.toLowerCase());
      continue;
    }
    const text = plain(row[textColumn(header)] ?? '');
    const q = header.indexOf('quote');
    const quote = q >= 0 ? plain(row[q] ?? '') : '';
    const src = /(\d{3})_[0-9a-f]+\.txt:(\d+)/.exec(row[header.indexOf('source')] ?? '');
    if (src && quote) quotes.set(`${src[1]}:${src[2]}`, [...(quotes.get(`${src[1]}:${src[2]}`) ?? []), { id, quote }]);
    if (!entries.has(id)) entries.set(id, { text: shorten(text), ...(quote ? { quote: shorten(quote, 80) } : {}) });
  }
  const seedDir = join(dirname(path), 'seeds');
  const seedFiles = new Map<string, string>();
  if (existsSync(seedDir)) {
    for (const f of readdirSync(seedDir).sort()) {
      const m = /^(\d{3})_.*\.txt$/.exec(f);
      if (m && !seedFiles.has(m[1]!)) seedFiles.set(m[1]!, join(seedDir, f));
    }
  }
  return { entries, seedDir, seedFiles, quotes };
}

function facts(path: string): FactsTexts {
  let f = factsCache.get(path);
  if (!f) factsCache.set(path, (f = parseFacts(path)));
  return f;
}

function seedLines(file: string): readonly string[] {
  let lines = seedCache.get(file);
  if (!lines) seedCache.set(file, (lines = readFileSync(file, 'utf8').split('\n')));
  return lines;
}

/**
 * The text `cite` (an IR citation string) points at, given FACTS.md's path;
 * `undefined` for notes and unknown references. A long seed line is cut
 * around the quote of a FACTS rule cited `alongside` it (else of any rule).
 */
export function citedText(factsPath: string | undefined, cite: string, alongside: readonly string[] = []): CitedText | undefined {
  if (!factsPath) return undefined;
  const kind = citeKind(cite);
  if (kind === 'note') return undefined;
  let f: FactsTexts;
  try {
    f = facts(factsPath);
  } catch {
    return undefined;
  }
  if (kind === 'fact') return f.entries.get(cite);
  const [seed, line] = cite.split(':') as [string, string];
  const file = f.seedFiles.get(seed);
  if (!file) return undefined;
  const text = seedLines(file)[Number(line) - 1];
  if (text === undefined || text.trim() === '') return undefined;
  const known = f.quotes.get(cite) ?? [];
  const quotes = [...known.filter((q) => alongside.includes(q.id)), ...known.filter((q) => !alongside.includes(q.id))].map((q) => q.quote);
  return { text: excerpt(text.replace(/\s+/g, ' ').trim(), quotes) };
}

/** A long seed line shortened around the first quote a FACTS rule takes from it (else from its start). */
export function excerpt(line: string, quotes: readonly string[], max = 100): string {
  const chars = [...line];
  if (chars.length <= max) return line;
  const at = quotes.map((q) => line.indexOf(q)).find((i) => i >= 0);
  if (at === undefined || at < 0) return shorten(line, max);
  const start = Math.max(0, [...line.slice(0, at)].length - 10);
  const end = Math.min(chars.length, start + max);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}
