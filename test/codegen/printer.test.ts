/**
 * The expression printer never fuses tokens: `- - base` is a double negation,
 * not a pre-decrement (`--base` returned 9999 for base 10000), and `- - 2%`
 * is not the syntax error `--2` (the module did not load). Each policy is
 * compiled, its module loaded, and compared with the interpreter.
 */
import { describe, expect, it } from 'vitest';
import { apiToValue } from '../../src/harness/invariants.js';
import { Interpreter, isAbsent } from '../../src/interpret/interpret.js';
import { compile } from '../../src/index.js';
import { loadGenerated } from '../support/generate.js';
import { sameApiValue, toApi } from '../support/policies.js';

const policy = (expr: string, type = 'money per month'): string => `region unary
  rounding half_up to fen
  horizon from 2020-01
  input base: money per month in -1000000.00 to 1000000.00
  input month: month
  output a: ${type} = ${expr}
`;

const cases: [string, string?][] = [
  ['- - base'],
  ['- - - base'],
  ['- (- base)'],
  ['base - - base'],
  ['base - - - base'],
  ['base + - base'],
  ['- base - - base'],
  ['- - 2%', 'rate'],
  ['- - - 2%', 'rate'],
  ['2% - - 2%', 'rate'],
  ['- - 100.00'],
  ['base - - 100.00'],
  ['- - round(base * 2%)'],
  ['round(- - base * 2%)'],
  ['round(base * - - 2%)'],
  ['max(- - base, - 5.00)'],
  ['- max(- - base, - - 5.00)'],
  ['- round(- base * 3%)'],
];

describe('unary minus chains print without fusing tokens', () => {
  cases.forEach(([expr, type], k) => {
    it(`a = ${expr}`, async () => {
      const text = policy(expr, type);
      const c = compile([{ path: 'policies/unary.policy', text }]);
      expect(c.diagnostics.map((d) => d.code)).toEqual([]);
      const r = c.regions[0]!;
      const mod = await loadGenerated<{ evaluate(i: object): { a: unknown } }>(`unary${k}`, 'policies/unary.policy', text);
      const interp = new Interpreter(r);
      for (const base of [10000, 0, -12345, 99999999, 1, -1]) {
        const input = { base, month: '2023-01' };
        const want = interp.run(new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name as keyof typeof input])]))).get('a')!;
        const got = mod.evaluate(input).a;
        expect(sameApiValue(got, isAbsent(want) ? null : toApi(want as never)), `${expr} for base ${base}: ${JSON.stringify(got)}`).toBe(true);
      }
    });
  });

  it('- - base is base (the reported miscompile returned 9999 for 10000)', async () => {
    const text = policy('- - base');
    const mod = await loadGenerated<{ evaluate(i: object): { a: number } }>('unary_reported', 'policies/unary.policy', text);
    expect(mod.evaluate({ base: 10000, month: '2023-01' }).a).toBe(10000);
  });
});
