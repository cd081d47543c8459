/** Calendar months as integers: parseMonth / formatMonth. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMonth, parseMonth } from '../../../src/runtime/month.js';
import { MONTHS } from '../../../bench/population.js';

describe('parseMonth / formatMonth', () => {
  it('index = year·12 + month − 1', () => {
    expect(parseMonth('2023-01')).toBe(24276);
    expect(parseMonth('2022-12')).toBe(24275);
    expect(parseMonth('2022-07')).toBe(2022 * 12 + 6);
    expect(parseMonth('0000-01')).toBe(0);
    expect(parseMonth('9999-12')).toBe(9999 * 12 + 11);
    expect(formatMonth(24276)).toBe('2023-01');
    expect(formatMonth(0)).toBe('0000-01');
  });

  it('round trips every month of years 0000–9999', () => {
    let bad = 0;
    for (let y = 0; y <= 9999; y++) {
      for (let m = 1; m <= 12; m++) {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        const index = parseMonth(text);
        if (index !== y * 12 + m - 1 || formatMonth(index) !== text) bad++;
      }
    }
    expect(bad).toBe(0);
  });

  it('parseMonth(formatMonth(i)) === i', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 * 12 - 1 }), (i) => parseMonth(formatMonth(i)) === i));
  });

  it('month arithmetic is integer arithmetic', () => {
    expect(parseMonth('2023-01') - parseMonth('2022-12')).toBe(1);
    expect(parseMonth('2024-02') - parseMonth('2023-02')).toBe(12);
    const indices = MONTHS.map((m) => parseMonth(m));
    expect(indices).toEqual(indices.map((_, k) => parseMonth('2022-07') + k));
  });

  it('rejects malformed months with -1', () => {
    const bad: unknown[] = [
      '2023-13',
      '2023-1',
      'abcd-01',
      2023,
      24276,
      '2023-00',
      '2023/01',
      '2023-01 ',
      ' 2023-01',
      '23-01',
      '02023-01',
      '2023-001',
      '+023-01',
      '-023-01',
      '2023-0a',
      '2023-1:',
      '2023–01',
      '２０２３-01',
      '',
      null,
      undefined,
      {},
      ['2023-01'],
      new Date(2023, 0, 1),
    ];
    for (const v of bad) expect(parseMonth(v), JSON.stringify(v) ?? String(v)).toBe(-1);
  });

  it('accepts only canonical text: whenever parseMonth(s) ≥ 0, formatMonth gives s back', () => {
    const nearMonth = fc.stringMatching(/^[0-9a:\- ]{4}-[0-9a:]{2}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 9 }), nearMonth), (s) => {
        const i = parseMonth(s);
        return i === -1 || (i >= 0 && i < 120000 && formatMonth(i) === s);
      }),
      { numRuns: 20_000 },
    );
  });
});
