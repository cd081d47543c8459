/**
 * AST → checked IR for one merged region: declared types, expressions,
 * guards as conditions, dependency order, and example tests.
 */
import { Diagnostics, text, type DiagnosticSink, type LocalText } from '../diagnostics/diagnostic.js';
import type { SourceFile, Span } from '../diagnostics/span.js';
import type { Body, Case, CaseValue, CiteItem, Expr, Guard, InvariantDecl, Literal, MonthSpan, Series, TestDecl, TypeExpr, ValueDecl } from '../syntax/ast.js';
import { citeText } from '../syntax/citations.js';
import { checkBool, checkExpr, numberConst, parseMonthText, periodText, verbs, type ExprEnv } from './expr.js';

const asDeclared = (p: string): { en: string; zh: string } => {
  const t = periodText(p);
  return { en: `${t.en} as declared`, zh: `声明的${t.zh}` };
};
import type { Const, Expected, SeriesPart, IrBody, IrCase, IrClaim, IrDecl, IrExpr, IrInput, IrInvariant, IrRegion, IrSymbol, IrTest, IrValue, RoundUnit, Source, SymbolId } from '../ir/ir.js';
import { didYouMean, suggest } from './names.js';
import { parseDecimal, rat, type Mode, type Rational } from '../ir/rational.js';
import type { MergedRegion } from './regions.js';
import { typeOf } from './scope.js';
import { checkUnknownExpectations } from './sets.js';
import { checkGraded, tableBody } from './tables.js';
import { listConst, listType, recordTypes } from './items.js';
import { buildItemDecls } from './item-decls.js';
import { checkNonValue, checkRangeExpectation } from './range-values.js';
import { formatFen } from '../runtime/money.js';
import { formatMonth } from '../runtime/month.js';
import { sameType, showL, T, type RecordTy, type Ty } from '../ir/types.js';

export type Sources = ReadonlyMap<string, SourceFile>;

export function sourceOf(sources: Sources, sp: Span): Source {
  const src = sources.get(sp.file);
  const p = src ? src.position(sp.start) : { line: 0, col: 0 };
  return { file: sp.file, line: p.line, col: p.col };
}

const cites = (cs: readonly CiteItem[]): string[] => cs.map(citeText);

const modes: readonly Mode[] = ['half_up', 'half_even', 'truncate'];
const units: readonly RoundUnit[] = ['fen', 'yuan'];

/** Default domains: money 0..100,000,000.00 yuan; years 0..150; months 0..1200. */
const defaultDomain = (t: Ty): [bigint, bigint] | undefined =>
  t.k === 'money' ? [0n, 10_000_000_000n] : t.k === 'int' ? [0n, t.unit === 'months' ? 1200n : 150n] : undefined;

export function buildRegion(m: MergedRegion, sources: Sources, sink: DiagnosticSink): IrRegion {
  const chainRev = [...m.chain].reverse();
  const roundingDecl = chainRev.find((f) => f.rounding)?.rounding;
  let rounding: IrRegion['rounding'];
  if (roundingDecl) {
    const mode = roundingDecl.mode.name as Mode;
    const unit = roundingDecl.unit.name as RoundUnit;
    const okMode = modes.includes(mode);
    const okUnit = units.includes(unit);
    if (!okMode) sink.error(Diagnostics.BadRounding, roundingDecl.mode.span, ['mode', mode, modes.join(', ')], didYouMean(suggest(mode, modes)));
    if (!okUnit) sink.error(Diagnostics.BadRounding, roundingDecl.unit.span, ['unit', unit, units.join(', ')], didYouMean(suggest(unit, units)));
    if (okMode && okUnit) rounding = { mode, unit };
  } else if (m.chain.length === 1 && !m.ast.roundingUnreadable && !m.inCycle) {
    // FACTS I01: every region declares its mode, even one that never rounds; extending regions inherit it
    sink.error(Diagnostics.MissingRounding, m.ast.region.span, [m.name]);
  }
  const horizonDecl = chainRev.find((f) => f.horizon)?.horizon;
  let horizon = { start: 0, end: undefined as number | undefined };
  if (!horizonDecl) {
    if (!m.inCycle) sink.error(Diagnostics.MissingHorizon, m.ast.region.span, [m.name]);
  } else {
    const s = parseMonthText(horizonDecl.start.text);
    const e = horizonDecl.end ? parseMonthText(horizonDecl.end.text) : undefined;
    if (s === undefined) sink.error(Diagnostics.BadMonth, horizonDecl.start.span, [horizonDecl.start.text]);
    if (horizonDecl.end && e === undefined) sink.error(Diagnostics.BadMonth, horizonDecl.end.span, [horizonDecl.end.text]);
    if (s !== undefined && e !== undefined && e < s) sink.error(Diagnostics.EmptyPeriod, horizonDecl.span, [horizonDecl.start.text, horizonDecl.end!.text]);
    horizon = { start: s ?? 0, end: e };
  }

  // symbols: the inputs in order, then the declarations in the merged chain's order (stable for the same sources)
  const symbols: IrSymbol[] = [];
  const symbolIds = new Map<string, SymbolId>();
  const declare = (name: string, kind: IrSymbol['kind'], ty: Ty, span: Span): SymbolId => {
    const id = symbols.length as SymbolId;
    symbols.push({ id, name, kind, ty, span });
    symbolIds.set(name, id);
    return id;
  };

  // inputs (a list input's items are records of the chain)
  const records = recordTypes(m.chain, domainOf, sink);
  const lists = new Map<string, RecordTy>();
  const inputs: IrInput[] = [];
  const inputTypes = new Map<string, Ty>();
  const members = new Map<string, string[]>();
  for (const i of m.inputs) {
    const list = listType(i.type, i.name.name, records, sink);
    const ty = list?.ty ?? typeOf(i.type, i.name.name, sink);
    inputTypes.set(i.name.name, ty);
    if (ty.k === 'list') lists.set(i.name.name, ty.record);
    if (ty.k === 'enum') for (const mm of ty.members) members.set(mm, [...(members.get(mm) ?? []), i.name.name]);
    const [low, high] = list ? [list.low, list.high] : domainOf(i.type, ty, i.name.name, sink);
    inputs.push({
      name: i.name.name,
      sym: declare(i.name.name, 'input', ty, i.name.span),
      ty,
      ...(low ? { low } : {}),
      ...(high ? { high } : {}),
      cites: cites(i.cites),
      source: sourceOf(sources, i.name.span),
      span: i.span,
    });
  }
  const monthInputs = inputs.filter((i) => i.ty.k === 'month');
  const monthInput = monthInputs[0]?.name;

  // declared types first, so checking is order-independent; per-item defines (`for each`) are apart
  const values = m.values.filter((v) => !v.each);
  const declTypes = new Map<string, Ty>();
  for (const v of values) {
    const ty = typeOf(v.type, v.name.name, sink, inputTypes);
    if (ty.k === 'set' && v.declKind !== 'parameter') {
      sink.error(Diagnostics.SetMisplaced, v.type.span, [text(`a set is a parameter's value (dated, overridable); \`${v.name.name}\` is ${v.table ? 'a table' : `a ${v.declKind}`}`, `集合只能是参数的值（可分时段、可覆盖）；\`${v.name.name}\` 是${v.table ? '表格' : v.declKind}`)]);
    }
    declTypes.set(v.name.name, ty);
  }
  for (const v of values) if (!symbolIds.has(v.name.name)) declare(v.name.name, v.declKind, declTypes.get(v.name.name)!, v.name.span);

  const states = new Set(values.filter((v) => v.declKind === 'state').map((v) => v.name.name));
  const firstState = values.find((v) => v.declKind === 'state');
  for (const i of m.inputs) {
    if (firstState && lists.has(i.name.name)) {
      sink.error(Diagnostics.ListInTimeline, i.type.span, [m.name, i.name.name, text(`sum the list in the application, or keep the list in a region without states (\`state ${firstState.name.name}\` is declared at line ${sources.get(firstState.span.file)?.position(firstState.span.start).line ?? '?'})`, `请在应用中汇总该列表，或把列表放在没有 state 的地区中（\`state ${firstState.name.name}\` 声明于第 ${sources.get(firstState.span.file)?.position(firstState.span.start).line ?? '?'} 行）`)]);
    }
  }
  const baseEnv = (): ExprEnv => ({ sink, inputs: inputTypes, decls: declTypes, symbols: symbolIds, members, rounding, regionName: m.name, inCycle: m.inCycle, reads: new Set(), states, prevReads: new Set(), sourceOf: (sp) => sourceOf(sources, sp) });
  const { scope: items, items: itemDecls } = buildItemDecls(m.values.filter((v) => v.each), lists, {
    sink,
    env: (scope) => ({ ...baseEnv(), items: scope, noPrevious: text('a per-item define', '逐项 define') }),
    checkBody: (b, ty, v, env) => checkBody(b, ty, v, env, sources, monthInput),
    typeOf: (v) => typeOf(v.type, v.name.name, sink),
    sourceOf: (sp) => sourceOf(sources, sp),
    owner: (v) => m.owner.get(v) ?? m.name,
    inputs: inputTypes,
  });
  const decls = new Map<string, IrDecl>();
  for (const v of values) {
    const env: ExprEnv = {
      sink,
      inputs: inputTypes,
      decls: declTypes,
      symbols: symbolIds,
      members,
      rounding,
      regionName: m.name,
      inCycle: m.inCycle,
      reads: new Set(),
      states,
      prevReads: new Set(),
      sourceOf: (sp) => sourceOf(sources, sp),
      items,
      ...(v.declKind === 'parameter' ? { noPrevious: text('a parameter', '参数') } : {}),
    };
    const ty = declTypes.get(v.name.name)!;
    const keyTy = (k: string): Ty | undefined => inputTypes.get(k) ?? declTypes.get(k);
    const written = v.table ? (tableBody(v.table, keyTy, () => [...inputTypes.keys(), ...declTypes.keys()], sink) ?? { kind: 'ExprBody', value: { kind: 'Unspecified', span: v.name.span } }) : undefined;
    if (v.table) checkGraded(v, ty, keyTy, (sp) => sources.get(sp.file)?.text.slice(sp.start, sp.end) ?? '?', sink);
    const split = splitInitially(written ? { ...v, body: written } : v, sink);
    const body = checkBody(split.body, ty, v, env, sources, monthInput);
    let initially: IrExpr | undefined;
    if (split.initially && split.initially.body.kind === 'ExprBody') {
      const ienv: ExprEnv = { ...env, reads: new Set(), prevReads: new Set(), noPrevious: text('`initially`', '`initially`') };
      const iv = checkValue(split.initially.body.value, ty, ienv);
      if (iv.kind === 'expr') initially = iv.e;
      else sink.error(Diagnostics.StateInitially, iv.span, [text('a state opens with a value: `not applicable`, `unspecified`, `unknown` and `unresolved` are not allowed after `initially:`', 'state 必须以一个值开始：`initially:` 之后不能是 `not applicable`、`unspecified`、`unknown` 或 `unresolved`')]);
      for (const r of ienv.reads) {
        if (declTypes.has(r) && !values.some((x) => x.name.name === r && x.declKind === 'parameter')) {
          sink.error(Diagnostics.PreviousNotAllowed, split.initially.guard.span, [text('`initially`', '`initially`'), text('the first month\'s inputs and parameters', '第一个月的输入和参数'), `\`${r}\``]);
        }
        env.reads.add(r);
      }
    }
    const reads = [...env.reads];
    if (v.declKind === 'parameter') {
      const bad = reads.find((r) => inputTypes.has(r) && r !== monthInput);
      if (bad) sink.error(Diagnostics.ParameterDependsOnInput, v.name.span, [v.name.name, bad]);
    }
    const [low, high] = v.declKind === 'state' ? domainOf(v.type, ty, v.name.name, sink) : [undefined, undefined];
    if (v.declKind === 'state' && ty.k === 'rate') {
      sink.error(Diagnostics.StateInitially, v.type.span, [text('a state is carried whole from month to month: an amount, a count, a month, true/false or one of …, not a rate', 'state 按整数逐月结转：金额、计数、月份、真/假或枚举之一，不能是比例')]);
    }
    decls.set(v.name.name, {
      prevReads: [...env.prevReads!],
      ...(initially ? { initially } : {}),
      ...(low ? { low } : {}),
      ...(high ? { high } : {}),
      name: v.name.name,
      sym: symbolIds.get(v.name.name)!,
      declKind: v.declKind,
      ty,
      body,
      cites: cites(v.cites),
      source: sourceOf(sources, v.span),
      span: v.span,
      declaredIn: m.owner.get(v) ?? m.name,
      reads,
      mayBeAbsent: hasNotApplicable(body),
    });
  }
  const ordered = orderDecls(decls, values, sink);
  const tests = m.tests.map((t) => buildTest(t, m.name, inputTypes, declTypes, sources, sink, monthInput)).filter((t): t is IrTest => !!t);
  checkUnknownExpectations(tests, ordered, sink);
  const invariants = m.invariants.map((inv) => buildInvariant(inv, { ...baseEnv(), items }, sources, m.owner.get(inv) ?? m.name));
  return {
    name: m.name,
    invariants,
    title: chainRev.find((f) => f.title !== undefined)?.title,
    file: m.ast.file,
    parent: m.ast.parent?.name,
    rounding,
    horizon,
    inputs,
    decls: ordered,
    ...(itemDecls.length ? { items: itemDecls } : {}),
    tests,
    cites: cites(m.ast.cites),
    outOfScope: m.outOfScope.map(({ decl, region }) => ({ ids: decl.ids.map((i) => i.id), reason: decl.reason, source: sourceOf(sources, decl.span), declaredIn: region })),
    monthInput,
    symbols,
  };
}

export function checkBody(b: Body, ty: Ty, v: ValueDecl, env: ExprEnv, sources: Sources, monthInput: string | undefined): IrBody {
  if (b.kind === 'ExprBody') return { kind: 'value', value: checkValue(b.value, ty, env) };
  const cases = b.cases.map((c): IrCase => {
    const cond = guardCond(c.guard, env, monthInput);
    const dated = cond && (c.guard.kind === 'FromGuard' || c.guard.kind === 'BeforeGuard') ? datedBounds(cond, c.guard.kind) : undefined;
    const src = sources.get(c.guard.span.file);
    const label = src ? src.text.slice(c.guard.span.start, c.guard.span.end).replace(/\s+/g, ' ') : c.guard.kind;
    return { cond, label, span: c.guard.span, ...(dated ? { dated } : {}), body: checkBody(c.body, ty, v, env, sources, monthInput), cites: cites(c.cites), source: sourceOf(sources, c.span) };
  });
  if (cases.length === 0) {
    env.sink.error(Diagnostics.UnexpectedToken, v.type.span, ['`= <value>` or indented cases', text('nothing', '空')], {
      notes: [text(`\`${v.name.name}\` has no value`, `\`${v.name.name}\` 没有取值`)],
    });
  }
  return { kind: 'cases', cases };
}

/** The month bounds of a `from`/`before` guard, read back from its condition. */
function datedBounds(cond: IrExpr, kind: 'FromGuard' | 'BeforeGuard'): IrCase['dated'] {
  if (kind === 'BeforeGuard') return cond.op === 'cmp' ? { before: cond.r } : undefined;
  if (cond.op === 'cmp') return { from: cond.r };
  if (cond.op === 'and' && cond.args[0]?.op === 'cmp' && cond.args[1]?.op === 'cmp') return { from: cond.args[0].r, to: cond.args[1].r };
  return undefined;
}

function checkValue(v: CaseValue, ty: Ty, env: ExprEnv): IrValue {
  if (v.kind === 'Unresolved' || v.kind === 'Range') {
    return checkNonValue(v, ty, env.sink, (e) => {
      const b = checkValue({ kind: 'ValueExpr', expr: e, span: e.span }, ty, env);
      return b.kind === 'expr' ? b.e : { op: 'const', value: { k: 'num', value: rat(0n) }, ty: T.error, span: e.span };
    });
  }
  if (v.kind !== 'ValueExpr') return { kind: v.kind === 'NotApplicable' ? 'not_applicable' : v.kind === 'Unknown' ? 'unknown' : 'unspecified', span: v.span };
  const e = checkExpr(env, v.expr, ty);
  if (e.ty.k !== 'error' && ty.k !== 'error') {
    if (ty.k === 'money' && e.ty.k === 'money' && e.ty.period === ty.period && e.ty.exact) {
      const perMonth = e.op === 'scale' && e.divisor === 12n;
      env.sink.error(Diagnostics.MustRound, e.span, [perMonth ? text('`per_month(…)` divides by 12, so this', '`per_month(…)` 除以 12，因此这') : text('this amount', '此金额')], {
        ...(perMonth ? { fix: { message: text('write `round(per_month(…))`: the division rounds once, in the declared mode', '写作 `round(per_month(…))`：除法只按声明的方式取整一次'), edits: [] } } : {}),
      });
    } else if (ty.k === 'money' && e.ty.k === 'money' && e.ty.period !== ty.period) {
      env.sink.error(Diagnostics.PeriodMismatch, e.span, [verbs.use, periodText(e.ty.period), asDeclared(ty.period)]);
    } else if (!sameType(e.ty, ty)) {
      env.sink.error(Diagnostics.TypeMismatch, e.span, [showL(ty), showL(e.ty)]);
    }
  }
  return { kind: 'expr', e };
}

function guardCond(g: Guard, env: ExprEnv, monthInput: string | undefined): IrExpr | undefined {
  const monthRef = (sp: Span): IrExpr | undefined => {
    if (monthInput) return { op: 'input', name: monthInput, sym: env.symbols.get(monthInput)!, ty: T.month, span: sp };
    env.sink.error(Diagnostics.UnknownName, sp, ['month'], {
      notes: [text('dated cases compare against an input of type `month`; declare one', '按日期的情形需要一个 `month` 类型的输入，请声明')],
    });
    return undefined;
  };
  const monthExpr = (e: Expr): IrExpr => {
    const x = checkExpr(env, e);
    if (x.ty.k !== 'month' && x.ty.k !== 'error') env.sink.error(Diagnostics.TypeMismatch, e.span, ['a month', showL(x.ty)]);
    return x;
  };
  switch (g.kind) {
    case 'OtherwiseGuard':
      return undefined;
    case 'WhenGuard':
      return checkBool(env, g.cond);
    case 'ForGuard': {
      const tests: IrExpr[] = [];
      for (const mem of g.members) {
        const x = checkExpr(env, { kind: 'NameRef', name: mem.name, span: mem.span });
        if (x.op === 'const' && x.value.k === 'enum') {
          const inputName = env.members.get(mem.name)![0]!;
          if (env.inputs.get(inputName)) env.reads.add(inputName);
          tests.push({ op: 'is', e: { op: 'input', name: inputName, sym: env.symbols.get(inputName)!, ty: x.ty, span: mem.span }, member: mem.name, ty: T.bool, span: mem.span });
        } else if (x.ty.k !== 'error') {
          env.sink.error(Diagnostics.TypeMismatch, mem.span, ['a member of an input list (e.g. `employed`)', showL(x.ty)]);
        }
      }
      return tests.length === 1 ? tests[0] : { op: 'or', args: tests, ty: T.bool, span: g.span };
    }
    case 'FromGuard': {
      const m = monthRef(g.span);
      const from = monthExpr(g.from);
      const to = g.to ? monthExpr(g.to) : undefined;
      if (!m) return undefined;
      env.reads.add(monthInput!);
      const ge: IrExpr = { op: 'cmp', cmp: '>=', l: m, r: from, ty: T.bool, span: g.span };
      return to ? { op: 'and', args: [ge, { op: 'cmp', cmp: '<=', l: m, r: to, ty: T.bool, span: g.span }], ty: T.bool, span: g.span } : ge;
    }
    case 'BeforeGuard': {
      const m = monthRef(g.span);
      const before = monthExpr(g.before);
      if (!m) return undefined;
      env.reads.add(monthInput!);
      return { op: 'cmp', cmp: '<', l: m, r: before, ty: T.bool, span: g.span };
    }
  }
}

function hasNotApplicable(b: IrBody): boolean {
  return b.kind === 'value' ? b.value.kind === 'not_applicable' : b.cases.some((c) => hasNotApplicable(c.body));
}

function buildInvariant(inv: InvariantDecl, env: ExprEnv, sources: Sources, declaredIn: string): IrInvariant {
  const numeric = (t: Ty | undefined): boolean => !!t && (t.k === 'money' || t.k === 'rate' || t.k === 'int' || t.k === 'month');
  const claims: IrClaim[] = [];
  for (const c of inv.claims) {
    if (c.kind === 'Holds') {
      claims.push({ kind: 'holds', e: checkBool(env, c.expr), span: c.span, source: sourceOf(sources, c.span) });
      continue;
    }
    const word = c.kind === 'Monotone' ? 'monotone' : 'independent';
    const outTy = env.decls.get(c.output.name);
    const inTy = env.inputs.get(c.input.name);
    let ok = true;
    if (!outTy) {
      ok = false;
      env.sink.error(Diagnostics.UnknownName, c.output.span, [c.output.name], didYouMean(suggest(c.output.name, env.decls.keys())));
    } else if (c.kind === 'Monotone' && !numeric(outTy)) {
      ok = false;
      env.sink.error(Diagnostics.BadClaim, c.output.span, [word, c.output.name, 'an output that is an amount, rate, number or month', c.output.name, showL(outTy)]);
    }
    if (!inTy) {
      ok = false;
      env.sink.error(Diagnostics.UnknownName, c.input.span, [c.input.name], didYouMean(suggest(c.input.name, env.inputs.keys())));
    } else if (c.kind === 'Monotone' && !numeric(inTy) && !(inTy.k === 'enum' && inTy.ordered)) {
      ok = false;
      env.sink.error(Diagnostics.BadClaim, c.input.span, [word, c.output.name, 'an input that is an amount, number, month or ordered list (`one of a < b < c`)', c.input.name, showL(inTy)]);
    }
    const dir = c.kind === 'Monotone' ? c.direction?.name : undefined;
    if (dir !== undefined && dir !== 'increasing' && dir !== 'decreasing') {
      ok = false;
      env.sink.error(Diagnostics.UnknownName, c.direction!.span, [dir], didYouMean(suggest(dir, ['increasing', 'decreasing'])));
    }
    if (ok) {
      claims.push({ kind: word, output: c.output.name, input: c.input.name, decreasing: dir === 'decreasing', span: c.span, source: sourceOf(sources, c.span) });
    }
  }
  return {
    name: inv.name,
    cites: cites(inv.cites),
    when: inv.when.map((w) => checkBool(env, w)),
    claims,
    source: sourceOf(sources, inv.span),
    span: inv.span,
    declaredIn,
  };
}

/** The inclusive domain of an input or state: the declared `in lo to hi`, else the type's default. */
export function domainOf(t: TypeExpr, ty: Ty, name: string, sink: DiagnosticSink): [Rational | undefined, Rational | undefined] {
  let [low, high] = (defaultDomain(ty) ?? []).map((b) => rat(b));
  if (t.kind === 'NamedType' && t.low && t.high && ty.k !== 'error') {
    const lo = literalConst(t.low, ty, sink);
    const hi = literalConst(t.high, ty, sink);
    const tooLarge = [tooLargeBound(lo, t.low, ty, name, sink), tooLargeBound(hi, t.high, ty, name, sink)];
    if (lo?.k === 'num' && hi?.k === 'num' && !tooLarge.includes(true)) {
      if (lo.value.num * hi.value.den > hi.value.num * lo.value.den) {
        sink.error(Diagnostics.BadDomain, t.span, [name, literalText(t.low), literalText(t.high)]);
      }
      [low, high] = [lo.value, hi.value];
    }
  }
  return [low, high];
}

/**
 * A state's `initially:` case (which must come first) and the cases of its monthly rule; `initially`
 * anywhere else is reported.
 */
function splitInitially(v: ValueDecl, sink: DiagnosticSink): { initially?: Case; body: Body } {
  const misplaced = (c: Case, why: LocalText): void => sink.error(Diagnostics.StateInitially, c.guard.span, [why]);
  const strip = (b: Body): Body => {
    if (b.kind !== 'CasesBody') return b;
    const cases: Case[] = [];
    for (const c of b.cases) {
      if (c.guard.kind === 'InitiallyGuard') misplaced(c, text('`initially:` comes first among the cases of a `state`, and only there', '`initially:` 只能作为 `state` 的第一个情形'));
      else cases.push({ ...c, body: strip(c.body) });
    }
    return { kind: 'CasesBody', cases };
  };
  const first = v.body.kind === 'CasesBody' ? v.body.cases[0] : undefined;
  if (v.declKind !== 'state') {
    if (first?.guard.kind === 'InitiallyGuard') {
      misplaced(first, text(`\`initially:\` belongs to a \`state\`, but \`${v.name.name}\` is ${v.declKind === 'output' ? 'an' : 'a'} ${v.declKind}`, `\`initially:\` 只属于 \`state\`，但 \`${v.name.name}\` 是 ${v.declKind}`));
      return { body: strip({ kind: 'CasesBody', cases: (v.body as { cases: readonly Case[] }).cases.slice(1) }) };
    }
    return { body: strip(v.body) };
  }
  if (first?.guard.kind !== 'InitiallyGuard' || first.body.kind !== 'ExprBody') {
    sink.error(Diagnostics.StateInitially, v.name.span, [
      text(
        `state \`${v.name.name}\` needs \`initially: <value>\` as its first case: its value before the first month`,
        `state \`${v.name.name}\` 的第一个情形必须是 \`initially: <值>\`：即第一个月之前的取值`,
      ),
    ]);
    return { body: strip(v.body) };
  }
  return { initially: first, body: strip({ kind: 'CasesBody', cases: (v.body as { cases: readonly Case[] }).cases.slice(1) }) };
}

/**
 * Topological order by reads; reports cycles. Depth-first with an explicit stack, so a chain of
 * thousands of defines each reading the next cannot overflow the call stack.
 */
function orderDecls(decls: Map<string, IrDecl>, asts: readonly ValueDecl[], sink: DiagnosticSink): IrDecl[] {
  const out: IrDecl[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const spanOf = new Map(asts.map((a) => [a.name.name, a.name.span]));
  for (const a of asts) {
    if (state.has(a.name.name) || !decls.has(a.name.name)) continue;
    // each frame: a declaration on the current path and how many of its reads are explored
    const path: { d: IrDecl; next: number }[] = [{ d: decls.get(a.name.name)!, next: 0 }];
    state.set(a.name.name, 'visiting');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      if (top.next === top.d.reads.length) {
        path.pop();
        state.set(top.d.name, 'done');
        out.push(top.d);
        continue;
      }
      const name = top.d.reads[top.next++]!;
      const d = decls.get(name);
      if (!d || state.get(name) === 'done') continue;
      if (state.get(name) === 'visiting') {
        const names = path.map((f) => f.d.name);
        const cyc = [...names.slice(names.indexOf(name)), name];
        sink.error(Diagnostics.CyclicDefinition, spanOf.get(name)!, [name, cyc.join(' → ')]);
        continue;
      }
      state.set(name, 'visiting');
      path.push({ d, next: 0 });
    }
  }
  return out;
}

/**
 * A domain bound must keep every value an exact whole number in the evaluators (fen, years, months,
 * or a rate's percent): |bound| ≤ 2^53 − 1 in the unit the author wrote. Checked where the domain is
 * declared, so nothing downstream (tests, invariants, generated code) ever sees a larger bound.
 */
function tooLargeBound(c: Const | undefined, l: Literal, ty: Ty, name: string, sink: DiagnosticSink): boolean {
  if (c?.k !== 'num') return false;
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  const { num, den } = c.value;
  const abs = num < 0n ? -num : num;
  // money is held in fen and written in yuan; a rate is held as a fraction and written in percent
  const [over, largest] =
    ty.k === 'money'
      ? [abs > max * den, formatFen(Number.MAX_SAFE_INTEGER)]
      : ty.k === 'rate'
        ? [abs * 100n > max * den, `${max}%`]
        : [abs > max * den, String(max)];
  if (over) {
    const written = literalText(l);
    const shown = written.length > 24 ? `${written.slice(0, 12)}…(${written.length} characters)` : written;
    sink.error(Diagnostics.DomainTooLarge, l.span, [`\`${shown}\``, name, `\`${num < 0n ? '-' : ''}${largest}\``]);
  }
  return over;
}

function literalText(l: Literal): string {
  return l.kind === 'NumberLiteral' ? `${l.negative ? '-' : ''}${l.text}` : l.kind === 'PercentLiteral' ? `${l.text}%` : l.kind === 'NameLiteral' ? l.name : l.kind === 'MonthLiteral' ? l.text : String('value' in l ? l.value : '');
}

/** A literal as a constant of type `ty`, or undefined after reporting. */
export function literalConst(l: Literal, ty: Ty, sink: DiagnosticSink): Const | undefined {
  if (ty.k === 'error') return undefined; // already reported
  const mismatch = (): undefined => void sink.error(Diagnostics.TypeMismatch, l.span, [showL(ty), `\`${literalText(l)}\``]);
  switch (l.kind) {
    case 'NumberLiteral': {
      if (ty.k !== 'money' && ty.k !== 'int') return mismatch();
      const c = numberConst(l, ty, sink);
      if (!c) return undefined;
      if (ty.k === 'money' && c.ty.k === 'money' && c.ty.period !== ty.period) {
        sink.error(Diagnostics.PeriodMismatch, l.span, [verbs.use, periodText(c.ty.period), asDeclared(ty.period)]);
        return undefined;
      }
      if (ty.k === 'int' && c.ty.k !== 'int') return mismatch();
      return c.value;
    }
    case 'PercentLiteral': {
      if (ty.k !== 'rate') return mismatch();
      const v = parseDecimal(l.text);
      return { k: 'num', value: rat(v.num, v.den * 100n) };
    }
    case 'MonthLiteral': {
      if (ty.k !== 'month') return mismatch();
      const idx = parseMonthText(l.text);
      if (idx === undefined) return void sink.error(Diagnostics.BadMonth, l.span, [l.text]);
      return { k: 'month', value: idx };
    }
    case 'BoolLiteral':
      return ty.k === 'bool' ? { k: 'bool', value: l.value } : mismatch();
    case 'NameLiteral': {
      if (ty.k !== 'enum') return mismatch();
      if (!ty.members.includes(l.name)) {
        return void sink.error(Diagnostics.UnknownMember, l.span, [l.name, ty.members.join(', ')], didYouMean(suggest(l.name, ty.members)));
      }
      return { k: 'enum', value: l.name };
    }
    case 'StringLiteral':
      return mismatch();
  }
}

/** A month span of a timeline test as indices, or undefined after reporting. */
function monthsOf(sp: MonthSpan, sink: DiagnosticSink): { from: number; to: number } | undefined {
  const from = parseMonthText(sp.from.text);
  const to = parseMonthText(sp.to.text);
  if (from === undefined) sink.error(Diagnostics.BadMonth, sp.from.span, [sp.from.text]);
  if (to === undefined && sp.to !== sp.from) sink.error(Diagnostics.BadMonth, sp.to.span, [sp.to.text]);
  if (from === undefined || to === undefined) return undefined;
  if (to < from) {
    sink.error(Diagnostics.EmptyPeriod, sp.span, [sp.from.text, sp.to.text]);
    return undefined;
  }
  return { from, to };
}

const periodShown = (a: number, b: number): string => (a === b ? formatMonth(a) : `${formatMonth(a)}..${formatMonth(b)}`);

/** A series given in a timeline test: its parts, which must tile the test's months exactly. */
function buildSeries(name: string, s: Series, ty: Ty, over: { from: number; to: number }, sink: DiagnosticSink): SeriesPart[] | undefined {
  let ok = true;
  const parts: SeriesPart[] = [];
  for (const p of s.parts) {
    const m = monthsOf(p.months, sink);
    const v = literalConst(p.value, ty, sink);
    if (!m || !v) {
      ok = false;
      continue;
    }
    if (m.from < over.from || m.to > over.to) {
      ok = false;
      sink.error(Diagnostics.TimelineTest, p.months.span, [text(`${periodShown(m.from, m.to)} is outside the test's months ${periodShown(over.from, over.to)}`, `${periodShown(m.from, m.to)} 超出测试的月份 ${periodShown(over.from, over.to)}`)]);
      continue;
    }
    parts.push({ from: m.from, to: m.to, value: v });
  }
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  let next = over.from;
  for (const p of sorted) {
    if (p.from > next) {
      ok = false;
      sink.error(Diagnostics.TimeGap, s.span, [name, periodShown(next, p.from - 1)]);
    } else if (p.from < next) {
      ok = false;
      sink.error(Diagnostics.TimeOverlap, s.span, [name, periodShown(p.from, Math.min(next - 1, p.to))]);
    }
    next = Math.max(next, p.to + 1);
  }
  if (next <= over.to) {
    ok = false;
    sink.error(Diagnostics.TimeGap, s.span, [name, periodShown(next, over.to)]);
  }
  return ok ? sorted : undefined;
}

function buildTest(t: TestDecl, region: string, inputs: ReadonlyMap<string, Ty>, decls: ReadonlyMap<string, Ty>, sources: Sources, sink: DiagnosticSink, monthInput: string | undefined): IrTest | undefined {
  let ok = true;
  const given = new Map<string, Const>();
  const series = new Map<string, SeriesPart[]>();
  const over = t.over ? monthsOf(t.over, sink) : undefined;
  if (t.over && !over) ok = false;
  if (!t.over) {
    for (const b of [...t.given, ...t.expect]) {
      const where = b.value.kind === 'Series' ? b.value.span : b.at?.span;
      if (!where) continue;
      ok = false;
      sink.error(Diagnostics.TimelineTest, where, [text('a value per month needs a timeline test: write `over <first month> to <last month>` after the test\'s name', '按月给值需要时间线测试：请在测试名称后写 `over <首月> to <末月>`')]);
    }
  }
  const seen = new Map<string, Span>();
  for (const b of [...t.given, ...t.expect]) {
    const key = `${t.given.includes(b) ? 'given' : 'expect'} ${b.name.name} ${b.at ? `${b.at.from.text}..${b.at.to.text}` : ''}`;
    const prev = seen.get(key);
    if (prev) {
      ok = false;
      sink.error(Diagnostics.DuplicateDeclaration, b.name.span, [b.name.name], { related: [{ span: prev, message: text('first given here', '首次给出于此') }] });
    }
    seen.set(key, b.name.span);
  }
  for (const b of t.given) {
    const ty = inputs.get(b.name.name);
    if (!ty) {
      ok = false;
      sink.error(Diagnostics.UnknownTestField, b.name.span, [b.name.name, text('input', '输入'), region], didYouMean(suggest(b.name.name, inputs.keys())));
      continue;
    }
    if (b.value.kind === 'NonValue') {
      ok = false;
      sink.error(Diagnostics.NonValueGiven, b.value.span, [b.value.which === 'not_applicable' ? 'not applicable' : b.value.which, b.name.name]);
      continue;
    }
    if (b.value.kind === 'RangeLiteral') {
      ok = false;
      sink.error(Diagnostics.BadRangeExpectation, b.value.span, [b.name.name, text('a test gives each input one value; a range is only expected of an output, define or parameter', '测试为每个输入给出一个值；区间只能用于期望输出、定义或参数')]);
      continue;
    }
    if (t.over && b.name.name === monthInput) {
      ok = false;
      sink.error(Diagnostics.TimelineTest, b.name.span, [text(`a timeline test runs through the months of \`over\`, so \`${monthInput}\` is each of them in turn: do not give it`, `时间线测试逐月运行 \`over\` 的月份，\`${monthInput}\` 即为每个月：请不要给出它`)]);
      continue;
    }
    if (b.value.kind === 'ListValue' || ty.k === 'list') {
      const c = b.value.kind === 'ListValue' ? listConst(b.value, b.name.name, ty, (l, fty) => literalConst(l, fty, sink), sink) : undefined;
      if (b.value.kind !== 'ListValue') sink.error(Diagnostics.ListValueSyntax, b.value.span, [b.name.name, text('a list input is given as a list: `[adult, elderly]` or `[(tier = tier3), (tier = tier2)]`', '列表输入须以列表给出：`[adult, elderly]` 或 `[(tier = tier3), (tier = tier2)]`')]);
      if (c) given.set(b.name.name, c);
      else ok = false;
      continue;
    }
    if (b.value.kind === 'Series') {
      if (!over) continue; // reported above
      const parts = buildSeries(b.name.name, b.value, ty, over, sink);
      if (parts) series.set(b.name.name, parts);
      else ok = false;
      continue;
    }
    const c = literalConst(b.value, ty, sink);
    if (c) given.set(b.name.name, c);
    else ok = false;
  }
  for (const name of inputs.keys()) {
    if (t.over && name === monthInput) continue;
    if (!t.given.some((b) => b.name.name === name)) {
      ok = false;
      sink.error(Diagnostics.MissingTestInput, t.nameSpan, [name]);
    }
  }
  const expect: IrTest['expect'][number][] = [];
  for (const b of t.expect) {
    const ty = decls.get(b.name.name);
    if (!ty) {
      ok = false;
      sink.error(Diagnostics.UnknownTestField, b.name.span, [b.name.name, text('output, define or parameter', '输出、定义或参数'), region], didYouMean(suggest(b.name.name, decls.keys())));
      continue;
    }
    if (b.value.kind === 'ListValue') {
      ok = false;
      sink.error(Diagnostics.ListValueSyntax, b.value.span, [b.name.name, text('only inputs are lists; an expectation is one value', '只有输入可以是列表；期望值是单个值')]);
      continue;
    }
    if (b.value.kind === 'Series') {
      ok = false;
      sink.error(Diagnostics.TimelineTest, b.value.span, [text('an expectation names its months with `expect at <month>[..<month>]:`, not as a series', '期望用 `expect at <月份>[..<月份>]:` 指定月份，而不是按序列给出')]);
      continue;
    }
    let at: { from: number; to: number } | undefined;
    if (b.at && over) {
      at = monthsOf(b.at, sink);
      if (!at) ok = false;
      else if (at.from < over.from || at.to > over.to) {
        ok = false;
        sink.error(Diagnostics.TimelineTest, b.at.span, [text(`${periodShown(at.from, at.to)} is outside the test's months ${periodShown(over.from, over.to)}`, `${periodShown(at.from, at.to)} 超出测试的月份 ${periodShown(over.from, over.to)}`)]);
      }
    }
    const c: Expected | undefined =
      b.value.kind === 'NonValue'
        ? { k: b.value.which }
        : b.value.kind === 'RangeLiteral'
          ? checkRangeExpectation(b.name.name, b.value, ty, sink, (l) => literalConst(l, ty, sink))
          : literalConst(b.value, ty, sink);
    if (c) expect.push({ name: b.name.name, value: c, ...(at ? { at } : {}), span: b.span, source: sourceOf(sources, b.span) });
    else ok = false;
  }
  const timeline = over ? { over, ...(series.size ? { series } : {}) } : {};
  return ok ? { name: t.name, cites: cites(t.cites), given, ...timeline, expect, source: sourceOf(sources, t.span), span: t.span } : undefined;
}
