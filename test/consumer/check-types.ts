/**
 * `npm run check:types`: packs every published package and runs
 * @arethetypeswrong/cli on each tarball, so its types resolve under the
 * node10, node16 (ESM and CJS) and bundler module resolutions. Offline: attw
 * reads the local .tgz. The packages are ESM only (Node ≥ 20.19 can `require`
 * them), so attw's "CJS resolves to ESM" note is the one rule ignored.
 *
 *   npm run check:types                 # runtime, evaluators and the compiler package
 *   npm run check:types -- --light      # runtime and evaluators only (no full tsc build)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pack, packages, repo, type PackageName } from './pack.js';

const run = promisify(execFile);
const attw = join(repo, 'node_modules/@arethetypeswrong/cli/dist/index.js');

const names: PackageName[] = process.argv.includes('--light')
  ? ['@policyc/runtime', '@policyc/evaluators']
  : ['@policyc/runtime', '@policyc/evaluators', 'policyc'];
const dir = mkdtempSync(join(tmpdir(), 'policyc-attw-'));
let failed = 0;
try {
  const tarballs = await pack(names, dir);
  for (const [i, name] of names.entries()) {
    const args = [
      attw,
      tarballs[i]!,
      '--ignore-rules',
      'cjs-resolves-to-esm',
      '--no-definitely-typed',
      '--format',
      'table-flipped',
      ...(process.stdout.isTTY ? [] : ['--no-color']),
      '--include-entrypoints',
      ...packages[name].entrypoints,
    ];
    try {
      const { stdout } = await run(process.execPath, args, { maxBuffer: 16 << 20 });
      process.stdout.write(stdout);
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      process.stdout.write(err.stdout ?? '');
      process.stderr.write(err.stderr ?? err.message);
      failed++;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed > 0) {
  process.stderr.write(`check:types: ${failed} of ${names.length} packages have type resolution problems\n`);
  process.exitCode = 1;
}
