/**
 * Input files of `policyc explain --input`: each region's JSON Schema (written
 * by `build` next to its module) validates them with one diagnostic per bad
 * field; every sample input shipped in policies/samples/ validates, is
 * accepted by the generated evaluator and explains.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { regions as generated } from '../../generated/index.js';
import { inputSchema, schemaFileName } from '../../src/codegen/schema.js';
import { checkInputFile, memberSpans } from '../../src/cli/input-schema.js';
import { inputFromJson } from '../../src/cli/explain.js';
import { EvalError, Interpreter, type InterpStep } from '../../src/interpret/interpret.js';
import { PolicyError } from '../../src/runtime/index.js';
import { compilePolicies } from '../support/policies.js';
import { repoRoot } from '../support/golden.js';
import { policyc, STACK_FRAME } from './run-cli.js';

const { regions } = compilePolicies();
const national = regions.find((r) => r.name === 'national')!;
const schema = inputSchema(national);
const ok = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };
const tmp = mkdtempSync(join(tmpdir(), 'policyc-explain-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Codes and the field named in each diagnostic for `input`, in order. */
function problems(input: unknown, source = JSON.stringify(input, null, 2)): string[] {
  return checkInputFile('in.json', source, schema).problems.map((d) => `${d.code} ${String(d.message.args[0])}`);
}

describe('the input JSON Schema of a region', () => {
  it('is draft 2020-12 with every input required, enums, integer bounds, months and no other property', async () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(national.inputs.map((i) => i.name));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.status).toMatchObject({ type: 'string', enum: ['employed', 'retired', 'flexible', 'resident'] });
    expect(schema.properties.age).toMatchObject({ type: 'integer', minimum: 16, maximum: 120 });
    expect(schema.properties.base).toMatchObject({ type: 'integer', minimum: 0, maximum: 100000000 });
    expect(schema.properties.base?.description).toMatch(/^money in integer fen per month, .*policies\/national\.policy:\d+/);
    expect(schema.properties.month).toMatchObject({ type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' });
  });

  it('is written next to every generated module, as build writes it', async () => {
    for (const r of regions) {
      const path = join(repoRoot, 'generated', schemaFileName(r.name));
      expect(existsSync(path), path).toBe(true);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(inputSchema(r))));
    }
  });
});

describe('checking an input file against the schema', () => {
  it('accepts a valid input', async () => {
    expect(problems(ok)).toEqual([]);
  });

  it('reports each bad field once, with its code', async () => {
    const bad = { status: 'astronaut', age: 40.5, base: '5000.00', month: '2023-13', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, bonus: 1 };
    expect(problems(bad)).toEqual(['PD9013 pension', 'PD9013 average_pension', 'PD9015 status', 'PD9015 age', 'PD9015 base', 'PD9015 month', 'PD9014 bonus']);
  });

  it('rejects each keyword: type, enum, minimum, maximum, pattern, boolean/null values', async () => {
    for (const [field, v] of [
      ['age', 15],
      ['age', 121],
      ['age', '40'],
      ['age', null],
      ['base', -1],
      ['base', 100000001],
      ['base', 1.5],
      ['status', 'Employed'],
      ['status', 1],
      ['month', '2023-6'],
      ['month', '2023-00'],
      ['month', 202306],
      ['month', true],
      ['average_wage', -1],
      ['flexible_rate', 0.1],
      ['flexible_rate', '10%'],
      ['flexible_rate', { num: 10 }],
    ] as const) {
      expect(problems({ ...ok, [field]: v }), `${field} = ${JSON.stringify(v)}`).toEqual([`PD9015 ${field}`]);
    }
  });

  it('agrees with the generated evaluator: what the schema rejects, evaluate rejects for the same field', async () => {
    const mod = await import('../../generated/national.js');
    for (const [field, v] of [
      ['age', 15],
      ['age', 40.5],
      ['base', -1],
      ['base', '5000.00'],
      ['status', 'astronaut'],
      ['month', '2023-13'],
      ['pension', null],
      ['flexible_rate', 0.1],
    ] as const) {
      const input = { ...ok, [field]: v };
      expect(problems(input)).toEqual([`PD9015 ${field}`]);
      let thrown: unknown;
      try {
        mod.evaluate(input as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, field).toBeInstanceOf(PolicyError);
      expect((thrown as PolicyError).field).toBe(field);
    }
  });

  it('a prototype-looking key is an unknown input, not a way around the check', async () => {
    expect(problems(null, '{"status":"employed","age":40,"base":500000,"pension":0,"month":"2023-06","average_wage":800000,"flexible_rate":{"num":10,"den":100},"average_pension":350000,"__proto__":{"x":1}}')).toEqual([
      'PD9014 __proto__',
    ]);
  });

  it('reports malformed JSON and a non-object at their place', async () => {
    const broken = checkInputFile('in.json', '{\n  "age": 40,\n}', schema).problems;
    expect(broken.map((d) => d.code)).toEqual(['PD9011']);
    expect(broken[0]!.span.start).toBeGreaterThan(0);
    for (const text of ['[]', '42', 'null', '"x"']) {
      expect(
        checkInputFile('in.json', text, schema).problems.map((d) => d.code),
        text,
      ).toEqual(['PD9012']);
    }
  });

  it('locates top-level members past nested values and escaped strings', async () => {
    const text = '{ "a\\"b": {"x": [1, {"y": "}"}]}, "c" : "q\\\\" ,\n"d":true}';
    const at = memberSpans(text);
    expect([...at.keys()]).toEqual(['a"b', 'c', 'd']);
    expect(text.slice(at.get('a"b')!.start, at.get('a"b')!.end)).toBe('{"x": [1, {"y": "}"}]}');
    expect(text.slice(at.get('c')!.start, at.get('c')!.end)).toBe('"q\\\\"');
    expect(text.slice(at.get('d')!.start, at.get('d')!.end)).toBe('true');
  });
});

describe('sample inputs in policies/samples/', () => {
  const samples = readdirSync(join(repoRoot, 'policies/samples')).sort();

  it('one per region, and no other', async () => {
    expect(samples).toEqual(regions.map((r) => `${r.name}.json`).sort());
  });

  for (const r of regions) {
    it(`${r.name}: validates, is accepted by the generated evaluator, and explains`, async () => {
      const file = `policies/samples/${r.name}.json`;
      const checked = checkInputFile(file, readFileSync(join(repoRoot, file), 'utf8'), inputSchema(r));
      expect(checked.problems).toEqual([]);
      const mod = (generated as Record<string, { evaluate: (i: unknown) => unknown }>)[r.name]!;
      expect(() => mod.evaluate(checked.value)).not.toThrow();
      const { values, problems: left } = inputFromJson(r, checked.value);
      expect(left).toEqual([]);
      const steps: InterpStep[] = [];
      // a sample may show a non-value the sources leave open (a range, `unknown`, `unresolved`): the
      // interpreter raises it for that output after tracing the steps that lead to it
      try {
        new Interpreter(r).run(values, steps);
      } catch (e) {
        if (!(e instanceof EvalError) || !['range', 'unknown', 'unresolved', 'unspecified'].includes(e.kind)) throw e;
      }
      expect(steps.length).toBeGreaterThan(0);
    });
  }
});

describe('policyc explain --input', () => {
  it('explains the shipped sample', async () => {
    const r = await policyc(['explain', '--region', 'national', '--input', 'policies/samples/national.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^How region `national`/);
  });

  it('prints one diagnostic per bad field at its line and column, and exits 1', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      '{\n  "status": "astronaut",\n  "age": 40,\n  "base": "5000.00",\n  "pension": 0,\n  "month": "2023-06",\n  "bonus": 1,\n  "average_wage": 800000,\n  "flexible_rate": { "num": 10, "den": 100 },\n  "average_pension": 350000\n}\n',
    );
    const r = await policyc(['explain', '--region', 'national', '--input', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const heads = r.stderr.split('\n').filter((l) => / error PD\d{4}:/.test(l));
    expect(heads).toEqual([
      `${bad}:2:13: error PD9015: input \`status\` must be one of employed, retired, flexible, resident, got "astronaut"`,
      `${bad}:4:11: error PD9015: input \`base\` must be a whole number from 0 to 100000000, got "5000.00"`,
      `${bad}:7:3: error PD9014: unknown input \`bonus\`; the inputs are status, age, base, pension, month, average_wage, flexible_rate, average_pension`,
    ]);
    expect(r.stderr).toMatch(/note: money in integer fen per month, 0\.\.100000000 — policies\/national\.policy:\d+/);
    expect(r.stderr).not.toContain(STACK_FRAME);
  });
});
