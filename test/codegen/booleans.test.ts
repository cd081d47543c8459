/**
 * Booleans and list-valued outputs end to end: the fixture's boolean guards pass the coverage
 * proof, its generated module type-checks under tsc --strict, and traces show months as `YYYY-MM`.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFromJson, renderExplanation } from '../../src/cli/explain.js';
import { Interpreter, type InterpStep } from '../../src/interpret/interpret.js';
import { compile } from '../../src/index.js';
import { generateText } from '../support/generate.js';
import { sameApiValue, toApi } from '../support/policies.js';
import { typeErrors } from '../support/checks.js';

const path = 'test/golden/coverage/good/booleans-and-list-outputs.policy';
const text = readFileSync(path, 'utf8');
const input = { status: 'employed', insured: true, disabled: false, base: 500000, month: '2023-06' };

type Step = { name: string; value: unknown; unit: string };
type Module = { evaluate(i: unknown, o?: { trace: boolean }): unknown };

describe('booleans and list outputs', () => {
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'gen-'));
  const file = join(dir, 'flags.ts');
  writeFileSync(file, generateText(path, text));

  it('compile cleanly (no PD5003 for `when x = true` / `when x = false` / `when x` / `when not x`, no PD2001 for own members)', () => {
    expect(compile([{ path, text }]).diagnostics).toEqual([]);
  });

  it('generate TypeScript that passes tsc --strict', () => {
    expect(typeErrors([file])).toEqual([]);
  });

  it('evaluate and trace: booleans as booleans, list members as strings, months as YYYY-MM', async () => {
    const m = (await import(file)) as Module;
    expect(m.evaluate(input)).toEqual({ tier: 'full', credit: 10000, covered: true });
    const { steps } = m.evaluate(input, { trace: true }) as { steps: Step[] };
    const byName = new Map(steps.map((s) => [s.name, s]));
    expect(byName.get('switch_month')).toMatchObject({ value: '2023-01', unit: 'month' });
    expect(byName.get('start')).toMatchObject({ value: '2023-06', unit: 'month' });
    expect(byName.get('eligible')?.value).toBe(true);
    expect(byName.get('tier')?.value).toBe('full');
  });

  it('agrees with the reference interpreter on every combination of the boolean and list inputs', async () => {
    const m = (await import(file)) as Module;
    const r = compile([{ path, text }]).regions[0]!;
    let n = 0;
    for (const status of ['employed', 'retired'])
      for (const insured of [true, false])
        for (const disabled of [true, false])
          for (const month of ['2020-01', '2022-12', '2023-01', '2030-06'])
            for (const base of [0, 1, 250049, 10000000]) {
              const row = { status, insured, disabled, base, month };
              const want = new Interpreter(r).run(inputFromJson(r, row).values);
              const got = m.evaluate(row) as Record<string, unknown>;
              for (const k of ['tier', 'credit', 'covered']) expect(sameApiValue(got[k], toApi(want.get(k)!)), `${k} ${JSON.stringify(row)}`).toBe(true);
              n++;
            }
    expect(n).toBe(128);
  });

  it('the interpreter explanation shows the same months', () => {
    const r = compile([{ path, text }]).regions[0]!;
    const steps: InterpStep[] = [];
    new Interpreter(r).run(inputFromJson(r, input).values, steps);
    const en = renderExplanation(r, steps, 'en');
    expect(en).toContain('switch_month = 2023-01');
    // `start` is read by no output: an explanation omits it (issue 9 item 5)
    expect(en).not.toMatch(/^ {2}start = /m);
    expect(en).toContain('tier = full');
  });
});
