/** `policyc test` and `policyc build --check`. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { policyc, STACK_FRAME } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('policyc test', () => {
  it('runs the example tests in policies/ and exits 0', async () => {
    const r = await policyc(['test', 'policies']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pass {2}national {2}T01 /m);
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed\n$/m);
    expect(r.stdout).not.toMatch(/^FAIL/m);
  });

  it('reports a failing expectation as PD6001 and exits 1', async () => {
    const r = await policyc(['--format', 'short', 'test', 'test/golden/tests/bad/expectation-differs.policy']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(':9:12: error PD6001: test "two percent of 5000.00": expected `credit` = 150.00 but got 100.00');
    expect(r.stdout).toContain('FAIL  demo  two percent of 5000.00\n0 passed, 1 failed\n');
  });

  it('does not run tests when the policies have errors', async () => {
    const r = await policyc(['test', 'test/golden/names/bad/unknown-name-typo.policy']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('tests not run: the policies have errors\n');
  });
});

describe('policyc build --check', () => {
  it('fails on an empty output directory and says what is stale', async () => {
    const out = join(tmp, 'empty');
    const r = await policyc(['build', '--check', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^stale: .*national\.ts /m);
    expect(r.stderr).toContain('stale');
    expect(r.stderr).not.toContain(STACK_FRAME);
    expect(readdirSync(tmp)).toEqual([]); // --check writes nothing
  });

  it('passes right after a build into the same directory', async () => {
    const out = join(tmp, 'built');
    const b = await policyc(['build', '--out', out]);
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/^built \d+ regions? into /);
    const r = await policyc(['build', '--check', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^generated code is up to date/);
  });
});
