/**
 * A rate input's JSON Schema says what the evaluator takes: an exact
 * `{ num, den }` of whole numbers with `den > 0` (never a float), and
 * `explain --input` checks files against it like every other field.
 */
import { describe, expect, it } from 'vitest';
import { accepts } from '../../src/cli/input-schema.js';
import { inputSchema } from '../../src/codegen/schema.js';
import { compile } from '../../src/index.js';
import { inputFromJson } from '../../src/cli/explain.js';
import { rat } from '../../src/ir/rational.js';

const policy = `region r
  rounding half_up to fen
  horizon from 2020-01
  input base: money per month in 0.00 to 100000.00
  input rate: rate in 0% to 12%
  output premium: money per month = round(base * rate)
`;

describe('rate inputs in the input schema', () => {
  const c = compile([{ path: 'policies/r.policy', text: policy }]);
  const p = inputSchema(c.regions[0]!).properties['rate']!;
  it('is an exact { num, den } object', () => {
    expect(c.diagnostics).toEqual([]);
    expect(p).toMatchObject({ type: 'object', required: ['num', 'den'], additionalProperties: false, properties: { num: { type: 'integer' }, den: { type: 'integer', minimum: 1 } } });
    expect(p.description).toMatch(/^an exact rate \{ num, den \}.*0%\.\.12% — policies\/r\.policy:5/);
  });
  it('accepts exact pairs and rejects floats, zero denominators and extra fields', () => {
    expect(accepts(p, { num: 9, den: 100 })).toBe(true);
    expect(accepts(p, 0.09)).toBe(false);
    expect(accepts(p, { num: 9, den: 0 })).toBe(false);
    expect(accepts(p, { num: 0.5, den: 10 })).toBe(false);
    expect(accepts(p, { num: 9 })).toBe(false);
    expect(accepts(p, { num: 9, den: 100, unit: '%' })).toBe(false);
  });
});

describe('explain --input reads a rate input', () => {
  const c = compile([{ path: 'policies/r.policy', text: policy }]);
  const r = c.regions[0]!;
  it('as an exact { num, den }, and nothing else', () => {
    const ok = inputFromJson(r, { base: 500000, rate: { num: 9, den: 100 } });
    expect(ok.problems).toEqual([]);
    expect(ok.values.get('rate')).toEqual({ k: 'num', value: rat(9n, 100n) });
    for (const bad of [0.09, '9%', { num: 9 }, { num: 9, den: 0 }, { num: 0.5, den: 10 }, { num: 9, den: 100, unit: '%' }, null]) {
      expect(inputFromJson(r, { base: 500000, rate: bad }).problems, JSON.stringify(bad)).toEqual([expect.stringContaining('`rate` must be a rate')]);
    }
  });
});
