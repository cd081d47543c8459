/**
 * Generated modules record the policy file each rule came from; building from another working
 * directory (with absolute or relative paths) must write byte-identical files. And a region that
 * extends itself is an error that stops the build, not a region silently dropped (whose module the
 * build then deleted).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-cwd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const tsx = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const run = (cwd: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', tsx, join(repoRoot, 'src/cli/main.ts'), 'build', ...args], { cwd, encoding: 'utf8', timeout: 240_000 });
const build = (cwd: string, args: string[]): void => {
  const r = run(cwd, args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
};
const files = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

it('builds the same files from the repository, from another directory and from a subdirectory', () => {
  const elsewhere = join(tmp, 'elsewhere');
  mkdirSync(elsewhere);
  build(repoRoot, ['--out', join(tmp, 'a'), 'policies']);
  build(elsewhere, ['--out', join(tmp, 'b'), join(repoRoot, 'policies')]);
  build(join(repoRoot, 'test'), ['--out', join(tmp, 'c'), '../policies']);
  const a = files(join(tmp, 'a'));
  expect(Object.keys(a).length).toBeGreaterThan(1);
  expect(a['national.ts']).toContain('policies/national.policy');
  expect(files(join(tmp, 'b'))).toEqual(a);
  expect(files(join(tmp, 'c'))).toEqual(a);
}, 600_000); // three builds, each a fresh process

it('`region r extends r` fails the build with PD2013 and deletes no module', () => {
  const policies = join(tmp, 'self-policies');
  cpSync(join(repoRoot, 'policies'), policies, { recursive: true });
  const out = join(tmp, 'self-out');
  build(tmp, ['--out', out, policies]);
  const before = files(out);
  expect(Object.keys(before)).toContain('national_reform_2024.ts');
  const file = join(policies, 'variants/national-reform-2024.policy');
  writeFileSync(file, readFileSync(file, 'utf8').replace('region national_reform_2024 extends national', 'region national_reform_2024 extends national_reform_2024'));
  const r = run(tmp, ['--format', 'short', '--out', out, policies]);
  expect(r.stderr).toMatch(/national-reform-2024\.policy:\d+:\d+: error PD2013: region `national_reform_2024` extends itself/);
  expect(r.status).toBe(1);
  expect(files(out)).toEqual(before);
}, 300_000);
