/**
 * Generated modules record the policy file each rule came from; building from another working
 * directory (with absolute or relative paths) must write byte-identical files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-cwd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const tsx = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const build = (cwd: string, args: string[]): void => {
  const r = spawnSync(process.execPath, ['--import', tsx, join(repoRoot, 'src/cli/main.ts'), 'build', ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
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
});
