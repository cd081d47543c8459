/**
 * Do generated modules of fuzzed policies load, type-check and evaluate?
 * `npm run fuzz:load -- [--runs N] [--seed S]`
 *
 * Cases are the hostile classes of test/fuzz/hostile.ts (deep nesting, long
 * chains and names, huge domains, name clashes, unary chains, control
 * characters; at moderate sizes) and mutations of every policy and fixture
 * (test/fuzz/mutate.ts). Every case that compiles cleanly is generated into its
 * own folder; then all modules are type-checked in one `tsc --strict` program,
 * each is imported, and each region evaluates one valid random input, which
 * must give a value or a PolicyError for every output (never a TypeError,
 * a load failure or a hang: the whole campaign has a time budget per module).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { generateAll } from '../../src/codegen/emit.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { compile } from '../../src/index.js';
import type { IrRegion } from '../../src/ir/ir.js';
import { hostileArb } from './hostile.js';
import { caseArb, loadSeeds, type Case } from './mutate.js';
import { arg } from './args.js';

const runs = Number(arg('runs', '400'));
const seed = Number(arg('seed', '20261202'));
if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(seed)) {
  process.stderr.write('usage: npm run fuzz:load -- [--runs N] [--seed S]\n');
  process.exit(2);
}

// inside the repository, so generated modules resolve `@policyc/runtime` like the committed ones
mkdirSync(resolve('node_modules/.cache'), { recursive: true });
const root = mkdtempSync(join(resolve('node_modules/.cache'), 'fuzz-load-'));

interface Built {
  readonly c: Case;
  readonly dir: string;
  readonly regions: readonly IrRegion[];
  readonly files: readonly string[];
}

const cases = fc.sample(fc.oneof(hostileArb(0.05), caseArb(loadSeeds())), { numRuns: runs, seed });
const built: Built[] = [];
let clean = 0;
let crashes = 0;
for (const [k, c] of cases.entries()) {
  const r = compile([{ path: c.path, text: c.text }, ...c.extra.filter((e) => e.path !== c.path)]);
  if (r.diagnostics.some((d) => d.code === 'PD9002')) crashes++;
  if (r.diagnostics.some((d) => d.severity === 'error') || r.regions.length === 0) continue;
  clean++;
  const sink = new DiagnosticSink();
  let mods;
  try {
    mods = generateAll(r.regions, sink);
  } catch (e) {
    crashes++;
    process.stdout.write(`codegen crashed on ${c.seed}: ${(e as Error).message}\n`);
    continue;
  }
  const dir = join(root, `case${k}`);
  mkdirSync(dir);
  for (const m of mods) writeFileSync(join(dir, m.fileName), m.text);
  built.push({ c, dir, regions: r.regions, files: mods.map((m) => join(dir, m.fileName)) });
}

// one strict program over every generated module
const program = ts.createProgram(
  built.flatMap((b) => b.files),
  { lib: ['lib.es2022.d.ts'], strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: [] },
);
const typeErrors = new Map<string, string>();
for (const d of ts.getPreEmitDiagnostics(program)) {
  const f = d.file?.fileName ?? '?';
  if (!typeErrors.has(f)) typeErrors.set(f, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * A PolicyError from the module's runtime. Generated modules here load `@policyc/runtime` from its
 * package (its built JavaScript), this script from the sources, so the class is matched by its shape.
 */
const isPolicyError = (e: unknown): boolean => e instanceof Error && e.name === 'PolicyError' && typeof (e as { kind?: unknown }).kind === 'string';

let loaded = 0;
let loadFailures = 0;
let evaluated = 0;
let evalFailures = 0;
let slowest = { ms: 0, seed: '' };
for (const b of built) {
  for (const r of b.regions) {
    const file = b.files.find((f) => f.endsWith(`/${r.name}.ts`) || f.endsWith(`/${r.name}_.ts`));
    if (!file) continue;
    const t0 = performance.now();
    let mod: { evaluate(i: unknown): Record<string, unknown> };
    try {
      mod = (await import(file)) as typeof mod;
      loaded++;
    } catch (e) {
      loadFailures++;
      process.stdout.write(`load failed: ${b.c.seed} ${r.name}: ${(e as Error).message}\n`);
      continue;
    }
    const [input] = fc.sample(regionInputs(r), { numRuns: 1, seed });
    try {
      const out = mod.evaluate(input);
      for (const key of Object.keys(out)) {
        try {
          void out[key];
        } catch (e) {
          if (!isPolicyError(e)) throw e;
        }
      }
      evaluated++;
    } catch (e) {
      if (isPolicyError(e)) evaluated++;
      else {
        evalFailures++;
        const saved = join(resolve('node_modules/.cache'), `fuzz-load-failure-${evalFailures}.policy`);
        writeFileSync(saved, b.c.text);
        process.stdout.write(`evaluate threw ${(e as Error).name} for ${b.c.seed} ${r.name}: ${(e as Error).message} (input ${JSON.stringify(input)}; policy saved to ${saved})\n`);
      }
    }
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, seed: `${b.c.seed} ${r.name}` };
  }
}
for (const [f, m] of [...typeErrors].slice(0, 10)) process.stdout.write(`type error in ${f}: ${m}\n`);
process.stdout.write(
  `${runs} cases (seed ${seed}): ${clean} compiled cleanly; ${crashes} crashes; ${built.reduce((a, b) => a + b.files.length, 0)} modules generated; ` +
    `${typeErrors.size} fail to type-check; ${loaded} loaded, ${loadFailures} fail to load; ${evaluated} evaluated, ${evalFailures} with a non-PolicyError; ` +
    `slowest load+evaluate ${slowest.ms.toFixed(0)} ms (${slowest.seed})\n`,
);
rmSync(root, { recursive: true, force: true });
process.exitCode = crashes || typeErrors.size || loadFailures || evalFailures ? 1 : 0;
