/**
 * Consumer test: an application outside this repository installs only the
 * evaluators and the runtime, as published, and uses them.
 *
 * The runtime (`@policyc/runtime`, src/runtime/) and the evaluators
 * (`@policyc/evaluators`, generated/) are packed with `npm pack`, and a small
 * separate project (test/consumer/project/) is copied to a fresh temporary
 * directory and installs the two tarballs with `npm install --offline` (no
 * registry: neither package has a third-party dependency). The test reports
 * the installed size and checks that nothing else (no compiler) was installed.
 * The project is compiled by the repository's tsc under --strict (plus
 * noUncheckedIndexedAccess, exactOptionalPropertyTypes, verbatimModuleSyntax
 * and skipLibCheck: false, so the published .d.ts files are checked too) with
 * `node16` resolution, and type-checked with `bundler` and `node10`
 * resolution; it is run with node and its output compared with the same calls
 * made in-process against the sources. The repository itself must also build
 * with tsc (dist/ of the compiler package).
 */
import { execFile } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as national from '../../generated/national.js';
import { PolicyError } from '../../src/runtime/index.js';
import { pack } from './pack.js';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const fixture = join(repo, 'test/consumer/project');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Bytes and files under `dir`, not following symlinks (as `du` counts an installed tree). */
function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = treeSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else if (!e.isSymbolicLink()) {
      bytes += lstatSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Installed package names under node_modules (scoped ones as `@scope/name`). */
function installed(nodeModules: string): string[] {
  return readdirSync(nodeModules)
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(nodeModules, n)).map((m) => `${n}/${m}`) : [n]))
    .sort();
}

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs node with `args` in `cwd`; never throws on a non-zero exit, so failures show their output. */
async function node(args: readonly string[], cwd: string, exe = process.execPath): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(exe, [...args], { cwd, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? err.message };
  }
}

/** `file(line,col): error TSnnnn: …` lines of tsc's plain output. */
function tscErrors(output: string): { file: string; line: number; code: string }[] {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+):/gm)].map((m) => ({
    file: m[1]!.replace(/\\/g, '/'),
    line: Number(m[2]),
    code: m[3]!,
  }));
}

/** What each line of the consumer prints, by label. */
function parseOutput(stdout: string): Map<string, unknown> {
  const lines = stdout.trimEnd().split('\n');
  return new Map(
    lines.map((l) => {
      const space = l.indexOf(' ');
      return [l.slice(0, space), JSON.parse(l.slice(space + 1)) as unknown];
    }),
  );
}

function caught(input: national.Input): unknown {
  try {
    national.evaluate(input);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    const at = e.location;
    return { name: e.name, kind: e.kind, field: e.field, location: `${at.file}:${at.line}:${at.col}` };
  }
  return 'no error';
}

describe('consuming @policyc/evaluators and @policyc/runtime from packed tarballs in a separate TypeScript project', () => {
  const notRun: Ran = { code: -1, stdout: '', stderr: 'not run' };
  let dir = '';
  let build: Ran = notRun;
  let install: Ran = notRun;
  let compiled: Ran = notRun;
  let bundler: Ran = notRun;
  let node10: Ran = notRun;
  let bare: Ran = notRun;
  let packages: string[] = [];
  let size = { bytes: 0, files: 0 };
  let expected: { line: number; code: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policyc-consumer-'));
    const tarballs = join(dir, 'tarballs');
    mkdirSync(tarballs);
    // tsc emits dist/ even when it reports errors, so the consumer checks still run; the first test reports the build.
    let packed: string[] = [];
    [build, packed] = await Promise.all([
      node([tsc, '-p', 'tsconfig.json', '--pretty', 'false'], repo),
      pack(['@policyc/runtime', '@policyc/evaluators'], tarballs),
    ]);

    const app = join(dir, 'app');
    cpSync(fixture, app, { recursive: true });
    install = await node(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', ...packed], app, npm);
    packages = installed(join(app, 'node_modules'));
    size = treeSize(join(app, 'node_modules'));
    console.log(
      `consumer install (@policyc/runtime + @policyc/evaluators): ${packages.length} packages, ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB`,
    );

    // The consumer's own type declarations for console/process; not part of what it installs.
    mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
    symlinkSync(join(repo, 'node_modules/@types/node'), join(app, 'node_modules/@types/node'), 'junction');
    // What `policyc build --out src/gen` writes into an application.
    mkdirSync(join(app, 'src/gen'));
    cpSync(join(repo, 'generated/national.ts'), join(app, 'src/gen/national.ts'));

    // A copy of negative.ts without its directives, to check each line fails for the stated reason.
    const negative = readFileSync(join(fixture, 'src/negative.ts'), 'utf8').split('\n');
    expected = [];
    const stripped = negative.map((l, i) => {
      const m = /^\s*\/\/ @ts-expect-error (TS\d+) -- /.exec(l);
      if (!m) return l;
      expected.push({ line: i + 2, code: m[1]! });
      return l.replace('@ts-expect-error', '(expected)');
    });
    mkdirSync(join(app, 'bare'));
    writeFileSync(join(app, 'bare/negative.ts'), stripped.join('\n'));
    writeFileSync(
      join(app, 'tsconfig.bare.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true, rootDir: '.' }, include: ['bare'] }),
    );

    const tscArgs = ['--pretty', 'false'];
    [compiled, bundler, node10, bare] = await Promise.all([
      node([tsc, '-p', 'tsconfig.json', ...tscArgs], app),
      node([tsc, '-p', 'tsconfig.bundler.json', ...tscArgs], app),
      node([tsc, '-p', 'tsconfig.node10.json', ...tscArgs], app),
      node([tsc, '-p', 'tsconfig.bare.json', ...tscArgs], app),
    ]);
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the repository builds with tsc', () => {
    expect(build.stdout + build.stderr).toBe('');
    expect(build.code).toBe(0);
  });

  const regionCount = (): number => readdirSync(join(repo, 'generated')).filter((f) => f.endsWith('.input.schema.json')).length;

  it('installs offline from the two tarballs, and nothing else: no compiler, no third-party package', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(packages).toEqual(['@policyc/evaluators', '@policyc/runtime']);
    // The evaluators are about 1.2 MB for 37 regions, ~32 KB each with their schemas (the compiler package pulls ~25 MB);
    // a bound per region that fails if a dependency sneaks in or a module balloons.
    expect(size.bytes / regionCount()).toBeLessThan(48 * 1024);
  });

  it('compiles under --strict with node16 resolution with no errors (and every @ts-expect-error is used)', () => {
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
  });

  it('type-checks under --strict with bundler and node10 resolution', () => {
    expect(bundler.stdout + bundler.stderr).toBe('');
    expect(bundler.code).toBe(0);
    expect(node10.stdout + node10.stderr).toBe('');
    expect(node10.code).toBe(0);
  });

  it('rejects bad inputs and misuse at compile time, each line with its stated error', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const errors = tscErrors(bare.stdout).filter((e) => e.file.endsWith('bare/negative.ts'));
    expect(errors.map((e) => ({ line: e.line, code: e.code }))).toEqual(expected);
    expect(tscErrors(bare.stdout).length, bare.stdout).toBe(errors.length);
  });

  it('runs with node and prints what the sources compute', async () => {
    expect(compiled.code, 'the consumer did not compile').toBe(0);
    const ran = await node(['dist/index.js'], join(dir, 'app'));
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const got = parseOutput(ran.stdout);

    const input: national.Input = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };
    const out = national.evaluate(input);
    // The README's documented example: 100.00 yuan credited.
    expect(got.get('credit')).toEqual({ fen: 10000, yuan: '100.00', pooled: out.pooled });
    expect(got.get('evaluate')).toEqual(out);

    expect(got.get('subpath-same-module')).toBe(true);
    expect(got.get('copied-module-same')).toBe(true);
    expect(got.get('schema-resolves')).toBe(true);
    expect(got.get('regions-include-national')).toBe(true);
    expect(got.get('regions-national-source')).toBe('policies/national.policy');

    const bad: [string, national.Input, string, string][] = [
      ['error-age', { ...input, age: 200 }, 'out_of_domain', 'age'],
      ['error-base', { ...input, base: 0.5 }, 'invalid_input', 'base'],
      ['error-month', { ...input, month: '1999-01' }, 'out_of_horizon', 'month'],
      ['error-status', { ...input, status: 'student' as national.Status }, 'invalid_input', 'status'],
    ];
    for (const [label, row, kind, field] of bad) {
      const e = got.get(label);
      expect(e, label).toEqual(caught(row));
      expect(e, label).toMatchObject({
        name: 'PolicyError',
        kind,
        field,
        location: expect.stringMatching(/^policies\/national\.policy:\d+:\d+$/),
      });
    }

    const traced = national.evaluate(input, { trace: true });
    const step = traced.steps.find((s) => s.name === 'credit');
    expect(got.get('trace-value')).toEqual(out);
    expect(got.get('trace-credit-step')).toEqual({ branch: step?.branch, file: 'policies/national.policy', value: 10000 });
    expect(got.get('trace-step-count')).toBe(traced.steps.length);

    const rows: national.Input[] = [
      input,
      { status: 'employed', age: 70, base: 350000, pension: 0, month: '2022-12', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 },
      { status: 'retired', age: 70, base: 0, pension: 350000, month: '2023-01', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 },
      { status: 'flexible', age: 30, base: 400000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 },
    ];
    expect(got.get('evaluateMany-credits')).toEqual(national.evaluateMany(rows).map((o) => o.credit));
    const months = national.evaluateMonths({ status: 'employed', age: 40, base: 500000, pension: 0, average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 }, '2022-11', '2023-02');
    expect(got.get('evaluateMonths-credits')).toEqual(months.map((o) => o.credit));

    expect([...got.keys()]).toEqual([
      'evaluate',
      'credit',
      'subpath-same-module',
      'copied-module-same',
      'schema-resolves',
      'regions-include-national',
      'regions-national-source',
      'error-age',
      'error-base',
      'error-month',
      'error-status',
      'trace-value',
      'trace-credit-step',
      'trace-step-count',
      'evaluateMany-credits',
      'evaluateMonths-credits',
    ]);
  });
});
