/**
 * The exported entry points of a generated module: input validation (every
 * field, with the policy location of its declaration), `evaluate` (with an
 * optional trace), and the batch forms `evaluateMany` and `evaluateMonths`
 * (`evaluateColumnar` is src/codegen/columnar.ts).
 */
import type { ModuleBuilder } from './module.js';
import type { IrInput } from '../ir/ir.js';
import { rateScale } from '../analysis/rate-scale.js';
import { unitOf, type Gen } from './context.js';
import { commentText, stringLiteral } from './naming.js';
import { listInvalid, listValidate } from './items.js';

/** A rate input's domain as numerators over its fixed denominator, and that denominator. */
export function rateBounds(i: IrInput): [string, string, string] {
  const d = rateScale(i);
  return [String((i.low!.num * d) / i.low!.den), String((i.high!.num * d) / i.high!.den), String(d)];
}

/**
 * Reading an input object's fields into locals (`read`), and the one combined
 * test of the hot path (`tests`: any true = invalid; the cold `invalid` finds
 * and reports the offending field). The population is validated by `compute`'s dispatch.
 */
export function inputTests(g: Gen, dispatch: string | undefined, src = 'input'): { read(i: IrInput): string; tests: string[] } {
  const r = g.r;
  const bad = (i: IrInput): string | undefined => {
    const v = g.inputLocal.get(i.name)!;
    switch (i.ty.k) {
      case 'enum':
        return i.name === dispatch ? undefined : `(${i.ty.members.map((m) => `${v} !== ${stringLiteral(m)}`).join(' && ')})`;
      case 'month':
        return `${v} < H_START || ${v} > H_END`;
      case 'bool':
        return `(${v} !== true && ${v} !== false)`;
      case 'rate': {
        const [lo, hi] = rateBounds(i);
        return `!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}`;
      }
      case 'list':
        return listInvalid(g, i, v);
      default:
        return `!Number.isInteger(${v}) || ${v} < ${i.low!.num} || ${v} > ${i.high!.num}`;
    }
  };
  const read = (i: IrInput): string =>
    i.ty.k === 'month'
      ? `const ${g.inputLocal.get(i.name)!} = parseMonth(${src}.${i.name});`
      : i.ty.k === 'rate'
        ? `const ${g.inputLocal.get(i.name)!} = rateNumerator(${src}.${i.name}, ${rateScale(i)});`
        : `const ${g.inputLocal.get(i.name)!} = ${src}.${i.name};`;
  // only own properties are input: a field inherited through the prototype chain is missing
  const own = r.inputs.map((i) => `!hasOwn(${src}, ${stringLiteral(i.name)})`);
  return { read, tests: [...r.inputs.map(bad).filter((x): x is string => x !== undefined), ...own] };
}

/** `run`, `evaluate`, `evaluateMany` (and, for stateless regions, `evaluateMonths`; stateful ones get theirs from src/codegen/timeline.ts). */
export function addEntryPoints(sf: ModuleBuilder, g: Gen, dispatch: string | undefined, stateful = false): void {
  const r = g.r;
  const inputLocs = new Map(r.inputs.map((i) => [i.name, g.loc(i.source)]));
  const link = (s: string): string => g.items.link(s);
  /** Validation of one input field; the population is validated by `compute`'s dispatch. */
  const validate = (i: IrInput, src: string): string => {
    const v = g.inputLocal.get(i.name)!;
    const L = inputLocs.get(i.name)!;
    const f = stringLiteral(i.name);
    switch (i.ty.k) {
      case 'enum': {
        if (i.name === dispatch) return `const ${v} = ${src}.${i.name};`;
        const ms = i.ty.members.map(stringLiteral);
        return `const ${v} = ${src}.${i.name};\nif (${ms.map((m) => `${v} !== ${m}`).join(' && ')}) badMember(${f}, ${v}, [${ms.join(', ')}], ${L});`;
      }
      case 'month':
        return `const ${v} = parseMonth(${src}.${i.name});\nif (${v} < H_START || ${v} > H_END) badMonth(${f}, ${src}.${i.name}, ${v}, H_START, H_END, ${L});`;
      case 'bool':
        return `const ${v} = ${src}.${i.name};\nif (${v} !== true && ${v} !== false) badBoolean(${f}, ${v}, ${L});`;
      case 'rate': {
        const [lo, hi, d] = rateBounds(i);
        return `const ${v} = rateNumerator(${src}.${i.name}, ${d});\nif (!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}) badRate(${f}, ${src}.${i.name}, ${d}, ${lo}, ${hi}, ${L});`;
      }
      case 'list':
        return listValidate(g, i, src, L);
      default: {
        const lo = String(i.low!.num);
        const hi = String(i.high!.num);
        return `const ${v} = ${src}.${i.name};\nif (!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}) badNumber(${f}, ${v}, ${lo}, ${hi}, ${stringLiteral(unitOf(i.ty) || 'units')}, ${L});`;
      }
    }
  };
  const args = g.computeInputs.map((n) => g.inputLocal.get(n)!);
  const monthIn = r.inputs.find((i) => i.name === r.monthInput);
  const name = commentText(r.name);

  const { read, tests } = inputTests(g, dispatch);
  /** `badShape(value, fields, locations)`: not an object, or a field missing or only inherited. */
  const shape = (value: string, inputs: readonly IrInput[], what: string): string =>
    `badShape(${value}, [${inputs.map((i) => stringLiteral(i.name)).join(', ')}], [${inputs.map((i) => inputLocs.get(i.name)!).join(', ')}], ${stringLiteral(what)});`;
  // The plain and traced paths are separate functions: the hot path carries no tracing bytecode.
  const checks = [
    ...(tests.length ? [`if (input == null) return invalid(input);`] : []),
    ...r.inputs.map(read),
    ...(tests.length ? [`if (${tests.join(' || ')}) return invalid(input);`] : []),
  ];
  sf.addFunction({
    name: 'run',
    parameters: [{ name: 'input', type: 'Input' }],
    returnType: 'Output',
    statements: [...checks, `return compute(${args.join(', ')});`].map(link),
  });
  sf.addFunction({
    name: 'runTraced',
    parameters: [{ name: 'input', type: 'Input' }, { name: 't', type: 'TraceStep[]' }],
    returnType: 'Output',
    // the traced path is cold: it validates field by field, as `invalid` does
    statements: [...(tests.length ? ['check(input);'] : []), ...r.inputs.filter((i) => g.computeInputs.includes(i.name)).map(read), `return computeTraced(${[...args, 't'].join(', ')});`],
  });
  sf.addFunction({
    name: 'evaluateTraced',
    parameters: [{ name: 'input', type: 'Input' }],
    returnType: 'Traced<Output>',
    statements: [`const steps: TraceStep[] = [];`, `const value = runTraced(input, steps);`, `return { value, steps };`],
  });
  const first = r.inputs[0];
  if (tests.length && first) {
    sf.addFunction({
      name: 'check',
      docs: ['Throws for the first invalid field of an input, if any (the cold path).'],
      parameters: [{ name: 'input', type: 'Input' }],
      returnType: 'void',
      statements: [shape('input', r.inputs, 'input'), ...r.inputs.filter((i) => i.name !== dispatch).map((i) => validate(i, 'input'))].map(link),
    });
    sf.addFunction({
      name: 'invalid',
      docs: ['Reports the first invalid field of an input that failed the combined test.'],
      parameters: [{ name: 'input', type: 'Input' }],
      returnType: 'never',
      statements: [`check(input);`, `return fail("invalid_input", ${stringLiteral(first.name)}, ${inputLocs.get(first.name)!}, "invalid input");`].map(link),
    });
  }
  const oneMonth = stateful ? `\nThe month is a one-month timeline: \`previous(…)\` of each state is its \`initially\` value from this input (\`evaluateTimeline\` carries states from month to month); states are returned like outputs.` : '';
  sf.addFunction({
    name: 'evaluate',
    isExported: true,
    docs: [
      `Evaluates region \`${name}\` for one input. Throws a \`PolicyError\` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.${oneMonth}\n` +
        `With \`{ trace: true }\` it also returns every rule and branch taken, with policy lines and citations.`,
    ],
    overloads: [
      { parameters: [{ name: 'input', type: 'Input' }], returnType: 'Output' },
      { parameters: [{ name: 'input', type: 'Input' }, { name: 'options', type: 'EvaluateOptions & { readonly trace: true }' }], returnType: 'Traced<Output>' },
      { parameters: [{ name: 'input', type: 'Input' }, { name: 'options', type: 'EvaluateOptions' }], returnType: 'Output | Traced<Output>' },
    ],
    parameters: [{ name: 'input', type: 'Input' }, { name: 'options', type: 'EvaluateOptions', hasQuestionToken: true }],
    returnType: 'Output | Traced<Output>',
    statements: [`return options !== undefined && options.trace === true ? evaluateTraced(input) : run(input);`],
  });
  sf.addFunction({
    name: 'evaluateMany',
    isExported: true,
    docs: [
      stateful
        ? 'Evaluates many inputs, each a one-month timeline: `rows.map((r) => evaluate(r))` into a preallocated array. For a person\'s months use `evaluateTimeline`; for a population, `evaluateTimelineColumnar`.'
        : 'Evaluates many inputs: `rows.map((r) => evaluate(r))` into a preallocated array. For population-scale runs prefer `evaluateColumnar` (typed-array columns, no object per row).',
    ],
    parameters: [{ name: 'rows', type: 'readonly Input[]' }],
    returnType: 'Output[]',
    statements: [
      ...(first ? [`if (!Array.isArray(rows)) badBatch(rows, ${stringLiteral(first.name)}, ${inputLocs.get(first.name)!});`] : []),
      `const out: Output[] = new Array<Output>(rows.length);`,
      `for (let k = 0; k < rows.length; k++) out[k] = run(rows[k]!);`,
      `return out;`,
    ].map(link),
  });
  if (monthIn && !stateful) {
    const mv = g.inputLocal.get(monthIn.name)!;
    const L = inputLocs.get(monthIn.name)!;
    const f = stringLiteral(monthIn.name);
    sf.addFunction({
      name: 'evaluateMonths',
      isExported: true,
      docs: [`Evaluates one person for every month from \`from\` to \`to\` inclusive (\`YYYY-MM\`), validating the person once.`],
      parameters: [
        { name: 'person', type: `Omit<Input, ${f}>` },
        { name: 'from', type: 'string' },
        { name: 'to', type: 'string' },
      ],
      returnType: 'Output[]',
      statements: [
        shape('person', r.inputs.filter((i) => i !== monthIn), 'person'),
        ...r.inputs.filter((i) => i !== monthIn).map((i) => validate(i, 'person')),
        `const first = parseMonth(from);\nif (first < H_START || first > H_END) badMonth(${f}, from, first, H_START, H_END, ${L});`,
        `const last = parseMonth(to);\nif (last < H_START || last > H_END) badMonth(${f}, to, last, H_START, H_END, ${L});`,
        `const out: Output[] = [];`,
        `for (let ${mv} = first; ${mv} <= last; ${mv}++) out.push(compute(${args.join(', ')}));`,
        `return out;`,
      ].map(link),
    });
  }
}
