/** `policyc check`: exit codes, the three output formats, Chinese messages and usage errors. */
import { describe, expect, it } from 'vitest';
import { policyc, STACK_FRAME } from './run-cli.js';

const clean = 'test/golden/coverage/good/age-bands-explicit-bounds.policy';
const threeErrors = 'test/golden/syntax/bad/three-errors-in-one-run.policy';
const typo = 'test/golden/names/bad/unknown-name-typo.policy';
const ESC = '\u001b[';

describe('policyc check', () => {
  it('exits 0 on a clean file and prints a summary on stdout', async () => {
    const r = await policyc(['check', clean]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('checked 1 file, 1 region: 0 errors, 0 warnings\n');
  });

  it('exits 1 on a bad file with every diagnostic, positioned, on stderr', async () => {
    const r = await policyc(['check', threeErrors]);
    expect(r.status).toBe(1);
    const heads = r.stderr.split('\n').filter((l) => l.startsWith(threeErrors));
    expect(heads).toEqual([
      `${threeErrors}:6:12: error PD1002: expected \`:\` but found \`money\``,
      `${threeErrors}:7:37: error PD2001: unknown name \`bse\``,
      `${threeErrors}:8:31: error PD3003: cannot add money per month and money per year; convert with \`per_year(…)\` or \`per_month(…)\``,
    ]);
    expect(r.stderr).toContain('8 |   output c: money per month = base + bonus\n  |                               ^^^^^^^^^^^^\n');
    expect(r.stderr).not.toContain(ESC); // not a TTY: no colour
    expect(r.stdout).toBe('checked 1 file, 1 region: 3 errors, 0 warnings\n');
  });

  it('--format json prints one versioned document on stdout with code, file, line and col', async () => {
    const r = await policyc(['--format', 'json', 'check', threeErrors]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { schema: string; diagnostics: { code: string; file: string; line: number; col: number; severity: string }[]; summary: unknown };
    expect(doc.schema).toBe('policyc-diagnostics/1');
    expect(doc.diagnostics.map((d) => [d.code, d.file, d.line, d.col, d.severity])).toEqual([
      ['PD1002', threeErrors, 6, 12, 'error'],
      ['PD2001', threeErrors, 7, 37, 'error'],
      ['PD3003', threeErrors, 8, 31, 'error'],
    ]);
    expect(doc.summary).toEqual({ errors: 3, warnings: 0 });
    expect(r.stderr).toBe('');
  });

  it('--format json prints an empty diagnostics list for a clean file', async () => {
    const r = await policyc(['--format', 'json', 'check', clean]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 'policyc-diagnostics/1', diagnostics: [], summary: { errors: 0, warnings: 0 } });
  });

  it('--format short prints only the first line of each diagnostic', async () => {
    const r = await policyc(['--format', 'short', 'check', typo]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${typo}:5:42: error PD2001: unknown name \`bse\`\n`);
  });

  it('--lang zh prints messages, help and the summary in Chinese', async () => {
    const r = await policyc(['--lang', 'zh', 'check', typo]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${typo}:5:42: 错误 PD2001: 未知名称 \`bse\``);
    expect(r.stderr).toContain('帮助: 是否想写 `base`？');
    expect(r.stdout).toBe('已检查 1 个文件、1 个地区：1 个错误，0 个警告\n');
  });

  it('--max-per-file caps the output with a PD9003 note', async () => {
    const r = await policyc(['--format', 'short', '--max-per-file', '1', 'check', threeErrors]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${threeErrors}:6:12: error PD1002: expected \`:\` but found \`money\``,
      `${threeErrors}:6:12: note PD9003: 2 more diagnostics in this file were not shown`,
    ]);
  });

  it('--color forces ANSI colour even when not on a TTY', async () => {
    const r = await policyc(['--color', 'check', typo], { NO_COLOR: undefined });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(ESC);
  });

  it('an unknown option exits 2 without a stack trace', async () => {
    const r = await policyc(['check', '--bogus', clean]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(r.stderr).not.toContain(STACK_FRAME);
  });

  it('an invalid --format value exits 2 without a stack trace', async () => {
    const r = await policyc(['--format', 'xml', 'check', clean]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('xml');
    expect(r.stderr).not.toContain(STACK_FRAME);
  });

  it('a missing file is PD9001 and exit 1', async () => {
    const r = await policyc(['check', 'test/cli/no-such-file.policy']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'test/cli/no-such-file.policy: error PD9001: cannot read `test/cli/no-such-file.policy`: no such file or directory\n',
    );
    expect(r.stderr).not.toContain(STACK_FRAME);
    expect(r.stdout).toBe('checked 0 files, 0 regions: 1 error, 0 warnings\n');
  });

  it('a missing file next to a good one still checks the good one', async () => {
    const r = await policyc(['--format', 'short', 'check', clean, 'test/cli/no-such-file.policy']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PD9001');
    expect(r.stdout).toBe('checked 1 file, 1 region: 1 error, 0 warnings\n');
  });

  it('--help exits 0 and lists the commands', async () => {
    const r = await policyc(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['check', 'build', 'test', 'explain', 'explain-region']) expect(r.stdout).toContain(c);
    expect(r.stderr).toBe('');
  });
});
