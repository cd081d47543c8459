/**
 * Sets, open sets and `unknown` end to end: a policy with a closed set, a dated open set and an
 * `unknown` case compiles cleanly, its generated module passes tsc --strict and tests membership
 * with one `&` (no allocation per call), and the generated evaluator agrees with the reference
 * interpreter on every input, failures (kind `unknown`) included.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '@policyc/runtime';
import { EvalError, Interpreter, type Value } from '../../src/interpret/interpret.js';
import { compile } from '../../src/index.js';
import { parseMonthText } from '../../src/check/expr.js';
import { generateText } from '../support/generate.js';
import { typeErrors } from '../support/checks.js';

const path = 'test/codegen/sets.policy';
const text = `region sets_demo
  rounding half_up to fen
  horizon from 2024-01 to 2025-12
  input month: month
  input relation: one of self, spouse, parent, cousin
  input province: one of jiangsu, hebei, henan
  parameter close: set of relation = {spouse, parent}
  parameter pilot: open set of province
    before 2024-12: {jiangsu}
    from 2024-12: {jiangsu, hebei}
  output relative: boolean = relation in close
  output outsider: boolean = relation not in close
  output piloted: boolean = province in pilot
  output not_piloted: boolean = spouse in close and province not in pilot
  output decision: one of allowed, rejected, asked
    when relation is self: allowed
    when relation in close and province in pilot: allowed
    when relation is cousin: unknown
    otherwise: rejected
  output self_or_piloted: boolean = relation is self or province in pilot
`;

type Module = { evaluate(i: unknown): Record<string, unknown> };
const months = ['2024-11', '2024-12'];
const relations = ['self', 'spouse', 'parent', 'cousin'];
const provinces = ['jiangsu', 'hebei', 'henan'];

describe('sets and open sets', () => {
  const c = compile([{ path, text }]);
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  const file = join(mkdtempSync(join(resolve('node_modules/.cache'), 'gen-')), 'sets.ts');
  const code = generateText(path, text);
  writeFileSync(file, code);

  it('compile cleanly: `in` / `not in` on a constant and on a dated set cover every input', () => {
    expect(c.diagnostics).toEqual([]);
  });

  it('generate TypeScript that passes tsc --strict, testing membership with one `&` and no allocation', () => {
    expect(typeErrors([file])).toEqual([]);
    // specialised per relation (the population dispatch), a member's bit is a literal
    expect(code).toMatch(/\(close & (\d+|bitOfRelation\(relation\))\) !== 0/);
    expect(code).toMatch(/named\(pilot & bitOfProvince\(province\), "pilot"/);
    const membership = code.split('\n').filter((l) => /\b(close|pilot) &/.test(l));
    expect(membership.length).toBeGreaterThan(0);
    for (const l of membership) expect(l).not.toMatch(/indexOf|new |\.includes\(|\[/);
  });

  it('agree with the interpreter on every input: values, and `unknown` failures for the outputs that depend on them', async () => {
    const m = (await import(file)) as Module;
    const interp = new Interpreter(c.regions[0]!);
    let unknowns = 0;
    for (const month of months) {
      for (const relation of relations) {
        for (const province of provinces) {
          const inputs = new Map<string, Value>([
            ['month', { k: 'month', value: parseMonthText(month)! }],
            ['relation', { k: 'enum', value: relation }],
            ['province', { k: 'enum', value: province }],
          ]);
          const ev = interp.evaluate(inputs);
          const out = m.evaluate({ month, relation, province });
          for (const name of ['relative', 'outsider', 'piloted', 'not_piloted', 'decision', 'self_or_piloted']) {
            const want = ev.outcome(name);
            let got: unknown;
            try {
              got = out[name];
            } catch (e) {
              got = e;
            }
            const where = `${name} for ${relation}, ${province}, ${month}`;
            if (want instanceof EvalError) {
              expect(got instanceof PolicyError ? got.kind : got, where).toBe(want.kind);
              if (want.kind === 'unknown') unknowns++;
            } else expect(got, where).toBe(want.value);
          }
        }
      }
    }
    expect(unknowns).toBeGreaterThan(0);
  });

  it('answer `unknown` only about members an open set does not name, never `false`', async () => {
    const m = (await import(file)) as Module;
    const henan = m.evaluate({ month: '2024-12', relation: 'spouse', province: 'henan' });
    expect(() => henan['piloted']).toThrow(/unknown/);
    expect(() => henan['decision']).toThrow(/unknown/);
    expect(henan['relative']).toBe(true); // does not depend on the open set
    // before 2024-12 the open set names jiangsu only: hebei is asked about, and unknown
    expect(() => m.evaluate({ month: '2024-11', relation: 'spouse', province: 'hebei' })['self_or_piloted']).toThrow(/unknown/);
    expect(m.evaluate({ month: '2024-12', relation: 'spouse', province: 'hebei' })['self_or_piloted']).toBe(true);
    expect(m.evaluate({ month: '2024-12', relation: 'self', province: 'henan' })['self_or_piloted']).toBe(true); // decided before asking
    expect(() => m.evaluate({ month: '2024-12', relation: 'cousin', province: 'jiangsu' })['decision']).toThrow(/unknown/);
  });
});
