/** Coverage findings carry witnesses: T12 (no Shanghai band below 60) and C03 (no monotonicity is assumed). */
import { expect, it } from 'vitest';
import { compile, renderDiagnostics } from '../../src/index.js';

const header = `region sh
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, retired
  input age: years in 16 to 120
  input month: month
`;

const short = (text: string): string => {
  const r = compile([{ path: 'policies/sh.policy', text }]);
  return renderDiagnostics(r.diagnostics, r.sources, { format: 'short', lang: 'en', color: false, maxPerFile: 50 });
};

it('T12: retirees younger than 60 have no band — a compile-time diagnostic with a witness, not 0.00', () => {
  const out = short(`${header}  output credit: money per month    cite F050
    for retired:
      when 60 <= age < 70: 140.00
      when 70 <= age < 80: 155.00
      when age >= 80: 168.00
    for employed: 0
`);
  expect(out).toBe('policies/sh.policy:9:12: error PD5001: no case of `credit` applies when status = retired, age in 16..59\n');
});

it('C25: overlapping 以上/以下 bands are an overlap with the shared age as witness', () => {
  const out = short(`${header}  output rate_by_age: rate
    when age <= 45: 3%
    when age >= 45: 3.5%
`);
  expect(out).toBe('policies/sh.policy:9:10: error PD5002: two cases of `rate_by_age` both apply when age = 45\n');
});

it('a dated parameter overlapping itself names the months', () => {
  const out = short(`${header}  parameter r: rate
    from 2020-01 to 2023-06: 7%
    from 2023-01: 6%
`);
  expect(out).toBe('policies/sh.policy:9:5: error PD4002: `r` has two values for 2023-01..2023-06\n');
});

it('seed 004’s non-monotone table (C03) compiles: no monotonicity is assumed', () => {
  expect(
    short(`${header}  output r: rate
    when age < 35: 2.3%
    when 35 <= age < 45: 1.5%
    when age >= 45: 1.7%
`),
  ).toBe('');
});
