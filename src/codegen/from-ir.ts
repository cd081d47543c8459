/**
 * Checked IR → one TypeScript module per region (a ts-morph SourceFile):
 * named constants for constant parameters, one function per rule (specialised
 * per population where rules start with `for …`), exported Input/Output types,
 * and the entry points (src/codegen/entry.ts). Nothing is interpreted at run time.
 */
import { Project, VariableDeclarationKind } from 'ts-morph';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { formatMonth, OPEN_END } from '../runtime/month.js';
import { constOf } from '../ir/consts.js';
import { isStateful, type IrBody, type IrDecl, type IrExpr, type IrInput, type IrRegion } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import { percentText } from '../ir/rational.js';
import { forEachExpr, readsOfBody, readsOfExpr, walkBody } from '../ir/visit.js';
import { numericOf } from '../analysis/numeric.js';
import { dispatchInput, mayBeAbsent, prune } from '../analysis/population.js';
import { BAND_HELPER } from './bands.js';
import { Gen, prevKey, unitOf, type DeclInfo } from './context.js';
import { declCall, lazyDeclCall, type Call, type Variant } from './decl-fn.js';
import { addEntryPoints } from './entry.js';
import { addColumnar } from './columnar.js';
import { liveness, type Liveness } from './liveness.js';
import { addTimeline, TIMELINE_RUNTIME } from './timeline.js';
import { addTimelineColumnar } from './timeline-columnar.js';
import { emitExpr } from './expr.js';
import { SELF, type SharedTable } from './link.js';
import { ModuleBuilder } from './module.js';
import { camel, commentText, pascal, propertyKey, stringLiteral } from './naming.js';
import { fieldType, itemInterfaces, recordType } from './items.js';

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
  /** what the parent region's module offers (src/codegen/link.ts); without it everything is emitted here */
  readonly parent?: SharedTable;
}

/** `items` joined by `, ` into lines of at most `width` characters (each line ends with a comma). */
function wrap(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 2 > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += `${item}, `;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** A region's module file: the region name, except that no region module is ever `index.ts`. */
export function moduleFileName(region: string): string {
  return /^index_*$/.test(region) ? `${region}_.ts` : `${region}.ts`;
}

/** A generated module with what it shares with, and imports from, related regions. */
export interface LinkedModule extends GeneratedModule {
  /** every item defined or imported here: key → local name */
  readonly table: Map<string, string>;
  /** parent export name → local name */
  readonly imports: ReadonlyMap<string, string>;
}

/** The module text with `$shared`: the items that regions extending this one import. */
export function withShared(m: GeneratedModule, names: readonly string[]): GeneratedModule {
  if (names.length === 0) return m;
  const list = [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const doc = `@internal Rules and descriptors that the regions extending \`${commentText(m.region)}\` import instead of copying.`;
  const text = `${m.text}\n/**\n * ${doc}\n * Not part of the API.\n */\nexport const $shared = {\n${wrap(list, 110).map((l) => `  ${l}`).join('\n')}\n};\n`;
  return { ...m, text };
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
    case 'list':
      return `readonly ${recordType(g, t.record)}[]`;
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
  if (t.k === 'rate') return `exact rate \`{ num, den }\`, ${percentText(i.low!)}..${percentText(i.high!)}`;
  if (t.k === 'list') return `a list of ${i.low!.num}..${i.high!.num} \`${t.record.name}\` items`;
  return 'true or false';
}

const where = (d: { source: { file: string; line: number }; cites: readonly string[] }): string =>
  `${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}`;

/** Names every declaration; constant parameters become module constants. Denominators and ranges come from the numeric analysis. */
function planDecls(g: Gen): void {
  const ctx = g.ctx(() => false);
  for (const d of g.r.decls) {
    const n = g.num.decl(d.name);
    const constant = n.constant && d.declKind !== 'state' && d.body.kind === 'value' && d.body.value.kind === 'expr';
    // a constant is a module item, named when used; anything else a local of the compute functions
    const info: DeclInfo = { decl: d, local: constant ? camel(d.name) : g.names.take(camel(d.name)), den: n.den, range: { lo: n.lo, hi: n.hi } };
    g.infos.set(d.name, info);
    if (constant && d.body.kind === 'value' && d.body.value.kind === 'expr') {
      const code = emitExpr(d.body.value.e, ctx);
      const c = constOf(d.body.value.e, g.decls);
      const note = c?.k === 'month' ? ` // ${formatMonth(c.value)}` : d.ty.k === 'rate' ? ` // ${code.code}/${code.den}` : '';
      info.constant = code;
      // an enum constant keeps its type: a rule may still compare it with the other members
      const typed = d.ty.k === 'enum' ? `${code.code} as ${d.ty.members.map(stringLiteral).join(' | ')}` : code.code;
      info.ref = g.items.ref('const', info.local, `// ${where(d)}\nconst ${SELF} = ${typed};${note}`);
    }
  }
}

/** Some case's value is a range (src/check/ranges.ts). */
function isRange(b: IrBody): boolean {
  let found = false;
  walkBody(b, { absent: (k) => void (found ||= k === 'range') });
  return found;
}

/**
 * Inputs and declarations the generated code for a body reads: not the guard
 * of a list's last case (never tested: the checker proved the list complete)
 * nor anything after an unconditional case.
 */
function emittedReads(b: IrBody, out: Set<string> = new Set()): Set<string> {
  // `previous(s)` is read as its own parameter (src/codegen/context.ts `prevKey`)
  const readsOfExpr = (e: IrExpr, into: Set<string>): void =>
    forEachExpr(e, (x) => {
      if (x.op === 'input' || x.op === 'ref') into.add(x.name);
      else if (x.op === 'prev') into.add(prevKey(x.name));
    });
  if (b.kind === 'value') {
    if (b.value.kind === 'expr') readsOfExpr(b.value.e, out);
    else if (b.value.kind === 'range') for (const x of [b.value.lo, b.value.hi]) readsOfExpr(x, out);
    return out;
  }
  for (let k = 0; k < b.cases.length; k++) {
    const c = b.cases[k]!;
    const last = k === b.cases.length - 1;
    if (c.cond && !last) readsOfExpr(c.cond, out);
    emittedReads(c.body, out);
    if (!c.cond || last) break;
  }
  return out;
}

/** The rule variants: one per declaration, or one per population member for rules that test it. */
function planVariants(g: Gen, dispatch: string | undefined, members: readonly (string | undefined)[]): Map<string, Map<string | undefined, Variant>> {
  const out = new Map<string, Map<string | undefined, Variant>>();
  for (const d of g.r.decls) {
    if (g.infos.get(d.name)!.constant) continue;
    const byMember = new Map<string | undefined, Variant>();
    const special = dispatch !== undefined && d.reads.includes(dispatch);
    const params = (body: IrBody): string[] => {
      const used = emittedReads(body);
      const own = d.reads.filter((n) => used.has(n) && !g.infos.get(n)?.constant && !(special && n === dispatch));
      return [...own, ...d.prevReads.map(prevKey).filter((k) => used.has(k))];
    };
    if (special) {
      for (const m of members) {
        const body = prune(d.body, dispatch, m!);
        byMember.set(m, { member: m, body, absent: mayBeAbsent(body), params: params(body) });
      }
    } else {
      const v: Variant = { member: undefined, body: d.body, absent: d.mayBeAbsent, params: params(d.body) };
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
  const m = generateLinked(r, sink, project, options);
  return m && { region: m.region, fileName: m.fileName, text: m.text };
}

export function generateLinked(
  r: IrRegion,
  sink: DiagnosticSink,
  project = new Project({ useInMemoryFileSystem: true }),
  options: GenerateOptions = {},
): LinkedModule | undefined {
  const runtime = options.runtime ?? '@policyc/runtime';
  const before = sink.items.length;
  // ranges were proven by the check pass (PD3008); here they only size denominators
  const g = new Gen(r, sink, numericOf(r), options.parent);
  const stateful = isStateful(r);
  if (stateful) g.planPrevious();
  planDecls(g);
  for (const d of r.decls) if (d.declKind === 'state' && d.mayBeAbsent) g.prevAbsent.add(d.name);
  // a stateful region's months are computed in one pass per person: no per-population specialisation
  const dispatch = stateful ? undefined : dispatchInput(r);
  const dispatchTy = dispatch ? g.input(dispatch)!.ty : undefined;
  const members: readonly (string | undefined)[] = dispatchTy?.k === 'enum' ? dispatchTy.members : [undefined];
  const variants = planVariants(g, dispatchTy?.k === 'enum' ? dispatch : undefined, members);
  // absent where read: per member for specialised rules, "may be" for shared ones
  const absentIn = (m: string | undefined) => (n: string): boolean => variants.get(n)?.get(m)?.absent ?? false;
  const anyAbsent = (n: string): boolean => [...(variants.get(n)?.values() ?? [])].some((v) => v.absent);
  const calls = new Map<string, Map<string | undefined, Call>>();
  for (const d of r.decls) {
    const byMember = new Map<string | undefined, Call>();
    const made = new Map<Variant, Call>();
    for (const [m, v] of variants.get(d.name) ?? []) {
      let c = made.get(v);
      if (!c) made.set(v, (c = declCall(g, g.infos.get(d.name)!, v, v.member === undefined ? anyAbsent : absentIn(v.member))));
      byMember.set(m, c);
    }
    calls.set(d.name, byMember);
  }
  if (sink.items.length > before) return undefined;

  const sf = new ModuleBuilder();
  // states are returned like outputs (the next month starts from them)
  const outputs = r.decls.filter((d) => d.declKind === 'output' || d.declKind === 'state');
  const hStart = r.horizon.start;
  const hEnd = r.horizon.end ?? OPEN_END;
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
    if (i.ty.k === 'enum') sf.addTypeAlias({ isExported: true, name: g.enumAlias.get(i.name)!, type: i.ty.members.map(stringLiteral).join(' | '), docs: [`Values of input \`${commentText(i.name)}\`.`] });
  }
  for (const it of itemInterfaces(g)) {
    sf.addInterface({
      isExported: true,
      name: it.name,
      docs: [`One item of \`${commentText(it.list.name)}\`: record \`${commentText(it.rec.name)}\`. Money is integer fen.`],
      properties: it.rec.fields.map((f) => ({ name: f.name, isReadonly: true, type: fieldType(f.ty) })),
    });
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
        `${d.declKind === 'state' ? 'state (the month after reads it as `previous(…)`); ' : ''}${outAbsent(d) ? 'null when not applicable to the input; ' : ''}${commentText(d.ty.k === 'money' ? `money in fen${d.ty.period === 'once' ? '' : ` per ${d.ty.period}`}` : d.ty.k)} — ${where(d)}`,
      ],
    })),
  });
  const statics = sf.length;
  const live = liveness(r, variants, outputs);
  const plan = { variants, calls, members, dispatch: dispatchTy?.k === 'enum' ? dispatch : undefined, outputs, ...live };
  if (stateful) {
    addTimeline(sf, g, plan);
    addEntryPoints(sf, g, undefined, true);
    addTimelineColumnar(sf, g, plan);
  } else {
    addCompute(sf, g, variants, calls, members, plan.dispatch, outputs, live);
    addEntryPoints(sf, g, plan.dispatch);
    // columnar evaluation takes one typed-array column per input: a list input has no column (grammar/README.md, Records and lists)
    if (!r.inputs.some((i) => i.ty.k === 'list')) addColumnar(sf, g, plan);
  }
  const items = g.items.emit(['const', 'loc', 'step', 'table', 'fn', 'trace']);
  const shared = [...g.items.imports]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([exported, local]) => (exported === local ? local : `${exported}: ${local}`));
  sf.insertStatements(statics, [
    ...(shared.length ? [`/** What this region shares with \`${commentText(r.parent ?? '')}\`. */\nconst {\n${wrap(shared, 110).join('\n')}\n} = $parent;`] : []),
    `const H_START = ${hStart}; // ${formatMonth(hStart)}`,
    `const H_END = ${hEnd}; // ${r.horizon.end === undefined ? 'open' : formatMonth(hEnd)}`,
    ...items,
  ]);
  // helpers only some modules need, after everything that may call them
  if (sf.mentions('band(')) sf.insertStatements(sf.length, [BAND_HELPER]);
  const value = ['listOk', 'badList', 'need', 'named', 'fail', 'record', 'recordMonth', 'parseMonth', 'formatMonth', 'hasOwn', 'badShape', 'badBatch', 'badNumber', 'badMember', 'badMonth', 'badBoolean', 'badRate', 'rateNumerator', 'roundHalfUp', 'roundHalfEven', 'roundTruncate', 'rangeOf'];
  const columnar = ['monthText', 'columnarRows', 'columnCount', 'columnarResult', 'monthCount', 'memberOf', 'flagOf', ...TIMELINE_RUNTIME].filter((n) => sf.mentions(`${n}(`) || sf.mentions(`${n}<`));
  const lazy = [...columnar, ...(sf.mentions('instanceof Failed') || sf.mentions('| Failed') ? ['Failed'] : []), ...(sf.mentions('attempt(') ? ['attempt'] : []), ...(sf.mentions('settle<') ? ['settle'] : [])];
  sf.addImportDeclaration({ moduleSpecifier: runtime, namedImports: [...value.filter((n) => sf.mentions(`${n}(`)), ...lazy] });
  const hasRate = [...r.inputs, ...outputs].some((x) => x.ty.k === 'rate');
  const types = ['EvaluateOptions', ...(sf.mentions('FieldSpec') ? ['FieldSpec'] : []), ...(sf.mentions('PolicyLocation') ? ['PolicyLocation'] : []), ...(hasRate ? ['Rate'] : []), ...(sf.mentions('StepInfo') ? ['StepInfo'] : []), 'TraceStep', 'Traced'];
  sf.addImportDeclaration({ moduleSpecifier: runtime, isTypeOnly: true, namedImports: types });
  if (shared.length && r.parent) sf.addImportDeclaration({ moduleSpecifier: `./${moduleFileName(r.parent).replace(/\.ts$/, '.js')}`, namedImports: [{ name: '$shared', alias: '$parent' }] });
  const text = HEADER(r.file) + sf.print(project, moduleFileName(r.name));
  return { region: r.name, fileName: moduleFileName(r.name), text, table: g.items.table(), imports: g.items.imports };
}

/**
 * `compute(inputs…)` and `computeTraced(inputs…, t)`: dispatch once on the
 * population, then call each rule in dependency order. Per-member bodies are
 * functions of their own (`computeForEmployed` …) so that a whole evaluation
 * stays small enough for V8 to inline into the caller's loop; members whose
 * bodies are equal share one.
 */
function addCompute(
  sf: ModuleBuilder,
  g: Gen,
  variants: Map<string, Map<string | undefined, Variant>>,
  calls: Map<string, Map<string | undefined, Call>>,
  members: readonly (string | undefined)[],
  dispatch: string | undefined,
  outputs: readonly IrDecl[],
  { liveDecls, mayFailFor }: Liveness,
): void {
  const r = g.r;
  const link = (s: string): string => g.items.link(s);
  const constSteps = r.decls
    .filter((d) => g.infos.get(d.name)!.constant)
    .map((d) => {
      const info = g.infos.get(d.name)!;
      const value = d.ty.k === 'month' ? `formatMonth(${info.ref!})` : info.ref!;
      return `record(t, ${g.step(d.name, '=', d.source, d.cites, unitOf(d.ty), [])}, ${value}${d.ty.k === 'rate' ? `, ${info.den}` : ''});`;
    });
  /** One output field of the result; `vals` holds rules whose value is a literal. */
  const field = (d: IrDecl, m: string | undefined, vals: ReadonlyMap<string, string>, lazy: boolean): string => {
    const info = g.infos.get(d.name)!;
    const v = vals.get(d.name) ?? info.ref ?? info.local;
    const literal = vals.has(d.name) || info.ref !== undefined;
    const absent = !literal && (variants.get(d.name)?.get(m)?.absent ?? false);
    const key = propertyKey(d.name);
    if (v === 'null') return `${key}: null`;
    const guard = (x: string): string => (absent ? `${v} === null ? null : ${x}` : x);
    const orFailed = (x: string): string => (lazy && !literal ? `${v} instanceof Failed ? ${v} : ${x}` : x);
    if (d.ty.k === 'month') return `${key}: ${orFailed(guard(`formatMonth(${v})`))}`;
    if (d.ty.k === 'rate') return `${key}: ${orFailed(guard(`{ num: ${v}, den: ${info.den} }`))}`;
    return key === v ? key : `${key}: ${v}`;
  };
  interface Block {
    readonly lines: string[];
    /** the inputs the lines read */
    readonly inputs: ReadonlySet<string>;
  }
  /** The straight-line path: every rule the outputs need, or (traced) every rule, recording each branch. */
  const block = (m: string | undefined, traced: boolean): Block => {
    const lines: string[] = [];
    const reads = new Set<string>();
    const vals = new Map<string, string>(); // literal values, substituted where they are read
    const live = liveDecls(m);
    // traced: every rule, except a range no output reads (it would stop the trace: the source gives no value);
    // a rule that nothing of this member reads is a statement, not a constant
    const decls = traced ? r.decls.filter((d) => !isRange(d.body) || live.includes(d)) : live;
    const read = new Set([...outputs.map((d) => d.name), ...decls.flatMap((d) => calls.get(d.name)?.get(m)?.params ?? [])]);
    for (const d of decls) {
      const c = calls.get(d.name)?.get(m);
      if (!c) continue;
      c.params.forEach((p) => reads.add(p));
      const args = c.params.map((n) => vals.get(n) ?? g.valueOf(n));
      if (c.literal) {
        vals.set(d.name, c.plain(args));
        if (traced) lines.push(`${c.traced(args)};`);
      } else if (traced && !read.has(d.name)) lines.push(`${c.traced(args)};`);
      else lines.push(`const ${g.infos.get(d.name)!.local} = ${traced ? c.traced(args) : c.plain(args)};`);
    }
    lines.push(`return { ${outputs.map((d) => field(d, m, vals, false)).join(', ')} };`);
    return { lines, inputs: reads };
  };
  /**
   * The cold path after a rule failed: each rule runs on its own, a failure
   * flows only into the rules that read it, and each output that failed
   * throws its error when read (outputs are lazy; FACTS values may be unspecified).
   */
  const lazyBlock = (m: string | undefined): Block => {
    const lines: string[] = [];
    const reads = new Set<string>();
    const vals = new Map<string, string>();
    for (const d of liveDecls(m)) {
      const c = calls.get(d.name)!.get(m)!;
      c.params.forEach((p) => reads.add(p));
      const args = c.params.map((n) => vals.get(n) ?? g.valueOf(n));
      if (c.literal) {
        vals.set(d.name, c.plain(args));
        continue;
      }
      const failed = c.params.filter((p) => !g.inputLocal.has(p) && !vals.has(p)).map((p) => g.infos.get(p)!.local);
      if (failed.length && conditionalReads(d)) {
        // a rule whose cases read different values: a failure fails it only where the branch taken reads it (`unwrap`)
        const twin = lazyDeclCall(g, d, variants, m);
        lines.push(`const ${g.infos.get(d.name)!.local} = attempt(() => ${twin.plain(twin.params.map((n: string) => vals.get(n) ?? g.valueOf(n)))});`);
        continue;
      }
      const call = `attempt(() => ${c.plain(args)})`;
      lines.push(`const ${g.infos.get(d.name)!.local} = ${failed.reduceRight((acc, x) => `${x} instanceof Failed ? ${x} : ${acc}`, call)};`);
    }
    lines.push(`return settle<Output>({ ${outputs.map((d) => field(d, m, vals, true)).join(', ')} });`);
    return { lines, inputs: reads };
  };
  const inputsOf = (...bs: Block[]): string[] => r.inputs.filter((i) => bs.some((b) => b.inputs.has(i.name))).map((i) => i.name);
  const param = (n: string) => ({ name: g.inputLocal.get(n)!, type: n === dispatch ? 'string' : g.localType(n, false) });
  const tParam = { name: 't', type: 'TraceStep[]' };
  /** The plain path, retried lazily (`lazyFn`) when a rule that can fail did. */
  const plainBody = (m: string | undefined, plain: Block, lazyFn: string, args: readonly string[]): string[] =>
    mayFailFor(m) ? [`try {\n${plain.lines.join('\n')}\n} catch {\nreturn ${lazyFn}(${args.join(', ')});\n}`] : plain.lines;
  if (!dispatch) {
    const plain = block(undefined, false);
    const traced = block(undefined, true);
    const lazy = mayFailFor(undefined) ? lazyBlock(undefined) : undefined;
    g.computeInputs = inputsOf(plain, traced, ...(lazy ? [lazy] : []));
    const args = g.computeInputs.map((n) => g.inputLocal.get(n)!);
    sf.addFunction({ name: 'compute', docs: ['Computes every rule for validated inputs.'], parameters: g.computeInputs.map(param), returnType: 'Output', statements: plainBody(undefined, plain, 'computeLazy', args).map(link) });
    if (lazy) {
      sf.addFunction({ name: 'computeLazy', docs: ['`compute` after a rule failed: outputs that do not depend on the failure are still computed.'], parameters: g.computeInputs.map(param), returnType: 'Output', statements: lazy.lines.map(link) });
    }
    sf.addFunction({
      name: 'computeTraced',
      docs: ['`compute`, recording every rule and branch taken.'],
      parameters: [...g.computeInputs.map(param), tParam],
      returnType: 'Output',
      statements: [...constSteps, ...traced.lines].map(link),
    });
    return;
  }
  const local = g.inputLocal.get(dispatch)!;
  const ty = g.input(dispatch)!.ty as Extract<Ty, { k: 'enum' }>;
  const signature = (inputs: readonly string[], traced: boolean): string =>
    [...inputs.map((n) => `${param(n).name}: ${param(n).type}`), ...(traced ? ['t: TraceStep[]'] : [])].join(', ');
  const perMember = (traced: boolean): Map<string, { fn: string; inputs: string[] }> => {
    const out = new Map<string, { fn: string; inputs: string[] }>();
    for (const m of members) {
      const b = block(m, traced);
      const lazy = !traced && mayFailFor(m) ? lazyBlock(m) : undefined;
      const inputs = inputsOf(b, ...(lazy ? [lazy] : []));
      const lazyFn = lazy
        ? g.items.ref(
            'fn',
            (tags) => `lazyFor${tags.map(pascal).join('Or')}`,
            `function ${SELF}(${signature(inputs, false)}): Output {\n${lazy.lines.join('\n')}\n}`,
            (tags) => `/** Every rule for \`${commentText(dispatch)}\` = ${tags.map((t) => `\`${commentText(t)}\``).join(' or ')} after a rule failed: outputs that do not depend on the failure are still computed. */`,
            m!,
          )
        : '';
      const statements = traced ? b.lines : plainBody(m, b, lazyFn, inputs.map((n) => g.inputLocal.get(n)!));
      const fn = g.items.ref(
        traced ? 'trace' : 'fn',
        (tags) => `${traced ? 'trace' : 'compute'}For${tags.map(pascal).join('Or')}`,
        `function ${SELF}(${signature(inputs, traced)}): Output {\n${statements.join('\n')}\n}`,
        (tags) => `/** Every rule for \`${commentText(dispatch)}\` = ${tags.map((t) => `\`${commentText(t)}\``).join(' or ')}${traced ? ', recording each branch' : ''}. */`,
        m!,
      );
      out.set(m!, { fn, inputs });
    }
    return out;
  };
  const plain = perMember(false);
  const traced = perMember(true);
  const needed = new Set([dispatch, ...[...plain.values(), ...traced.values()].flatMap((x) => x.inputs)]);
  g.computeInputs = r.inputs.filter((i) => needed.has(i.name)).map((i) => i.name);
  const bad = `return badMember(${stringLiteral(dispatch)}, ${local}, [${ty.members.map(stringLiteral).join(', ')}], ${g.loc(g.input(dispatch)!.source)});`;
  const dispatchTo = (fns: Map<string, { fn: string; inputs: string[] }>, extra: string[]): string => {
    // members that share a function share a `case` body
    const groups = new Map<string, string[]>();
    for (const m of members) {
      const c = fns.get(m!)!;
      const code = `return ${c.fn}(${[...c.inputs.map((n) => g.inputLocal.get(n)!), ...extra].join(', ')});`;
      groups.set(code, [...(groups.get(code) ?? []), m!]);
    }
    const cases = [...groups].map(([code, ms]) => `${ms.map((m) => `case ${stringLiteral(m)}:`).join('\n')}\n${code}`);
    return link(`switch (${local}) {\n${cases.join('\n')}\ndefault:\n${bad}\n}`);
  };
  sf.addFunction({
    name: 'compute',
    docs: [`Computes every rule for validated inputs, dispatching once on \`${commentText(dispatch)}\` (which it validates).`],
    parameters: g.computeInputs.map(param),
    returnType: 'Output',
    statements: [dispatchTo(plain, [])],
  });
  sf.addFunction({
    name: 'computeTraced',
    docs: ['`compute`, recording every rule and branch taken.'],
    parameters: [...g.computeInputs.map(param), tParam],
    returnType: 'Output',
    statements: [...constSteps.map(link), dispatchTo(traced, ['t'])],
  });
}

/** Whether a declaration's cases may read a value on one branch and not on another. */
function conditionalReads(d: IrDecl): boolean {
  if (d.body.kind !== 'cases') return false;
  const all = readsOfBody(d.body);
  const sets = d.body.cases.map((c) => {
    const got = readsOfBody(c.body);
    if (c.cond) readsOfExpr(c.cond, got);
    return got;
  });
  return sets.some((x) => [...all].some((n) => !x.has(n)));
}
