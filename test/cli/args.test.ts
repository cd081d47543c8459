/** Numeric options, paths, colour and broken pipes: usage errors exit 2 with a clear message, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { wantColor } from '../../src/cli/args.js';
import { policyc, spawnPolicyc, STACK_FRAME } from './run-cli.js';

const clean = 'test/golden/coverage/good/age-bands-explicit-bounds.policy';
const typo = 'test/golden/names/bad/unknown-name-typo.policy';
const ESC = '\u001b[';

describe('numeric options are validated by the argument parser', () => {
  it.each([
    [['--max-per-file', '0', 'check', clean], '--max-per-file'],
    [['--max-per-file', 'abc', 'check', clean], '--max-per-file'],
    [['--max-per-file', '1.5', 'check', clean], '--max-per-file'],
    [['test', '--runs', 'abc', clean], '--runs'],
    [['test', '--runs', '0', clean], '--runs'],
    [['test', '--seed', 'x1', clean], '--seed'],
    [['mutate', '--runs', 'abc', clean], '--runs'],
    [['mutate', '--min-score', '101', clean], '--min-score'],
    [['mutate', '--min-score', 'high', clean], '--min-score'],
  ])('%j is a usage error naming %s', async (args, option) => {
    const r = await policyc(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: option '${option} <[a-z]+>' argument '[^']*' is invalid\\. expected `));
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toContain(STACK_FRAME);
    expect(r.stdout).toBe('');
  });

  it('a valid --max-per-file still works', async () => {
    const r = await policyc(['--format', 'short', '--max-per-file', '1', 'check', typo]);
    expect(r.status).toBe(1);
  });
});

describe('mutate takes the file as the user spells it', () => {
  it('./-prefixed and absolute paths name the same policy file', async () => {
    const file = 'test/golden/tests/good/example-tests-pass.policy';
    for (const spelled of [`./${file}`, `${process.cwd()}/${file}`]) {
      const r = await policyc(['mutate', '--runs', '5', spelled, file]);
      expect(r.stderr).not.toContain('is not among');
      expect(r.stdout).toMatch(/\d+ mutants: /);
    }
  });
});

describe('colour follows NO_COLOR / FORCE_COLOR / --color / TTY', () => {
  it('decides like picocolors and supports-color', () => {
    expect(wantColor(undefined, {}, { isTTY: true })).toBe(true);
    expect(wantColor(undefined, {}, { isTTY: false })).toBe(false);
    expect(wantColor(undefined, { TERM: 'dumb' }, { isTTY: true })).toBe(false);
    expect(wantColor(undefined, { NO_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(wantColor(undefined, { NO_COLOR: '' }, { isTTY: true })).toBe(true);
    expect(wantColor(undefined, { FORCE_COLOR: '1' }, { isTTY: false })).toBe(true);
    expect(wantColor(undefined, { FORCE_COLOR: '0' }, { isTTY: true })).toBe(false);
    expect(wantColor(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, { isTTY: false })).toBe(false);
    expect(wantColor(false, { FORCE_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(wantColor(true, { NO_COLOR: '1' }, { isTTY: false })).toBe(true);
  });

  it('FORCE_COLOR colours output that is not a terminal; --no-color overrides it', async () => {
    expect((await policyc(['check', typo], { NO_COLOR: undefined, FORCE_COLOR: '1' })).stderr).toContain(ESC);
    expect((await policyc(['--no-color', 'check', typo], { NO_COLOR: undefined, FORCE_COLOR: '1' })).stderr).not.toContain(ESC);
    expect((await policyc(['check', typo], { NO_COLOR: undefined })).stderr).not.toContain(ESC);
  });
});

describe('a closed pipe', () => {
  it('`policyc test | head -1` prints one line and no stack trace', async () => {
    const r = await spawnPolicyc(['test', '--runs', '5', 'policies'], { shell: '2>&1 | head -1' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toMatch(/^pass /);
    expect(r.stdout + r.stderr).not.toContain('EPIPE');
  });

  it('the process itself exits quietly (no output on stderr) when stdout closes early', async () => {
    const r = await spawnPolicyc(['test', '--runs', '5', 'policies'], { shell: '| head -c 10 >/dev/null' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toContain(STACK_FRAME);
  });
});
