/**
 * Hostile policy texts, generated at any size: the classes a hostile-input probe found to crash
 * (PD9002), hang or mislead the compiler. Shared by the regression tests (moderate sizes), the
 * fuzzer (`npm run fuzz -- --hostile`, random sizes with a time budget per input) and
 * bench/check-scaling.ts (growth with size). Nothing here is committed as a fixture file.
 */
import fc from 'fast-check';
import type { Case } from './mutate.js';

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

/** Characters that must be PD1008: C0 but tab/LF/CR, DEL, C1 and the bidi overrides and isolates. */
const hiddenChars = [
  ...Array.from({ length: 32 }, (_, i) => i).filter((i) => i !== 9 && i !== 10 && i !== 13),
  ...Array.from({ length: 33 }, (_, i) => 0x7f + i),
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
].map((c) => String.fromCodePoint(c));

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);

/** A name and another that generated TypeScript spells the same (`base_rate`/`baseRate`, `a__b`/`a_b`, `Ab`/`ab`). */
const clashingNames = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 4 }), fc.constantFrom('camel', 'double', 'upper'))
  .map(([parts, how]): [string, string] => {
    const snake = parts.join('_');
    if (how === 'double') return [snake, parts.join('__')];
    if (how === 'upper') return [snake, `${snake.charAt(0).toUpperCase()}${snake.slice(1)}`];
    return [snake, parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('')];
  });

/**
 * Random instances of every hostile class. At `scale` 1 (`npm run fuzz -- --hostile`) they reach the
 * sizes that once crashed or hung the compiler and a correct one handles each in well under a
 * second; the in-suite property uses a small scale (still deeper than the nesting limit).
 */
export function hostileArb(scale = 1): fc.Arbitrary<Case> {
  const upTo = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max: Math.max(130, Math.round(max * scale)) });
  const sized = (cls: HostileClass, max: number, f: (n: number) => string): fc.Arbitrary<{ cls: string; size: number; text: string }> =>
    upTo(max).map((n) => ({ cls, size: n, text: f(n) }));
  return fc
    .oneof(
      sized('nestedParens', 3_000, hostile.nestedParens),
      sized('flatSum', 10_000, hostile.flatSum),
      fc.tuple(upTo(3_000), fc.boolean(), fc.constantFrom('base', '2%', '3.00 yuan per month', '(base)')).map(([n, spaced, x]) => ({
        cls: 'unaryChain',
        size: n,
        text: hostile.unaryChain(n, spaced).replace(/base\n$/, `${x}\n`),
      })),
      sized('notChain', 3_000, hostile.notChain),
      sized('nestedCases', 300, hostile.nestedCases),
      fc.tuple(upTo(5_000), fc.boolean()).map(([n, back]) => ({ cls: 'defineChain', size: n, text: hostile.defineChain(Math.max(2, n), back) })),
      sized('longUnknownNames', 130_000, (n) => hostile.longUnknownNames(Math.max(2, n))),
      sized('manyUnknownNames', 5_000, hostile.manyUnknownNames),
      sized('manyErrors', 5_000, hostile.manyErrors),
      sized('datedRanges', 5_000, hostile.datedRanges),
      sized('siblingCases', 5_000, hostile.siblingCases),
      fc.tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom('money per month', 'money per year', 'integer', 'years', 'months')).map(([n, ty]) => ({
        cls: 'hugeDomain',
        size: n,
        text: hostile.hugeDomain(n, ty),
      })),
      fc.tuple(clashingNames, fc.constantFrom('input' as const, 'define' as const)).map(([[a, b], kind]) => ({ cls: 'nameClash', size: a.length, text: hostile.nameClash(a, b, kind) })),
      fc.constantFrom(...hiddenChars).map((ch) => ({ cls: 'controlChars', size: ch.codePointAt(0)!, text: hostile.controlChars(ch) })),
      fc.constantFrom('\r' as const, '\r\n' as const, '\n' as const).map((eol) => ({ cls: 'lineEndings', size: eol.length, text: hostile.lineEndings(eol) })),
    )
    .map(({ cls, size, text }) => ({ seed: `hostile ${cls}(${size})`, path: 'hostile.policy', text, extra: [] }));
}

/** What each hostile class must report: exactly these codes, or at least these (none listed: anything but a crash). */
export function expectedCodes(seed: string): { readonly exactly?: readonly string[]; readonly includes?: readonly string[] } {
  const m = /^hostile (\w+)\((\d+)\)$/.exec(seed);
  if (!m) return {};
  const n = Number(m[2]);
  const deep = n > 64;
  switch (m[1] as HostileClass) {
    case 'nestedParens':
    case 'notChain':
      return { exactly: deep ? ['PD1009'] : [] };
    case 'unaryChain':
    case 'nestedCases': // within the limit, an `otherwise` may be unreachable (PD5004)
      return deep ? { includes: ['PD1009'] } : {};
    case 'flatSum':
    case 'defineChain':
    case 'datedRanges':
    case 'siblingCases':
      return { exactly: [] };
    case 'longUnknownNames':
    case 'manyUnknownNames':
    case 'lineEndings':
      return { exactly: ['PD2001'] };
    case 'manyErrors':
      return { exactly: ['PD1006'] };
    case 'hugeDomain': // 16 digits of yuan or 17 of a count are beyond 2^53 - 1
      return { exactly: n >= 17 ? ['PD2023'] : n <= 13 ? [] : undefined } as { exactly?: string[] };
    case 'nameClash':
      return { exactly: ['PD2024'] };
    case 'controlChars':
      return { exactly: ['PD1008'] };
    default:
      return {};
  }
}
