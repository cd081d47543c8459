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
import { BAND_HELPER } from './bands.js';
import { Gen, unitOf, type DeclInfo } from './context.js';
import { declCall, type Call, type Variant } from './decl-fn.js';
import { addEntryPoints } from './entry.js';
import { emitExpr, hull, lcm, scaleTo, type Code, type Range } from './expr.js';
import { SELF, type SharedTable } from './link.js';
import { camel, commentText, pascal, propertyKey, stringLiteral } from './naming.js';
import { dispatchInput, emittedReads, mayBeAbsent, mayFail, prune } from './specialize.js';

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

/** Plans every declaration: module constant, or fixed denominator and proven range. */
function planDecls(g: Gen): void {
  const probe = g.ctx((n) => g.decls.get(n)!.mayBeAbsent, false);
  const quiet = g.ctx(() => false, true);
  for (const d of g.r.decls) {
    const c = d.declKind === 'parameter' ? constOf({ op: 'ref', name: d.name, ty: d.ty, span: d.span }, g.decls) : undefined;
    const constant = c !== undefined && d.body.kind === 'value' && d.body.value.kind === 'expr';
    // a constant is a module item, named when used; anything else a local of the compute functions
    const info: DeclInfo = { decl: d, local: constant ? camel(d.name) : g.names.take(camel(d.name)), den: 1n, range: { lo: 0n, hi: 0n } };
    g.infos.set(d.name, info);
    if (c && d.body.kind === 'value' && d.body.value.kind === 'expr') {
      const code = emitExpr(d.body.value.e, quiet);
      const note = c.k === 'month' ? ` // ${formatMonth(c.value)}` : d.ty.k === 'rate' ? ` // ${code.code}/${code.den}` : '';
      const ref = g.items.ref('const', info.local, `// ${where(d)}\nconst ${SELF} = ${code.code};${note}`);
      Object.assign(info, { den: code.den, range: { lo: code.lo, hi: code.hi }, constant: code, ref });
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

/** The rule variants: one per declaration, or one per population member for rules that test it. */
function planVariants(g: Gen, dispatch: string | undefined, members: readonly (string | undefined)[]): Map<string, Map<string | undefined, Variant>> {
  const out = new Map<string, Map<string | undefined, Variant>>();
  for (const d of g.r.decls) {
    if (g.infos.get(d.name)!.constant) continue;
    const byMember = new Map<string | undefined, Variant>();
    const special = dispatch !== undefined && d.reads.includes(dispatch);
    const params = (body: IrBody): string[] => {
      const used = emittedReads(body);
      return d.reads.filter((n) => used.has(n) && !g.infos.get(n)?.constant && !(special && n === dispatch));
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
  const runtime = options.runtime ?? '../src/runtime/index.js';
  const before = sink.items.length;
  const g = new Gen(r, sink, options.parent);
  planDecls(g);
  const dispatch = dispatchInput(r);
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

  const sf = project.createSourceFile(moduleFileName(r.name), '', { overwrite: true });
  const outputs = r.decls.filter((d) => d.declKind === 'output');
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
  const statics = sf.getStatements().length;
  addCompute(sf, g, variants, calls, members, dispatchTy?.k === 'enum' ? dispatch : undefined, outputs);
  addEntryPoints(sf, g, dispatchTy?.k === 'enum' ? dispatch : undefined);
  const items = g.items.emit(['const', 'loc', 'step', 'table', 'fn', 'trace']);
  const helpers = items.join('\n') + sf.getFullText();
  const shared = [...g.items.imports]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([exported, local]) => (exported === local ? local : `${exported}: ${local}`));
  sf.insertStatements(statics, [
    ...(shared.length ? [`/** What this region shares with \`${commentText(r.parent ?? '')}\`. */\nconst {\n${wrap(shared, 110).join('\n')}\n} = $parent;`] : []),
    `type StepInfo = Omit<TraceStep, 'value'>;`,
    `const H_START = ${hStart}; // ${formatMonth(hStart)}`,
    `const H_END = ${hEnd}; // ${r.horizon.end === undefined ? 'open' : formatMonth(hEnd)}`,
    ...items,
    `/** Records a trace step and returns its value (\`num/den\` for rates; null when the rule is not applicable). */
function record<T extends number | string | boolean | null>(t: TraceStep[], info: StepInfo, value: T, den?: number): T {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : \`\${value}/\${den}\` });
  return value;
}`,
    ...(/\bband\(/.test(helpers) ? [BAND_HELPER] : []),
  ]);
  const text = sf.getFullText();
  const roundFns = ['roundHalfUp', 'roundHalfEven', 'roundTruncate'].filter((f) => text.includes(`${f}(`));
  const used = (n: string): boolean => new RegExp(`\\b${n}\\b`).test(text);
  sf.insertImportDeclaration(0, {
    moduleSpecifier: runtime,
    namedImports: [...['need', 'fail', 'parseMonth', 'formatMonth', 'badNumber', 'badMember', 'badMonth', 'badBoolean'].filter((n) => text.includes(`${n}(`)), ...roundFns],
  });
  sf.insertImportDeclaration(1, { moduleSpecifier: runtime, isTypeOnly: true, namedImports: ['EvaluateOptions', 'PolicyLocation', 'Rate', 'TraceStep', 'Traced'].filter(used) });
  if (shared.length && r.parent) sf.insertImportDeclaration(2, { moduleSpecifier: `./${moduleFileName(r.parent).replace(/\.ts$/, '.js')}`, namedImports: [{ name: '$shared', alias: '$parent' }] });
  sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return { region: r.name, fileName: moduleFileName(r.name), text: HEADER(r.file) + sf.getFullText(), table: g.items.table(), imports: g.items.imports };
}

/**
 * `compute(inputs…)` and `computeTraced(inputs…, t)`: dispatch once on the
 * population, then call each rule in dependency order. Per-member bodies are
 * functions of their own (`computeForEmployed` …) so that a whole evaluation
 * stays small enough for V8 to inline into the caller's loop; members whose
 * bodies are equal share one.
 */
function addCompute(
  sf: SourceFile,
  g: Gen,
  variants: Map<string, Map<string | undefined, Variant>>,
  calls: Map<string, Map<string | undefined, Call>>,
  members: readonly (string | undefined)[],
  dispatch: string | undefined,
  outputs: readonly IrDecl[],
): void {
  const r = g.r;
  const link = (s: string): string => g.items.link(s);
  const constSteps = r.decls
    .filter((d) => g.infos.get(d.name)!.constant)
    .map((d) => {
      const info = g.infos.get(d.name)!;
      return `record(t, ${g.step(d.name, '=', d.source, d.cites, unitOf(d.ty), [])}, ${info.ref!}${d.ty.k === 'rate' ? `, ${info.den}` : ''});`;
    });
  /** the statements of one member's evaluation, and the inputs they read */
  const block = (m: string | undefined, traced: boolean): { lines: string[]; inputs: string[] } => {
    // The plain path computes only what the outputs need — and every rule that can fail
    // (unspecified, or reading an absent value), so both paths fail alike. The traced path explains every rule.
    const canFail = (v: Variant): boolean => mayFail(v.body) || v.params.some((p) => variants.get(p)?.get(m)?.absent === true);
    const live = new Set<string>([...outputs.map((d) => d.name), ...r.decls.filter((d) => { const v = variants.get(d.name)?.get(m); return v !== undefined && canFail(v); }).map((d) => d.name)]);
    for (const d of [...r.decls].reverse()) if (live.has(d.name)) for (const p of variants.get(d.name)?.get(m)?.params ?? []) live.add(p);
    const lines: string[] = [];
    const reads = new Set<string>();
    const vals = new Map<string, string>(); // literal values, substituted where they are read
    for (const d of r.decls) {
      const c = calls.get(d.name)?.get(m);
      if (!c || (!traced && !live.has(d.name))) continue;
      c.params.forEach((p) => reads.add(p));
      const args = c.params.map((n) => vals.get(n) ?? g.valueOf(n));
      const local = g.infos.get(d.name)!.local;
      if (c.literal) {
        vals.set(d.name, c.plain(args));
        if (traced) lines.push(`${c.traced(args)};`);
      } else lines.push(`const ${local} = ${traced ? c.traced(args) : c.plain(args)};`);
    }
    const field = (d: IrDecl): string => {
      const info = g.infos.get(d.name)!;
      const v = vals.get(d.name) ?? info.ref ?? info.local;
      const absent = !vals.has(d.name) && (variants.get(d.name)?.get(m)?.absent ?? false);
      const key = propertyKey(d.name);
      if (v === 'null') return `${key}: null`;
      const orNull = (x: string): string => (absent ? `${v} === null ? null : ${x}` : x);
      if (d.ty.k === 'month') return `${key}: ${orNull(`formatMonth(${v})`)}`;
      if (d.ty.k === 'rate') return `${key}: ${orNull(`{ num: ${v}, den: ${info.den} }`)}`;
      return key === v ? key : `${key}: ${v}`;
    };
    lines.push(`return { ${outputs.map(field).join(', ')} };`);
    return { lines, inputs: r.inputs.filter((i) => reads.has(i.name)).map((i) => i.name) };
  };
  const param = (n: string) => ({ name: g.inputLocal.get(n)!, type: n === dispatch ? 'string' : g.localType(n, false) });
  const tParam = { name: 't', type: 'TraceStep[]' };
  if (!dispatch) {
    const plain = block(undefined, false);
    const traced = block(undefined, true);
    g.computeInputs = r.inputs.filter((i) => plain.inputs.includes(i.name) || traced.inputs.includes(i.name)).map((i) => i.name);
    sf.addFunction({ name: 'compute', docs: ['Computes every rule for validated inputs.'], parameters: g.computeInputs.map(param), returnType: 'Output', statements: plain.lines.map(link) });
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
  const perMember = (traced: boolean): Map<string, { fn: string; inputs: string[] }> => {
    const out = new Map<string, { fn: string; inputs: string[] }>();
    for (const m of members) {
      const b = block(m, traced);
      const params = [...b.inputs.map((n) => `${param(n).name}: ${param(n).type}`), ...(traced ? ['t: TraceStep[]'] : [])];
      const fn = g.items.ref(
        traced ? 'trace' : 'fn',
        (tags) => `${traced ? 'trace' : 'compute'}For${tags.map(pascal).join('Or')}`,
        `function ${SELF}(${params.join(', ')}): Output {\n${b.lines.join('\n')}\n}`,
        (tags) => `/** Every rule for \`${commentText(dispatch)}\` = ${tags.map((t) => `\`${commentText(t)}\``).join(' or ')}${traced ? ', recording each branch' : ''}. */`,
        m!,
      );
      out.set(m!, { fn, inputs: b.inputs });
    }
    return out;
  };
  const plain = perMember(false);
  const traced = perMember(true);
  const needed = new Set([dispatch, ...[...plain.values(), ...traced.values()].flatMap((x) => x.inputs)]);
  g.computeInputs = r.inputs.filter((i) => needed.has(i.name)).map((i) => i.name);
  const bad = `return badMember(${stringLiteral(dispatch)}, ${local}, [${ty.members.map(stringLiteral).join(', ')}], ${g.loc(g.input(dispatch)!.source)});`;
  const dispatchTo = (calls: Map<string, { fn: string; inputs: string[] }>, extra: string[]): string => {
    // members that share a function share a `case` body
    const groups = new Map<string, string[]>();
    for (const m of members) {
      const c = calls.get(m!)!;
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
