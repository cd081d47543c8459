/** Parser recovery: several syntax errors in one file are all reported, and the rest of the file still parses. */
import { expect, it } from 'vitest';
import { parsePolicy } from '../../src/syntax/parse.js';

const text = `region r
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, retired
  input base money per month
  parameter a: rate = 2%
  output b: money per month
    for employed: round(base * )
    for retired: 0
  output c: money per month = 5.00 yuan per month
  test "t"
    given status = employed
    expect c =
`;

it('reports every syntax error and keeps the declarations around them', () => {
  const r = parsePolicy('r.policy', text);
  const found = r.diagnostics.map((d) => `${d.code} ${text.slice(0, d.span.start).split('\n').length}: ${d.message.args.join(' | ')}`);
  expect(found).toEqual([
    'PD1002 5: `:` | `money`',
    'PD1002 8: an expression | `)`',
    'PD1003 14: a constant (number, amount, percent, month, name, true/false)',
  ]);
  // the partial AST: the declarations between and after the errors survived
  expect(r.ast?.inputs.map((i) => i.name.name)).toEqual(['status', 'base']);
  expect(r.ast?.values.map((v) => v.name.name)).toEqual(['a', 'b', 'c']);
});

it('a lexer error does not stop parsing', () => {
  const r = parsePolicy('r.policy', 'region r\n  horizon from 2020-01 @\n  input month: month\n');
  expect(r.diagnostics.map((d) => d.code)).toEqual(['PD1001']);
  expect(r.ast?.inputs.map((i) => i.name.name)).toEqual(['month']);
});
