/**
 * The columnar entry point of a stateful region's module,
 * `evaluateTimelineColumnar(columns, persons, from, to, out?)`: P persons'
 * timelines over months `from`..`to` (month indices year·12 + month − 1), from
 * typed-array columns into typed-array columns.
 *
 * Layout: person-major rows, row k = p·M + (month − from), M = to − from + 1.
 * Every input column (the month input excepted: it is each month in turn)
 * has P·M values, since inputs vary by month; encodings as `evaluateColumnar`'s
 * (src/codegen/columnar.ts): enums as `Uint8Array` codes into the exported
 * `…Codes` arrays, booleans 0/1, months as indices, money in integer fen,
 * rates as numerators over the input's scale. Outputs and states are columns
 * of P·M rows; one that may be `not applicable` has a presence column (1
 * applicable, 0 not) and NaN in its value column.
 *
 * One kernel (`timelineKernel`) runs a person's months in one loop: the
 * first month opens each state from its `initially` value, each month
 * validates its row, computes the rules the outputs and states need, checks
 * each state's domain, stores the row and carries the states in local
 * variables (nothing is allocated per month). A person whose row is invalid
 * or whose rules failed is re-run through `evaluateTimeline` (runtime
 * `timelineRows`), reading every output: the first failure throws its
 * `PolicyError` with `row` set.
 */
import type { IrDecl, IrInput } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import { rateScale } from '../analysis/rate-scale.js';
import { hasEmptyCases, type ColumnarPlan } from './columnar.js';
import { rescale } from '../analysis/numeric.js';
import type { Gen } from './context.js';
import { rateBounds } from './entry.js';
import { SELF } from './link.js';
import type { ModuleBuilder } from './module.js';
import { camel, commentText, propertyKey, stringLiteral } from './naming.js';
import { domainBounds, statesOf, timelineField } from './timeline.js';

function columnType(i: IrInput): string {
  if (i.ty.k === 'enum' || i.ty.k === 'bool') return 'Uint8Array';
  if (i.ty.k === 'month') return 'Int32Array';
  return i.ty.k === 'int' ? 'Int32Array | Float64Array' : 'Float64Array';
}

const outType = (t: Ty): string => (t.k === 'bool' || t.k === 'enum' ? 'Uint8Array' : 'Float64Array');

function recordType(ds: readonly IrDecl[], type: string, and?: string): string {
  const own = ds.length ? `Readonly<Record<${ds.map((d) => stringLiteral(d.name)).join(' | ')}, ${type}>>` : undefined;
  return own && and && and !== '{}' ? `${own} & ${and}` : (own ?? and ?? '{}');
}

export function addTimelineColumnar(sf: ModuleBuilder, g: Gen, plan: ColumnarPlan): void {
  const r = g.r;
  const T = (base: string): string => g.names.take(base);
  const link = (s: string): string => g.items.link(s);
  const { calls, variants, outputs } = plan;
  const monthIn = r.inputs.find((i) => i.name === r.monthInput);
  const cols = r.inputs.filter((i) => i !== monthIn);
  const states = statesOf(g);
  const absent = (n: string): boolean => variants.get(n)?.get(undefined)?.absent ?? false;
  const present = outputs.filter((d) => absent(d.name));

  const codes = new Map<string, string>();
  const codeItem = new Map<string, string>();
  for (const x of [...cols, ...outputs]) {
    if (x.ty.k !== 'enum') continue;
    const name = T(`${camel(x.name).replace(/_$/, '')}Codes`);
    codes.set(x.name, name);
    const list = x.ty.members.map(stringLiteral).join(', ');
    sf.addStatements(`/** Column codes of \`${commentText(x.name)}\`. */\nexport const ${name} = [${list}] as const;`);
    if (outputs.includes(x as IrDecl)) codeItem.set(x.name, g.items.ref('table', 'C', `const ${SELF}: readonly string[] = [${list}];`));
  }
  sf.addInterface({
    isExported: true,
    name: 'TimelineColumns',
    docs: ['Input columns of `evaluateTimelineColumnar`: row p·M + (month − from), P·M values each (inputs vary by month).'],
    properties: cols.map((i) => ({ name: i.name, isReadonly: true, type: columnType(i), ...(i.ty.k === 'rate' ? { docs: [`numerators over ${rateScale(i)}`] } : {}) })),
  });
  sf.addInterface({
    isExported: true,
    name: 'ColumnarResult',
    docs: ['Output and state columns of `evaluateTimelineColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable.'],
    properties: [
      { name: 'values', isReadonly: true, type: recordType(outputs.filter((d) => outType(d.ty) === 'Float64Array'), 'Float64Array', recordType(outputs.filter((d) => outType(d.ty) === 'Uint8Array'), 'Uint8Array')) },
      { name: 'present', isReadonly: true, type: recordType(present, 'Uint8Array') },
    ],
  });

  // ---- the kernel: one person's months
  const [fromN, kN] = ['from', 'k'];
  const [mN, jN] = [T('months'), T('j')];
  const col = new Map(cols.map((i) => [i.name, T(`${camel(i.name).replace(/_$/, '')}Col`)]));
  const code = new Map(cols.filter((i) => i.ty.k === 'enum' || i.ty.k === 'bool').map((i) => [i.name, T(`${camel(i.name).replace(/_$/, '')}Code`)]));
  const valCol = new Map(outputs.map((d, n) => [d.name, T(`v${n}`)]));
  const presCol = new Map(present.map((d, n) => [d.name, T(`p${n}`)]));
  const mv = monthIn ? g.inputLocal.get(monthIn.name)! : T('month');
  const bad = (i: IrInput): string => {
    const v = code.get(i.name) ?? g.inputLocal.get(i.name)!;
    if (i.ty.k === 'enum') return `${v} >= ${i.ty.members.length}`;
    if (i.ty.k === 'bool') return `${v} > 1`;
    if (i.ty.k === 'month') return `${v} < H_START || ${v} > H_END`;
    const [lo, hi] = i.ty.k === 'rate' ? rateBounds(i) : [String(i.low!.num), String(i.high!.num)];
    return `!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}`;
  };
  const tests = [...(monthIn ? [`${mv} < H_START || ${mv} > H_END`] : []), ...cols.map(bad)];
  const convert = cols.flatMap((i) =>
    i.ty.k === 'bool' ? [`const ${g.inputLocal.get(i.name)} = ${code.get(i.name)} === 1;`]
    : i.ty.k === 'enum' ? [`const ${g.inputLocal.get(i.name)} = ${codes.get(i.name)}[${code.get(i.name)}]!;`]
    : [],
  );
  const vals = new Map<string, string>();
  const rules: string[] = [];
  for (const d of plan.liveDecls(undefined)) {
    const c = calls.get(d.name)?.get(undefined);
    if (!c) continue;
    const args = c.params.map((n) => vals.get(n) ?? g.valueOf(n));
    if (c.literal && d.declKind !== 'state') vals.set(d.name, c.plain(args));
    else {
      const local = g.infos.get(d.name)!.local;
      rules.push(`const ${local} = ${c.plain(args)};`);
      // a state leaving its domain: the person is re-run through evaluateTimeline, which throws at the state's line
      const b = domainBounds(g, d);
      if (b) rules.push(`if (${local} < ${b.lo} || ${local} > ${b.hi}) return false;`);
    }
  }
  // a try block slows V8's whole loop: only where a rule or an opening value can throw
  const canThrow =
    plan.mayFailFor(undefined) ||
    plan.liveDecls(undefined).some((d) => { const v = plan.variants.get(d.name)?.get(undefined); return v !== undefined && hasEmptyCases(v.body); }) ||
    states.some((s) => domainBounds(g, s, rescale(g.num.of(s.initially!), g.infos.get(s.name)!.den)) !== undefined);
  const store = outputs.flatMap((d) => {
    const info = g.infos.get(d.name)!;
    const x = vals.get(d.name) ?? info.ref ?? info.local;
    const isAbsent = !vals.has(d.name) && !info.ref && absent(d.name);
    const V = `${valCol.get(d.name)}[${kN}]`;
    const P = presCol.get(d.name);
    if (x === 'null') return [`${V} = NaN;`, `${P}[${kN}] = 0;`];
    const val = d.ty.k === 'bool' ? `${x} ? 1 : 0` : d.ty.k === 'enum' ? `${codeItem.get(d.name)}.indexOf(${x})` : x;
    if (!P) return [`${V} = ${val};`];
    if (!isAbsent) return [`${V} = ${val};`, `${P}[${kN}] = 1;`];
    return [`${V} = ${x} === null ? NaN : ${val};`, `${P}[${kN}] = ${x} === null ? 0 : 1;`];
  });
  const opening = states.map((s) => `${g.prevLocal.get(s.name)!} = ${openCall(g, s)};`);
  const kernelParams = [
    ...cols.map((i) => `${col.get(i.name)!}: ${columnType(i)}`),
    `${fromN}: number`,
    `${mN}: number`,
    `${kN}: number`,
    ...outputs.map((d) => `${valCol.get(d.name)}: ${outType(d.ty)}`),
    ...present.map((d) => `${presCol.get(d.name)}: Uint8Array`),
  ];
  const kernelBody = [
    ...states.map((s) => `let ${g.prevLocal.get(s.name)!}!: ${g.localType(s.name, absent(s.name))};`),
    ...(canThrow ? [`try {`] : []),
    `for (let ${jN} = 0; ${jN} < ${mN}; ${jN}++, ${kN}++) {`,
    `const ${mv} = ${fromN} + ${jN};`,
    ...cols.map((i) => `const ${code.get(i.name) ?? g.inputLocal.get(i.name)} = ${col.get(i.name)}[${kN}]!;`),
    ...(tests.length ? [`if (${tests.join(' || ')}) return false;`] : []),
    ...convert,
    ...(opening.length ? [`if (${jN} === 0) {`, ...opening, `}`] : []),
    ...rules,
    ...store,
    ...states.map((s) => `${g.prevLocal.get(s.name)!} = ${g.infos.get(s.name)!.local};`),
    `}`,
    ...(canThrow ? [`} catch {\nreturn false;\n}`] : []),
    `return true;`,
  ];
  sf.addFunction({
    name: 'timelineKernel',
    docs: ['One person\'s months from row `k` on, states carried in locals; false when a row is invalid or a rule failed (the caller re-runs the person).'],
    parameters: kernelParams.map((p) => {
      const at = p.indexOf(': ');
      return { name: p.slice(0, at), type: p.slice(at + 2) };
    }),
    returnType: 'boolean',
    statements: kernelBody.map(link),
  });

  // ---- evaluateTimelineColumnar
  const [colsN, personsN, toN, outN, countN, resN, slowN, pN] = ['columns', 'persons', 'to', 'out', 'count', 'result', 'slow', 'p'].map((n) => (n === 'out' || n === 'to' ? n : T(n))) as [string, string, string, string, string, string, string, string];
  const at = (i: IrInput): string => `${col.get(i.name)}[${pN} * ${mN} + ${jN}]!`;
  const apiValue = (i: IrInput): string =>
    i.ty.k === 'enum' ? `memberOf(${codes.get(i.name)}, ${at(i)})`
    : i.ty.k === 'bool' ? `flagOf(${at(i)})`
    : i.ty.k === 'month' ? `monthText(${at(i)})`
    : i.ty.k === 'rate' ? `{ num: ${at(i)}, den: ${rateScale(i)} }`
    : at(i);
  const inputObj = `{ ${[...cols.map((i) => `${propertyKey(i.name)}: ${apiValue(i)}`), ...(monthIn ? [`${propertyKey(monthIn.name)}: monthText(${fromN} + ${jN})`] : [])].join(', ')} }`;
  const outCodes = outputs.filter((d) => d.ty.k === 'enum').map((d) => `${propertyKey(d.name)}: ${codes.get(d.name)}`);
  const names = (ds: readonly IrDecl[]): string => stringLiteral(ds.map((d) => d.name).join(' '));
  const flags = outputs.filter((d) => outType(d.ty) === 'Uint8Array');
  const lenField = timelineField(g);
  const call = `timelineKernel(${[...cols.map((i) => col.get(i.name)!), fromN, mN, kN, ...valCol.values(), ...presCol.values()].join(', ')})`;
  const statements = [
    `const ${mN} = monthCount(${fromN}, ${toN}, ${stringLiteral(lenField.name)}, ${g.loc(lenField.source)});`,
    `const ${countN} = timelineCount(${colsN}, { ${cols.map((i) => `${propertyKey(i.name)}: ${g.loc(i.source)}`).join(', ')} }, ${personsN}, ${mN}, ${stringLiteral(lenField.name)}, ${g.loc(lenField.source)});`,
    ...(cols.length ? [`const { ${cols.map((i) => `${propertyKey(i.name)}: ${col.get(i.name)}`).join(', ')} } = ${colsN};`] : []),
    `const ${resN} = columnarResult<ColumnarResult>(${outN}, ${countN} * ${mN}, ${names(outputs)}, ${names(present)}${flags.length ? `, ${names(flags)}` : ''});`,
    `const { ${outputs.map((d) => `${propertyKey(d.name)}: ${valCol.get(d.name)}`).join(', ')} } = ${resN}.values;`,
    ...(present.length ? [`const { ${present.map((d) => `${propertyKey(d.name)}: ${presCol.get(d.name)}`).join(', ')} } = ${resN}.present;`] : []),
    `const ${slowN} = (${pN}: number): void => timelineRows((rows: Input[]) => evaluateTimeline(rows), (${jN}) => (${inputObj}), ${pN} * ${mN}, ${mN}, ${resN}.values, ${resN}.present${outCodes.length ? `, { ${outCodes.join(', ')} }` : ''});`,
    `for (let ${pN} = 0, ${kN} = 0; ${pN} < ${countN}; ${pN}++, ${kN} += ${mN}) {`,
    `if (!${call}) ${slowN}(${pN});`,
    `}`,
    `return ${resN};`,
  ].map(link);
  sf.addFunction({
    name: 'evaluateTimelineColumnar',
    isExported: true,
    docs: [
      `Evaluates the timelines of \`persons\` persons over months \`from\`..\`to\` (month indices year·12 + month − 1, both included) from typed-array columns, one pass per person, states carried from month to month.\n` +
        `Rows are person-major: row k = p·M + (month − from), M = to − from + 1; every column of \`columns\` holds P·M values (inputs vary by month; the month input is not a column). ` +
        `Enum inputs are codes into the exported \`…Codes\` arrays, booleans 0/1, money integer fen, rates numerators over their scale. ` +
        `The result (or \`out\`, reused when given: every column at least P·M long) holds one column per output and state; \`present\` is 0 (and the value NaN) where not applicable. ` +
        `An invalid row or a failed output or state throws its \`PolicyError\` with \`row\` set (that person's months re-run through \`evaluateTimeline\`). ` +
        `(A stateful region has no \`evaluateColumnar\`: its months depend on the months before.)`,
    ],
    parameters: [
      { name: colsN, type: 'TimelineColumns' },
      { name: personsN, type: 'number' },
      { name: fromN, type: 'number' },
      { name: toN, type: 'number' },
      { name: outN, type: 'ColumnarResult', hasQuestionToken: true },
    ],
    returnType: 'ColumnarResult',
    statements,
  });
}

/** The call of a state's opening function (`openX`, src/codegen/timeline.ts) on the inputs it reads. */
function openCall(g: Gen, s: IrDecl): string {
  const o = g.openings.get(s.name)!;
  return `${o.fn}(${o.inputs.map((n) => g.inputLocal.get(n)!).join(', ')})`;
}
