import { eastAsianWidth } from 'get-east-asian-width';

/** A half-open range of UTF-16 offsets in one file. Lines/columns are computed only when rendering. */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export function span(file: string, start: number, end: number): Span {
  return { file, start, end: Math.max(start, end) };
}

/** Smallest span covering both. */
export function join(a: Span, b: Span): Span {
  return { file: a.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * A source text with a line index; positions are 1-based, columns count characters (code points).
 * CR, LF and CRLF each end one line, as in the lexer.
 */
export class SourceFile {
  private readonly lineStarts: number[];
  /** the text has surrogate pairs, so columns (code points) differ from UTF-16 offsets */
  private readonly astral: boolean;
  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lineStarts = [0];
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
      else if (c >= 0xd800 && c <= 0xdbff) astral = true;
    }
    this.astral = astral;
  }

  /** 1-based line and column (in code points) of a UTF-16 offset. */
  position(offset: number): { line: number; col: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    return { line: lo + 1, col: this.astral ? codePoints(this.text, start, o) + 1 : o - start + 1 };
  }

  lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
}

/** Code points in text[from, to), counting a surrogate pair once. */
function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Terminal display width of a string: CJK and other wide characters count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\t') w += 4;
    else w += eastAsianWidth(cp);
  }
  return w;
}
