/** `--lang zh` reaches every command's own output (issue 9 item 7), not only diagnostics. */
import { describe, expect, it } from 'vitest';
import { langOf } from '../../src/cli/args.js';
import { displayWidth } from '../../src/diagnostics/span.js';
import { policyc } from './run-cli.js';

describe('--lang zh', () => {
  it("argument errors in Chinese, commander's own sentences included", async () => {
    const r = await policyc(['--lang', 'zh', 'test', '--runs', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("错误：选项 '--runs <n>' 的值 'abc' 无效。 应为整数，至少为 1。\n");
    const typo = await policyc(['--lang', 'zh', 'tset']);
    expect(typo.stderr).toBe("错误：未知命令 'tset'\n（是否想用 test？）\n");
    const missing = await policyc(['--lang', 'zh', 'explain']);
    expect(missing.stderr).toBe("错误：未指定必需的选项 '--region <name>'\n");
    const choice = await policyc(['--lang', 'zh', '--format', 'xml', 'check']);
    expect(choice.stderr).toBe("错误：选项 '--format <format>' 的值 'xml' 无效。 可选值为 pretty, short, json。\n");
    const p = await policyc(['--lang=zh', 'test', '--min-coverage', '120']);
    expect(p.stderr).toContain('应为 0 到 100 之间的百分比。');
    const en = await policyc(['test', '--runs', 'abc']);
    expect(en.stderr).toContain('expected a whole number of at least 1.');
  });

  it('an unreadable policy path gives a Chinese reason', async () => {
    const r = await policyc(['--lang', 'zh', 'check', 'no-such.policy']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('无法读取 `no-such.policy`：没有该文件或目录');
    expect(r.stdout).toBe('已检查 0 个文件、0 个地区：1 个错误，0 个警告\n');
  });

  it('explain-region: verbs, kinds, branch words and rounding in Chinese', async () => {
    const r = await policyc(['--lang', 'zh', 'explain-region', 'national_reform_2024']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^地区 `national_reform_2024` 继承 `national`，改动如下：$/m);
    expect(r.stdout).toMatch(/^ {2}覆盖 参数 `reform_date` /m);
    expect(r.stdout).toMatch(/^ {6}原为: policies\/national\.policy:\d+/m);
    expect(r.stdout).not.toMatch(/\b(overrides|adds|parameter|output|was|extends)\b/);
  });

  it('explain: an unreadable input file is reported in Chinese', async () => {
    const r = await policyc(['--lang', 'zh', 'explain', '--region', 'national', '--input', 'no-such-input.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法读取输入文件 no-such-input\.json：/);
  });

  it('sample prints Chinese headings, people and units, aligned by display width', async () => {
    const r = await policyc(['--lang', 'zh', 'sample']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^地区 +人员 +月份 +划入个人账户 +划入统筹基金$/);
    expect(r.stdout).toContain('employed，30 岁，缴费基数 5000.00');
    expect(lines.at(-1)).toBe('金额单位：元/月，由 generated/ 中生成的计算器算出');
    expect(r.stdout).not.toMatch(/\b(region|person|credit|pooled|base|pension|yuan)\b/);
    // columns line up on screen: a Chinese character counts two columns, so every row of the table is as wide as the rule
    const table = lines.slice(0, -1);
    expect(new Set(table.map(displayWidth))).toEqual(new Set([lines[1]!.length]));
  });

  it('build --check: "1 file" / "N files" in English, a measure word in Chinese', async () => {
    const en = await policyc(['build', '--check']);
    expect(en.stdout + en.stderr).toMatch(/generated code is up to date \(\d+ files\)/);
    const zh = await policyc(['--lang', 'zh', 'build', '--check']);
    expect(zh.stdout + zh.stderr).toMatch(/生成代码是最新的（\d+ 个文件）/);
  });

  it('the language is known before commander parses (for argument and internal errors)', () => {
    expect(langOf(['--lang', 'zh', 'check'])).toBe('zh');
    expect(langOf(['check', '--lang=zh'])).toBe('zh');
    expect(langOf(['check', '--', '--lang', 'zh'])).toBe('en');
    expect(langOf(['check'])).toBe('en');
  });

  it('--help: every command, option and argument description and heading in Chinese; English help unchanged', async () => {
    for (const cmd of [[], ['check'], ['build'], ['test'], ['explain'], ['explain-region'], ['mutate'], ['sample']]) {
      const r = await policyc(['--lang', 'zh', ...cmd, '--help']);
      expect(r.status, cmd.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^用法: policyc /);
      expect(r.stdout).not.toMatch(/^(Usage|Options|Commands|Arguments):/m);
      // every item line and continuation has Chinese in it (a description without a translation would be English only)
      const items = r.stdout.split('\n').filter((l) => l.startsWith('  '));
      expect(items.length).toBeGreaterThan(0);
      for (const l of items) expect(l, `${cmd.join(' ') || 'policyc'}: ${l}`).toMatch(/\p{Script=Han}/u);
      expect(r.stdout).not.toMatch(/\b(choices|default):/);
    }
    const en = await policyc(['test', '--help']);
    expect(en.stdout).toMatch(/^Usage: policyc test /);
    expect(en.stdout).toContain('random inputs per invariant (default: 200)');
  });
});
