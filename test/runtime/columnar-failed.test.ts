/**
 * A failed output in columnar evaluation: shanghai_a leaves `credit` of a
 * retired person under 60 unspecified. `evaluate` returns the other outputs
 * and throws when `credit` is read; `evaluateColumnar` computes every row
 * before it, then throws that error with `row` set — never a silent value.
 */
import { describe, expect, it } from 'vitest';
import * as shanghai from '../../generated/shanghai_a.js';
import { thrown } from '../support/checks.js';

const person = (age: number) => ({ status: Uint8Array.from([0, 1]), age: Int32Array.from([40, age]), base: Float64Array.from([500000, 0]), pension: Float64Array.from([0, 300000]) });
const FROM = 2025 * 12; // 2025-01 (the retiree bands hold from 2025, C27)


describe('evaluateColumnar and a failed output', () => {
  it('per row: the other outputs are there, reading credit throws unspecified', () => {
    const o = shanghai.evaluate({ status: 'retired', age: 55, base: 0, pension: 300000, month: '2025-01' });
    expect(o.pooled).toBe(0);
    const e = thrown(() => o.credit);
    expect([e.kind, e.field]).toEqual(['unspecified', 'credit']);
  });

  it('columnar: the first row of the failing person throws the same error with row set', () => {
    const e = thrown(() => shanghai.evaluateColumnar(person(55), FROM, FROM + 2));
    expect([e.kind, e.field, e.row, e.location.line]).toEqual(['unspecified', 'credit', 3, 46]);
    expect(e.message).toContain('row 3');
  });

  it('columnar: a retired person the rules cover is computed on the fast path', () => {
    const r = shanghai.evaluateColumnar(person(65), FROM, FROM + 2);
    expect([...r.values.credit]).toEqual([...Array(3).fill(shanghai.evaluate({ status: 'employed', age: 40, base: 500000, pension: 0, month: '2025-01' }).credit), 14000, 14000, 14000]);
  });

  it('preallocated columns that are too short are a RangeError', () => {
    const short = { values: { personal_contribution: new Float64Array(5), employer_contribution: new Float64Array(6), credit: new Float64Array(6), pooled: new Float64Array(6) }, present: {} };
    expect(() => shanghai.evaluateColumnar(person(65), FROM, FROM + 2, short)).toThrow(RangeError);
  });
});
