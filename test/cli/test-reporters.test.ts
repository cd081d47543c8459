/**
 * `policyc test` for CI: reporters (JUnit validated against an XSD with the
 * WebAssembly build of xmllint, so no network or native build is needed),
 * JSON with passing tests and totals, TAP, `--output`, filters, the closing
 * line, decision coverage, `--min-coverage`, `--watch`, and no progress bar
 * when stderr is not a terminal.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { testCommand } from '../../src/cli/test.js';
import { watchPolicies } from '../../src/cli/watch.js';
import { repoRoot } from '../support/golden.js';
import { policyc } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-reporters-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const demo = (retiredCredit = '70.00'): string =>
  [
    'region demo',
    '  rounding half_up to fen',
    '  horizon from 2020-01',
    '  input status: one of employed, retired',
    '  input base: money per month in 0.00 to 100000.00',
    '  output credit: money per month',
    '    for employed:',
    '      when base < 1000.00: 0.00',
    '      otherwise: round(base * 2%)',
    `    for retired: ${retiredCredit}`,
    '  test "employed <a & b> \'quoted\'"',
    '    given status = employed, base = 5000.00',
    '    expect credit = 100.00',
    '  test "wrong on purpose"',
    '    given status = employed, base = 5000.00',
    '    expect credit = 150.00',
    '  invariant "credit is never negative"',
    '    expect credit >= 0',
    '',
  ].join('\n');

const file = join(tmp, 'demo.policy');
writeFileSync(file, demo());
const rel = relative(repoRoot, file);

async function junitValid(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const schema = readFileSync(join(repoRoot, 'test/fixtures/junit.xsd'), 'utf8');
  const r = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: schema }] });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

describe('--reporter junit', () => {
  it('validates against the JUnit XML schema, with the failure and escaped names', async () => {
    const r = await policyc(['test', '--reporter', 'junit', '--runs', '20', rel]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(await junitValid(r.stdout)).toEqual({ valid: true, errors: [] });
    expect(r.stdout).toContain('<testsuite name="demo" tests="3" failures="1" errors="0"');
    expect(r.stdout).toContain('name="employed &lt;a &amp; b&gt; \'quoted\'"');
    expect(r.stdout).toMatch(/<failure message="[^"]*PD6001: test &quot;wrong on purpose&quot;: expected `credit` = 150\.00 but got 100\.00" type="PD6001">/);
    expect(r.stderr).toContain('2 passed, 1 failed\n'); // the closing line goes to stderr: stdout is the report
  });

  it('the schema is not vacuous: a report without required attributes is invalid', async () => {
    const bad = '<?xml version="1.0"?>\n<testsuites><testsuite name="x"><testcase name="t"/></testsuite></testsuites>\n';
    const v = await junitValid(bad);
    expect(v.valid).toBe(false);
    expect(v.errors.join('\n')).toMatch(/tests|classname/);
  });

  it('--output writes the report to a file and prints the usual lines on stdout', async () => {
    const out = join(tmp, 'report.xml');
    const r = await policyc(['test', '--reporter', 'junit', '--output', out, '--runs', '20', rel]);
    expect(r.status).toBe(1);
    expect((await junitValid(readFileSync(out, 'utf8'))).valid).toBe(true);
    expect(r.stdout).toContain('FAIL  demo  wrong on purpose\n');
    expect(r.stdout).toMatch(/\n2 passed, 1 failed\n$/);
  });
});

describe('--reporter json and tap', () => {
  it('json lists every test, passing ones too, with totals and the diagnostics', async () => {
    const r = await policyc(['test', '--reporter', 'json', '--runs', '20', rel]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      schema: string;
      tests: { name: string; status: string; kind: string; failures: { code: string }[] }[];
      totals: { tests: number; passed: number; failed: number };
      diagnostics: { code: string }[];
    };
    expect(doc.schema).toBe('policyc-test-results/1');
    expect(doc.tests.map((t) => [t.name, t.kind, t.status])).toEqual([
      ["employed <a & b> 'quoted'", 'example', 'passed'],
      ['wrong on purpose', 'example', 'failed'],
      ['invariant credit is never negative', 'invariant', 'passed'],
    ]);
    expect(doc.tests[1]!.failures.map((f) => f.code)).toEqual(['PD6001']);
    expect(doc.totals).toMatchObject({ tests: 3, passed: 2, failed: 1 });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['PD6001']);
    expect(r.stderr).toBe('2 passed, 1 failed\n');
  });

  it('--format json alone gives the same JSON document', async () => {
    const r = await policyc(['--format', 'json', 'test', '--runs', '20', rel]);
    expect((JSON.parse(r.stdout) as { schema: string }).schema).toBe('policyc-test-results/1');
  });

  it('tap prints a plan, ok / not ok lines and the closing line as a comment', async () => {
    const r = await policyc(['test', '--reporter', 'tap', '--runs', '20', rel]);
    expect(r.stdout).toMatch(/^TAP version 13\n1\.\.3\nok 1 - demo › employed <a & b> 'quoted'\nnot ok 2 - demo › wrong on purpose\n {2}---\n/);
    expect(r.stdout).toMatch(/\n# 2 passed, 1 failed\n$/);
  });
});

describe('filters and the closing line', () => {
  it('--grep runs only matching tests', async () => {
    const r = await policyc(['test', '--grep', '^employed', rel]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("pass  demo  employed <a & b> 'quoted'\n1 passed, 0 failed\n");
  });

  it('--region runs only that region; an unknown region is a usage error', async () => {
    const r = await policyc(['test', '--region', 'national_reform_2024', '--grep', 'T0', 'policies']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('pass')).every((l) => l.startsWith('pass  national_reform_2024  '))).toBe(true);
    expect(r.stdout).toMatch(/^[1-9]\d* passed, 0 failed$/m);
    const u = await policyc(['test', '--region', 'atlantis', 'policies']);
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/unknown region `atlantis`/);
  });

  it('a filter that matches nothing fails', async () => {
    const r = await policyc(['test', '--grep', 'no test is called this', rel]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no test or invariant matches');
  });

  it('a malformed --grep is a usage error', async () => {
    const r = await policyc(['test', '--grep', '(', rel]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("option '--grep <pattern>' argument '(' is invalid");
  });

  it('prints no progress bar when stderr is not a terminal', async () => {
    const r = await policyc(['test', '--runs', '20', rel]);
    expect(r.stderr).not.toContain('\u001b[');
    expect(r.stderr).not.toMatch(/\d+\/3/);
  });
});

describe('decision coverage', () => {
  it('--coverage names each case no example test reaches', async () => {
    const r = await policyc(['test', '--coverage', '--grep', '^employed', rel]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('decision coverage (cases reached by example tests):\n  demo  1/3 cases (33.3%)\n');
    expect(r.stdout).toContain(`    not reached: credit · for employed › when base < 1000.00  (${rel}:8)\n`);
    expect(r.stdout).toContain(`    not reached: credit · for retired  (${rel}:10)\n`);
    expect(r.stdout).not.toContain('not reached: credit · for employed › otherwise');
  });

  it('--min-coverage fails below the bound and passes at it', async () => {
    const low = await policyc(['test', '--min-coverage', '50', '--grep', '^employed', rel]);
    expect(low.status).toBe(1);
    expect(low.stderr).toContain('error: decision coverage 33.3% is below --min-coverage 50%');
    const ok = await policyc(['test', '--min-coverage', '33', '--grep', '^employed', rel]);
    expect(ok.status).toBe(0);
  });
});

describe('--watch', () => {
  it('runs again when a policy file changes, until stopped', async () => {
    const dir = mkdtempSync(join(tmp, 'watch-'));
    const f = join(dir, 'demo.policy');
    writeFileSync(f, demo());
    const codes: number[] = [];
    const stop = new AbortController();
    const o = { format: 'short', lang: 'en', color: false, maxPerFile: 50 } as const;
    const quiet = { write: process.stdout.write, errWrite: process.stderr.write };
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      const run = async (): Promise<number> => {
        const c = await testCommand([dir], { runs: 5, grep: /^employed/ }, o);
        codes.push(c);
        if (codes.length === 1) setTimeout(() => writeFileSync(f, demo().replace('expect credit = 100.00', 'expect credit = 99.00')), 100);
        else stop.abort();
        return c;
      };
      const last = await watchPolicies([dir], run, stop.signal);
      expect(codes).toEqual([0, 1]);
      expect(last).toBe(1);
    } finally {
      process.stdout.write = quiet.write;
      process.stderr.write = quiet.errWrite;
    }
  });
});

describe('--lang zh', () => {
  it('test lines, coverage and the closing line are in Chinese', async () => {
    const r = await policyc(['--lang', 'zh', 'test', '--coverage', '--grep', '^employed', rel]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("通过  demo  employed <a & b> 'quoted'\n");
    expect(r.stdout).toContain('决策覆盖率（示例测试到达的情形）：\n  demo  1/3 个情形（33.3%）\n');
    expect(r.stdout).toContain('    未到达: credit · 适用于 retired');
    expect(r.stdout).toMatch(/\n1 个通过，0 个失败\n$/);
  });
});
