/**
 * Checked IR → one TypeScript module per region (a ts-morph SourceFile).
 * The module has named constants for constant parameters, one function per
 * parameter/output, exported Input/Output interfaces, and `evaluate`,
 * `evaluateMany` and `evaluateMonths`. No interpretation happens at run time.
 */
import { Project, type StructureKind, VariableDeclarationKind, type SourceFile as TsSourceFile } from 'ts-morph';
import { Diagnostics, DiagnosticSink } from '../diagnostics/diagnostic.js';
import { formatMonth } from '../runtime/month.js';
import { constOf, OPEN_END } from '../check/coverage.js';
import type { IrBody, IrDecl, IrInput, IrRegion } from '../check/ir.js';
import type { Ty } from '../check/types.js';
import { emitExpr, lcm, MAX_SAFE, scaleTo, type Code, type ExprCtx } from './expr.js';
import { camel, commentText, pascal, stringLiteral } from './naming.js';

export const HEADER = (file: string): string =>
  `// Generated from ${commentText(file)} by the policy compiler. Do not edit.\n/* eslint-disable */\n`;

interface DeclInfo {
  readonly decl: IrDecl;
  readonly fn: string;
  readonly local: string;
  /** location constant used when an absent (`not applicable`) value is needed */
  absentLoc?: string;
  den: bigint;
  bound: bigint;
  /** set when the parameter has one constant value: emitted as a module constant */
  constant?: Code;
}

class Names {
  private readonly used = new Set<string>();
  take(base: string): string {
    let n = base;
    for (let i = 2; this.used.has(n); i++) n = `${base}${i}`;
    this.used.add(n);
    return n;
  }
}

function tsType(t: Ty, enumAlias: ReadonlyMap<string, string>): string {
  switch (t.k) {
    case 'enum':
      return enumAlias.get(t.name) ?? t.members.map(stringLiteral).join(' | ');
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

function unitOf(t: Ty): string {
  return t.k === 'money' ? 'fen' : t.k === 'int' ? (t.unit === 'none' ? '' : t.unit) : t.k === 'month' ? 'month' : t.k === 'rate' ? 'rate' : '';
}

function describeInput(i: IrInput): string {
  const t = i.ty;
  if (t.k === 'enum') return `one of ${t.members.join(', ')}`;
  if (t.k === 'money') return `money in integer fen${t.period === 'once' ? '' : ` per ${t.period}`}, ${i.low!.num}..${i.high!.num}`;
  if (t.k === 'int') return `whole ${t.unit === 'none' ? 'number' : t.unit}, ${i.low!.num}..${i.high!.num}`;
  if (t.k === 'month') return 'calendar month `YYYY-MM`';
  return 'true or false';
}

export interface GeneratedModule {
  readonly region: string;
  readonly fileName: string;
  readonly text: string;
}

export interface GenerateOptions {
  /** module specifier of the runtime, relative to the generated file */
  readonly runtime?: string;
}

export function generateRegion(
  r: IrRegion,
  sink: DiagnosticSink,
  project = new Project({ useInMemoryFileSystem: true }),
  options: GenerateOptions = {},
): GeneratedModule | undefined {
  const runtime = options.runtime ?? '../src/runtime/index.js';
  const before = sink.items.length;
  const names = new Names();
  ['region', 'source', 'evaluate', 'evaluateMany', 'evaluateMonths', 'run', 'compute', 'step', 'absent', 'need', 'Input', 'Output', 'Rate', 'H_START', 'H_END'].forEach((n) => names.take(n));
  const enumAlias = new Map<string, string>();
  for (const i of r.inputs) if (i.ty.k === 'enum') enumAlias.set(i.name, names.take(pascal(i.name)));
  const inputLocal = new Map(r.inputs.map((i) => [i.name, names.take(camel(i.name))]));
  const infos = new Map<string, DeclInfo>();
  const declByName = new Map(r.decls.map((d) => [d.name, d]));
  const inputBound = (i: IrInput): bigint => {
    if (i.ty.k === 'month') return BigInt(OPEN_END);
    if (!i.low || !i.high) return 0n;
    const m = (x: bigint): bigint => (x < 0n ? -x : x);
    return m(i.low.num) > m(i.high.num) ? m(i.low.num) : m(i.high.num);
  };
  const ctx: ExprCtx = {
    local: (n) => {
      const input = inputLocal.get(n);
      if (input) return input;
      const info = infos.get(n)!;
      return info.absentLoc ? `need(${info.local}, ${stringLiteral(n)}, ${info.absentLoc})` : info.local;
    },
    declDen: (n) => infos.get(n)?.den ?? 1n,
    bound: (n) => {
      const i = r.inputs.find((x) => x.name === n);
      return i ? inputBound(i) : (infos.get(n)?.bound ?? MAX_SAFE);
    },
    overflow: (span, bound) => sink.error(Diagnostics.RangeTooLarge, span, [bound.toString(), 'the inputs it reads']),
    roundFn: (mode) => (mode === 'half_up' ? 'roundHalfUp' : mode === 'half_even' ? 'roundHalfEven' : 'roundTruncate'),
  };

  const sf = project.createSourceFile(`${r.name}.ts`, '', { overwrite: true });
  const statics: string[] = [];
  const fns: { name: string; text: string }[] = [];
  let staticCount = 0;
  const loc = (s: { file: string; line: number; col: number }): string =>
    `{ file: ${stringLiteral(s.file)}, line: ${s.line}, col: ${s.col} }`;
  const staticStep = (name: string, branch: string, s: { file: string; line: number }, cites: readonly string[], unit: string, reads: readonly string[]): string => {
    const id = `S${staticCount++}`;
    statics.push(
      `const ${id}: StepInfo = { name: ${stringLiteral(name)}, branch: ${stringLiteral(branch)}, file: ${stringLiteral(s.file)}, line: ${s.line}, ` +
        `cites: [${cites.map(stringLiteral).join(', ')}], unit: ${stringLiteral(unit)}, reads: [${reads.map(stringLiteral).join(', ')}] };`,
    );
    return id;
  };
  const locId = (s: { file: string; line: number; col: number }): string => {
    const id = `L${staticCount++}`;
    statics.push(`const ${id}: PolicyLocation = ${loc(s)};`);
    return id;
  };

  for (const d of r.decls) {
    const info: DeclInfo = { decl: d, fn: names.take(`compute${pascal(d.name)}`), local: names.take(camel(d.name)), den: 1n, bound: 0n };
    infos.set(d.name, info);
    const c = d.declKind === 'parameter' ? constOf({ op: 'ref', name: d.name, ty: d.ty, span: d.span }, declByName) : undefined;
    if (c && d.body.kind === 'value' && d.body.value.kind === 'expr') {
      const code = emitExpr(d.body.value.e, ctx);
      Object.assign(info, { den: code.den, bound: code.bound, constant: code });
      const cm = c.k === 'month' ? ` // ${formatMonth(c.value)}` : c.k === 'num' && d.ty.k === 'rate' ? ` // ${code.code}/${code.den}` : '';
      statics.push(`// ${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}\nconst ${info.local} = ${code.code};${cm}`);
      continue;
    }
    // denominators of every leaf first, so the function returns one fixed scale
    const leaves: Code[] = [];
    const collect = (b: IrBody): void => {
      if (b.kind === 'value') {
        if (b.value.kind === 'expr') leaves.push(emitExpr(b.value.e, ctx));
      } else b.cases.forEach((c2) => collect(c2.body));
    };
    const probe = new DiagnosticSink();
    collect(d.body);
    void probe;
    info.den = leaves.reduce((a, l) => lcm(a, l.den), 1n);
    info.bound = leaves.reduce((a, l) => {
      const b = l.bound * (info.den / l.den);
      return b > a ? b : a;
    }, 0n);
    const unit = unitOf(d.ty);
    const params = d.reads.filter((n) => !infos.get(n)?.constant).map((n) => {
      const i = r.inputs.find((x) => x.name === n);
      const ty = i ? i.ty : declByName.get(n)!.ty;
      const tsT = (ty.k === 'enum' ? tsType(ty, enumAlias) : ty.k === 'bool' ? 'boolean' : 'number') + (infos.get(n)?.absentLoc ? ' | null' : '');
      return `${i ? inputLocal.get(n)! : infos.get(n)!.local}: ${tsT}`;
    });
    const naLoc = locId(d.source);
    if (d.mayBeAbsent) info.absentLoc = naLoc;
    const lines: string[] = [];
    const body = (b: IrBody, branch: string[], indent: string, cites: readonly string[], src: { file: string; line: number; col: number }): void => {
      if (b.kind === 'value') {
        const v = b.value;
        if (v.kind === 'not_applicable') {
          const s = staticStep(d.name, branch.join(' › ') || '=', src, [...new Set([...d.cites, ...cites])], unit, d.reads);
          lines.push(`${indent}return absent(t, ${s});`);
          return;
        }
        if (v.kind !== 'expr') {
          const why = `${d.name}: ${branch.join(' › ') || 'rule'} is unspecified in the sources`;
          lines.push(`${indent}return fail("unspecified", ${stringLiteral(d.name)}, ${locId(src)}, ${stringLiteral(why)});`);
          return;
        }
        const code = scaleTo(emitExpr(v.e, ctx), info.den);
        const s = staticStep(d.name, branch.join(' › ') || '=', src, [...new Set([...d.cites, ...cites])], unit, d.reads);
        lines.push(`${indent}return step(t, ${s}, ${code.code}${info.den !== 1n || d.ty.k === 'rate' ? `, ${info.den}` : ''});`);
        return;
      }
      // The checker proved every case list complete over the validated input
      // domains (or it ends in `otherwise`), so the last case needs no test.
      let closed = false;
      b.cases.forEach((c2, k) => {
        if (closed) return;
        const last = k === b.cases.length - 1;
        lines.push(`${indent}// ${commentText(`${c2.source.file}:${c2.source.line}`)}${last && c2.cond ? ' — the remaining case' : ''}`);
        const nextBranch = [...branch, c2.label];
        if (c2.cond && !last) {
          const cond = emitExpr(c2.cond, ctx);
          lines.push(`${indent}if (${cond.code}) {`);
          body(c2.body, nextBranch, indent + '  ', [...cites, ...c2.cites], c2.source);
          lines.push(`${indent}}`);
        } else {
          body(c2.body, nextBranch, indent, [...cites, ...c2.cites], c2.source);
          closed = true;
        }
      });
      if (!closed) {
        lines.push(
          `${indent}return fail("no_applicable_rule", ${stringLiteral(d.name)}, ${naLoc}, ${stringLiteral(`no case of \`${d.name}\` applies${branch.length ? ` under ${branch.join(' › ')}` : ''}`)});`,
        );
      }
    };
    body(d.body, [], '  ', [], d.source);
    const retT = (d.ty.k === 'enum' ? 'string' : d.ty.k === 'bool' ? 'boolean' : 'number') + (d.mayBeAbsent ? ' | null' : '');
    const doc = `/** \`${commentText(d.name)}\` — ${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}${d.ty.k === 'rate' ? `; returns the numerator over ${info.den}` : ''} */`;
    fns.push({
      name: info.fn,
      text: `${doc}\nfunction ${info.fn}(${[...params, 't: TraceStep[] | undefined'].join(', ')}): ${retT} {\n${lines.join('\n')}\n}`,
    });
  }
  if (sink.items.length > before) return undefined;

  // module text
  const outputs = r.decls.filter((d) => d.declKind === 'output');
  const rounding = r.rounding ? `rounding ${r.rounding.mode} to ${r.rounding.unit}` : 'no rounding';
  const hStart = r.horizon.start;
  const hEnd = r.horizon.end ?? OPEN_END;
  const roundFns = ['roundHalfUp', 'roundHalfEven', 'roundTruncate'].filter((f) => fns.some((x) => x.text.includes(`${f}(`)) || statics.some((s) => s.includes(`${f}(`)));
  const runtimeImports = [...(r.decls.some((d) => d.mayBeAbsent) ? ['need'] : []), 'fail', 'parseMonth', 'formatMonth', 'badNumber', 'badMember', 'badMonth', 'badBoolean', ...roundFns];
  sf.addImportDeclaration({ moduleSpecifier: runtime, namedImports: runtimeImports });
  sf.addImportDeclaration({
    moduleSpecifier: runtime,
    isTypeOnly: true,
    namedImports: ['EvaluateOptions', 'PolicyLocation', 'Rate', 'TraceStep', 'Traced'],
  });
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
    if (i.ty.k !== 'enum') continue;
    sf.addTypeAlias({ isExported: true, name: enumAlias.get(i.name)!, type: i.ty.members.map(stringLiteral).join(' | '), docs: [`Values of input \`${i.name}\`.`] });
  }
  sf.addInterface({
    isExported: true,
    name: 'Input',
    docs: [`Input of region \`${commentText(r.name)}\`. Money is integer fen (1 yuan = 100 fen); months are \`YYYY-MM\`.`],
    properties: r.inputs.map((i) => ({
      name: i.name,
      isReadonly: true,
      type: tsType(i.ty, enumAlias),
      docs: [`${describeInput(i)} — ${commentText(`${i.source.file}:${i.source.line}`)}${i.cites.length ? ` (${commentText(i.cites.join(', '))})` : ''}`],
    })),
  });
  sf.addInterface({
    isExported: true,
    name: 'Output',
    docs: [`Output of region \`${commentText(r.name)}\`. Money is integer fen.`],
    properties: outputs.map((d) => ({
      name: d.name,
      isReadonly: true,
      type: tsType(d.ty, enumAlias) + (d.mayBeAbsent ? ' | null' : ''),
      docs: [`${d.mayBeAbsent ? 'null when not applicable to the input; ' : ''}${commentText(d.ty.k === 'money' ? `money in fen${d.ty.period === 'once' ? '' : ` per ${d.ty.period}`}` : d.ty.k)} — ${commentText(`${d.source.file}:${d.source.line}`)}${d.cites.length ? ` (${commentText(d.cites.join(', '))})` : ''}`],
    })),
  });
  sf.addStatements([
    `type StepInfo = Omit<TraceStep, 'value'>;`,
    `const H_START = ${hStart}; // ${formatMonth(hStart)}`,
    `const H_END = ${hEnd}; // ${r.horizon.end === undefined ? 'open' : formatMonth(hEnd)}`,
    ...statics,
    `/** Records a trace step when tracing; returns the value (numerator over \`den\` for rates). */
function step(t: TraceStep[] | undefined, info: StepInfo, value: number, den?: number): number {
  if (t !== undefined) t.push({ ...info, value: den === undefined ? value : \`\${value}/\${den}\` });
  return value;
}`,
    ...(r.decls.some((d) => d.mayBeAbsent)
      ? [`/** Records that a rule declared itself not applicable; the value is absent (null). */
function absent(t: TraceStep[] | undefined, info: StepInfo): null {
  if (t !== undefined) t.push({ ...info, value: 'not applicable' });
  return null;
}`]
      : []),
    ...fns.map((f) => f.text),
  ]);

  // validation, shared by evaluate and the batch forms
  const inputLocs = new Map(r.inputs.map((i) => [i.name, locId(i.source)]));
  sf.addStatements(statics.splice(statics.length - r.inputs.length));
  const validate = (i: IrInput, src: string, monthCached: boolean): string => {
    const v = inputLocal.get(i.name)!;
    const L = inputLocs.get(i.name)!;
    const f = stringLiteral(i.name);
    switch (i.ty.k) {
      case 'enum': {
        const ms = i.ty.members.map(stringLiteral);
        return `const ${v} = ${src}.${i.name};\nif (${ms.map((m) => `${v} !== ${m}`).join(' && ')}) badMember(${f}, ${v}, [${ms.join(', ')}], ${L});`;
      }
      case 'month':
        if (monthCached) {
          return `const ${v}Text = ${src}.${i.name};\nif (${v}Text !== lastMonthText) { lastMonth = parseMonth(${v}Text); lastMonthText = ${v}Text; if (lastMonth < H_START || lastMonth > H_END) { lastMonthText = undefined; badMonth(${f}, ${v}Text, lastMonth, H_START, H_END, ${L}); } }\nconst ${v} = lastMonth;`;
        }
        return `const ${v} = parseMonth(${src}.${i.name});\nif (${v} < H_START || ${v} > H_END) badMonth(${f}, ${src}.${i.name}, ${v}, H_START, H_END, ${L});`;
      case 'bool':
        return `const ${v} = ${src}.${i.name};\nif (${v} !== true && ${v} !== false) badBoolean(${f}, ${v}, ${L});`;
      default: {
        const lo = String(i.low!.num);
        const hi = String(i.high!.num);
        return `const ${v} = ${src}.${i.name};\nif (!Number.isInteger(${v}) || ${v} < ${lo} || ${v} > ${hi}) badNumber(${f}, ${v}, ${lo}, ${hi}, ${stringLiteral(unitOf(i.ty) || 'units')}, ${L});`;
      }
    }
  };
  const inputArgs = r.inputs.map((i) => inputLocal.get(i.name)!);
  const outField = (d: IrDecl): string => {
    const v = infos.get(d.name)!.local;
    const orNull = (x: string): string => (d.mayBeAbsent ? `${v} === null ? null : ${x}` : x);
    if (d.ty.k === 'month') return `${d.name}: ${orNull(`formatMonth(${v})`)}`;
    if (d.ty.k === 'rate') return `${d.name}: ${orNull(`{ num: ${v}, den: ${infos.get(d.name)!.den} }`)}`;
    return `${d.name}: ${v}`;
  };
  const computeBody = r.decls
    .filter((d) => !infos.get(d.name)!.constant)
    .map((d) => {
      const info = infos.get(d.name)!;
      const args = d.reads.filter((n) => !infos.get(n)?.constant).map((n) => inputLocal.get(n) ?? infos.get(n)!.local);
      return `const ${info.local} = ${info.fn}(${[...args, 't'].join(', ')});`;
    });
  const constSteps = r.decls
    .filter((d) => infos.get(d.name)!.constant)
    .map((d) => {
      const info = infos.get(d.name)!;
      const s = staticStep(d.name, '=', d.source, d.cites, unitOf(d.ty), []);
      return `step(t, ${s}, ${info.local}${d.ty.k === 'rate' ? `, ${info.den}` : ''});`;
    });
  sf.addStatements(statics.splice(statics.length - constSteps.length));
  sf.addFunction({
    name: 'compute',
    parameters: [
      ...r.inputs.map((i) => ({ name: inputLocal.get(i.name)!, type: i.ty.k === 'enum' ? enumAlias.get(i.name)! : i.ty.k === 'bool' ? 'boolean' : 'number' })),
      { name: 't', type: 'TraceStep[] | undefined' },
    ],
    returnType: 'Output',
    statements: [
      ...(constSteps.length ? [`if (t !== undefined) {\n${constSteps.join('\n')}\n}`] : []),
      ...computeBody,
      `return { ${outputs.map(outField).join(', ')} };`,
    ],
  });
  sf.addFunction({
    name: 'run',
    parameters: [{ name: 'input', type: 'Input' }, { name: 't', type: 'TraceStep[] | undefined' }],
    returnType: 'Output',
    statements: [...r.inputs.map((i) => validate(i, 'input', false)), `return compute(${[...inputArgs, 't'].join(', ')});`],
  });
  sf.addFunction({
    name: 'evaluate',
    isExported: true,
    docs: [
      `Evaluates region \`${commentText(r.name)}\` for one input. Throws a \`PolicyError\` (kind, field, policy location) for invalid input or when no rule applies; never returns a silent 0.\n` +
        `With \`{ trace: true }\` it also returns every rule and branch taken, with policy lines and citations.`,
    ],
    overloads: [
      { parameters: [{ name: 'input', type: 'Input' }], returnType: 'Output' },
      { parameters: [{ name: 'input', type: 'Input' }, { name: 'options', type: 'EvaluateOptions & { readonly trace: true }' }], returnType: 'Traced<Output>' },
      { parameters: [{ name: 'input', type: 'Input' }, { name: 'options', type: 'EvaluateOptions' }], returnType: 'Output | Traced<Output>' },
    ],
    parameters: [{ name: 'input', type: 'Input' }, { name: 'options', type: 'EvaluateOptions', hasQuestionToken: true }],
    returnType: 'Output | Traced<Output>',
    statements: [
      `if (options?.trace !== true) return run(input, undefined);`,
      `const steps: TraceStep[] = [];`,
      `return { value: run(input, steps), steps };`,
    ],
  });
  const monthIn = r.inputs.find((i) => i.name === r.monthInput);
  sf.addFunction({
    name: 'evaluateMany',
    isExported: true,
    docs: ['Evaluates many inputs; equivalent to `rows.map((r) => evaluate(r))` but parses each distinct month once.'],
    parameters: [{ name: 'rows', type: 'readonly Input[]' }],
    returnType: 'Output[]',
    statements: [
      `const out: Output[] = new Array<Output>(rows.length);`,
      ...(monthIn ? [`let lastMonthText: string | undefined;`, `let lastMonth = -1;`] : []),
      `for (let k = 0; k < rows.length; k++) {\nconst row = rows[k]!;\n${r.inputs.map((i) => validate(i, 'row', i === monthIn)).join('\n')}\nout[k] = compute(${[...inputArgs, 'undefined'].join(', ')});\n}`,
      `return out;`,
    ],
  });
  if (monthIn) {
    const mv = inputLocal.get(monthIn.name)!;
    sf.addFunction({
      name: 'evaluateMonths',
      isExported: true,
      docs: [`Evaluates one person for every month from \`from\` to \`to\` inclusive (\`YYYY-MM\`), validating the person once.`],
      parameters: [
        { name: 'person', type: `Omit<Input, ${stringLiteral(monthIn.name)}>` },
        { name: 'from', type: 'string' },
        { name: 'to', type: 'string' },
      ],
      returnType: 'Output[]',
      statements: [
        ...r.inputs.filter((i) => i !== monthIn).map((i) => validate(i, 'person', false)),
        `const first = parseMonth(from);\nif (first < H_START || first > H_END) badMonth(${stringLiteral(monthIn.name)}, from, first, H_START, H_END, ${inputLocs.get(monthIn.name)!});`,
        `const last = parseMonth(to);\nif (last < H_START || last > H_END) badMonth(${stringLiteral(monthIn.name)}, to, last, H_START, H_END, ${inputLocs.get(monthIn.name)!});`,
        `const out: Output[] = [];`,
        `for (let ${mv} = first; ${mv} <= last; ${mv}++) out.push(compute(${[...inputArgs, 'undefined'].join(', ')}));`,
        `return out;`,
      ],
    });
  }
  sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return { region: r.name, fileName: `${r.name}.ts`, text: HEADER(r.file) + sf.getFullText() };
}

export type { TsSourceFile, StructureKind };
