/**
 * Hostile run-time input to generated evaluators: every bad call gets a
 * PolicyError naming a field and the policy line — never a TypeError or
 * RangeError — and only an input's own properties count (a field inherited
 * through the prototype chain is missing).
 */
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/runtime/errors.js';
import { generated } from '../support/policies.js';

const ok = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };

function kindOf(f: () => unknown): string {
  try {
    const out = f();
    // outputs are lazy: reading every field must not throw anything but a PolicyError either
    if (out && typeof out === 'object') for (const k of Object.keys(out)) void (out as Record<string, unknown>)[k];
    return 'value';
  } catch (e) {
    if (e instanceof PolicyError) return `${e.kind} ${e.field} ${e.location.file}:${e.location.line}`;
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('national rejects hostile calls with a PolicyError', async () => {
  const m = await generated('national');
  const api = m as unknown as {
    evaluate(i: unknown, o?: unknown): unknown;
    evaluateMany(rows: unknown): unknown;
    evaluateMonths(p: unknown, from: unknown, to: unknown): unknown;
    evaluateColumnar(p: unknown, from: unknown, to: unknown): unknown;
  };
  const cases: [string, () => unknown, string][] = [
    ['null input', () => api.evaluate(null), 'invalid_input status policies/national.policy:31'],
    ['undefined input', () => api.evaluate(undefined), 'invalid_input status policies/national.policy:31'],
    ['a number', () => api.evaluate(42), 'invalid_input status policies/national.policy:31'],
    ['an array', () => api.evaluate([ok]), 'invalid_input status policies/national.policy:31'],
    ['null input, traced', () => api.evaluate(null, { trace: true }), 'invalid_input status policies/national.policy:31'],
    ['fields inherited from a prototype', () => api.evaluate(Object.create(ok)), 'invalid_input status policies/national.policy:31'],
    ['one inherited field', () => api.evaluate(Object.assign(Object.create({ base: 500000 }), { ...ok, base: undefined, pension: 0 }, { base: undefined })), 'invalid_input base policies/national.policy:33'],
    ['a batch that is null', () => api.evaluateMany(null), 'invalid_input status policies/national.policy:31'],
    ['a batch with a null row', () => api.evaluateMany([ok, null]), 'invalid_input status policies/national.policy:31'],
    ['a holey batch', () => api.evaluateMany([, ok]), 'invalid_input status policies/national.policy:31'], // eslint-disable-line no-sparse-arrays
    ['an array-like batch with a negative length', () => api.evaluateMany({ length: -1 }), 'invalid_input status policies/national.policy:31'],
    ['months of a null person', () => api.evaluateMonths(null, '2023-01', '2023-02'), 'invalid_input status policies/national.policy:31'],
    ['columns that are null', () => api.evaluateColumnar(null, 24276, 24277), 'invalid_input status policies/national.policy:31'],
    ['a missing column', () => api.evaluateColumnar({ status: new Uint8Array(1) }, 24276, 24277), 'invalid_input age policies/national.policy:32'],
  ];
  for (const [name, call, want] of cases) it(name, () => expect(kindOf(call)).toBe(want));

  it('a polluted Object.prototype supplies no field', () => {
    const { base: _b, ...rest } = ok;
    (Object.prototype as Record<string, unknown>)['base'] = 500000;
    try {
      expect(kindOf(() => api.evaluate(rest))).toBe('invalid_input base policies/national.policy:33');
    } finally {
      delete (Object.prototype as Record<string, unknown>)['base'];
    }
  });

  it('a valid input still evaluates', () => {
    expect(kindOf(() => api.evaluate(ok))).toBe('value');
    expect(kindOf(() => api.evaluateMany([ok, { ...ok }]))).toBe('value');
  });
});
