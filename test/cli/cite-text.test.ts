/** The text a citation points at (src/check/cite-text.ts), for `explain`. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citedText, citeKind, excerpt, shorten } from '../../src/check/cite-text.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-cites-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const facts = join(tmp, 'FACTS.md');
mkdirSync(join(tmp, 'seeds'));
writeFileSync(
  facts,
  [
    '| id | region | population | effective | rule | source | quote |',
    '|---|---|---|---|---|---|---|',
    '| F001 | x | employed | pre | Personal contribution = **2%** x `base`. | `000_abc.txt:2` | 个人缴纳的2% |',
    '',
    '### C04. Year of the reform',
    '',
    '| id | invariant | rests on |',
    '|---|---|---|',
    '| I01 | **Exact money.** Every amount is fen. | C29 |',
  ].join('\n'),
);
writeFileSync(join(tmp, 'seeds', '000_abc.txt'), `first line\n${'前文'.repeat(80)}但个人缴纳的2%仍全额计入个人账户${'后文'.repeat(80)}\n`);

describe('cited texts', () => {
  it('a rule: its rule column without Markdown, and its quote', () => {
    expect(citedText(facts, 'F001')).toEqual({ text: 'Personal contribution = 2% x base.', quote: '个人缴纳的2%' });
  });
  it('a contradiction: its heading; an invariant: its column', () => {
    expect(citedText(facts, 'C04')).toEqual({ text: 'Year of the reform' });
    expect(citedText(facts, 'I01')).toEqual({ text: 'Exact money. Every amount is fen.' });
  });
  it('a seed line: its text, a long one cut around the quote a rule takes from it', () => {
    expect(citedText(facts, '000:1')).toEqual({ text: 'first line' });
    const t = citedText(facts, '000:2')!.text;
    expect(t).toMatch(/^…[前文]+但个人缴纳的2%仍全额计入个人账户[后文]+…$/);
    expect([...t].length).toBeLessThanOrEqual(102);
  });
  it('unknown ids, lines, seeds, notes and a missing FACTS.md give nothing', () => {
    for (const c of ['F999', '000:99', '007:1', 'a free note']) expect(citedText(facts, c)).toBeUndefined();
    expect(citedText(undefined, 'F001')).toBeUndefined();
    expect(citedText(join(tmp, 'missing.md'), 'F001')).toBeUndefined();
  });
  it('classifies citations and shortens at a word', () => {
    expect(['F019', 'C04', '000:95', 'reading A'].map(citeKind)).toEqual(['fact', 'fact', 'seed', 'note']);
    expect(shorten('aaa bbb ccc ddd', 10)).toBe('aaa bbb…');
    expect(shorten('short', 10)).toBe('short');
    expect(excerpt('x'.repeat(10), [], 20)).toBe('x'.repeat(10));
  });
});
