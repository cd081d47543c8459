/**
 * Generated modules share instead of copying: a region that extends another
 * imports every rule, descriptor and constant that is identical in its parent
 * (through the parent's `$shared`), identical rule functions and descriptors
 * are emitted once, and a rule that reads a parameter the child overrides is
 * never imported — the child computes it with its own value.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, indexModule } from '../../src/codegen/emit.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { Interpreter } from '../../src/interpret/interpret.js';
import { compile } from '../../src/index.js';
import { toApi } from '../support/policies.js';

const parent = `region base_r
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, retired, flexible
  input base: money per month
  input month: month
  parameter employee_rate: rate = 2%
  parameter fixed: money per month = 70.00
  output personal: money per month
    for employed: round(base * employee_rate)
    for retired, flexible: 0
  output lump: money per month
    for retired:
      before 2023-01: round(base * 4.5%)
      from 2023-01: fixed
    for employed, flexible: 0
  output credit: money per month = personal + lump
`;
const child = `region child_r extends base_r
  override parameter fixed: money per month = 75.00
`;
const grandchild = `region grandchild_r extends child_r
  override parameter employee_rate: rate = 3%
`;

describe('extending regions import what they share with their parent', () => {
  const c = compile([
    { path: 'policies/base.policy', text: parent },
    { path: 'policies/child.policy', text: child },
    { path: 'policies/grandchild.policy', text: grandchild },
  ]);
  const runtime = resolve('src/runtime/index.ts').replace(/\\/g, '/');
  const mods = generateAll(c.regions, new DiagnosticSink(), { runtime });
  const text = (name: string): string => mods.find((m) => m.region === name)!.text;

  it('compiles clean', () => expect(c.diagnostics.map((d) => d.code)).toEqual([]));

  it('a child imports the rules that do not read what it overrides, and defines the others', () => {
    const childText = text('child_r');
    expect(childText).toContain('from "./base_r.js"');
    // `personal` reads employee_rate (not overridden): imported, not copied
    expect(childText).not.toMatch(/function computePersonal/);
    expect(text('base_r')).toMatch(/function computePersonalEmployed\(base: number\): number/);
    // `lump` for retired reads `fixed`, which the child overrides: its own function, with its own value
    expect(childText).toMatch(/function computeLumpRetired\(/);
    expect(childText).toMatch(/const fixed = 7500;/);
    // the grandchild overrides employee_rate: it defines `personal`, and imports `lump` from the child
    expect(text('grandchild_r')).toMatch(/function computePersonalEmployed\(/);
    expect(text('grandchild_r')).not.toMatch(/function computeLumpRetired\(/);
    expect(text('grandchild_r')).toContain('from "./child_r.js"');
    // parents export exactly what their children import, under one internal name
    expect(text('base_r')).toMatch(/\/\*\*\n \* @internal[^]*\nexport const \$shared = \{[^}]*computeForEmployed/);
    expect(text('grandchild_r')).not.toContain('$shared = {');
  });

  it('columnar kernels are shared like rule functions, and one per distinct member body', () => {
    const base = text('base_r');
    // base: employed computes `personal`; retired computes `lump`; flexible only stores constants
    expect(base.match(/^function columnarFor\w+\(/gm)).toEqual(['function columnarForEmployed(', 'function columnarForRetired(', 'function columnarForFlexible(']);
    // the child overrides `fixed` (read by retired's lump): its own retired kernel, the others imported
    expect(text('child_r').match(/^function columnarFor\w+\(/gm)).toEqual(['function columnarForRetired(']);
    expect(text('child_r')).toMatch(/const \{[^}]*columnarForEmployed[^}]*\} = \$parent;/);
    // the grandchild overrides employee_rate: its own employed kernel, retired's from the child
    expect(text('grandchild_r').match(/^function columnarFor\w+\(/gm)).toEqual(['function columnarForEmployed(']);
  });

  it('identical functions and descriptors are emitted once', () => {
    const base = text('base_r');
    const steps = [...base.matchAll(/^const S\d+: StepInfo = (.*);$/gm)].map((m) => m[1]);
    expect(new Set(steps).size).toBe(steps.length);
    const fns = [...base.matchAll(/^function \w+(\([^]*?\n)\}$/gm)].map((m) => m[1]);
    expect(new Set(fns).size).toBe(fns.length);
    // `retired, flexible: 0` is a value, not three functions returning 0
    expect(base).not.toMatch(/return 0;\n\}/);
  });

  it('every region evaluates like the interpreter', async () => {
    mkdirSync(resolve('node_modules/.cache'), { recursive: true });
    const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'share-'));
    for (const m of [...mods, indexModule(mods)]) writeFileSync(join(dir, m.fileName), m.text);
    const { regions } = (await import(join(dir, 'index.ts'))) as { regions: Record<string, { evaluate(i: object, o?: object): Record<string, unknown> }> };
    for (const r of c.regions) {
      const interp = new Interpreter(r);
      for (const status of ['employed', 'retired', 'flexible'])
        for (const month of ['2022-06', '2023-06'])
          for (const base of [0, 12345, 1000000]) {
            const input = { status, base, month };
            const want = interp.run(new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name as keyof typeof input])])));
            const got = regions[r.name]!.evaluate(input);
            for (const [k, v] of Object.entries(got)) expect(v, `${r.name}.${k} ${JSON.stringify(input)}`).toEqual(toApi(want.get(k) as never));
            expect(regions[r.name]!.evaluate(input, { trace: true })).toMatchObject({ value: got });
          }
    }
  });

  it('the seed regions that extend national are a fraction of its size', () => {
    const size = (f: string): number => readFileSync(join('generated', f)).length;
    for (const f of ['hunan.ts', 'province_f045.ts', 'national_reform_2024.ts']) expect(size(f), f).toBeLessThan(size('national.ts') * 0.8);
  });
});
