/**
 * Runs the CLI for tests. `policyc` calls `main()` in this process (no `tsx`
 * start per call, which costs seconds on a loaded machine), capturing what it
 * writes to stdout and stderr and its exit code. `spawnPolicyc` starts a real
 * process, for what only a process shows (pipes, signals, concurrent builds).
 */
import { spawn } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../support/golden.js';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Write = typeof process.stdout.write;

function capture(into: string[]): Write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as Write;
}

/** `policyc …args` in-process, with NO_COLOR set unless `env` says otherwise; env values `undefined` unset a variable. */
export async function policyc(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const vars: NodeJS.ProcessEnv = { NO_COLOR: '1', FORCE_COLOR: undefined, ...env };
  const saved = new Map(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const out: string[] = [];
  const err: string[] = [];
  const { write: outWrite } = process.stdout;
  const { write: errWrite } = process.stderr;
  const cwd = process.cwd();
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  let status: number;
  try {
    process.chdir(repoRoot);
    status = await main(args);
  } finally {
    process.stdout.write = outWrite;
    process.stderr.write = errWrite;
    process.chdir(cwd);
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** `policyc …args` as a separate process (`node --import tsx src/cli/main.ts`), from the repository root. */
export function spawnPolicyc(args: readonly string[], opts: { env?: NodeJS.ProcessEnv; shell?: string } = {}): Promise<CliResult> {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env };
  const cmd = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', ...args];
  const child = opts.shell
    ? spawn('sh', ['-c', `${cmd.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')} ${opts.shell}`], { cwd: repoRoot, env })
    : spawn(cmd[0]!, cmd.slice(1), { cwd: repoRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A stack frame line, which must never reach the user. */
export const STACK_FRAME = '    at ';
