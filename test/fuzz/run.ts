/**
 * Long fuzzing campaign: `npm run fuzz -- --runs 1000000 [--seed N] [--batch 2000] [--no-save] [--codegen]
 * [--hostile] [--budget MS]`, or `npm run fuzz -- --replay <seed>:<path>` to print one failing case again.
 * `--hostile` fuzzes the generated hostile classes of test/fuzz/hostile.ts (deep nesting, long chains and
 * names, many cases, huge domains, name clashes, control characters, line endings) instead of mutated seeds.
 * Every input has a time budget (default 2000 ms of CPU time, which other load on the machine does not
 * inflate): slower ones are reported as hangs, and the slowest is shown.
 *
 * Runs the property of test/properties/compile-never-throws.prop.test.ts in batches of fast-check
 * runs, each batch with its own seed (base seed + batch index), so a failure does not end the
 * campaign. Each distinct failure is shrunk by fast-check, then line by line, printed with its seed
 * and path, and saved under test/golden/fuzz/ as a `# @run: test` fixture: once the compiler is
 * fixed, `npm run test:update` writes its golden and it stays as a regression test.
 * `--codegen` also generates TypeScript for every clean case (much slower).
 * Ends with the number of cases run, the rate and the failures; exit 1 when anything failed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import fc from 'fast-check';
import { repoRoot } from '../support/golden.js';
import { hostileArb } from './hostile.js';
import { caseArb, checkCase, loadSeeds, type Case } from './mutate.js';
import { arg, argv } from './args.js';

const runs = Number(arg('runs', '20000'));
const baseSeed = Number(arg('seed', String(Date.now() % 2 ** 31)));
const batch = Math.max(1, Number(arg('batch', '2000')));
const replay = arg('replay', '');
const save = !argv.includes('--no-save');
const codegen = argv.includes('--codegen');
const hostileMode = argv.includes('--hostile');
const budgetMs = Number(arg('budget', '2000'));
const outDir = 'test/golden/fuzz';
if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(baseSeed) || !(budgetMs > 0) || (replay && !/^-?\d+:[\d:]+$/.test(replay))) {
  process.stderr.write('usage: npm run fuzz -- --runs N [--seed S] [--batch B] [--no-save] [--codegen] [--hostile] [--budget MS] | --replay SEED:PATH\n');
  process.exit(2);
}

const seeds = loadSeeds();
const arb = hostileMode ? hostileArb() : caseArb(seeds);
let slowest = { ms: 0, seed: '' };
const overBudget: { ms: number; seed: string }[] = [];
const started = Date.now();
let done = 0;
let lastDraw = 0;

/** One line of progress; redrawn in place on a terminal, every 10 s otherwise. */
function progress(failures: number, final = false): void {
  const now = Date.now();
  const tty = process.stderr.isTTY === true;
  if (!final && now - lastDraw < (tty ? 200 : 10_000)) return;
  lastDraw = now;
  const rate = done / Math.max((now - started) / 1000, 1e-3);
  const eta = Math.round((runs - done) / Math.max(rate, 1e-3));
  const line = `fuzz: ${done.toLocaleString('en')}/${runs.toLocaleString('en')} cases · ${rate.toFixed(0)}/s · ${failures} failure(s) · eta ${Math.floor(eta / 60)}m${eta % 60}s`;
  process.stderr.write(tty ? `\r${line.padEnd(90)}${final ? '\n' : ''}` : `${line}\n`);
}

const errorText = (e: unknown): string => (e instanceof Error ? (e.stack ?? e.message) : String(e)).replace(/^Error: /, '');
/** First line of the error with numbers and quoted names blurred, so one bug is saved once. */
const signature = (e: string): string => (e.split('\n')[0] ?? '').replace(/\d+/g, 'N').replace(/`[^`]*`/g, '`_`');

function failure(c: Case): string | undefined {
  try {
    checkCase(c, { codegen });
    return undefined;
  } catch (e) {
    return signature(errorText(e));
  }
}

const indent = (l: string): number => (l.trim() === '' ? Infinity : l.length - l.trimStart().length);

/** Drops whole indented blocks (a declaration with its cases), then runs of lines, while the same failure remains. */
function minimize(c: Case, sig: string): Case {
  let lines = c.text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    let end = i + 1;
    while (end < lines.length && indent(lines[end]!) > indent(lines[i]!)) end++;
    const fewer = [...lines.slice(0, i), ...lines.slice(end)];
    if (failure({ ...c, text: fewer.join('\n') }) === sig) lines = fewer;
  }
  for (let chunk = Math.max(1, lines.length >> 2); chunk >= 1; chunk = chunk >> 1) {
    for (let i = lines.length - chunk; i >= 0; i -= chunk) {
      const fewer = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (failure({ ...c, text: fewer.join('\n') }) === sig) lines = fewer;
    }
  }
  return { ...c, text: lines.join('\n') };
}

function saveFixture(c: Case): string {
  mkdirSync(join(repoRoot, outDir), { recursive: true });
  const hash = createHash('sha256').update(c.text).digest('hex').slice(0, 10);
  const header = ['# @run: test\n'];
  for (const e of c.extra) {
    const name = `parent-${hash}-${posix.basename(e.path)}`;
    writeFileSync(join(repoRoot, outDir, name), e.text);
    header.push(`# @with: ${name}\n`);
  }
  const file = posix.join(outDir, `crash-${hash}.policy`);
  writeFileSync(join(repoRoot, file), header.join('') + c.text);
  return file;
}

function report(n: number, c: Case, seed: number, path: string, error: string, file?: string): void {
  process.stderr.write(
    `\nFAILURE ${n}: fast-check seed ${seed}, path "${path}" (replay: npm run fuzz -- --replay ${seed}:${path})\n` +
      `  seed file: ${c.seed}${file ? `\n  saved as:  ${file}` : ''}\n  error:     ${error.split('\n').slice(0, 6).join('\n             ')}\n` +
      `--- minimized text (${c.text.length} chars) ---\n${c.text}\n--- end ---\n`,
  );
}

if (replay) {
  const [seed, ...path] = replay.split(':');
  const d = fc.check(
    fc.property(arb, (c) => checkCase(c, { codegen })),
    { seed: Number(seed), path: path.join(':'), numRuns: 1 },
  );
  if (!d.failed || !d.counterexample) process.stdout.write('replay: the case passes now\n');
  else report(1, d.counterexample[0], Number(seed), path.join(':'), errorText(d.errorInstance));
  process.exit(d.failed ? 1 : 0);
}

const failures = new Map<string, { c: Case; file?: string }>();
const prop = fc.property(arb, (c) => {
  done++;
  progress(failures.size);
  const t0 = process.cpuUsage();
  try {
    checkCase(c, { codegen });
  } finally {
    const t = process.cpuUsage(t0);
    const ms = (t.user + t.system) / 1000;
    if (ms > slowest.ms) slowest = { ms, seed: c.seed };
    if (ms > budgetMs) overBudget.push({ ms, seed: c.seed });
  }
});
let batchIndex = 0;
while (done < runs) {
  const seed = (baseSeed + batchIndex++) | 0;
  const before = done;
  const d = fc.check(prop, { numRuns: Math.min(batch, runs - done), seed });
  done = before + d.numRuns; // shrinking re-runs the property; count only the generated cases
  if (!d.failed || !d.counterexample) continue;
  const error = errorText(d.errorInstance);
  const sig = signature(error);
  if (failures.has(sig)) continue;
  const c = minimize(d.counterexample[0], sig);
  const file = save ? saveFixture(c) : undefined;
  failures.set(sig, { c, ...(file ? { file } : {}) });
  report(failures.size, c, seed, d.counterexamplePath ?? '', error, file);
}
progress(failures.size, true);
const secs = (Date.now() - started) / 1000;
process.stdout.write(
  `fuzz: ${done} cases in ${secs.toFixed(1)} s (${(done / secs).toFixed(0)} cases/s) from ${seeds.length} seed files, ` +
    `base seed ${baseSeed}${codegen ? ', with codegen' : ''}${hostileMode ? ', hostile classes' : ''}; ${failures.size} distinct failure(s); ` +
    `${overBudget.length} over the ${budgetMs} ms CPU budget; slowest ${slowest.ms.toFixed(0)} ms CPU (${slowest.seed})\n`,
);
for (const o of overBudget.slice(0, 20)) process.stdout.write(`  over budget: ${o.ms.toFixed(0)} ms CPU  ${o.seed}\n`);
for (const [sig, f] of failures) process.stdout.write(`  ${sig}  ← ${f.c.seed}${f.file ? ` (saved ${f.file})` : ''}\n`);
process.exitCode = failures.size || overBudget.length ? 1 : 0;
