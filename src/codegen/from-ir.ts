/**
 * Checked IR → one TypeScript module per region (a ts-morph SourceFile):
 * named constants for constant parameters, one function per rule (specialised
 * per population where rules start with `for …`), exported Input/Output types,
 * and the entry points (src/codegen/entry.ts). Nothing is interpreted at run time.
 */
import { Project, VariableDeclarationKind } from 'ts-morph';
import { ModuleBuilder } from './module.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { formatMonth, OPEN_END } from '../runtime/month.js';
import { constOf } from '../ir/consts.js';
import type { IrBody, IrDecl, IrInput, IrRegion } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import { Gen, unitOf, type DeclInfo } from './context.js';
import { declFunction, type Variant } from './decl-fn.js';
import { addEntryPoints } from './entry.js';
import { emitExpr } from './expr.js';
import { Numeric } from '../analysis/numeric.js';
import { camel, commentText, pascal, stringLiteral } from './naming.js';
import { dispatchInput, mayBeAbsent, mayFail, prune } from '../analysis/population.js';
import { readsOfBody } from '../ir/visit.js';

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
  return 'true or false';
}

const where = (d: { source: { file: string; line: number }; cites: readonly string[] }): string =>
  `${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}`;

/** Names every declaration; constant parameters become module constants. Denominators and ranges come from the numeric analysis. */
function planDecls(g: Gen): void {
  const ctx = g.ctx(() => false);
  for (const d of g.r.decls) {
    const n = g.num.decl(d.name);
    const info: DeclInfo = { decl: d, local: g.names.take(camel(d.name)), den: n.den, range: { lo: n.lo, hi: n.hi }, loc: g.loc(d.source) };
    g.infos.set(d.name, info);
    if (n.constant && d.body.kind === 'value' && d.body.value.kind === 'expr') {
      const code = emitExpr(d.body.value.e, ctx);
      info.constant = code;
      const c = constOf(d.body.value.e, g.decls);
      const note = c?.k === 'month' ? ` // ${formatMonth(c.value)}` : d.ty.k === 'rate' ? ` // ${code.code}/${code.den}` : '';
      g.statics.push(`// ${where(d)}\nconst ${info.local} = ${code.code};${note}`);
    }
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
      const used = readsOfBody(body);
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
  const runtime = options.runtime ?? '@policyc/runtime';
  const before = sink.items.length;
  // ranges were proven by the check pass (PD3008); here they only size denominators
  const g = new Gen(r, sink, new Numeric(r));
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

  const sf = new ModuleBuilder();
  const outputs = r.decls.filter((d) => d.declKind === 'output');
  const hStart = r.horizon.start;
  const hEnd = r.horizon.end ?? OPEN_END;
  const text = [...fns, ...tracing, ...g.statics].join('\n');
  const roundFns = ['roundHalfUp', 'roundHalfEven', 'roundTruncate'].filter((f) => text.includes(`${f}(`));
  sf.addImportDeclaration({
    moduleSpecifier: runtime,
    namedImports: [...(text.includes('need(') ? ['need'] : []), 'fail', 'parseMonth', 'formatMonth', 'badNumber', 'badMember', 'badMonth', 'badBoolean', ...roundFns],
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
    `/** Records a trace step: the value (\`num/den\` for rates, \`YYYY-MM\` for months; null when the rule is not applicable). */
function record(t: TraceStep[], info: StepInfo, value: number | string | boolean | null, den?: number): void {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : \`\${value}/\${den}\` });
}`,
    ...fns,
    ...tracing,
  ]);
  addCompute(sf, g, variants, members, dispatchTy?.k === 'enum' ? dispatch : undefined, outputs);
  addEntryPoints(sf, g, dispatchTy?.k === 'enum' ? dispatch : undefined);
  if (sf.mentions('settle<Output>(')) sf.addNamedImports(runtime, ['Failed', 'attempt', 'settle']);
  return { region: r.name, fileName: `${r.name}.ts`, text: HEADER(r.file) + sf.print(project, `${r.name}.ts`) };
}

/**
 * `compute(inputs…)` and `computeTraced(inputs…, t)`: dispatch once on the
 * population, then call each rule in dependency order. Per-member bodies are
 * functions of their own (`computeForEmployed` …) so that a whole evaluation
 * stays small enough for V8 to inline into the caller's loop.
 */
function addCompute(
  sf: ModuleBuilder,
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
      const value = d.ty.k === 'month' ? `formatMonth(${info.local})` : info.local;
      return `record(t, ${g.step(d.name, '=', d.source, d.cites, unitOf(d.ty), [])}, ${value}${d.ty.k === 'rate' ? `, ${info.den}` : ''});`;
    });
  // A rule can fail if the sources leave it unspecified or it reads a value that may be `not applicable`.
  const canFail = (v: Variant, m: string | undefined): boolean => mayFail(v.body) || v.params.some((p) => variants.get(p)?.get(m)?.absent === true);
  /** What the outputs need, in dependency order (the plain path computes nothing else). */
  const liveDecls = (m: string | undefined): IrDecl[] => {
    const live = new Set<string>(outputs.map((d) => d.name));
    for (const d of [...r.decls].reverse()) if (live.has(d.name)) for (const p of variants.get(d.name)?.get(m)?.params ?? []) live.add(p);
    return r.decls.filter((d) => live.has(d.name) && variants.get(d.name)?.get(m) !== undefined);
  };
  const mayFailFor = (m: string | undefined): boolean => liveDecls(m).some((d) => canFail(variants.get(d.name)!.get(m)!, m));
  const field = (d: IrDecl, m: string | undefined, lazy: boolean): string => {
    const info = g.infos.get(d.name)!;
    const v = info.local;
    const absent = variants.get(d.name)?.get(m)?.absent ?? false;
    const guard = (x: string): string => (absent ? `${v} === null ? null : ${x}` : x);
    const orFailed = (x: string): string => (lazy ? `${v} instanceof Failed ? ${v} : ${x}` : x);
    if (d.ty.k === 'month') return `${d.name}: ${orFailed(guard(`formatMonth(${v})`))}`;
    if (d.ty.k === 'rate') return `${d.name}: ${orFailed(guard(`{ num: ${v}, den: ${info.den} }`))}`;
    return `${d.name}: ${v}`;
  };
  const args = (v: Variant): string[] => v.params.map((n) => g.inputLocal.get(n) ?? g.infos.get(n)!.local);
  /** The straight-line path: every rule the outputs need, or (traced) every rule, recording each branch. */
  const block = (m: string | undefined, traced: boolean): string[] => {
    const lines: string[] = [];
    for (const d of traced ? r.decls : liveDecls(m)) {
      const v = variants.get(d.name)?.get(m);
      if (!v) continue;
      lines.push(`const ${g.infos.get(d.name)!.local} = ${traced ? v.traceFn : v.fn}(${[...args(v), ...(traced ? ['t'] : [])].join(', ')});`);
    }
    lines.push(`return { ${outputs.map((d) => field(d, m, false)).join(', ')} };`);
    return lines;
  };
  /**
   * The cold path after a rule failed: each rule runs on its own, a failure
   * flows only into the rules that read it, and each output that failed
   * throws its error when read (outputs are lazy; FACTS values may be unspecified).
   */
  const lazyBlock = (m: string | undefined): string[] => {
    const lines: string[] = [];
    for (const d of liveDecls(m)) {
      const v = variants.get(d.name)!.get(m)!;
      const read = v.params.filter((p) => !g.inputLocal.has(p)).map((p) => g.infos.get(p)!.local);
      const call = `attempt(() => ${v.fn}(${args(v).join(', ')}))`;
      lines.push(`const ${g.infos.get(d.name)!.local} = ${read.reduceRight((acc, x) => `${x} instanceof Failed ? ${x} : ${acc}`, call)};`);
    }
    lines.push(`return settle<Output>({ ${outputs.map((d) => field(d, m, true)).join(', ')} });`);
    return lines;
  };
  /** The plain path, retried lazily when a rule that can fail did. */
  const plainBody = (m: string | undefined, lazyFn: string, params: readonly string[]): string[] =>
    mayFailFor(m) ? [`try {\n${block(m, false).join('\n')}\n} catch {\nreturn ${lazyFn}(${params.join(', ')});\n}`] : block(m, false);
  const param = (i: IrInput) => ({ name: g.inputLocal.get(i.name)!, type: i.name === dispatch ? 'string' : g.localType(i.name, false) });
  const tParam = { name: 't', type: 'TraceStep[]' };
  sf.addStatements(g.statics.splice(0));
  if (!dispatch) {
    const names = r.inputs.map((i) => g.inputLocal.get(i.name)!);
    sf.addFunction({ name: 'compute', docs: ['Computes every rule for validated inputs.'], parameters: r.inputs.map(param), returnType: 'Output', statements: plainBody(undefined, 'computeLazy', names) });
    if (mayFailFor(undefined)) {
      sf.addFunction({ name: 'computeLazy', docs: ['`compute` after a rule failed: outputs that do not depend on the failure are still computed.'], parameters: r.inputs.map(param), returnType: 'Output', statements: lazyBlock(undefined) });
    }
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
      const lazyFn = !traced && mayFailFor(m) ? g.names.take(`lazyFor${pascal(m!)}`) : undefined;
      sf.addFunction({
        name: fn,
        docs: [`Every rule for \`${commentText(dispatch)}\` = \`${commentText(m!)}\`${traced ? ', recording each branch' : ''}.`],
        parameters: [...rest.map(param), ...(traced ? [tParam] : [])],
        returnType: 'Output',
        statements: traced ? block(m, true) : plainBody(m, lazyFn ?? '', restArgs),
      });
      if (lazyFn) {
        sf.addFunction({
          name: lazyFn,
          docs: [`\`${fn}\` after a rule failed: outputs that do not depend on the failure are still computed.`],
          parameters: rest.map(param),
          returnType: 'Output',
          statements: lazyBlock(m),
        });
      }
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
