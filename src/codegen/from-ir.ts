/**
 * Checked IR → one TypeScript module per region (a ts-morph SourceFile):
 * named constants for constant parameters, one function per rule (specialised
 * per population where rules start with `for …`), exported Input/Output types,
 * and the entry points (src/codegen/entry.ts). Nothing is interpreted at run time.
 */
import { Project, VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { formatMonth } from '../runtime/month.js';
import { constOf, OPEN_END } from '../check/coverage.js';
import type { IrBody, IrDecl, IrInput, IrRegion } from '../check/ir.js';
import type { Ty } from '../check/types.js';
import { Gen, unitOf, type DeclInfo } from './context.js';
import { declFunction, type Variant } from './decl-fn.js';
import { addEntryPoints } from './entry.js';
import { addColumnar, COLUMNAR_IMPORTS } from './columnar.js';
import { emitExpr, hull, lcm, scaleTo, type Code, type Range } from './expr.js';
import { camel, commentText, pascal, stringLiteral } from './naming.js';
import { dispatchInput, mayBeAbsent, mayFail, prune, readsOf } from './specialize.js';

export const HEADER = (file: string): string =>
  `// Generated from ${commentText(file)} by the policy compiler. Do not edit.\n/* eslint-disable */\n`;

export interface GeneratedModule {
  readonly region: string;
  readonly fileName: string;
  readonly text: string;
}

export interface GenerateOptions {
  /** module specifier of the runtime, relative to the generated file */
  readonly runtime?: string;
}

export function tsType(t: Ty, g: Gen): string {
  switch (t.k) {
    case 'enum':
      return g.enumAlias.get(t.name) ?? t.members.map(stringLiteral).join(' | ');
    case 'bool':
      return 'boolean';
    case 'rate':
      return 'Rate';
    case 'month':
      return 'string';
    default:
      return 'number';
  }
}

function describeInput(i: IrInput): string {
  const t = i.ty;
  if (t.k === 'enum') return `one of ${t.members.join(', ')}`;
  if (t.k === 'money') return `money in integer fen${t.period === 'once' ? '' : ` per ${t.period}`}, ${i.low!.num}..${i.high!.num}`;
  if (t.k === 'int') return `whole ${t.unit === 'none' ? 'number' : t.unit}, ${i.low!.num}..${i.high!.num}`;
  if (t.k === 'month') return 'calendar month `YYYY-MM`';
  if (t.k === 'rate') return `exact rate \`{ num, den }\`, ${percent(i.low!)}..${percent(i.high!)}`;
  return 'true or false';
}

const percent = (q: { num: bigint; den: bigint }): string => {
  // exact decimal text of q × 100 (rate bounds are written as decimal percentages)
  let n = q.num * 100n;
  let text = String(n / q.den);
  n %= q.den;
  if (n !== 0n) {
    text += '.';
    for (let k = 0; n !== 0n && k < 12; k++) {
      n *= 10n;
      text += String(n / q.den);
      n %= q.den;
    }
  }
  return `${text}%`;
};

const where = (d: { source: { file: string; line: number }; cites: readonly string[] }): string =>
  `${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}`;

/** Plans every declaration: module constant, or fixed denominator and proven range. */
function planDecls(g: Gen): void {
  const probe = g.ctx((n) => g.decls.get(n)!.mayBeAbsent, false);
  const quiet = g.ctx(() => false, true);
  for (const d of g.r.decls) {
    const info: DeclInfo = { decl: d, local: g.names.take(camel(d.name)), den: 1n, range: { lo: 0n, hi: 0n }, loc: g.loc(d.source) };
    g.infos.set(d.name, info);
    const c = d.declKind === 'parameter' ? constOf({ op: 'ref', name: d.name, ty: d.ty, span: d.span }, g.decls) : undefined;
    if (c && d.body.kind === 'value' && d.body.value.kind === 'expr') {
      const code = emitExpr(d.body.value.e, quiet);
      Object.assign(info, { den: code.den, range: { lo: code.lo, hi: code.hi }, constant: code });
      const note = c.k === 'month' ? ` // ${formatMonth(c.value)}` : d.ty.k === 'rate' ? ` // ${code.code}/${code.den}` : '';
      g.statics.push(`// ${where(d)}\nconst ${info.local} = ${code.code};${note}`);
      continue;
    }
    // every leaf first, so the function returns one fixed denominator
    const leaves: Code[] = [];
    const collect = (b: IrBody): void => {
      if (b.kind === 'value') {
        if (b.value.kind === 'expr') leaves.push(emitExpr(b.value.e, probe));
      } else b.cases.forEach((x) => {
        if (x.cond) emitExpr(x.cond, probe);
        collect(x.body);
      });
    };
    collect(d.body);
    info.den = leaves.reduce((a, l) => lcm(a, l.den), 1n);
    const scaled = leaves.map((l) => scaleTo(l, info.den));
    info.range = scaled.length ? scaled.reduce<Range>((a, l) => hull(a, l), scaled[0]!) : { lo: 0n, hi: 0n };
  }
}

/** The rule functions: one per declaration, or one per population member for rules that test it. */
function planVariants(g: Gen, dispatch: string | undefined, members: readonly (string | undefined)[]): Map<string, Map<string | undefined, Variant>> {
  const out = new Map<string, Map<string | undefined, Variant>>();
  for (const d of g.r.decls) {
    if (g.infos.get(d.name)!.constant) continue;
    const byMember = new Map<string | undefined, Variant>();
    const special = dispatch !== undefined && d.reads.includes(dispatch);
    const params = (body: IrBody): string[] => {
      const used = readsOf(body);
      return d.reads.filter((n) => used.has(n) && !g.infos.get(n)?.constant && !(special && n === dispatch));
    };
    if (special) {
      for (const m of members) {
        const body = prune(d.body, dispatch, m!);
        const base = `${pascal(d.name)}${pascal(m!)}`;
        byMember.set(m, { member: m, body, fn: g.names.take(`compute${base}`), traceFn: g.names.take(`trace${base}`), absent: mayBeAbsent(body), params: params(body) });
      }
    } else {
      const v: Variant = {
        member: undefined,
        body: d.body,
        fn: g.names.take(`compute${pascal(d.name)}`),
        traceFn: g.names.take(`trace${pascal(d.name)}`),
        absent: d.mayBeAbsent,
        params: params(d.body),
      };
      for (const m of members) byMember.set(m, v);
    }
    out.set(d.name, byMember);
  }
  return out;
}

export function generateRegion(
  r: IrRegion,
  sink: DiagnosticSink,
  project = new Project({ useInMemoryFileSystem: true }),
  options: GenerateOptions = {},
): GeneratedModule | undefined {
  const runtime = options.runtime ?? '../src/runtime/index.js';
  const before = sink.items.length;
  const g = new Gen(r, sink);
  planDecls(g);
  const dispatch = dispatchInput(r);
  const dispatchTy = dispatch ? g.input(dispatch)!.ty : undefined;
  const members: readonly (string | undefined)[] = dispatchTy?.k === 'enum' ? dispatchTy.members : [undefined];
  const variants = planVariants(g, dispatchTy?.k === 'enum' ? dispatch : undefined, members);
  // absent where read: per member for specialised rules, "may be" for shared ones
  const absentIn = (m: string | undefined) => (n: string): boolean => variants.get(n)?.get(m)?.absent ?? false;
  const anyAbsent = (n: string): boolean => [...(variants.get(n)?.values() ?? [])].some((v) => v.absent);
  const fns: string[] = [];
  const tracing: string[] = [];
  const emitted = new Set<string>();
  for (const d of r.decls) {
    for (const v of variants.get(d.name)?.values() ?? []) {
      if (emitted.has(v.fn)) continue;
      emitted.add(v.fn);
      const absent = v.member === undefined ? anyAbsent : absentIn(v.member);
      fns.push(declFunction(g, g.infos.get(d.name)!, v, absent, false));
      tracing.push(declFunction(g, g.infos.get(d.name)!, v, absent, true));
    }
  }
  if (sink.items.length > before) return undefined;

  const sf = project.createSourceFile(`${r.name}.ts`, '', { overwrite: true });
  const outputs = r.decls.filter((d) => d.declKind === 'output');
  const hStart = r.horizon.start;
  const hEnd = r.horizon.end ?? OPEN_END;
  const text = [...fns, ...tracing, ...g.statics].join('\n');
  const roundFns = ['roundHalfUp', 'roundHalfEven', 'roundTruncate'].filter((f) => text.includes(`${f}(`));
  sf.addImportDeclaration({
    moduleSpecifier: runtime,
    namedImports: [...(text.includes('need(') ? ['need'] : []), 'fail', 'parseMonth', 'formatMonth', 'badNumber', 'badMember', 'badMonth', 'badBoolean', ...COLUMNAR_IMPORTS, ...(r.inputs.some((i) => i.ty.k === 'rate') ? ['badRate', 'rateNumerator'] : []), ...roundFns],
  });
  sf.addImportDeclaration({ moduleSpecifier: runtime, isTypeOnly: true, namedImports: ['EvaluateOptions', 'PolicyLocation', 'Rate', 'TraceStep', 'Traced'] });
  const rounding = r.rounding ? `rounding ${r.rounding.mode} to ${r.rounding.unit}` : 'no rounding';
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Region \`${commentText(r.name)}\`${r.title ? `: ${commentText(r.title)}` : ''}. Horizon ${formatMonth(hStart)}${r.horizon.end === undefined ? ' onwards' : `..${formatMonth(hEnd)}`}; ${rounding}.`],
    declarations: [{ name: 'region', initializer: stringLiteral(r.name) }],
  });
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The policy file this module was generated from.'],
    declarations: [{ name: 'source', initializer: stringLiteral(r.file) }],
  });
  for (const i of r.inputs) {
    if (i.ty.k === 'enum') sf.addTypeAlias({ isExported: true, name: g.enumAlias.get(i.name)!, type: i.ty.members.map(stringLiteral).join(' | '), docs: [`Values of input \`${i.name}\`.`] });
  }
  sf.addInterface({
    isExported: true,
    name: 'Input',
    docs: [`Input of region \`${commentText(r.name)}\`. Money is integer fen (1 yuan = 100 fen); months are \`YYYY-MM\`.`],
    properties: r.inputs.map((i) => ({ name: i.name, isReadonly: true, type: tsType(i.ty, g), docs: [`${describeInput(i)} — ${where(i)}`] })),
  });
  const outAbsent = (d: IrDecl): boolean => anyAbsent(d.name);
  sf.addInterface({
    isExported: true,
    name: 'Output',
    docs: [`Output of region \`${commentText(r.name)}\`. Money is integer fen.`],
    properties: outputs.map((d) => ({
      name: d.name,
      isReadonly: true,
      type: tsType(d.ty, g) + (outAbsent(d) ? ' | null' : ''),
      docs: [
        `${outAbsent(d) ? 'null when not applicable to the input; ' : ''}${commentText(d.ty.k === 'money' ? `money in fen${d.ty.period === 'once' ? '' : ` per ${d.ty.period}`}` : d.ty.k)} — ${where(d)}`,
      ],
    })),
  });
  sf.addStatements([
    `type StepInfo = Omit<TraceStep, 'value'>;`,
    `const H_START = ${hStart}; // ${formatMonth(hStart)}`,
    `const H_END = ${hEnd}; // ${r.horizon.end === undefined ? 'open' : formatMonth(hEnd)}`,
    ...g.statics.splice(0),
    `/** Records a trace step: the value (\`num/den\` for rates; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : \`\${value}/\${den}\` });
}`,
    ...fns,
    ...tracing,
  ]);
  addCompute(sf, g, variants, members, dispatchTy?.k === 'enum' ? dispatch : undefined, outputs);
  addEntryPoints(sf, g, dispatchTy?.k === 'enum' ? dispatch : undefined);
  addColumnar(sf, g, variants, members, dispatchTy?.k === 'enum' ? dispatch : undefined);
  sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return { region: r.name, fileName: `${r.name}.ts`, text: HEADER(r.file) + sf.getFullText() };
}

/**
 * `compute(inputs…)` and `computeTraced(inputs…, t)`: dispatch once on the
 * population, then call each rule in dependency order. Per-member bodies are
 * functions of their own (`computeForEmployed` …) so that a whole evaluation
 * stays small enough for V8 to inline into the caller's loop.
 */
function addCompute(
  sf: SourceFile,
  g: Gen,
  variants: Map<string, Map<string | undefined, Variant>>,
  members: readonly (string | undefined)[],
  dispatch: string | undefined,
  outputs: readonly IrDecl[],
): void {
  const r = g.r;
  const constSteps = r.decls
    .filter((d) => g.infos.get(d.name)!.constant)
    .map((d) => {
      const info = g.infos.get(d.name)!;
      return `record(t, ${g.step(d.name, '=', d.source, d.cites, unitOf(d.ty), [])}, ${info.local}${d.ty.k === 'rate' ? `, ${info.den}` : ''});`;
    });
  const block = (m: string | undefined, traced: boolean): string[] => {
    // The plain path computes only what the outputs need — and every rule that can fail
    // (unspecified, or reading an absent value), so both paths fail alike. The traced path explains every rule.
    const canFail = (v: Variant): boolean => mayFail(v.body) || v.params.some((p) => variants.get(p)?.get(m)?.absent === true);
    const live = new Set<string>([...outputs.map((d) => d.name), ...r.decls.filter((d) => { const v = variants.get(d.name)?.get(m); return v !== undefined && canFail(v); }).map((d) => d.name)]);
    for (const d of [...r.decls].reverse()) if (live.has(d.name)) for (const p of variants.get(d.name)?.get(m)?.params ?? []) live.add(p);
    const lines: string[] = [];
    for (const d of r.decls) {
      const v = variants.get(d.name)?.get(m);
      if (!v || (!traced && !live.has(d.name))) continue;
      const args = v.params.map((n) => g.inputLocal.get(n) ?? g.infos.get(n)!.local);
      lines.push(`const ${g.infos.get(d.name)!.local} = ${traced ? v.traceFn : v.fn}(${[...args, ...(traced ? ['t'] : [])].join(', ')});`);
    }
    const field = (d: IrDecl): string => {
      const info = g.infos.get(d.name)!;
      const v = info.local;
      const absent = variants.get(d.name)?.get(m)?.absent ?? false;
      const orNull = (x: string): string => (absent ? `${v} === null ? null : ${x}` : x);
      if (d.ty.k === 'month') return `${d.name}: ${orNull(`formatMonth(${v})`)}`;
      if (d.ty.k === 'rate') return `${d.name}: ${orNull(`{ num: ${v}, den: ${info.den} }`)}`;
      return `${d.name}: ${v}`;
    };
    lines.push(`return { ${outputs.map(field).join(', ')} };`);
    return lines;
  };
  const param = (i: IrInput) => ({ name: g.inputLocal.get(i.name)!, type: i.name === dispatch ? 'string' : g.localType(i.name, false) });
  const tParam = { name: 't', type: 'TraceStep[]' };
  sf.addStatements(g.statics.splice(0));
  if (!dispatch) {
    sf.addFunction({ name: 'compute', docs: ['Computes every rule for validated inputs.'], parameters: r.inputs.map(param), returnType: 'Output', statements: block(undefined, false) });
    sf.addFunction({
      name: 'computeTraced',
      docs: ['`compute`, recording every rule and branch taken.'],
      parameters: [...r.inputs.map(param), tParam],
      returnType: 'Output',
      statements: [...constSteps, ...block(undefined, true)],
    });
    return;
  }
  const local = g.inputLocal.get(dispatch)!;
  const ty = g.input(dispatch)!.ty as Extract<Ty, { k: 'enum' }>;
  const rest = r.inputs.filter((i) => i.name !== dispatch);
  const restArgs = rest.map((i) => g.inputLocal.get(i.name)!);
  const bad = `return badMember(${stringLiteral(dispatch)}, ${local}, [${ty.members.map(stringLiteral).join(', ')}], ${g.loc(g.input(dispatch)!.source)});`;
  const perMember = (traced: boolean): Map<string, string> => {
    const names = new Map<string, string>();
    for (const m of members) {
      const fn = g.names.take(`${traced ? 'trace' : 'compute'}For${pascal(m!)}`);
      names.set(m!, fn);
      sf.addFunction({
        name: fn,
        docs: [`Every rule for \`${commentText(dispatch)}\` = \`${commentText(m!)}\`${traced ? ', recording each branch' : ''}.`],
        parameters: [...rest.map(param), ...(traced ? [tParam] : [])],
        returnType: 'Output',
        statements: block(m, traced),
      });
    }
    return names;
  };
  const plain = perMember(false);
  const traced = perMember(true);
  sf.addStatements(g.statics.splice(0));
  const dispatchTo = (names: Map<string, string>, extra: string[]): string =>
    `switch (${local}) {\n${members.map((m) => `case ${stringLiteral(m!)}:\nreturn ${names.get(m!)}(${[...restArgs, ...extra].join(', ')});`).join('\n')}\ndefault:\n${bad}\n}`;
  sf.addFunction({
    name: 'compute',
    docs: [`Computes every rule for validated inputs, dispatching once on \`${commentText(dispatch)}\` (which it validates).`],
    parameters: r.inputs.map(param),
    returnType: 'Output',
    statements: [dispatchTo(plain, [])],
  });
  sf.addFunction({
    name: 'computeTraced',
    docs: ['`compute`, recording every rule and branch taken.'],
    parameters: [...r.inputs.map(param), tParam],
    returnType: 'Output',
    statements: [...constSteps, dispatchTo(traced, ['t'])],
  });
}
