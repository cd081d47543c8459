/**
 * The columnar entry point of a generated module, `evaluateColumnar`: typed-array
 * columns in, typed-array columns out, for P persons × a range of months.
 *
 * Layout (what a population run has): one column per person input, index p =
 * person p (enum inputs as `Uint8Array` codes into the exported `…Codes`
 * arrays, booleans 0/1, months and the month range as indices year·12 +
 * month − 1, money in integer fen, rates as numerators over the input's fixed
 * scale); output rows are person-major, row k = p·M + (month − from) with
 * M = to − from + 1. Outputs that may be `not applicable` have a presence
 * column (1 applicable, 0 not) and NaN in the value column, never a silent 0.
 *
 * Per-person work (declarations whose variance, from src/analysis/variance.ts
 * refined per population member, does not involve the month) is computed once
 * per person; only the month-dependent rest runs in the month loop.
 *
 * Validation is exactly `evaluate`'s: a fast combined test per person; on any
 * failure, or any error while computing (only members whose rules can throw
 * catch errors: a try block slows V8's whole loop), that person's rows are re-evaluated
 * one by one through `run` (the per-row path), so the error thrown is the one
 * `evaluate` throws for the first failing row, with `row` set.
 */
import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import { analyseVariance, joinVariance, variesByMonth, type Variance } from '../analysis/variance.js';
import { rateScale } from '../analysis/rate-scale.js';
import type { IrBody, IrDecl, IrExpr, IrInput } from '../check/ir.js';
import { emitExpr, scaleTo } from './expr.js';
import type { DeclInfo, Gen } from './context.js';
import type { Variant } from './decl-fn.js';
import { rateBounds } from './entry.js';
import { camel, commentText, pascal, stringLiteral } from './naming.js';
import { mayFail } from './specialize.js';

/** Runtime helpers the columnar entry point imports. */
export const COLUMNAR_IMPORTS = ['atRow', 'monthText'] as const;

function columnType(i: IrInput): string {
  switch (i.ty.k) {
    case 'enum':
    case 'bool':
      return 'Uint8Array';
    case 'month':
      return 'Int32Array';
    case 'int':
      return 'Int32Array | Float64Array';
    default:
      return 'Float64Array';
  }
}

/**
 * A month-varying rule written into the month loop, its per-person leaves
 * computed once per person: `credit = month < reform ? employee + round(base ×
 * band) : employee` becomes a per-person constant for the first branch and a
 * per-month choice. Only for rules that cannot throw and are never absent
 * (otherwise the loop calls the rule's function, which reports the error).
 */
function inlineRule(g: Gen, v: Variant, info: DeclInfo, vary: ReadonlyMap<string, Variance>, take: (base: string) => string): { outer: string[]; inner: string[] } | undefined {
  const { local, den } = info;
  if (v.absent || mayFail(v.body) || hasEmptyCases(v.body)) return undefined;
  const ctx = g.ctx(() => false, true);
  const outer: string[] = [];
  const reads = (e: IrExpr, out: string[] = []): string[] => {
    if (e.op === 'input' || e.op === 'ref') out.push(e.name);
    if ('l' in e) reads(e.l, out);
    if ('r' in e) reads(e.r, out);
    if ('e' in e) reads(e.e, out);
    if ('args' in e) e.args.forEach((a) => reads(a, out));
    return out;
  };
  const perPerson = (e: IrExpr): boolean => !reads(e).some((n) => variesByMonth(vary.get(n) ?? 'constant'));
  const leaf = (e: IrExpr): string => {
    const code = scaleTo(emitExpr(e, ctx), den).code;
    if (e.op === 'const' || e.op === 'input' || e.op === 'ref' || !perPerson(e) || /^-?\d+$/.test(code)) return code;
    const h = take(`${local.replace(/_$/, '')}Leaf`);
    outer.push(`const ${h} = ${code};`);
    return h;
  };
  const body = (b: IrBody): string[] => {
    if (b.kind === 'value') return b.value.kind === 'expr' ? [`${local} = ${leaf(b.value.e)};`] : [];
    // as the rule's function: an if chain whose last case needs no test (the checker proved the list complete)
    const lines: string[] = [];
    let opened = false;
    for (let k = 0; k < b.cases.length; k++) {
      const c = b.cases[k]!;
      if (c.cond && k < b.cases.length - 1) {
        lines.push(`${opened ? '} else ' : ''}if (${emitExpr(c.cond, ctx).code}) {`, ...body(c.body));
        opened = true;
      } else {
        lines.push(...(opened ? ['} else {'] : []), ...body(c.body));
        break;
      }
    }
    if (opened) lines.push('}');
    return lines;
  };
  // a list whose first case always applies (unconditional after specialisation, or the only one) is that case's body
  const flat = (b: IrBody): IrBody => (b.kind === 'cases' && b.cases[0] && (!b.cases[0].cond || b.cases.length === 1) ? flat(b.cases[0].body) : b);
  const top = flat(v.body);
  if (top.kind === 'value' && top.value.kind === 'expr') return { outer, inner: [`const ${local} = ${leaf(top.value.e)};`] };
  const inner = body(top);
  const ty = info.decl.ty;
  return { outer, inner: [`let ${local}: ${ty.k === 'enum' ? 'string' : ty.k === 'bool' ? 'boolean' : 'number'};`, ...inner] };
}

/** A case list with no case left (after specialisation): reaching it throws `no_applicable_rule`. */
function hasEmptyCases(b: IrBody): boolean {
  return b.kind === 'cases' && (b.cases.length === 0 || b.cases.some((c) => hasEmptyCases(c.body)));
}

const outType = (d: IrDecl): string => (d.ty.k === 'bool' || d.ty.k === 'enum' ? 'Uint8Array' : 'Float64Array');

export function addColumnar(sf: SourceFile, g: Gen, variants: Map<string, Map<string | undefined, Variant>>, members: readonly (string | undefined)[], dispatch: string | undefined): void {
  const r = g.r;
  const T = (base: string): string => g.names.take(base);
  const outputs = r.decls.filter((d) => d.declKind === 'output');
  const monthIn = r.inputs.find((i) => i.name === r.monthInput);
  const persons = r.inputs.filter((i) => i !== monthIn);
  const variance = analyseVariance(r);
  const absentSomewhere = (d: IrDecl): boolean => [...(variants.get(d.name)?.values() ?? [])].some((v) => v.absent);
  const present = outputs.filter(absentSomewhere);

  // exported code lists: enum inputs, and enum outputs
  const codes = new Map<string, string>();
  for (const x of [...persons, ...outputs]) {
    if (x.ty.k !== 'enum') continue;
    const name = T(`${camel(x.name).replace(/_$/, '')}Codes`);
    codes.set(x.name, name);
    sf.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Codes of \`${commentText(x.name)}\` in columns: code c stands for \`${name}[c]\`.`],
      declarations: [{ name, initializer: `[${x.ty.members.map(stringLiteral).join(', ')}] as const` }],
    });
  }

  const scaleOf = (i: IrInput): string => (i.ty.k === 'rate' ? ` (numerators over ${rateScale(i)})` : '');
  sf.addInterface({
    isExported: true,
    name: 'PersonColumns',
    docs: [
      `Columnar input of \`evaluateColumnar\`: one array per person input, index p = person p, all of one length.` +
        ` Enums are codes into the \`…Codes\` arrays, booleans 0/1, months indices year·12 + month − 1, money integer fen.`,
    ],
    properties: persons.length
      ? persons.map((i) => ({ name: i.name, isReadonly: true, type: columnType(i), docs: [`${commentText(i.name)}${scaleOf(i)}`] }))
      : [{ name: 'count', isReadonly: true, type: 'number', docs: ['the number of persons (the region has no person inputs)'] }],
  });
  const valueDoc = (d: IrDecl): string => {
    const info = g.infos.get(d.name)!;
    const t = d.ty;
    const what =
      t.k === 'money' ? 'integer fen' : t.k === 'rate' ? `numerators over ${info.den}` : t.k === 'month' ? 'month indices' : t.k === 'bool' ? '0/1' : t.k === 'enum' ? `codes into \`${codes.get(d.name)}\`` : 'whole numbers';
    return `${commentText(d.name)}: ${what}${absentSomewhere(d) ? '; NaN where not applicable (see `present`)' : ''}`;
  };
  sf.addInterface({
    isExported: true,
    name: 'ColumnarValues',
    docs: ['One column per output, one row per person and month (person-major).'],
    properties: outputs.map((d) => ({ name: d.name, isReadonly: true, type: outType(d), docs: [valueDoc(d)] })),
  });
  sf.addInterface({
    isExported: true,
    name: 'ColumnarPresent',
    docs: ['For each output that may be not applicable: 1 where it applies, 0 where it does not.'],
    properties: present.map((d) => ({ name: d.name, isReadonly: true, type: 'Uint8Array' })),
  });
  sf.addInterface({
    isExported: true,
    name: 'ColumnarResult',
    docs: ['The result of `evaluateColumnar`: values and presence, row k = p·M + (month − from).'],
    properties: [
      { name: 'values', isReadonly: true, type: 'ColumnarValues' },
      { name: 'present', isReadonly: true, type: 'ColumnarPresent' },
    ],
  });

  // ---- names local to the two functions (taken from the module's namespace: no clash with inputs or rules)
  const fnSlow = T('columnarRows');
  const [colsN, fromN, toN, outN, pN, mN, nN, kN, resN, okN, eN, rowN, oN, jN, countN] = [
    'persons', 'from', 'to', 'out', 'p', 'months', 'rows', 'k', 'result', 'monthsOk', 'e', 'row', 'o', 'j', 'count',
  ].map(T) as [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string];
  const col = new Map(persons.map((i) => [i.name, T(`${camel(i.name).replace(/_$/, '')}Column`)]));
  const code = new Map(persons.filter((i) => i.ty.k === 'enum' || i.ty.k === 'bool').map((i) => [i.name, T(`${camel(i.name).replace(/_$/, '')}Code`)]));
  const outCol = new Map(outputs.map((d) => [d.name, T(`${g.infos.get(d.name)!.local.replace(/_$/, '')}Values`)]));
  const presCol = new Map(present.map((d) => [d.name, T(`${g.infos.get(d.name)!.local.replace(/_$/, '')}Present`)]));
  const mv = monthIn ? g.inputLocal.get(monthIn.name)! : undefined;
  // locations for the column-length and month-range checks (the first column sets the length)
  const locs = new Map([...persons.slice(1), ...(monthIn ? [monthIn] : [])].map((i) => [i.name, g.loc(i.source)]));
  sf.addStatements(g.statics.splice(0));

  const declareCols = [
    ...persons.map((i) => `const ${col.get(i.name)} = ${colsN}.${i.name};`),
    ...outputs.map((d) => `const ${outCol.get(d.name)} = ${resN}.values.${d.name};`),
    ...present.map((d) => `const ${presCol.get(d.name)} = ${resN}.present.${d.name};`),
  ];

  // ---- the slow path: a person's rows through `run`, one by one
  const apiValue = (i: IrInput): string => {
    const v = `${col.get(i.name)}[${pN}]!`;
    switch (i.ty.k) {
      case 'enum':
        return `${v} < ${i.ty.members.length} ? ${codes.get(i.name)}[${v}]! : ${v}`;
      case 'bool':
        return `${v} === 1 ? true : ${v} === 0 ? false : ${v}`;
      case 'month':
        return `monthText(${v})`;
      case 'rate':
        return `{ num: ${v}, den: ${rateScale(i)} }`;
      default:
        return v;
    }
  };
  const storeFrom = (d: IrDecl): string => {
    const x = `${oN}.${d.name}`;
    const val = d.ty.k === 'rate' ? `${x}.num` : d.ty.k === 'month' ? `parseMonth(${x})` : d.ty.k === 'bool' ? `(${x} ? 1 : 0)` : d.ty.k === 'enum' ? `(${codes.get(d.name)} as readonly string[]).indexOf(${x})` : x;
    const V = `${outCol.get(d.name)}[${rowN}]`;
    if (!presCol.has(d.name)) return `${V} = ${val};`;
    return `if (${x} === null) {\n${V} = NaN;\n${presCol.get(d.name)}[${rowN}] = 0;\n} else {\n${V} = ${val};\n${presCol.get(d.name)}[${rowN}] = 1;\n}`;
  };
  const inputObj = `{ ${[...persons.map((i) => `${i.name}: ${apiValue(i)}`), ...(monthIn ? [`${monthIn.name}: monthText(${fromN} + ${jN})`] : [])].join(', ')} }`;
  sf.addFunction({
    name: fnSlow,
    docs: ['The rows of person `p` through the per-row path (`run`), for a person that failed the fast test: the first failing row throws what `evaluate` throws, with `row` set.'],
    parameters: [
      { name: colsN, type: 'PersonColumns' },
      { name: pN, type: 'number' },
      { name: fromN, type: 'number' },
      { name: mN, type: 'number' },
      { name: resN, type: 'ColumnarResult' },
    ],
    returnType: 'void',
    statements: [
      ...declareCols,
      `for (let ${jN} = 0; ${jN} < ${mN}; ${jN}++) {`,
      `const ${rowN} = ${pN} * ${mN} + ${jN};`,
      `let ${oN}: Output;`,
      `try {\n${oN} = run(${inputObj} as unknown as Input);\n} catch (${eN}) {\nthrow atRow(${eN}, ${rowN});\n}`,
      ...outputs.map(storeFrom),
      `}`,
    ],
  });

  // ---- the fast kernel
  const bad = (i: IrInput): string | undefined => {
    const v = code.get(i.name) ?? g.inputLocal.get(i.name)!;
    switch (i.ty.k) {
      case 'enum':
        return i.name === dispatch ? undefined : `${v} >= ${i.ty.members.length}`;
      case 'bool':
        return `${v} > 1`;
      case 'month':
        return `${v} < H_START || ${v} > H_END`;
      case 'rate': {
        const [lo, hi] = rateBounds(i);
        return `!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}`;
      }
      default:
        return `!Number.isInteger(${v}) || ${v} < ${i.low!.num} || ${v} > ${i.high!.num}`;
    }
  };
  // enums and booleans are read as codes, then turned into members and true/false after the test
  const readPerson = persons.map((i) => `const ${code.get(i.name) ?? g.inputLocal.get(i.name)} = ${col.get(i.name)}[${pN}]!;`);
  const tests = persons.map(bad).filter((x): x is string => x !== undefined);
  const convert = persons.flatMap((i) =>
    i.ty.k === 'bool' ? [`const ${g.inputLocal.get(i.name)} = ${code.get(i.name)} === 1;`] : i.ty.k === 'enum' && i.name !== dispatch ? [`const ${g.inputLocal.get(i.name)} = ${codes.get(i.name)}[${code.get(i.name)}]!;`] : [],
  );
  const slowCall = `${fnSlow}(${colsN}, ${pN}, ${monthIn ? fromN : '0'}, ${mN}, ${resN});`;

  const outputsLive = outputs.map((d) => d.name);
  /**
   * One person's rows for one population member, as a function of its own: V8
   * inlines the rule functions into this small loop (a single kernel holding
   * every member would exceed its inlining budget and call them per row).
   */
  const memberKernel = (m: string | undefined): { fn: string; args: string[]; mayThrow: boolean } => {
    // what `compute` evaluates for this member: the outputs, every rule that can fail, and what they read
    const canFail = (v: Variant): boolean => mayFail(v.body) || v.params.some((q) => variants.get(q)?.get(m)?.absent === true);
    const live = new Set<string>([...outputsLive, ...r.decls.filter((d) => { const v = variants.get(d.name)?.get(m); return v !== undefined && canFail(v); }).map((d) => d.name)]);
    for (const d of [...r.decls].reverse()) if (live.has(d.name)) for (const q of variants.get(d.name)?.get(m)?.params ?? []) live.add(q);
    // variance refined for this member: a rule varies as the parameters its specialised body reads
    const vary = new Map<string, Variance>(variance);
    const outer: string[] = [];
    const inner: string[] = [];
    const used = new Set<string>();
    let mayThrow = false;
    for (const d of r.decls) {
      const v = variants.get(d.name)?.get(m);
      if (!v || !live.has(d.name)) continue;
      mayThrow ||= canFail(v) || hasEmptyCases(v.body);
      const vv = v.params.reduce<Variance>((a, q) => joinVariance(a, vary.get(q) ?? 'constant'), 'constant');
      vary.set(d.name, vv);
      v.params.forEach((q) => used.add(q));
      const args = v.params.map((n) => g.inputLocal.get(n) ?? g.infos.get(n)!.local);
      const inlined = variesByMonth(vv) ? inlineRule(g, v, g.infos.get(d.name)!, vary, T) : undefined;
      if (inlined) {
        outer.push(...inlined.outer);
        inner.push(...inlined.inner);
      } else (variesByMonth(vv) ? inner : outer).push(`const ${g.infos.get(d.name)!.local} = ${v.fn}(${args.join(', ')});`);
    }
    const store = outputs.flatMap((d) => {
      const x = g.infos.get(d.name)!.local;
      const absent = variants.get(d.name)?.get(m)?.absent ?? false;
      const V = `${outCol.get(d.name)}[${kN}]`;
      const val = d.ty.k === 'bool' ? `${x} ? 1 : 0` : d.ty.k === 'enum' ? `(${codes.get(d.name)} as readonly string[]).indexOf(${x})` : x;
      if (!presCol.has(d.name)) return [`${V} = ${val};`];
      if (!absent) return [`${V} = ${val};`, `${presCol.get(d.name)}[${kN}] = 1;`];
      return [`if (${x} === null) {\n${V} = NaN;\n${presCol.get(d.name)}[${kN}] = 0;\n} else {\n${V} = ${val};\n${presCol.get(d.name)}[${kN}] = 1;\n}`];
    });
    const rows = mv ? [`for (let ${mv} = ${fromN}; ${mv} <= ${toN}; ${mv}++) {`, ...inner, ...store, `${kN}++;`, `}`] : [...inner, ...store];
    const personIns = persons.filter((i) => used.has(i.name) && i.name !== dispatch);
    const params = [
      ...personIns.map((i) => ({ name: g.inputLocal.get(i.name)!, type: g.localType(i.name, false) })),
      ...(mv ? [{ name: fromN, type: 'number' }, { name: toN, type: 'number' }] : []),
      { name: kN, type: 'number' },
      ...outputs.map((d) => ({ name: outCol.get(d.name)!, type: outType(d) })),
      ...present.map((d) => ({ name: presCol.get(d.name)!, type: 'Uint8Array' })),
    ];
    const fn = T(`columnarFor${m === undefined ? 'All' : pascal(m)}`);
    sf.addFunction({
      name: fn,
      docs: [`The rows of one person${m === undefined ? '' : ` with \`${commentText(dispatch!)}\` = \`${commentText(m)}\``}, from row \`${kN}\` on: per-person rules once, the rest per month.`],
      parameters: params,
      returnType: mayThrow ? 'boolean' : 'void',
      // only a member whose rules can throw pays for a try block (it slows the whole loop down in V8)
      statements: mayThrow ? [`try {`, ...outer, ...rows, `} catch {\nreturn false;\n}`, `return true;`] : [...outer, ...rows],
    });
    return { fn, args: params.map((x) => x.name), mayThrow };
  };

  const call = (c: { fn: string; args: string[]; mayThrow: boolean }): string =>
    c.mayThrow ? `if (!${c.fn}(${c.args.join(', ')})) ${slowCall}` : `${c.fn}(${c.args.join(', ')});`;
  let compute: string[];
  if (dispatch) {
    const ty = r.inputs.find((i) => i.name === dispatch)!.ty as Extract<IrInput['ty'], { k: 'enum' }>;
    compute = [
      `switch (${code.get(dispatch)}) {`,
      ...members.flatMap((m) => {
        const c = memberKernel(m);
        return [`case ${ty.members.indexOf(m!)}:`, call(c), `break;`];
      }),
      `default:\n${slowCall}`,
      `}`,
    ];
  } else {
    compute = [call(memberKernel(undefined))];
  }

  const newResult = `{ values: { ${outputs.map((d) => `${d.name}: new ${outType(d)}(${nN})`).join(', ')} }, present: { ${present.map((d) => `${d.name}: new Uint8Array(${nN})`).join(', ')} } }`;
  const lengthChecks = persons
    .slice(1)
    .map((i) => `if (${col.get(i.name)}.length !== ${countN}) fail("invalid_input", ${stringLiteral(i.name)}, ${locs.get(i.name)}, ${stringLiteral(`column \`${i.name}\` has `)} + ${col.get(i.name)}.length + " values for " + ${countN} + " persons");`);
  const outCheck = [...outCol.values(), ...presCol.values()].map((c) => `${c}.length < ${nN}`);
  const statements = [
    ...persons.map((i) => `const ${col.get(i.name)} = ${colsN}.${i.name};`),
    `const ${countN} = ${persons.length ? `${col.get(persons[0]!.name)}.length` : `${colsN}.count`};`,
    ...lengthChecks,
    ...(monthIn
      ? [
          `if (!Number.isInteger(${fromN}) || !Number.isInteger(${toN}) || ${fromN} > ${toN}) fail("invalid_input", ${stringLiteral(monthIn.name)}, ${locs.get(monthIn.name)}, "the month range must be two month indices (year × 12 + month − 1) with from <= to");`,
          `const ${mN} = ${toN} - ${fromN} + 1;`,
          `const ${okN} = ${fromN} >= H_START && ${toN} <= H_END;`,
        ]
      : [`const ${mN} = 1;`, `const ${okN} = true;`]),
    `const ${nN} = ${countN} * ${mN};`,
    `const ${resN}: ColumnarResult = ${outN} ?? ${newResult};`,
    ...outputs.map((d) => `const ${outCol.get(d.name)} = ${resN}.values.${d.name};`),
    ...present.map((d) => `const ${presCol.get(d.name)} = ${resN}.present.${d.name};`),
    ...(outCheck.length ? [`if (${outCheck.join(' || ')}) throw new RangeError(\`evaluateColumnar: every output column needs \${${nN}} rows\`);`] : []),
    `for (let ${pN} = 0; ${pN} < ${countN}; ${pN}++) {`,
    `const ${kN} = ${pN} * ${mN};`,
    ...readPerson,
    `if (${[`!${okN}`, ...tests].join(' || ')}) {\n${slowCall}\ncontinue;\n}`,
    ...convert,
    ...compute,
    `}`,
    `return ${resN};`,
  ];
  const monthParams = monthIn ? [{ name: fromN, type: 'number' }, { name: toN, type: 'number' }] : [];
  sf.addFunction({
    name: 'evaluateColumnar',
    isExported: true,
    docs: [
      `Evaluates region \`${commentText(r.name)}\` for P persons${monthIn ? ' × every month from `from` to `to` (month indices, inclusive)' : ''}, from typed-array columns into typed-array columns` +
        ` (pass \`out\` to reuse preallocated columns of at least P${monthIn ? ' × M' : ''} rows). Row k = p${monthIn ? ' × M + (month − from)' : ''}.\n` +
        `Per-person work runs once per person${monthIn ? ', only month-dependent rules per month' : ''}. Validates exactly like \`evaluate\` and throws its \`PolicyError\`, with \`row\` set; on error the contents of \`out\` are unspecified.`,
    ],
    parameters: [{ name: colsN, type: 'PersonColumns' }, ...monthParams, { name: outN, type: 'ColumnarResult', hasQuestionToken: true }],
    returnType: 'ColumnarResult',
    statements,
  });
}
