/**
 * Hostile policy texts, generated at any size: the classes a hostile-input probe found to crash
 * (PD9002), hang or mislead the compiler. Shared by the regression tests (moderate sizes), the
 * fuzzer (`npm run fuzz -- --hostile`, random sizes with a time budget per input) and
 * bench/check-scaling.ts (growth with size). Nothing here is committed as a fixture file.
 */

/** A region header every generator builds on: rounding, horizon and a few inputs. */
export function header(region = 'h'): string {
  return [
    `region ${region}`,
    '  rounding half_up to fen',
    '  horizon from 2020-01',
    '  input status: one of employed, retired',
    '  input age: years in 0 to 150',
    '  input base: money per month in 0.00 to 100000.00',
    '  input month: month',
    '',
  ].join('\n');
}

const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n');

export const hostile = {
  /** A declaration and an unknown name of `len` characters each, one letter apart (the "did you mean" search). */
  longUnknownNames: (len: number): string =>
    `${header()}  define ${'x'.repeat(len)}: money per month = base\n  output o: money per month = ${'x'.repeat(len - 1)}y + ${'y'.repeat(len)}\n`,

  /** `n` declarations, each reading a different unknown name. */
  manyUnknownNames: (n: number): string => `${header()}${lines(n, (i) => `  define d${i}: money per month = u${i}`)}\n`,

  /** `n` errors to render (one bad amount per line). */
  manyErrors: (n: number): string => `${header()}${lines(n, (i) => `  define d${i}: money per month = 1.005`)}\n`,

  /** A parameter with `n` consecutive one-month ranges (time coverage of dated parameters). */
  datedRanges: (n: number): string => {
    const m = (k: number): string => `${2020 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    return `${header()}  parameter p: rate\n${lines(n, (k) => `    ${k === n - 1 ? `from ${m(k)}` : `from ${m(k)} to ${m(k)}`}: 1%`)}\n`;
  },

  /** An output with `n` sibling cases over one input, one value each (band coverage). */
  siblingCases: (n: number): string =>
    `${header().replace('input age: years in 0 to 150', `input n: integer in 0 to ${n - 1}`)}  output o: money per month\n${lines(n, (i) => `    when n = ${i}: 0`)}\n`,

  /** `depth` nested parentheses around one input. */
  nestedParens: (depth: number): string => `${header()}  output o: money per month = ${'('.repeat(depth)}base${')'.repeat(depth)}\n`,

  /** A flat sum of `n` terms. */
  flatSum: (n: number): string => `${header()}  output o: money per month = ${Array.from({ length: n }, () => 'base').join(' + ')}\n`,

  /** A chain of `n` unary minus signs (`- - base` once printed as `--base`). */
  unaryChain: (n: number, spaced = true): string => `${header()}  output o: money per month = ${(spaced ? '- ' : '-').repeat(n)}base\n`,

  /** `n` nested `not`. */
  notChain: (n: number): string =>
    `${header()}  output o: money per month\n    when ${'not '.repeat(n)}age > 3: 0\n    otherwise: 1.00\n`,

  /** Case lists nested `depth` levels deep. */
  nestedCases: (depth: number): string => {
    const out = [`${header()}  output o: money per month`];
    for (let d = 0; d < depth; d++) out.push(`${'  '.repeat(d + 2)}when age > ${d}:`);
    out[out.length - 1] += ' 0';
    for (let d = depth - 1; d >= 0; d--) out.push(`${'  '.repeat(d + 2)}otherwise: 0`);
    return `${out.join('\n')}\n`;
  },

  /** `n` defines, each reading the previous one (dependency order). */
  defineChain: (n: number, backwards = false): string =>
    backwards
      ? `${header()}${lines(n - 1, (i) => `  define d${i}: money per month = d${i + 1}`)}\n  define d${n - 1}: money per month = base\n`
      : `${header()}  define d0: money per month = base\n${lines(n - 1, (i) => `  define d${i + 1}: money per month = d${i}`)}\n`,

  /** An input whose upper bound is `digits` nines (domains beyond exact integers). */
  hugeDomain: (digits: number, type = 'money per month'): string =>
    `${header()}  input big: ${type} in 0 to ${'9'.repeat(digits)}\n  output o: money per month = 0\n`,

  /** Two names that differ only in case conversion (`base_rate` and `baseRate` are both `baseRate` in TypeScript). */
  nameClash: (a: string, b: string, kind: 'input' | 'define' = 'define'): string =>
    kind === 'input'
      ? `${header()}  input ${a}: money per month\n  input ${b}: money per month\n`
      : `${header()}  define ${a}: money per month = base\n  define ${b}: money per month = base\n`,

  /** Control characters in a comment, a string and the code. */
  controlChars: (ch: string): string =>
    `${header().replace('region h', `region h cite "note ${ch}"`)}  # a comment with ${ch} inside\n  output o: money per month = base ${ch}\n`,

  /** A file whose line breaks are all CR (old Mac) or CRLF. */
  lineEndings: (eol: '\r' | '\r\n' | '\n'): string => `${header()}  output o: money per month = nothing\n`.replace(/\n/g, eol),
};

export type HostileClass = keyof typeof hostile;

/** A moderately sized instance of each class (fast to compile once fixed; far too slow, or a crash, before). */
export const moderate: Record<string, () => string> = {
  longUnknownNames: () => hostile.longUnknownNames(20_000),
  manyUnknownNames: () => hostile.manyUnknownNames(3_000),
  manyErrors: () => hostile.manyErrors(5_000),
  datedRanges: () => hostile.datedRanges(3_000),
  siblingCases: () => hostile.siblingCases(10_000),
  nestedParens: () => hostile.nestedParens(400),
  flatSum: () => hostile.flatSum(5_000),
  unaryChain: () => hostile.unaryChain(2_000),
  notChain: () => hostile.notChain(2_000),
  nestedCases: () => hostile.nestedCases(300),
  defineChain: () => hostile.defineChain(5_000),
  hugeDomain: () => hostile.hugeDomain(400),
};
