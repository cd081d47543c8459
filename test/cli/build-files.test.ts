/**
 * `policyc build` is safe with files: it writes and removes only files it
 * generated (the do-not-edit header), never deletes anything for an empty
 * policy folder, replaces files atomically, does not follow symbolic links,
 * rejects over-long region names before writing, and survives a concurrent build.
 */
import { existsSync, linkSync, watch, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';
import { policyc, spawnPolicyc, STACK_FRAME } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const policy = (region: string, rate = '2.3%'): string =>
  [
    `region ${region}`,
    '  rounding half_up to fen',
    '  horizon from 2020-01',
    '  input status: one of employed, retired',
    '  output transfer_rate: rate',
    `    for employed: ${rate}`,
    '    for retired: not applicable',
    '',
  ].join('\n');

const handWritten = '// my own helper, not generated\nexport const answer = 42;\n';
const generatedHeader = '// Generated from policies/gone.policy by the policy compiler. Do not edit.\n/* eslint-disable */\nexport {};\n';

/** A fresh folder `name` under tmp holding `files`. */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

/** Every file under `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('an empty policy folder is an error, never a deletion', () => {
  it('build on an empty folder exits 1 with PD9004 and deletes nothing', async () => {
    const empty = folder('empty-policies');
    const out = folder('out-kept', { 'index.ts': generatedHeader, 'national.ts': generatedHeader, 'mine.ts': handWritten });
    const before = snapshot(out);
    const r = await policyc(['--format', 'short', 'build', empty, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${empty}: error PD9004: no \`.policy\` files in \`${empty}\`\n`);
    expect(r.stdout).toBe('');
    expect(snapshot(out)).toEqual(before);
  });

  it('a folder with files but no .policy file is the same error', async () => {
    const notes = folder('only-notes', { 'README.md': '# notes\n' });
    const r = await policyc(['--format', 'short', 'build', notes, '--out', folder('out-notes')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PD9004');
  });

  it.each([['check'], ['test']])('%s on an empty folder exits 1 with PD9004', async (cmd) => {
    const r = await policyc(['--format', 'short', cmd, folder('empty-policies')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error PD9004: no `.policy` files in');
  });
});

describe('build writes and removes only its own files', () => {
  it('keeps a hand-written .ts file in the output folder and removes only stale generated modules', async () => {
    const src = folder('src-a', { 'a.policy': policy('alpha') });
    const out = folder('out-mixed', { 'mine.ts': handWritten, 'gone.ts': generatedHeader, 'notes.txt': 'hello' });
    const r = await policyc(['build', src, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = snapshot(out);
    expect(Object.keys(after)).toEqual(['alpha.input.schema.json', 'alpha.ts', 'index.ts', 'mine.ts', 'notes.txt']);
    expect(after['mine.ts']).toBe(handWritten);
    expect(after['notes.txt']).toBe('hello');
  });

  it('--format json keeps stdout to the one diagnostics document', async () => {
    const src = folder('src-json', { 'a.policy': policy('alpha') });
    const r = await policyc(['--format', 'json', 'build', src, '--out', join(tmp, 'out-json')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 'policyc-diagnostics/1', diagnostics: [], summary: { errors: 0, warnings: 0 } });
    expect(r.stderr).toMatch(/^built 1 region into /);
  });

  it('refuses to overwrite a hand-written file with a generated name (PD9005), and writes nothing at all', async () => {
    const src = folder('src-b', { 'a.policy': policy('alpha') });
    const out = folder('out-clash', { 'alpha.ts': handWritten });
    const r = await policyc(['--format', 'short', 'build', src, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error PD9005: refusing to overwrite \`${join(out, 'alpha.ts')}\``);
    expect(r.stderr).not.toContain(STACK_FRAME);
    expect(snapshot(out)).toEqual({ 'alpha.ts': handWritten }); // not even index.ts
  });

  it('does not follow a symbolic link in the output folder (PD9006); the file outside is untouched', async () => {
    const src = folder('src-c', { 'a.policy': policy('alpha') });
    const outside = folder('outside', { 'victim.ts': generatedHeader });
    const out = folder('out-link');
    symlinkSync(join(outside, 'victim.ts'), join(out, 'alpha.ts'));
    const r = await policyc(['--format', 'short', 'build', src, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error PD9006: refusing to write \`${join(out, 'alpha.ts')}\``);
    expect(readFileSync(join(outside, 'victim.ts'), 'utf8')).toBe(generatedHeader);
    expect(readdirSync(out)).toEqual(['alpha.ts']);
  });

  it('a 300-character region name is PD9007 at the name, before anything is written', async () => {
    const name = `r${'x'.repeat(299)}`;
    const src = folder('src-long', { 'long.policy': policy(name) });
    const out = join(tmp, 'out-long');
    const r = await policyc(['--format', 'short', 'build', src, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${relative(repoRoot, join(src, 'long.policy'))}:1:8: error PD9007: region name \`${name.slice(0, 40)}…\` is too long for a file name (303 bytes; at most 200)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('replaces a changed module by rename (a hard link to the old file keeps the old text) and leaves no temporary file', async () => {
    const src = folder('src-d', { 'a.policy': policy('alpha') });
    const out = join(tmp, 'out-atomic');
    expect((await policyc(['build', src, '--out', out])).status).toBe(0);
    const old = readFileSync(join(out, 'alpha.ts'), 'utf8');
    linkSync(join(out, 'alpha.ts'), join(tmp, 'alpha-old-link.ts'));
    writeFileSync(join(src, 'a.policy'), policy('alpha', '1.5%'));
    const r = await policyc(['build', src, '--out', out]);
    expect(r.stdout).toMatch(/\(1 file changed\)/);
    expect(readFileSync(join(tmp, 'alpha-old-link.ts'), 'utf8')).toBe(old);
    expect(readFileSync(join(out, 'alpha.ts'), 'utf8')).not.toBe(old);
    expect(readdirSync(out).sort()).toEqual(['alpha.input.schema.json', 'alpha.ts', 'index.ts']);
  });
});

describe('after a killed build', () => {
  it('removes the temporary files of builds whose process is gone, and keeps a running build\'s', async () => {
    const src = folder('src-kill', { 'a.policy': policy('alpha') });
    const gone = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    const orphan = `.alpha.ts.${gone}-0badc0de.tmp`;
    const running = `.alpha.ts.${process.pid}-0badc0de.tmp`;
    const out = folder('out-kill', { [orphan]: '// Generated from a', [running]: '// Generated from a' });
    expect((await policyc(['build', src, '--out', out])).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([running, 'alpha.input.schema.json', 'alpha.ts', 'index.ts'].sort());
  });
});

describe('a build killed while writing', () => {
  it('leaves every module complete or absent, never partial', async () => {
    const src = folder('src-sigkill', Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`r${i}.policy`, policy(`region_${i}`)])));
    const ref = join(tmp, 'out-sigkill-reference');
    expect((await policyc(['build', src, '--out', ref])).status).toBe(0);
    const out = folder('out-sigkill');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', src, '--out', out], { cwd: repoRoot, stdio: 'ignore' });
    // kill at the first sign of writing in the folder
    const watcher = watch(out, () => child.kill('SIGKILL'));
    await new Promise((resolve) => child.on('close', resolve));
    watcher.close();
    const written = readdirSync(out).filter((f) => f.endsWith('.ts'));
    for (const f of written) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(ref, f), 'utf8'));
  });
});

describe('two builds at once', () => {
  it('both succeed and leave complete modules, even removing the same stale modules', async () => {
    const src = folder('src-e', { 'a.policy': policy('alpha'), 'b.policy': policy('beta') });
    // stale generated modules both builds remove: one build's unlink must not fail because the other's came first
    const stale = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`stale${i}.ts`, generatedHeader]));
    const out = folder('out-concurrent', stale);
    const [a, b] = await Promise.all([spawnPolicyc(['build', src, '--out', out]), spawnPolicyc(['build', src, '--out', out])]);
    expect([a.status, a.stderr, b.status, b.stderr]).toEqual([0, '', 0, '']);
    expect(readdirSync(out).sort()).toEqual(['alpha.input.schema.json', 'alpha.ts', 'beta.input.schema.json', 'beta.ts', 'index.ts']);
    const ref = join(tmp, 'out-reference');
    expect((await policyc(['build', src, '--out', ref])).status).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(ref));
  });

  it('writeModules in two processes at once, rewriting and removing the same files for a second, never fails', async () => {
    const dir = folder('out-race');
    const barrier = folder('race-barrier');
    const loop = (): Promise<{ code: number | null; out: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/cli/fixtures/write-loop.ts', dir, barrier, '2', '1500'], { cwd: repoRoot });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (code) => resolve({ code, out }));
      });
    const [a, b] = await Promise.all([loop(), loop()]);
    expect([a.code, b.code], `${a.out}\n${b.out}`).toEqual([0, 0]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
