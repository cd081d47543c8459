/**
 * User names cannot reach the generator's own identifiers. Every identifier
 * the generator writes (read from the committed generated modules and from
 * its reserved list), JavaScript globals, prototype names and reserved words
 * is used as an input, month input, output, define, parameter and region
 * name. Each policy either gets a diagnostic, or its generated module loads,
 * evaluates like the interpreter, and rejects bad input with a PolicyError —
 * never a load failure, a TypeError, or a hang.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateAll, indexModule } from '../../src/codegen/emit.js';
import { GENERATOR_NAMES } from '../../src/codegen/naming.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import type { IrRegion } from '../../src/ir/ir.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { EvalError, Interpreter, isAbsent } from '../../src/interpret/interpret.js';
import { tsNameKey } from '../../src/check/names.js';
import { compile } from '../../src/index.js';
import { PolicyError } from '../../src/runtime/errors.js';
import * as runtimeModule from '../../src/runtime/index.js';
import { sameApiValue, toApi } from '../support/policies.js';
import { typeErrors } from '../support/checks.js';

/** Every identifier in the committed generated modules. */
function generatedIdentifiers(): string[] {
  const out = new Set<string>();
  for (const f of readdirSync('generated').filter((x) => x.endsWith('.ts'))) {
    const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, readFileSync(join('generated', f), 'utf8'));
    for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
      if (k === ts.SyntaxKind.Identifier || (k >= ts.SyntaxKind.FirstKeyword && k <= ts.SyntaxKind.LastKeyword)) out.add(scanner.getTokenText());
    }
  }
  return [...out];
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).concat(Object.getOwnPropertyNames(Function.prototype), 'prototype', '__proto__');
const extra = ['L0', 'L1', 'S0', 'S1', 'B0', 'first', 'last', 'person', 'from_', 'bad_member', 'format_month', 'parse_month', 'Float64Array', 'region', 'index', 'index_', 'a_b', 'aB'];
const HOSTILE = [...new Set([...GENERATOR_NAMES, ...generatedIdentifiers(), ...prototypeNames, ...extra])]
  .filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
  .sort();

const HEAD = (region: string): string => `region ${region}\n  rounding half_up to fen\n  horizon from 2020-01 to 2030-12\n`;

/** One policy per role; `names` are hostile, every other name is fixed. */
const roles: Record<string, (names: readonly string[]) => string> = {
  // every third name is an enum input (its type alias is named after it), the others money
  input: (ns) =>
    `${HEAD('hostile')}  input status: one of employed, retired\n${ns.map((n, k) => `  input ${n}: ${k % 3 === 2 ? 'one of alpha, beta' : 'money per month'}\n`).join('')}  input month: month\n` +
    `  output total: money per month\n    for employed: ${ns.filter((_, k) => k % 3 !== 2).join(' + ') || '0'}\n    for retired: 0\n` +
    ns.filter((_, k) => k % 3 === 2).map((n) => `  output is_${n}: money per month\n    when ${n} is alpha: 1.00\n    otherwise: 2.00\n`).join(''),
  month: (ns) =>
    `${HEAD('hostile')}  input base: money per month\n${ns.map((n) => `  input ${n}: month\n`).join('')}` +
    `  output total: money per month\n    before 2023-01: base\n    from 2023-01: round(base * 2%)\n`,
  output: (ns) => `${HEAD('hostile')}  input base: money per month\n  input month: month\n${ns.map((n) => `  output ${n}: money per month = base\n`).join('')}`,
  define: (ns) =>
    `${HEAD('hostile')}  input status: one of employed, retired\n  input base: money per month\n  input month: month\n` +
    `${ns.map((n) => `  define ${n}: money per month\n    for employed: round(base * 3%)\n    for retired: not applicable\n`).join('')}` +
    `  output total: money per month\n    for employed: ${ns.join(' + ')}\n    for retired: 0\n`,
  parameter: (ns) =>
    `${HEAD('hostile')}  input base: money per month\n  input month: month\n${ns.map((n, k) => `  parameter ${n}: rate = ${k % 7}%\n`).join('')}` +
    `  output total: money per month = ${ns.map((n) => `round(base * ${n})`).join(' + ')}\n`,
};

const runtime = resolve('src/runtime/index.ts').replace(/\\/g, '/');
mkdirSync(resolve('node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'hostile-'));

const written: string[] = [];

interface Module {
  evaluate(i: object, o?: object): Record<string, unknown>;
  evaluateMonths?(p: object, from: string, to: string): unknown[];
}

/** Writes every region's module and the index; returns the loaded index. */
async function load(regions: readonly IrRegion[], tag: string): Promise<Record<string, Module>> {
  const sink = new DiagnosticSink();
  const mods = generateAll(regions, sink, { runtime });
  expect(sink.items.map((d) => d.code)).toEqual([]);
  const sub = join(dir, tag);
  mkdirSync(sub);
  for (const m of [...mods, indexModule(mods)]) writeFileSync(join(sub, m.fileName), m.text);
  if (tag !== 'month') written.push(...mods.map((m) => join(sub, m.fileName)), join(sub, 'index.ts'));
  // the files are type-checked by tsc below; to run them, each module is transpiled (types erased) and
  // linked to the runtime this test imports, which costs milliseconds where importing hundreds of
  // files through the test runner's module pipeline costs seconds
  const index = linkModules([...mods, indexModule(mods)]) as { regions: Record<string, Module> };
  return index.regions;
}

/** Runs generated modules as CommonJS: `@policyc/runtime` (or the `runtime` path) is the runtime, `./x.js` a sibling. */
function linkModules(mods: readonly { readonly fileName: string; readonly text: string }[]): Record<string, unknown> {
  const text = new Map(mods.map((m) => [m.fileName, m.text]));
  const loaded = new Map<string, Record<string, unknown>>();
  const load = (file: string): Record<string, unknown> => {
    const done = loaded.get(file);
    if (done) return done;
    const exports: Record<string, unknown> = {};
    loaded.set(file, exports);
    const js = ts.transpileModule(text.get(file)!, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const require = (spec: string): unknown => {
      if (spec === '@policyc/runtime' || spec === runtime || spec === runtime.replace(/\.ts$/, '.js')) return runtimeModule;
      const sibling = spec.replace(/^\.\//, '').replace(/\.js$/, '.ts');
      if (!text.has(sibling)) throw new Error(`unexpected import ${spec}`);
      return load(sibling);
    };
    // the CommonJS module wrapper: running the generated module, as importing it would (the compiler itself never evaluates anything)
    new Function('exports', 'require', js)(exports, require);
    return exports;
  };
  return load('index.ts');
}

function sampleInput(r: IrRegion, k: number): Record<string, unknown> {
  const value = (i: IrRegion['inputs'][number]): unknown => {
    const t = i.ty;
    if (t.k === 'enum') return t.members[k % t.members.length];
    if (t.k === 'month') return `${2020 + (k % 10)}-${String(1 + ((k * 5) % 12)).padStart(2, '0')}`;
    if (t.k === 'bool') return k % 2 === 0;
    return Number(i.low!.num) + ((k * 7919 + 13) % 500000);
  };
  // own properties even for `__proto__`
  return Object.fromEntries(r.inputs.map((i) => [i.name, value(i)]));
}

/** The module evaluates like the interpreter, and rejects a bad value of every input with a PolicyError. */
function checkAgainstInterpreter(r: IrRegion, mod: Module): void {
  const interp = new Interpreter(r);
  const outputs = r.decls.filter((d) => d.declKind === 'output');
  for (let k = 0; k < 6; k++) {
    const input = sampleInput(r, k);
    let want: Map<string, unknown> | string;
    try {
      want = interp.run(new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name])])));
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      want = e.kind;
    }
    let got: Record<string, unknown> | string;
    try {
      got = mod.evaluate(input);
      mod.evaluate(input, { trace: true });
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      got = e.kind;
    }
    if (typeof want === 'string' || typeof got === 'string') {
      expect(got, `${r.name} ${JSON.stringify(input)}`).toEqual(want);
      continue;
    }
    expect(Object.keys(got).sort()).toEqual(outputs.map((d) => d.name).sort());
    for (const d of outputs) {
      const w = want.get(d.name) as Parameters<typeof isAbsent>[0];
      expect(sameApiValue(got[d.name], isAbsent(w) ? null : toApi(w as never)), `${r.name}.${d.name}`).toBe(true);
    }
  }
  for (const i of r.inputs) {
    const bad = Object.fromEntries(Object.entries(sampleInput(r, 0)).map(([n, v]) => [n, n === i.name ? (i.ty.k === 'month' ? 202301 : 'not a value') : v]));
    expect(() => mod.evaluate(bad), `${r.name}: bad ${i.name}`).toThrow(PolicyError);
  }
  if (r.monthInput && mod.evaluateMonths) {
    const person = Object.fromEntries(Object.entries(sampleInput(r, 1)).filter(([n]) => n !== r.monthInput));
    try {
      expect(mod.evaluateMonths(person, '2022-11', '2023-02')).toHaveLength(4);
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
    }
  }
}

/** Names that compile in a role, one policy each; the others must get a diagnostic, not a crash. */
function accepted(role: (ns: readonly string[]) => string): string[] {
  return HOSTILE.filter((n) => {
    const c = compile([{ path: 'policies/hostile.policy', text: role([n]) }]);
    expect(c.diagnostics.every((d) => /^PD\d{4}$/.test(d.code))).toBe(true);
    return c.diagnostics.length === 0;
  });
}

describe('hostile names never reach generated identifiers', () => {
  it(`tests ${HOSTILE.length} names`, () => {
    expect(HOSTILE.length).toBeGreaterThan(200);
    for (const n of ['first', 'last', 'person', 'L0', 'from_', 'bad_member', 'format_month', 'Float64Array', '__proto__', 'constructor', 'record', 'compute']) expect(HOSTILE).toContain(n);
  });

  for (const [role, policy] of Object.entries(roles)) {
    it(`as ${role} names`, async () => {
      const names = accepted(policy);
      expect(names.length).toBeGreaterThan(100);
      // all at once (they also collide with each other), in batches small enough to read a failure
      // (names equal after case conversion, like `a_b` and `aB`, are a diagnostic within one region: separate batches)
      const batches: string[][] = [];
      if (role === 'month') names.forEach((n) => batches.push([n]));
      else
        for (const n of names) {
          const b = batches.find((x) => x.length < 60 && !x.some((y) => tsNameKey(y) === tsNameKey(n)));
          if (b) b.push(n);
          else batches.push([n]);
        }
      const regions: IrRegion[] = [];
      batches.forEach((b, k) => {
        const c = compile([{ path: `policies/h${k}.policy`, text: policy(b).replace('region hostile', `region h${k}`) }]);
        expect(c.diagnostics.map((d) => d.code), b.join(' ')).toEqual([]);
        regions.push(c.regions[0]!);
      });
      const mods = await load(regions, role);
      for (const r of regions) checkAgainstInterpreter(r, mods[r.name]!);
    }, 120_000);
  }

  it('as region names, with regions extending them', async () => {
    // module files are named after regions: names equal but for case (`record`, `Record`) would share a
    // file on case-insensitive file systems, which is a diagnostic of the checker, not tested here
    const seen = new Set<string>();
    const names = HOSTILE.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()))
      .filter((n) => compile([{ path: 'p.policy', text: `${HEAD(n)}  input base: money per month\n  output total: money per month = base\n` }]).diagnostics.length === 0);
    expect(names.length).toBeGreaterThan(100);
    const sources = names.flatMap((n, k) => [
      { path: `policies/r${k}.policy`, text: `${HEAD(n)}  input base: money per month\n  parameter share: rate = 3%\n  output total: money per month = round(base * share)\n` },
      ...(k % 10 === 0 ? [{ path: `policies/c${k}.policy`, text: `region child_${k} extends ${n}\n  override parameter share: rate = 4%\n` }] : []),
    ]);
    const c = compile(sources);
    // names that collide after case conversion may get a diagnostic; every other region must load
    const clean = c.diagnostics.length === 0 ? c.regions : c.regions.filter((r) => !c.diagnostics.some((d) => d.span.file.includes(`/${r.file.split('/').pop()}`)));
    const mods = await load(clean, 'regions');
    expect(Object.keys(mods).sort()).toEqual(clean.map((r) => r.name).sort());
    for (const r of clean) checkAgainstInterpreter(r, mods[r.name]!);
  }, 120_000);

  it('every module generated above type-checks under tsc --strict', () => {
    expect(written.length).toBeGreaterThan(20);
    expect(typeErrors(written)).toEqual([]);
  }, 120_000);
});
