/** `policyc explain` for auditors (issue 9 item 5): inputs echoed, exact values and roundings, cited texts, only contributing steps. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { policyc } from './run-cli.js';

const sample = 'policies/samples/national.json'; // employed, base 6000.00, month 2024-06 (after the reform)
const tmp = mkdtempSync(join(tmpdir(), 'policyc-audit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Doc {
  inputs: { name: string; value: string }[];
  steps: { name: string; value: string | null; exact: string | null; reads: string[]; roundings: { unrounded: string; rounded: string; mode: string; unit: string }[]; citations: { cite: string; kind: string; text: string | null; quote: string | null }[] }[];
  omitted: string[];
}

describe('policyc explain for auditors', () => {
  it('echoes the inputs as the author writes them (yuan, YYYY-MM)', async () => {
    const r = await policyc(['explain', '--region', 'national', '--input', sample]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`inputs (${sample}):\n  status = employed\n  age = 40 years\n  base = 6000.00 yuan per month\n  pension = 0.00 yuan per month\n  month = 2024-06\n  average_wage = 8000.00 yuan per month\n  flexible_rate = 10%\n  average_pension = 3500.00 yuan per month\n`);
  });

  it('quotes the FACTS rule and the seed line each step cites, not only the ids', async () => {
    const r = await policyc(['explain', '--region', 'national', '--input', sample]);
    expect(r.stdout).toMatch(/^ {6}cited: F019: Monthly personal-account credit = personal contribution .*«某地政策规定单位缴费的30%划入个人账户»$/m);
    // a long seed line is cut around the quote of the FACTS rule cited with it (F036)
    expect(r.stdout).toMatch(/^ {13}000:95: ….*自2023年起,职工医保单位缴纳的基本医疗保险费全部计入统筹基金/m);
    expect(r.stdout).toMatch(/^ {13}C04: Year of the reform$/m);
  });

  it('omits the steps no output reads, directly or transitively, on the branches taken', async () => {
    const r = await policyc(['explain', '--region', 'national', '--input', sample]);
    // a flexible worker's clamped base and its bounds are not applicable to this employee, and read by nothing
    expect(r.stdout).toContain('steps (10 steps; 5 that do not contribute to an output omitted):');
    for (const name of ['retiree_average_pension_rate', 'employer_share_to_account', 'flexible_base', 'flexible_base_floor', 'flexible_base_ceiling']) expect(r.stdout).not.toMatch(new RegExp(`^ {2}${name} = `, 'm'));
    // after the reform the employer share is not read: only the guards tested up to the branch taken are
    expect(r.stdout).toMatch(/^ {2}employer_to_account = 0\.00 yuan per month\n {6}because: for employed › from reform_date\n {6}reads: status, reform_date, month$/m);
    expect(r.stdout).toMatch(/^ {2}employer_rate = 7%$/m); // read by employer_contribution, which pooled reads
  });

  it('shows the exact amount before each rounding and the mode', async () => {
    const tie = join(tmp, 'tie.json');
    writeFileSync(tie, JSON.stringify({ status: 'employed', age: 40, base: 600225, pension: 0, month: '2022-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 }));
    const r = await policyc(['explain', '--region', 'national', '--input', tie]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  base = 6002.25 yuan per month\n');
    expect(r.stdout).toMatch(/^ {2}personal_contribution = 120\.05 yuan per month\n(?: {6}.*\n)*? {6}rounds: 120\.045 → 120\.05 \(half_up to the fen\)$/m);
    const zh = await policyc(['--lang', 'zh', 'explain', '--region', 'national', '--input', tie]);
    expect(zh.stdout).toContain('取整: 120.045 → 120.05 (四舍五入，到分)');
  });

  it('is fully translated with --lang zh: labels, units, branch words', async () => {
    const r = await policyc(['--lang', 'zh', 'explain', '--region', 'national', '--input', sample]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`输入（${sample}）：\n  status = employed\n  age = 40 年\n  base = 6000.00 元/月\n`);
    expect(r.stdout).toContain('计算步骤（共 10 步；省略 5 个不影响输出的步骤）：');
    expect(r.stdout).toContain('适用情形: 适用于 employed › 自 reform_date 起');
    expect(r.stdout).toMatch(/^ {6}引用: F019: /m);
    expect(r.stdout).toContain('retiree_credit = 不适用');
    // every label is Chinese; only cited source texts and the author's names stay as written
    const labels = [...r.stdout.matchAll(/^ {6}([^ :]+): /gm)].map((m) => m[1]);
    expect(new Set(labels)).toEqual(new Set(['适用情形', '读取', '取整', '依据', '引用']));
    const ours = r.stdout.split('\n').filter((l) => !/^ {6}(引用|依据): /.test(l) && !/^ {12}\S/.test(l));
    expect(ours.join('\n')).not.toMatch(/\b(yuan|per month|because|reads|rounds|rule|cited|inputs|steps|not applicable)\b/);
  });

  it('--format json carries the inputs, exact values, roundings, cited texts and the omitted steps', async () => {
    const r = await policyc(['--format', 'json', 'explain', '--region', 'national', '--input', sample]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.inputs).toContainEqual(expect.objectContaining({ name: 'base', value: '6000.00' }));
    expect(doc.inputs).toContainEqual(expect.objectContaining({ name: 'month', value: '2024-06' }));
    expect(doc.omitted.sort()).toEqual(['employer_share_to_account', 'flexible_base', 'flexible_base_ceiling', 'flexible_base_floor', 'retiree_average_pension_rate']);
    expect(doc.inputs).toContainEqual(expect.objectContaining({ name: 'flexible_rate', value: '10%' }));
    const pc = doc.steps.find((s) => s.name === 'personal_contribution')!;
    expect(pc.roundings).toEqual([{ unrounded: '120.00', rounded: '120.00', mode: 'half_up', unit: 'fen' }]);
    const eta = doc.steps.find((s) => s.name === 'employer_to_account')!;
    expect(eta.reads).toEqual(['status', 'reform_date', 'month']);
    expect(eta.citations).toContainEqual(expect.objectContaining({ cite: 'F019', kind: 'fact', quote: '某地政策规定单位缴费的30%划入个人账户' }));
    expect(eta.citations.find((c) => c.cite === '000:95')?.text).toContain('自2023年起');
  });

  it('without FACTS.md it shows the ids alone', async () => {
    const r = await policyc(['explain', '--region', 'national', '--input', sample], { POLICYC_FACTS: join(tmp, 'no-such-FACTS.md') });
    expect(r.stdout).toMatch(/^ {6}rule: policies\/national\.policy:\d+ · F019, F034, F036, 000:95, F026, 003:130, F025, 001:86, C24, reading A: the balance holds no employer money$/m);
    expect(r.stdout).not.toContain('cited:');
    const j = await policyc(['--format', 'json', 'explain', '--region', 'national', '--input', sample], { POLICYC_FACTS: join(tmp, 'no-such-FACTS.md') });
    const doc = JSON.parse(j.stdout) as Doc;
    expect(doc.steps.flatMap((s) => s.citations).every((c) => c.text === null)).toBe(true);
  });

  it('when the evaluation stops (`unspecified`), every step so far is shown and the error is in the chosen language', async () => {
    const policy = join(tmp, 'stops.policy');
    writeFileSync(
      policy,
      [
        'region stops',
        '  horizon from 2020-01',
        '  rounding half_up to fen',
        '  input status: one of employed, retired',
        '  input base: money per month in 0.00 to 100000.00',
        '  define rate: rate = 2%',
        '  output credit: money per month',
        '    for employed: round(base * rate)',
        '    for retired: 0.00',
        '  output top_up: money per month',
        '    for employed: 0.00',
        '    for retired: unspecified',
        '',
      ].join('\n'),
    );
    const person = join(tmp, 'retired.json');
    writeFileSync(person, JSON.stringify({ status: 'retired', base: 0 }));
    const r = await policyc(['explain', '--region', 'stops', '--input', person, policy]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('steps (2 steps):\n  rate = 2%\n');
    expect(r.stderr).toMatch(/^error: .*stops\.policy:10: unspecified: `top_up` is unspecified in the sources\n$/);
    const zh = await policyc(['--lang', 'zh', 'explain', '--region', 'stops', '--input', person, policy]);
    expect(zh.stderr).toMatch(/^错误：.*stops\.policy:10: unspecified: 来源中未规定 `top_up`\n$/);
    const j = await policyc(['--format', 'json', 'explain', '--region', 'stops', '--input', person, policy]);
    const doc = JSON.parse(j.stdout) as Doc & { error: string };
    expect(doc.steps.map((s) => s.name)).toEqual(['rate', 'credit']);
    expect(doc.omitted).toEqual([]);
    expect(doc.error).toContain('unspecified');
  });
});
