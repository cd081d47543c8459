/**
 * Consumer test: an application outside this repository can install `policyc`
 * and use the generated library through the package's "exports" map and its
 * published declarations.
 *
 * The repository is built once (tsc -p tsconfig.json → dist/). A small
 * separate project (test/consumer/project/) is copied to a fresh temporary
 * directory with `node_modules/policyc` symlinked to the repository root, as
 * `npm install ../path/to/policyc` would do. It is compiled by the repository's
 * tsc under --strict (plus noUncheckedIndexedAccess, exactOptionalPropertyTypes,
 * verbatimModuleSyntax and skipLibCheck: false, so the published .d.ts files
 * are checked too) and run with node; its output is compared with the same
 * calls made in-process against the sources.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as national from '../../generated/national.js';
import { PolicyError } from '../../src/runtime/index.js';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const fixture = join(repo, 'test/consumer/project');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs node with `args` in `cwd`; never throws on a non-zero exit, so failures show their output. */
async function node(args: readonly string[], cwd: string): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...args], { cwd, maxBuffer: 16 << 20 });
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

describe('consuming policyc/generated from a separate TypeScript project', () => {
  const notRun: Ran = { code: -1, stdout: '', stderr: 'not run' };
  let dir = '';
  let build: Ran = notRun;
  let compiled: Ran = notRun;
  let bare: Ran = notRun;
  let expected: { line: number; code: string }[] = [];

  beforeAll(async () => {
    // tsc emits dist/ even when it reports errors, so the consumer checks still run and
    // show whether a build failure affects consumers; the first test reports the build.
    build = await node([tsc, '-p', 'tsconfig.json', '--pretty', 'false'], repo);

    dir = mkdtempSync(join(tmpdir(), 'policyc-consumer-'));
    cpSync(fixture, dir, { recursive: true });
    mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
    symlinkSync(repo, join(dir, 'node_modules/policyc'), 'junction');
    symlinkSync(join(repo, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'junction');

    // A copy of negative.ts without its directives, to check each line fails for the stated reason.
    const negative = readFileSync(join(fixture, 'src/negative.ts'), 'utf8').split('\n');
    expected = [];
    const stripped = negative.map((l, i) => {
      const m = /^\s*\/\/ @ts-expect-error (TS\d+) -- /.exec(l);
      if (!m) return l;
      expected.push({ line: i + 2, code: m[1]! });
      return l.replace('@ts-expect-error', '(expected)');
    });
    mkdirSync(join(dir, 'bare'));
    writeFileSync(join(dir, 'bare/negative.ts'), stripped.join('\n'));
    writeFileSync(
      join(dir, 'tsconfig.bare.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true, rootDir: '.' }, include: ['bare'] }),
    );

    const tscArgs = ['--pretty', 'false'];
    [compiled, bare] = await Promise.all([
      node([tsc, '-p', 'tsconfig.json', ...tscArgs], dir),
      node([tsc, '-p', 'tsconfig.bare.json', ...tscArgs], dir),
    ]);
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the repository builds with tsc', () => {
    expect(build.stdout + build.stderr).toBe('');
    expect(build.code).toBe(0);
  });

  it('compiles under --strict with no errors (and every @ts-expect-error is used)', () => {
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
  });

  it('rejects bad inputs and misuse at compile time, each line with its stated error', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const errors = tscErrors(bare.stdout).filter((e) => e.file.endsWith('bare/negative.ts'));
    expect(errors.map((e) => ({ line: e.line, code: e.code }))).toEqual(expected);
    expect(tscErrors(bare.stdout).length, bare.stdout).toBe(errors.length);
  });

  it('runs with node and prints what the sources compute', async () => {
    expect(compiled.code, 'the consumer did not compile').toBe(0);
    const ran = await node(['dist/index.js'], dir);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const got = parseOutput(ran.stdout);

    const input: national.Input = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06' };
    const out = national.evaluate(input);
    // The README's documented example: 100.00 yuan credited.
    expect(got.get('credit')).toEqual({ fen: 10000, yuan: '100.00', pooled: out.pooled });
    expect(got.get('evaluate')).toEqual(out);

    expect(got.get('subpath-same-module')).toBe(true);
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
      { status: 'retired', age: 70, base: 0, pension: 350000, month: '2022-12' },
      { status: 'retired', age: 70, base: 0, pension: 350000, month: '2023-01' },
      { status: 'flexible', age: 30, base: 400000, pension: 0, month: '2023-06' },
    ];
    expect(got.get('evaluateMany-credits')).toEqual(national.evaluateMany(rows).map((o) => o.credit));
    const months = national.evaluateMonths({ status: 'employed', age: 40, base: 500000, pension: 0 }, '2022-11', '2023-02');
    expect(got.get('evaluateMonths-credits')).toEqual(months.map((o) => o.credit));

    expect([...got.keys()]).toEqual([
      'evaluate',
      'credit',
      'subpath-same-module',
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
