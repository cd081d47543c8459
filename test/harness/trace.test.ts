/** Explanations: the generated trace and the interpreter's explanation name rules, lines and citations. */
import { expect, it } from 'vitest';
import { rat } from '../../src/ir/rational.js';
import { renderExplanation } from '../../src/cli/explain.js';
import type { IrRegion } from '../../src/ir/ir.js';
import { Interpreter, type InterpStep, type Value } from '../../src/interpret/interpret.js';
import { generated, region } from '../support/policies.js';

/** The interpreter's steps for an employed 40-year-old with `base` fen in `month`. */
function explainEmployed(r: IrRegion, base: bigint, month: number): InterpStep[] {
  const steps: InterpStep[] = [];
  const input = new Map<string, Value>([
    ['status', { k: 'enum', value: 'employed' }],
    ['age', { k: 'num', value: rat(40n) }],
    ['base', { k: 'num', value: rat(base) }],
    ['pension', { k: 'num', value: rat(0n) }],
    ['month', { k: 'month', value: month }],
    ['average_wage', { k: 'num', value: rat(800000n) }],
    ['flexible_rate', { k: 'num', value: rat(10n, 100n) }],
    ['average_pension', { k: 'num', value: rat(350000n) }],
  ]);
  new Interpreter(r).run(input, steps);
  return steps;
}

it('evaluate(input, { trace: true }) returns the value and every branch taken', async () => {
  const m = await generated('national');
  const input = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2022-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };
  const traced = m.evaluate(input, { trace: true }) as unknown as { value: Record<string, number>; steps: { name: string; branch: string; line: number; cites: string[]; value: unknown }[] };
  expect(traced.value).toEqual(m.evaluate(input));
  const credit = traced.steps.find((s) => s.name === 'credit')!;
  expect(credit).toMatchObject({ branch: 'for employed', line: 95, value: 20500 });
  expect(credit.cites).toEqual(expect.arrayContaining(['F019', 'F027']));
  const toAccount = traced.steps.find((s) => s.name === 'employer_to_account')!;
  expect(toAccount).toMatchObject({ branch: 'for employed › before reform_date', line: 78, value: 10500 });
  expect(toAccount.cites).toEqual(expect.arrayContaining(['F019', '000:47']));
  expect(traced.steps.find((s) => s.name === 'employer_rate')).toMatchObject({ value: '7/100' });
});

it('the explanation answers "why 100.00 and not 205.00?" in English and Chinese', () => {
  const r = region('national');
  const steps = explainEmployed(r, 500000n, 2023 * 12 + 5);
  const en = renderExplanation(r, steps, 'en');
  expect(en).toContain('employer_to_account = 0.00 yuan per month');
  expect(en).toContain('because: for employed › from reform_date');
  expect(en).toContain('policies/national.policy:79 · F019, F034, F036, 000:95, F026, 003:130, F025, 001:86, C24');
  expect(en).toContain('credit = 100.00 yuan per month');
  const zh = renderExplanation(r, steps, 'zh');
  expect(zh).toContain('适用情形: 适用于 employed › 自 reform_date 起');
  expect(zh).toContain('依据: policies/national.policy:79');
});

it('the explanation shows the exact amount before each rounding, so a tie can be checked (120.045 → 120.05)', () => {
  const r = region('national');
  const steps = explainEmployed(r, 600225n, 2022 * 12 + 5); // 6002.25 × 2% = 120.045
  const en = renderExplanation(r, steps, 'en');
  expect(en).toContain('personal_contribution = 120.05 yuan per month');
  expect(en).toContain('rounds: 120.045 → 120.05 (half_up to the fen)');
  // 6002.25 × 7% = 420.1575 → 420.16; then 420.16 × 30% = 126.048 → 126.05
  expect(en).toContain('rounds: 420.1575 → 420.16 (half_up to the fen)');
  expect(en).toContain('rounds: 126.048 → 126.05 (half_up to the fen)');
  expect(renderExplanation(r, steps, 'zh')).toContain('取整: 120.045 → 120.05 (四舍五入，到分)');
});
