/** Parser recovery: several syntax errors in one file are all reported, and the rest of the file still parses. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
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
    'PD1003 14: a constant (number, amount, percent, month, name, true/false), or in a timeline test a series (`2024-01..2024-06: value, …`)',
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

describe('a broken rounding line is one error, never a cascade of "no rounding declared" (PD3005)', () => {
  const body = `  horizon from 2020-01
  input base: money per month in 0.00 to 1000.00
  output a: money per month = round(base * 2%)
  output b: money per month = round(base * 3%)
`;
  it.each([
    ['a hyphenated mode', 'rounding half-even to fen', ['PD3009']],
    ['a missing `to`', 'rounding half_up fen', ['PD1002']],
    ['no mode at all', 'rounding to fen', ['PD1002']],
  ])('%s', (_label, line, codes) => {
    const r = compile([{ path: 'r.policy', text: `region r\n  ${line}\n${body}` }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it('the PD3009 for `half-even` lists the valid modes and suggests half_even', () => {
    const [d] = compile([{ path: 'r.policy', text: `region r\n  rounding half-even to fen\n${body}` }]).diagnostics;
    expect(d?.message.args).toEqual(['mode', 'half-even', 'half_up, half_even, truncate']);
    expect(d?.fix?.message.en).toBe('did you mean `half_even`?');
  });
});

it('a case in its output\'s column is PD1012, belongs to that output, and the rest of the file is checked', () => {
  const text = `region r
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, retired
  output a: integer
    for employed: 1
  for retired: 2
  output b: integer = 3
`;
  const r = parsePolicy('r.policy', text);
  expect(r.diagnostics.map((d) => `${d.code} ${text.slice(0, d.span.start).split('\n').length}`)).toEqual(['PD1012 7']);
  expect(r.ast?.values.map((v) => `${v.name.name}:${v.body.kind === 'CasesBody' ? v.body.cases.length : 'value'}`)).toEqual(['a:2', 'b:value']);
  expect(compile([{ path: 'r.policy', text }]).diagnostics.map((d) => d.code)).toEqual(['PD1012']);
});
