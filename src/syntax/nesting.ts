/**
 * The nesting limit. The parser and the walkers after it recurse once per level of parentheses
 * and per prefix operator (`-`, `not`), so input nested thousands deep would overflow the stack.
 * Before parsing, every token that would nest deeper than `MAX_NESTING` is dropped (the
 * expression keeps its shape up to the limit; a case list nested too deep is dropped whole) and
 * PD1009 is reported once per line, so the
 * compiler answers with a diagnostic instead of crashing. Chains of binary operators
 * (`a + b + … + z`) are loops, not nesting, and have no such limit.
 */
import type { IToken } from 'chevrotain';
import { guardStarts, LParen, Minus, Not, RParen } from '../../grammar/tokens.js';
import { Diagnostics, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import { span } from '../diagnostics/span.js';

/** Python's parser stops at 200 nested parentheses; policy expressions need a handful. */
export const MAX_NESTING = 64;

/**
 * The tokens without those nested deeper than the limit; `quiet` holds the lines where that
 * happened and the offsets where dropped tokens end, so the parser's own complaints there are not
 * reported on top of PD1009.
 */
export function limitNesting(file: string, tokens: readonly IToken[], sink: DiagnosticSink): { tokens: IToken[]; quiet: { lines: Set<number>; offsets: Set<number> } } {
  const out: IToken[] = [];
  const lines = new Set<number>();
  const offsets = new Set<number>();
  const kept: boolean[] = []; // one per open parenthesis: was it kept?
  const cases: number[] = []; // columns of the enclosing case guards
  let depth = 0; // kept open parentheses
  let prefix = 0; // `-`/`not` tokens in a row
  let dropFrom: number | undefined; // dropping a case list nested too deep, from this column
  let lastLine = 0;
  const tooDeep = (t: IToken): void => {
    if (!lines.has(t.startLine ?? 0)) {
      lines.add(t.startLine ?? 0);
      sink.error(Diagnostics.TooDeep, span(file, t.startOffset, (t.endOffset ?? t.startOffset) + 1), [MAX_NESTING]);
    }
  };
  for (const t of tokens) {
    const type = t.tokenType;
    const col = t.startColumn ?? 0;
    const lineFirst = (t.startLine ?? 0) !== lastLine;
    lastLine = t.endLine ?? t.startLine ?? lastLine;
    if (lineFirst) {
      if (dropFrom !== undefined && col < dropFrom) {
        dropFrom = undefined;
        offsets.add(t.startOffset);
      }
      while (cases.length > 0 && cases[cases.length - 1]! >= col) cases.pop();
      if (dropFrom === undefined && guardStarts.includes(type)) {
        if (cases.length + 1 > MAX_NESTING) {
          tooDeep(t);
          dropFrom = col;
        } else cases.push(col);
      }
    }
    if (dropFrom !== undefined) continue;
    const level = cases.length + depth;
    if (type === Minus || type === Not) {
      prefix++;
      if (level + prefix > MAX_NESTING) {
        tooDeep(t);
        continue;
      }
    } else {
      prefix = 0;
      if (type === LParen) {
        const keep = level + 1 <= MAX_NESTING;
        kept.push(keep);
        if (!keep) {
          tooDeep(t);
          continue;
        }
        depth++;
      } else if (type === RParen && kept.length > 0) {
        if (!kept.pop()) continue;
        depth--;
      }
    }
    out.push(t);
  }
  return { tokens: out, quiet: { lines, offsets } };
}
