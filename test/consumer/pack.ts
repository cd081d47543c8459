/**
 * Packs the repository's packages with `npm pack`, as they would be published:
 * the dependency-free runtime (`@policyc/runtime`, src/runtime/), the compiled
 * evaluators (`@policyc/evaluators`, generated/) and, on request, the compiler
 * itself (`policyc`, whose prepack runs the full tsc build). Each package's
 * prepare/prepack script builds its dist/ first.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repo = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The consumer-facing packages, and the entry points each one documents. */
export const packages = {
  '@policyc/runtime': { workspace: true, entrypoints: ['.'] },
  '@policyc/evaluators': { workspace: true, entrypoints: ['.', './national', './index'] },
  policyc: { workspace: false, entrypoints: ['.', './generated', './generated/national'] },
} as const;
export type PackageName = keyof typeof packages;

/** Packs `names` into `dest`; returns the tarballs' absolute paths, in the order given. */
export async function pack(names: readonly PackageName[], dest: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    const where = packages[name].workspace ? ['-w', name] : [];
    const { stdout } = await run(npm, ['pack', ...where, '--json', '--pack-destination', dest], {
      cwd: repo,
      maxBuffer: 64 << 20,
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });
    // Lifecycle scripts (prepack: tsc) may print before the JSON report.
    const report = JSON.parse(stdout.slice(stdout.indexOf('\n[') + 1 || stdout.indexOf('['))) as { filename: string }[];
    out.push(join(dest, report[0]!.filename));
  }
  return out;
}
