/**
 * A tiny application consuming the generated policy library exactly as a
 * downstream package would: it installs only `@policyc/evaluators` and
 * `@policyc/runtime` (no compiler), imports them through their "exports" maps
 * with their published `.d.ts` types, is compiled by tsc --strict and run by
 * node. `src/gen/national.ts` is a module exactly as `policyc build --out
 * src/gen` writes it (the test copies it from generated/): it imports the
 * runtime by package name, so it compiles here too.
 *
 * Each line of output is `<label> <JSON>` so the test can compare it with the
 * same calls made in-process against the sources.
 */
import { national, regions, type RegionName } from '@policyc/evaluators';
import * as nationalDirect from '@policyc/evaluators/national';
import * as copied from './gen/national.js';
import { PolicyError, formatFen, type PolicyErrorKind, type PolicyLocation, type TraceStep } from '@policyc/runtime';

function print(label: string, value: unknown): void {
  console.log(`${label} ${JSON.stringify(value)}`);
}

// One evaluation, with the typed Input and Output.
const input: national.Input = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };
const out: national.Output = national.evaluate(input);
const credit: number = out.credit;
const pooled: number = out.pooled;
print('evaluate', out);
print('credit', { fen: credit, yuan: formatFen(credit), pooled });

// The subpath export `policyc/generated/national` is the same module instance.
print('subpath-same-module', nationalDirect.evaluate === national.evaluate && nationalDirect.region === national.region);

// A module written into this project by `policyc build --out src/gen` computes the same.
print('copied-module-same', JSON.stringify(copied.evaluate(input)) === JSON.stringify(out) && copied.region === national.region);

// The input JSON Schema ships beside the module and resolves through the exports map.
print('schema-resolves', import.meta.resolve('@policyc/evaluators/national.input.schema.json').endsWith('/@policyc/evaluators/national.input.schema.json'));

// Every region is reachable by name through `regions`.
const names: RegionName[] = Object.keys(regions) as RegionName[];
print('regions-include-national', names.includes('national') && regions.national === national);
print('regions-national-source', regions.national.source);

// Bad input is rejected with a typed PolicyError carrying kind, field and policy location.
function attempt(label: string, bad: national.Input): void {
  try {
    national.evaluate(bad);
    print(label, 'no error');
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    const kind: PolicyErrorKind = e.kind;
    const field: string = e.field;
    const at: PolicyLocation = e.location;
    print(label, { name: e.name, kind, field, location: `${at.file}:${at.line}:${at.col}` });
  }
}
attempt('error-age', { ...input, age: 200 });
attempt('error-base', { ...input, base: 0.5 });
attempt('error-month', { ...input, month: '1999-01' });
// Input arriving untyped (e.g. parsed JSON) is validated at run time too.
const fromJson = JSON.parse('{"status":"student","age":40,"base":500000,"pension":0,"month":"2023-06","average_wage":800000,"flexible_rate":{"num":10,"den":100},"average_pension":350000}') as national.Input;
attempt('error-status', fromJson);

// Tracing: the overload with `{ trace: true }` returns Traced<Output>.
const { value, steps } = national.evaluate(input, { trace: true });
const creditStep: TraceStep | undefined = steps.find((s) => s.name === 'credit');
print('trace-value', value);
print('trace-credit-step', creditStep === undefined ? null : { branch: creditStep.branch, file: creditStep.file, value: creditStep.value });
print('trace-step-count', steps.length);

// Batches.
const rows: national.Input[] = [
  input,
  { status: 'employed', age: 70, base: 350000, pension: 0, month: '2022-12', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 },
  { status: 'retired', age: 70, base: 0, pension: 350000, month: '2023-01', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 },
  { status: 'flexible', age: 30, base: 400000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 },
];
const many: national.Output[] = national.evaluateMany(rows);
print(
  'evaluateMany-credits',
  many.map((o) => o.credit),
);
const months: national.Output[] = national.evaluateMonths({ status: 'employed', age: 40, base: 500000, pension: 0, average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 }, '2022-11', '2023-02');
print(
  'evaluateMonths-credits',
  months.map((o) => o.credit),
);
