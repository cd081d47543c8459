/**
 * Reads the items of a `cite …` line: FACTS ids (F036, C02, T01, I03),
 * seed lines (000:95) and quoted notes. Anything else is PD1004.
 */
import { type DiagnosticSink, Diagnostics } from '../diagnostics/diagnostic.js';
import { span } from '../diagnostics/span.js';
import type { CiteItem } from './ast.js';

const item = /\s*(?:([FCTI]\d{2,3})|(\d{3}):(\d+)|"((?:[^"\\]|\\.)*)"|([^,\s#"]+))\s*(,|#|$)?/y;

export function readCitations(image: string, file: string, offset: number, sink: DiagnosticSink): CiteItem[] {
  const items: CiteItem[] = [];
  let pos = 4; // after `cite`
  while (pos < image.length) {
    item.lastIndex = pos;
    const m = item.exec(image);
    if (!m || m[0].length === 0) break;
    const start = offset + pos + (m[0].length - m[0].trimStart().length);
    const token = m[1] ?? (m[2] !== undefined ? `${m[2]}:${m[3]}` : m[4] !== undefined ? `"${m[4]}"` : (m[5] ?? ''));
    const sp = span(file, start, start + token.length);
    if (m[1]) items.push({ kind: 'fact', id: m[1], span: sp });
    else if (m[2]) items.push({ kind: 'seed', seed: m[2], line: Number(m[3]), span: sp });
    else if (m[4] !== undefined) items.push({ kind: 'note', text: m[4].replace(/\\(.)/g, '$1'), span: sp });
    else if (m[5]) sink.error(Diagnostics.BadCitation, sp, [m[5]]);
    pos += m[0].length;
    if (m[6] === '#') break; // a comment ends the citation list
  }
  return items;
}

export function citeText(c: CiteItem): string {
  return c.kind === 'fact' ? c.id : c.kind === 'seed' ? `${c.seed}:${c.line}` : c.text;
}
