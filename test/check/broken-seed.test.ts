/**
 * Issue 4's acceptance case: a deliberately broken copy of the seed policies
 * — a 6-month gap in a dated parameter, an age-band hole, a misspelt override
 * in an extending region, and a per-year amount added to a per-month one —
 * produces exactly those four diagnostics, each with a witness, in one run.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compile, renderDiagnostics } from '../../src/index.js';

function broken(): { path: string; text: string }[] {
  const national = readFileSync('policies/national.policy', 'utf8')
    // 1. a 6-month gap in a dated parameter
    .replace('    from 2020-01: 7%\n', '    from 2020-01 to 2022-12: 7%\n    from 2023-07: 7%\n')
    // 4. a per-year amount added to a per-month one
    .replace(
      'for employed: personal_contribution + employer_to_account',
      'for employed: personal_contribution + employer_to_account + 120.00 yuan per year',
    );
  const seed = readFileSync('policies/seed004/seed004-r2.policy', 'utf8')
    // 2. an age-band hole: 35 and over but under 40 is covered by nothing
    .replace('when 35 <= age < 45: from_35_to_44', 'when 40 <= age < 45: from_35_to_44');
  const variant = readFileSync('policies/variants/national-reform-2024.policy', 'utf8')
    // 3. a misspelt override in an extending region
    .replace('override parameter reform_date:', 'override parameter reform_dat:');
  return [
    { path: 'policies/national.policy', text: national },
    { path: 'policies/seed004/seed004-r2.policy', text: seed },
    { path: 'policies/variants/national-reform-2024.policy', text: variant },
  ];
}

it('reports exactly the four planted mistakes (and the required reform date the typo leaves unset), each with a witness', () => {
  const r = compile(broken());
  const text = renderDiagnostics(r.diagnostics, r.sources, { format: 'short', lang: 'en', color: false, maxPerFile: 50 });
  expect(text).toBe(
    [
      'policies/national.policy:45:5: error PD4001: no value of `employer_rate` for 2023-01..2023-06',
      'policies/national.policy:96:19: error PD3003: cannot add money per month and money per year; convert with `per_year(…)` or `per_month(…)`',
      'policies/seed004/seed004-r2.policy:41:10: error PD5001: no case of `age_band` applies when age in 35..39',
      // the misspelt override leaves the required reform date unset (FACTS C04)
      'policies/variants/national-reform-2024.policy:3:8: error PD2025: region `national_reform_2024` must set `reform_date`: region `national` declares it `required`, so every region extending it gives its own value',
      'policies/variants/national-reform-2024.policy:6:22: error PD2008: `reform_dat` overrides nothing: region `national` has no declaration of that name',
      '',
    ].join('\n'),
  );
  const pretty = renderDiagnostics(r.diagnostics, r.sources, { format: 'pretty', lang: 'en', color: false, maxPerFile: 50 });
  expect(pretty).toContain('help: did you mean `reform_date`?');
});
