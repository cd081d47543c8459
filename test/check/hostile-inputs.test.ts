/**
 * Hostile inputs a probe found to crash (PD9002 at 1:1), hang or take minutes on small files.
 * Each is generated here at a moderate size that took far too long (or crashed) before the fix;
 * the tests assert results, not timings (bench/check-scaling.ts shows the growth).
 */
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/ir/rational.js';
import { Interpreter, type Value } from '../../src/interpret/interpret.js';
import { compile, renderDiagnostics } from '../../src/index.js';
import { header, hostile } from '../fuzz/hostile.js';

const check = (text: string) => compile([{ path: 'h.policy', text }]);
const codes = (text: string): string[] => [...new Set(check(text).diagnostics.map((d) => d.code))];
const count = (text: string, code: string): number => check(text).diagnostics.filter((d) => d.code === code).length;

const person = new Map<string, Value>([
  ['status', { k: 'enum', value: 'employed' }],
  ['age', { k: 'num', value: rat(30n) }],
  ['base', { k: 'num', value: rat(12345n) }],
  ['month', { k: 'month', value: 2021 * 12 }],
]);
const valueOf = (text: string, name = 'o'): Value | undefined => {
  const r = check(text);
  expect(r.diagnostics.map((d) => d.code)).toEqual([]);
  return new Interpreter(r.regions[0]!).run(person).get(name);
};

describe('deep nesting is PD1009, never a stack overflow', () => {
  it.each([
    ['192 nested parentheses', hostile.nestedParens(192)],
    ['10,000 nested parentheses', hostile.nestedParens(10_000)],
    ['2,000 unary minus signs', hostile.unaryChain(2_000)],
    ['2,000 `not`', hostile.notChain(2_000)],
    ['case lists nested 1,000 deep', hostile.nestedCases(1_000)],
  ])('%s', (_name, text) => {
    const r = check(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['PD1009']);
    expect(r.regions).toHaveLength(1); // the rest of the file is still checked
  });

  it('64 levels are within the limit', () => {
    expect(codes(hostile.nestedParens(64))).toEqual([]);
    expect(codes(hostile.nestedCases(60))).toEqual([]);
  });
});

describe('long chains are loops, not recursion', () => {
  it('a flat sum of 2,048 terms checks and evaluates exactly', () => {
    expect(valueOf(hostile.flatSum(2_048))).toEqual({ k: 'num', value: rat(2_048n * 12345n) });
  });

  it('a long sum with mixed signs keeps its value when rebalanced', () => {
    const terms = Array.from({ length: 300 }, (_, i) => ({ neg: i > 0 && i % 3 !== 1, fen: BigInt((i * 7919) % 10_000) }));
    const text = `${header()}  output o: money per month = ${terms.map((t, i) => `${i === 0 ? '' : t.neg ? '- ' : '+ '}${Number(t.fen) / 100} yuan per month`).join(' ')}\n`;
    const want = terms.reduce((s, t) => (t.neg ? s - t.fen : s + t.fen), 0n);
    expect(valueOf(text)).toEqual({ k: 'num', value: rat(want) });
  });

  it('10,000 defines, each reading the next, are ordered without recursion', () => {
    const r = check(hostile.defineChain(10_000, true));
    expect(r.diagnostics).toEqual([]);
    expect(r.regions[0]!.decls[0]!.name).toBe('d9999');
  });
});

describe('names', () => {
  it('two unknown names of 128k characters get PD2001 and no suggestion', () => {
    const r = check(hostile.longUnknownNames(128_000));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['PD2001', 'PD2001']);
    expect(r.diagnostics.every((d) => d.fix === undefined)).toBe(true);
    // printed as a window around the caret and the name's ends, not 256k characters per diagnostic
    const out = renderDiagnostics(r.diagnostics, r.sources, { format: 'pretty', lang: 'en', color: false, maxPerFile: 50 });
    expect(out.length).toBeLessThan(2_000);
    expect(out).toContain('h.policy:9:128034: error PD2001: unknown name `yyyy');
  });

  it('10,000 unknown names each get PD2001; near misses still get a suggestion', () => {
    expect(count(hostile.manyUnknownNames(10_000), 'PD2001')).toBe(10_000);
    const r = check(`${header()}  output o: money per month = basee\n`);
    expect(r.diagnostics[0]!.fix?.message.en).toBe('did you mean `base`?');
  });
});

describe('coverage of many sibling cases', () => {
  const n = 20_000;
  it(`${n} cases over one input: covered, a gap found, an overlap found`, () => {
    const text = hostile.siblingCases(n);
    expect(codes(text)).toEqual([]);
    const gap = check(text.replace(`    when n = 12345: 0\n`, ''));
    expect(gap.diagnostics.map((d) => d.code)).toEqual(['PD5001']);
    expect(gap.diagnostics[0]!.message.args[1]).toMatchObject({ en: 'n = 12345' });
    const overlap = check(text.replace(`    when n = 12345: 0\n`, `    when n = 12345: 0\n    when n >= 12345 and n <= 12345: 1.00\n`));
    expect(overlap.diagnostics.map((d) => d.code)).toEqual(['PD5002']);
  });

  it('12,000 dated ranges: covered, and a missing month is named', () => {
    const text = hostile.datedRanges(12_000);
    expect(codes(text)).toEqual([]);
    const gap = check(text.replace('    from 2300-02 to 2300-02: 1%\n', ''));
    expect(gap.diagnostics.map((d) => d.code)).toEqual(['PD4001']);
    expect(gap.diagnostics[0]!.message.args[1]).toMatchObject({ en: '2300-02..2300-02' });
  });
});

describe('rendering many diagnostics', () => {
  const r = check(hostile.manyErrors(25_000));
  it('25,000 errors render as the per-file cap and one note', () => {
    expect(r.diagnostics).toHaveLength(25_000);
    const out = renderDiagnostics(r.diagnostics, r.sources, { format: 'short', lang: 'en', color: false, maxPerFile: 50 });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toMatch(/note PD9003: 24950 more diagnostics in this file were not shown$/);
  });

  it('a cap of 0 shows only the note (it used to crash)', () => {
    const out = renderDiagnostics(r.diagnostics, r.sources, { format: 'short', lang: 'en', color: false, maxPerFile: 0 });
    expect(out).toBe('h.policy:1:1: note PD9003: 25000 more diagnostics in this file were not shown\n');
  });
});

describe('control characters and line breaks', () => {
  it.each([['NUL', '\u0000'], ['ESC', '\u001b'], ['DEL', '\u007f'], ['C1 CSI', '\u009b'], ['RLO', '\u202e'], ['LRI', '\u2066']])('%s is PD1008 and is printed visibly', (_n, ch) => {
    const r = check(hostile.controlChars(ch));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['PD1008', 'PD1008', 'PD1008']);
    for (const format of ['pretty', 'short', 'json'] as const) {
      const out = renderDiagnostics(r.diagnostics, r.sources, { format, lang: 'en', color: false, maxPerFile: 50 });
      expect(out).not.toContain(ch);
      if (format === 'pretty') expect(out).toContain(`\\u{${ch.codePointAt(0)!.toString(16)}}`);
    }
  });

  it.each([['CR', '\r'], ['CRLF', '\r\n'], ['LF', '\n']] as const)('%s line endings give the same line and column', (_n, eol) => {
    const r = check(hostile.lineEndings(eol));
    const [d] = r.diagnostics;
    expect(r.diagnostics.map((x) => x.code)).toEqual(['PD2001']);
    expect(r.sources.get('h.policy')!.position(d!.span.start)).toEqual({ line: 8, col: 31 });
  });
});
