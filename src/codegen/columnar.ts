/**
 * The columnar entry point of a generated module, `evaluateColumnar`: typed-array
 * columns in, typed-array columns out, for P persons × a range of months.
 *
 * Layout: one column per person input, index p = person p (enums as
 * `Uint8Array` codes into the exported `…Codes` arrays, booleans 0/1, months
 * and the month range as indices year·12 + month − 1, money in integer fen,
 * rates as numerators over the input's fixed scale); output rows are
 * person-major, row k = p·M + (month − from), M = to − from + 1. An output that
 * may be `not applicable` has a presence column (1 applicable, 0 not) and NaN
 * in its value column, never a silent 0.
 *
 * The work of one person is a kernel per population member (one small
 * function, so that V8 inlines its rule functions into the month loop): the
 * rules the outputs need (`liveness`, as the plain per-row path) whose
 * variance (src/analysis/variance.ts, refined by the member's specialised
 * parameters) does not involve the month run once per person, the rest per
 * month. Kernels are module items (src/codegen/link.ts): members with equal
 * kernels share one, and a region extending another imports its parent's
 * identical kernels through `$shared`.
 *
 * Failures: validation is `evaluate`'s, one combined test per person. A
 * person that fails it, or whose kernel throws (only kernels whose rules can
 * fail carry a try block: it slows V8's whole loop), is re-evaluated row by
 * row through `run` (runtime `columnarRows`), reading every output: the
 * first row whose input is invalid or whose output failed (the lazy per-row
 * result would throw when that output is read) throws that `PolicyError`
 * with `row` set. Columnar output has no failed-but-readable state: a batch
 * with a failed output throws rather than storing a value.
 */
import type { IrBody, IrDecl, IrExpr, IrInput } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import { analyseVariance, joinVariance, variesByMonth, type Variance } from '../analysis/variance.js';
import { rateScale } from '../analysis/rate-scale.js';
import { mayFail } from '../analysis/population.js';
import { readsOfExpr, walkBody } from '../ir/visit.js';
import type { DeclInfo, Gen } from './context.js';
import type { ExprCtx } from './expr.js';
import { emitExpr, scaleTo } from './expr.js';
import type { Call, Variant } from './decl-fn.js';
import { rateBounds } from './entry.js';
import type { Liveness } from './liveness.js';
import { SELF } from './link.js';
import type { ModuleBuilder } from './module.js';
import { camel, commentText, pascal, propertyKey, stringLiteral } from './naming.js';

export interface ColumnarPlan extends Liveness {
  readonly variants: Map<string, Map<string | undefined, Variant>>;
  readonly calls: Map<string, Map<string | undefined, Call>>;
  readonly members: readonly (string | undefined)[];
  readonly dispatch: string | undefined;
  readonly outputs: readonly IrDecl[];
}

function columnType(i: IrInput): string {
  if (i.ty.k === 'enum' || i.ty.k === 'bool') return 'Uint8Array';
  if (i.ty.k === 'month') return 'Int32Array';
  return i.ty.k === 'int' ? 'Int32Array | Float64Array' : 'Float64Array';
}

const outType = (t: Ty): string => (t.k === 'bool' || t.k === 'enum' ? 'Uint8Array' : 'Float64Array');

/** `Readonly<Record<names, type>>` (`{}` for no names), intersected with `and`. */
function recordType(ds: readonly IrDecl[], type: string, and?: string): string {
  const own = ds.length ? `Readonly<Record<${ds.map((d) => stringLiteral(d.name)).join(' | ')}, ${type}>>` : undefined;
  return own && and && and !== '{}' ? `${own} & ${and}` : (own ?? and ?? '{}');
}

/** At most this many leaves for a rule written into the month loop (longer lists keep their function: band search). */
const INLINE_LEAVES = 4;

/**
 * A month-varying rule written into the month loop as one expression, its
 * per-person leaves computed once per person: `credit = month < reform ?
 * employee + round(base × band) : employee` becomes a per-person constant
 * and a per-month choice. Only for short rules that cannot fail and are
 * always applicable, and only when some leaf is worth hoisting; the code of
 * each guard and leaf is the rule function's (same context, same scaling).
 */
function inlineRule(ctx: ExprCtx, info: DeclInfo, body: IrBody, perPerson: (names: Set<string>) => boolean, take: (base: string) => string): { outer: string[]; expr: string } | undefined {
  let leaves = 0;
  let values = true;
  walkBody(body, { value: () => void leaves++, absent: () => void (values = false) });
  if (!values || leaves > INLINE_LEAVES || hasEmptyCases(body) || mayFail(body)) return undefined;
  const outer: string[] = [];
  const leaf = (e: IrExpr): string => {
    const code = scaleTo(emitExpr(e, ctx), info.den).code;
    if (e.op === 'const' || e.op === 'input' || e.op === 'ref' || /^-?\d+$/.test(code) || !perPerson(readsOfExpr(e))) return code;
    const h = take(`${info.local.replace(/_$/, '')}Leaf`);
    outer.push(`const ${h} = ${code};`);
    return h;
  };
  const expr = (b: IrBody): string => {
    if (b.kind === 'value') return b.value.kind === 'expr' ? leaf(b.value.e) : 'null';
    // as the rule's function: the last case needs no test (the checker proved the list complete)
    const k = b.cases.findIndex((c, n) => !c.cond || n === b.cases.length - 1);
    const tail = expr(b.cases[k]!.body);
    return b.cases.slice(0, k).reduceRight((acc, c) => `${emitExpr(c.cond!, ctx).code} ? ${wrap(expr(c.body))} : ${acc}`, tail);
  };
  const wrap = (x: string): string => (x.includes('?') ? `(${x})` : x);
  const e = expr(body);
  return outer.length ? { outer, expr: e } : undefined;
}

/** A case list left empty by specialisation: reaching it throws `no_applicable_rule`. */
export function hasEmptyCases(b: IrBody): boolean {
  return b.kind === 'cases' && (b.cases.length === 0 || b.cases.some((c) => hasEmptyCases(c.body)));
}

export function addColumnar(sf: ModuleBuilder, g: Gen, plan: ColumnarPlan): void {
  const { variants, calls, members, dispatch, outputs } = plan;
  const r = g.r;
  const T = (base: string): string => g.names.take(base);
  const link = (s: string): string => g.items.link(s);
  const monthIn = r.inputs.find((i) => i.name === r.monthInput);
  const persons = r.inputs.filter((i) => i !== monthIn);
  const variance = analyseVariance(r);
  const absentSomewhere = (d: IrDecl): boolean => [...(variants.get(d.name)?.values() ?? [])].some((v) => v.absent) || (!variants.has(d.name) && d.mayBeAbsent);
  const present = outputs.filter(absentSomewhere);

  // exported code lists of enum inputs and outputs; kernels refer to an output's list as an item (its content, not its name)
  const codes = new Map<string, string>();
  const codeItem = new Map<string, string>();
  for (const x of [...persons, ...outputs]) {
    if (x.ty.k !== 'enum') continue;
    const name = T(`${camel(x.name).replace(/_$/, '')}Codes`);
    codes.set(x.name, name);
    const list = x.ty.members.map(stringLiteral).join(', ');
    sf.addStatements(`/** Column codes of \`${commentText(x.name)}\`. */\nexport const ${name} = [${list}] as const;`);
    if (outputs.includes(x as IrDecl)) codeItem.set(x.name, g.items.ref('table', 'C', `const ${SELF}: readonly string[] = [${list}];`));
  }
  sf.addInterface({
    isExported: true,
    name: 'PersonColumns',
    docs: ['Input columns of `evaluateColumnar`, index p = person p (README: columnar evaluation).'],
    properties: persons.length
      ? persons.map((i) => ({ name: i.name, isReadonly: true, type: columnType(i), ...(i.ty.k === 'rate' ? { docs: [`numerators over ${rateScale(i)}`] } : {}) }))
      : [{ name: 'count', isReadonly: true, type: 'number', docs: ['the number of persons'] }],
  });
  sf.addInterface({
    isExported: true,
    name: 'ColumnarResult',
    docs: ['Output columns of `evaluateColumnar`, row p·M + (month − from); NaN, `present` 0: not applicable.'],
    properties: [
      { name: 'values', isReadonly: true, type: recordType(outputs.filter((d) => outType(d.ty) === 'Float64Array'), 'Float64Array', recordType(outputs.filter((d) => outType(d.ty) === 'Uint8Array'), 'Uint8Array')) },
      { name: 'present', isReadonly: true, type: recordType(present, 'Uint8Array') },
    ],
  });

  // kernel parameters: short names, taken in a fixed order (so equal kernels of related regions print equally)
  const [fromN, toN, kN] = ['from', 'to', 'k'];
  const valCol = new Map(outputs.map((d, n) => [d.name, T(`v${n}`)]));
  const presCol = new Map(present.map((d, n) => [d.name, T(`p${n}`)]));
  const mv = monthIn ? g.inputLocal.get(monthIn.name)! : undefined;
  const anyFail = (m: string | undefined): boolean =>
    plan.mayFailFor(m) || plan.liveDecls(m).some((d) => { const v = variants.get(d.name)?.get(m); return v !== undefined && hasEmptyCases(v.body); });

  // literal rule values are substituted where an inlined rule reads them, as in the compute blocks
  const base = g.ctx(() => false);
  const ctxOf = (vals: ReadonlyMap<string, string>): ExprCtx => ({ ...base, local: (n) => vals.get(n) ?? base.local(n) });
  /** One person's rows for one population member, from row `k` on: per-person rules once, the rest per month. */
  const kernel = (m: string | undefined): { fn: string; inputs: string[]; mayThrow: boolean } => {
    const vary = new Map<string, Variance>(variance);
    const vals = new Map<string, string>(); // literal values, substituted where they are read
    const outer: string[] = [];
    const inner: string[] = [];
    const reads = new Set<string>();
    for (const d of plan.liveDecls(m)) {
      const c = calls.get(d.name)?.get(m);
      if (!c) continue;
      c.params.forEach((p) => reads.add(p));
      const args = c.params.map((n) => vals.get(n) ?? g.valueOf(n));
      if (c.literal) {
        vals.set(d.name, c.plain(args));
        vary.set(d.name, 'constant');
        continue;
      }
      const v = c.params.reduce<Variance>((a, q) => joinVariance(a, vals.has(q) ? 'constant' : (vary.get(q) ?? 'constant')), 'constant');
      vary.set(d.name, v);
      const info = g.infos.get(d.name)!;
      const variant = variants.get(d.name)!.get(m)!;
      const safe = !variant.absent && !variant.params.some((q) => variants.get(q)?.get(m)?.absent === true);
      const inlined = variesByMonth(v) && safe ? inlineRule(ctxOf(vals), info, variant.body, (ns) => ![...ns].some((n) => variesByMonth(vals.has(n) ? 'constant' : (vary.get(n) ?? 'constant'))), T) : undefined;
      if (inlined) {
        outer.push(...inlined.outer);
        inner.push(`const ${info.local} = ${inlined.expr};`);
      } else (variesByMonth(v) ? inner : outer).push(`const ${info.local} = ${c.plain(args)};`);
    }
    const store = outputs.flatMap((d) => {
      const info = g.infos.get(d.name)!;
      const x = vals.get(d.name) ?? info.ref ?? info.local;
      const absent = !vals.has(d.name) && !info.ref && (variants.get(d.name)?.get(m)?.absent ?? false);
      const V = `${valCol.get(d.name)}[${kN}]`;
      const P = presCol.get(d.name);
      if (x === 'null') return [`${V} = NaN;`, `${P}[${kN}] = 0;`];
      const val = d.ty.k === 'bool' ? `${x} ? 1 : 0` : d.ty.k === 'enum' ? `${codeItem.get(d.name)}.indexOf(${x})` : x;
      if (!P) return [`${V} = ${val};`];
      if (!absent) return [`${V} = ${val};`, `${P}[${kN}] = 1;`];
      return [`${V} = ${x} === null ? NaN : ${val};`, `${P}[${kN}] = ${x} === null ? 0 : 1;`];
    });
    const rows = mv ? [`for (let ${mv} = ${fromN}; ${mv} <= ${toN}; ${mv}++, ${kN}++) {`, ...inner, ...store, `}`] : [...inner, ...store];
    const inputs = persons.filter((i) => reads.has(i.name) && i.name !== dispatch).map((i) => i.name);
    const params = [
      ...inputs.map((n) => `${g.inputLocal.get(n)!}: ${g.localType(n, false)}`),
      ...(mv ? [`${fromN}: number`, `${toN}: number`] : []),
      `${kN}: number`,
      ...outputs.map((d) => `${valCol.get(d.name)}: ${outType(d.ty)}`),
      ...present.map((d) => `${presCol.get(d.name)}: Uint8Array`),
    ];
    const mayThrow = anyFail(m);
    const body = mayThrow ? [`try {`, ...outer, ...rows, `} catch {\nreturn false;\n}`, `return true;`] : [...outer, ...rows];
    const fn = g.items.ref(
      'fn',
      (tags) => `columnarFor${tags.length ? tags.map(pascal).join('Or') : 'All'}`,
      `function ${SELF}(${params.join(', ')}): ${mayThrow ? 'boolean' : 'void'} {\n${body.join('\n')}\n}`,
      undefined,
      m,
    );
    return { fn, inputs, mayThrow };
  };

  // ---- evaluateColumnar
  const [colsN, outN, pN, mN, countN, resN, slowN] = ['persons', 'out', 'p', 'months', 'count', 'result', 'slow'].map((n) => (n === 'out' ? n : T(n))) as [string, string, string, string, string, string, string];
  const col = new Map(persons.map((i) => [i.name, T(`${camel(i.name).replace(/_$/, '')}Col`)]));
  // enums and booleans are read as codes and tested, then turned into members and true/false
  const code = new Map(persons.filter((i) => i.ty.k === 'enum' || i.ty.k === 'bool').map((i) => [i.name, T(`${camel(i.name).replace(/_$/, '')}Code`)]));
  const at = (i: IrInput): string => `${col.get(i.name)}[${pN}]!`;
  const apiValue = (i: IrInput): string =>
    i.ty.k === 'enum' ? `memberOf(${codes.get(i.name)}, ${at(i)})`
    : i.ty.k === 'bool' ? `flagOf(${at(i)})`
    : i.ty.k === 'month' ? `monthText(${at(i)})`
    : i.ty.k === 'rate' ? `{ num: ${at(i)}, den: ${rateScale(i)} }`
    : at(i);
  const monthVar = T('month');
  const inputObj = `{ ${[...persons.map((i) => `${propertyKey(i.name)}: ${apiValue(i)}`), ...(monthIn ? [`${propertyKey(monthIn.name)}: monthText(${monthVar})`] : [])].join(', ')} }`;
  const outCodes = outputs.filter((d) => d.ty.k === 'enum').map((d) => `${propertyKey(d.name)}: ${codes.get(d.name)}`);
  const bad = (i: IrInput): string | undefined => {
    const v = code.get(i.name) ?? g.inputLocal.get(i.name)!;
    if (i.ty.k === 'enum') return i.name === dispatch ? undefined : `${v} >= ${i.ty.members.length}`;
    if (i.ty.k === 'bool') return `${v} > 1`;
    if (i.ty.k === 'month') return `${v} < H_START || ${v} > H_END`;
    const [lo, hi] = i.ty.k === 'rate' ? rateBounds(i) : [String(i.low!.num), String(i.high!.num)];
    return `!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}`;
  };
  const tests = [...(monthIn ? [`${fromN} < H_START || ${toN} > H_END`] : []), ...persons.map(bad).filter((x): x is string => x !== undefined)];
  const convert = persons.flatMap((i) =>
    i.ty.k === 'bool' ? [`const ${g.inputLocal.get(i.name)} = ${code.get(i.name)} === 1;`]
    : i.ty.k === 'enum' && i.name !== dispatch ? [`const ${g.inputLocal.get(i.name)} = ${codes.get(i.name)}[${code.get(i.name)}]!;`]
    : [],
  );
  const slowCall = `${slowN}(${pN});`;
  const call = (c: { fn: string; inputs: string[]; mayThrow: boolean }): string => {
    const args = [...c.inputs.map((n) => g.inputLocal.get(n)!), ...(mv ? [fromN, toN] : []), kN, ...valCol.values(), ...presCol.values()];
    return c.mayThrow ? `if (!${c.fn}(${args.join(', ')})) ${slowCall}` : `${c.fn}(${args.join(', ')});`;
  };
  let compute: string[];
  if (dispatch) {
    const ty = g.input(dispatch)!.ty as Extract<Ty, { k: 'enum' }>;
    const groups = new Map<string, number[]>();
    for (const m of members) {
      const text = call(kernel(m));
      groups.set(text, [...(groups.get(text) ?? []), ty.members.indexOf(m!)]);
    }
    compute = [`switch (${code.get(dispatch)}) {`, ...[...groups].map(([text, ks]) => `${ks.map((k) => `case ${k}:`).join('\n')}\n${text}\nbreak;`), `default:\n${slowCall}`, `}`];
  } else compute = [call(kernel(undefined))];

  const names = (ds: readonly IrDecl[]): string => stringLiteral(ds.map((d) => d.name).join(' '));
  const flags = outputs.filter((d) => outType(d.ty) === 'Uint8Array');
  const statements = [
    // the shape of `persons` is checked (every column present, its own property, one length) before a column is read
    `const ${countN} = ${persons.length ? `columnCount(${colsN}, { ${persons.map((i) => `${propertyKey(i.name)}: ${g.loc(i.source)}`).join(', ')} })` : `${colsN}.count`};`,
    ...(persons.length ? [`const { ${persons.map((i) => `${propertyKey(i.name)}: ${col.get(i.name)}`).join(', ')} } = ${colsN};`] : []),
    ...(monthIn
      ? [`const ${mN} = monthCount(${fromN}, ${toN}, ${stringLiteral(monthIn.name)}, ${g.loc(monthIn.source)});`]
      : [`const ${mN} = 1;`]),
    `const ${resN} = columnarResult(${outN}, ${countN} * ${mN}, ${names(outputs)}, ${names(present)}${flags.length ? `, ${names(flags)}` : ''});`,
    `const { ${outputs.map((d) => `${propertyKey(d.name)}: ${valCol.get(d.name)}`).join(', ')} } = ${resN}.values;`,
    ...(present.length ? [`const { ${present.map((d) => `${propertyKey(d.name)}: ${presCol.get(d.name)}`).join(', ')} } = ${resN}.present;`] : []),
    `const ${slowN} = (${pN}: number): void => columnarRows(run, (${monthVar}) => (${inputObj}), ${pN} * ${mN}, ${monthIn ? fromN : '0'}, ${mN}, ${resN}.values, ${resN}.present${outCodes.length ? `, { ${outCodes.join(', ')} }` : ''});`,
    `for (let ${pN} = 0, ${kN} = 0; ${pN} < ${countN}; ${pN}++, ${kN} += ${mN}) {`,
    ...persons.map((i) => `const ${code.get(i.name) ?? g.inputLocal.get(i.name)} = ${at(i)};`),
    ...(tests.length ? [`if (${tests.join(' || ')}) {\n${slowCall}\ncontinue;\n}`] : []),
    ...convert,
    ...compute,
    `}`,
    `return ${resN};`,
  ].map(link);
  sf.addFunction({
    name: 'evaluateColumnar',
    isExported: true,
    docs: [
      `Evaluates P persons${monthIn ? ' × months `from`..`to`' : ''} from typed-array columns (README: columnar evaluation); an invalid row or a failed output throws with \`row\` set.`,
    ],
    parameters: [{ name: colsN, type: 'PersonColumns' }, ...(monthIn ? [{ name: fromN, type: 'number' }, { name: toN, type: 'number' }] : []), { name: outN, type: 'ColumnarResult', hasQuestionToken: true }],
    returnType: 'ColumnarResult',
    statements,
  });
}
