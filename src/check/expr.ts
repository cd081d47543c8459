/**
 * Type and unit checking of expressions, producing typed IR.
 * Checking is bidirectional only for bare number literals, which take the
 * unit of what they are combined with (`max(base, 7310.00)`); everything
 * else has a type of its own. An `error` type stops cascades.
 */
import { Diagnostics, text, type DiagnosticSink, type LocalText } from '../diagnostics/diagnostic.js';
import { join, type Span } from '../diagnostics/span.js';
import type { Expr, NumberLiteral } from '../syntax/ast.js';
import type { Const, IrExpr, RoundUnit, Source, SymbolId } from '../ir/ir.js';
import { checkIn, checkSetLiteral } from './sets.js';
import { didYouMean, suggest } from './names.js';
import { isInteger, parseDecimal, rat, type Mode } from '../ir/rational.js';
import { builtins, periodOf } from './scope.js';
import { checkAggregate, checkField, checkItemRef, isAggregate, listAsValue, type ItemScope } from './items.js';
import { irDepth, MAX_IR_DEPTH, rebalance, REBALANCE_FROM } from './chains.js';
import { sameType, showL, T, type Ty } from '../ir/types.js';

export interface ExprEnv {
  readonly sink: DiagnosticSink;
  readonly inputs: ReadonlyMap<string, Ty>;
  readonly decls: ReadonlyMap<string, Ty>;
  /** every input's and declaration's SymbolId, by name */
  readonly symbols: ReadonlyMap<string, SymbolId>;
  /** enum member → the inputs whose type lists it */
  readonly members: ReadonlyMap<string, readonly string[]>;
  readonly rounding: { mode: Mode; unit: RoundUnit } | undefined;
  readonly regionName: string;
  /** the region's `extends` chain is a cycle (already reported): a missing rounding may be in the part it cannot inherit */
  readonly inCycle?: boolean;
  /** names read, collected while checking one declaration */
  reads: Set<string>;
  /** the region's `state` declarations (what `previous(…)` may read) */
  readonly states?: ReadonlySet<string>;
  /** where `previous(…)` is not allowed: what is being checked (e.g. "a parameter"); undefined = allowed */
  readonly noPrevious?: LocalText;
  /** states read through `previous(…)`, collected while checking one declaration */
  prevReads?: Set<string>;
  /** where a span is (file, line, column), for run-time failures located in an expression (`unknown`) */
  readonly sourceOf?: (sp: Span) => Source;
  /** lists, per-item defines and the item in scope (src/check/items.ts) */
  readonly items?: ItemScope;
}

const err = (span: Span): IrExpr => ({ op: 'const', value: { k: 'num', value: rat(0n) }, ty: T.error, span });

export function parseMonthText(textValue: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(textValue);
  if (!m) return undefined;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return undefined;
  return Number(m[1]) * 12 + mo - 1;
}

/** A number literal as a constant of type `want` (or its own type when `want` is undefined). */
export function numberConst(e: NumberLiteral, want: Ty | undefined, sink: DiagnosticSink): { value: Const; ty: Ty } | undefined {
  let value = parseDecimal(e.text);
  if (e.negative) value = rat(-value.num, value.den);
  if (e.unit) {
    if (e.unit.unit.name !== 'yuan') {
      sink.error(Diagnostics.UnknownType, e.unit.unit.span, [e.unit.unit.name], didYouMean('yuan'));
      return undefined;
    }
    const fen = rat(value.num * 100n, value.den);
    if (!isInteger(fen)) return void sink.error(Diagnostics.BadAmount, e.span, [e.text]);
    return { value: { k: 'num', value: fen }, ty: T.money(periodOf(e.unit.period?.name, sink, e.unit.period?.span ?? e.span)) };
  }
  if (want?.k === 'money') {
    const fen = rat(value.num * 100n, value.den);
    if (!isInteger(fen)) return void sink.error(Diagnostics.BadAmount, e.span, [e.text]);
    return { value: { k: 'num', value: fen }, ty: T.money(want.period) };
  }
  if (value.num === 0n && want && (want.k === 'rate' || want.k === 'int')) return { value: { k: 'num', value }, ty: want };
  if (isInteger(value) && !e.text.includes('.')) {
    return { value: { k: 'num', value }, ty: want?.k === 'int' ? want : T.int('none') };
  }
  if (want?.k === 'int' || want?.k === 'rate' || want?.k === 'month') {
    const hint = want.k === 'rate' ? text('a rate, written as a percentage such as `2.5%`', '比例，写作百分数如 `2.5%`') : showL(want);
    sink.error(Diagnostics.TypeMismatch, e.span, [hint, `\`${e.text}\``]);
    return undefined;
  }
  sink.error(Diagnostics.AmountNeedsUnit, e.span, [e.text]);
  return undefined;
}

const isBareNumber = (e: Expr): e is NumberLiteral => e.kind === 'NumberLiteral' && !e.unit;

export function checkExpr(env: ExprEnv, e: Expr, want?: Ty): IrExpr {
  const { sink } = env;
  switch (e.kind) {
    case 'NumberLiteral': {
      if (want?.k === 'error') return err(e.span); // its partner is already reported
      const c = numberConst(e, want, sink);
      return c ? { op: 'const', value: c.value, ty: c.ty, span: e.span } : err(e.span);
    }
    case 'PercentLiteral': {
      const v = parseDecimal(e.text);
      return { op: 'const', value: { k: 'num', value: rat(v.num, v.den * 100n) }, ty: T.rate, span: e.span };
    }
    case 'MonthLiteral': {
      const idx = parseMonthText(e.text);
      if (idx === undefined) {
        sink.error(Diagnostics.BadMonth, e.span, [e.text]);
        return err(e.span);
      }
      return { op: 'const', value: { k: 'month', value: idx }, ty: T.month, span: e.span };
    }
    case 'BoolLiteral':
      return { op: 'const', value: { k: 'bool', value: e.value }, ty: T.bool, span: e.span };
    case 'NameRef':
      return checkName(env, e.name, e.span, want);
    case 'Negate': {
      const x = checkExpr(env, e.operand, want);
      if (x.ty.k !== 'error' && x.ty.k !== 'money' && x.ty.k !== 'rate' && x.ty.k !== 'int') {
        sink.error(Diagnostics.TypeMismatch, e.operand.span, ['a number', showL(x.ty)]);
        return err(e.span);
      }
      return { op: 'neg', e: x, ty: x.ty, span: e.span };
    }
    case 'Not': {
      const x = checkBool(env, e.operand);
      return { op: 'not', e: x, ty: T.bool, span: e.span };
    }
    case 'Logic':
      return { op: e.op, args: e.operands.map((o) => checkBool(env, o)), ty: T.bool, span: e.span };
    case 'Is':
      return checkIs(env, e.operand, e.member.name, e.member.span, e.negated, e.span);
    case 'Compare':
      return checkCompare(env, e);
    case 'Binary':
      return checkChain(env, e);
    case 'Field':
      return checkField(env, e, (n) => env.inputs.get(n) ?? env.decls.get(n));
    case 'Call':
      if (isAggregate(e.fn.name)) {
        return checkAggregate(env, e.fn.name, e.args, e.where, e.span, {
          check: (x, items) => checkExpr({ ...env, ...(items ? { items } : {}) }, x),
          describe: (n) => env.inputs.get(n) ?? env.decls.get(n),
          symbol: (n) => env.symbols.get(n)!,
        });
      }
      if (e.where) env.sink.error(Diagnostics.WhereNotAggregate, e.where.span, [e.fn.name]);
      return checkCall(env, e.fn.name, e.fn.span, e.args, e.span, want);
    case 'In':
      return checkIn(env, e, env.sourceOf ?? ((sp) => ({ file: sp.file, line: 0, col: 0 })));
    case 'SetLiteral':
      return checkSetLiteral(env, e, want);
  }
}

export function checkBool(env: ExprEnv, e: Expr): IrExpr {
  const x = checkExpr(env, e);
  if (x.ty.k !== 'bool' && x.ty.k !== 'error') env.sink.error(Diagnostics.ConditionNotBoolean, e.span, [showL(x.ty)]);
  return x;
}

function checkName(env: ExprEnv, name: string, span: Span, want?: Ty): IrExpr {
  const item = checkItemRef(env, name, span);
  if (item) return item;
  const it = env.inputs.get(name);
  if (it?.k === 'list') return listAsValue(env, name, it, span);
  if (it) {
    env.reads.add(name);
    return { op: 'input', name, sym: env.symbols.get(name)!, ty: it, span };
  }
  const dt = env.decls.get(name);
  if (dt?.k === 'set') {
    env.sink.error(Diagnostics.SetMisplaced, span, [
      text(`\`${name}\` is a set: it is read only by a membership test (\`x in ${name}\`, \`x not in ${name}\`)`, `\`${name}\` 是集合：只能用于成员检验（\`x in ${name}\`、\`x not in ${name}\`）`),
    ]);
    return err(span);
  }
  if (dt) {
    env.reads.add(name);
    return { op: 'ref', name, sym: env.symbols.get(name)!, ty: dt, span };
  }
  // a member of the expected list type: an enum-valued output or define names its own members
  if (want?.k === 'enum' && want.members.includes(name)) return { op: 'const', value: { k: 'enum', value: name }, ty: want, span };
  const owners = env.members.get(name);
  if (owners?.length === 1) {
    const ty = env.inputs.get(owners[0]!)!;
    return { op: 'const', value: { k: 'enum', value: name }, ty, span };
  }
  if (owners && owners.length > 1) {
    env.sink.error(Diagnostics.AmbiguousMember, span, [name, owners.join(', ')]);
    return err(span);
  }
  env.sink.error(Diagnostics.UnknownName, span, [name], didYouMean(suggest(name, namesInScope(env))));
  return err(span);
}

function* namesInScope(env: ExprEnv): Generator<string> {
  yield* env.inputs.keys();
  yield* env.decls.keys();
  yield* env.members.keys();
}

function checkIs(env: ExprEnv, operand: Expr, member: string, memberSpan: Span, negated: boolean, span: Span): IrExpr {
  const x = checkExpr(env, operand);
  if (x.ty.k === 'error') return err(span);
  if (x.ty.k !== 'enum') {
    env.sink.error(Diagnostics.TypeMismatch, operand.span, ['one of a list of names', showL(x.ty)]);
    return err(span);
  }
  if (!x.ty.members.includes(member)) {
    env.sink.error(Diagnostics.UnknownMember, memberSpan, [member, x.ty.members.join(', ')], didYouMean(suggest(member, x.ty.members)));
    return err(span);
  }
  const is: IrExpr = { op: 'is', e: x, member, ty: T.bool, span };
  return negated ? { op: 'not', e: is, ty: T.bool, span } : is;
}

/** Checks two operands where a bare number takes the other side's type. */
function pair(env: ExprEnv, a: Expr, b: Expr, scalar: boolean): [IrExpr, IrExpr] {
  if (isBareNumber(a) && !isBareNumber(b)) {
    const r = checkExpr(env, b);
    return [checkExpr(env, a, scalar ? T.int() : r.ty), r];
  }
  // `kind = x` where `kind` is a list-typed output: `x` is read as one of its members
  if (!scalar && a.kind === 'NameRef' && b.kind === 'NameRef' && !env.inputs.has(a.name) && !env.decls.has(a.name)) {
    const r = checkExpr(env, b);
    return [checkExpr(env, a, r.ty), r];
  }
  const l = checkExpr(env, a);
  return [l, checkExpr(env, b, scalar ? T.int() : l.ty)];
}

function checkCompare(env: ExprEnv, e: Extract<Expr, { kind: 'Compare' }>): IrExpr {
  const parts: IrExpr[] = [];
  for (let i = 0; i < e.ops.length; i++) {
    const [l, r] = pair(env, e.operands[i]!, e.operands[i + 1]!, false);
    const op = e.ops[i]!;
    const sp = join(l.span, r.span);
    if (l.ty.k !== 'error' && r.ty.k !== 'error') {
      if (!sameType(l.ty, r.ty, true)) {
        unitClash(env, verbs.compare, l, r, sp);
      } else if ((op !== '=' && op !== '!=') && (l.ty.k === 'bool' || (l.ty.k === 'enum' && !l.ty.ordered))) {
        const listed = l.ty.k === 'enum' ? l.ty.members : [];
        env.sink.error(Diagnostics.TypeMismatch, sp, [text('numbers, amounts, months or an ordered list to order', '可比较大小的数字、金额、月份或有序列表'), showL(l.ty)], {
          ...(l.ty.k === 'enum'
            ? { fix: { message: text(`declare the order where the list is declared: \`one of ${listed.join(' < ')}\`, or test membership with \`is\``, `在声明列表处写明顺序：\`one of ${listed.join(' < ')}\`，或用 \`is\` 判断成员`), edits: [] } }
            : {}),
        });
      } else if (isExact(l.ty) || isExact(r.ty)) {
        env.sink.error(Diagnostics.MustRound, isExact(l.ty) ? l.span : r.span, [thisProduct]);
      }
    }
    parts.push({ op: 'cmp', cmp: op, l, r, ty: T.bool, span: sp });
  }
  return parts.length === 1 ? parts[0]! : { op: 'and', args: parts, ty: T.bool, span: e.span };
}

const isExact = (t: Ty): boolean => t.k === 'money' && t.exact;

function unitClash(env: ExprEnv, verb: LocalText, l: IrExpr, r: IrExpr, span: Span): void {
  if (l.ty.k === 'money' && r.ty.k === 'money' && l.ty.period !== r.ty.period) {
    env.sink.error(Diagnostics.PeriodMismatch, span, [verb, periodText(l.ty.period), periodText(r.ty.period)], {
      related: [],
      notes: [text(`left is ${showL(l.ty).en}, right is ${showL(r.ty).en}`, `左边为${showL(l.ty).zh}，右边为${showL(r.ty).zh}`)],
    });
  } else {
    env.sink.error(Diagnostics.UnitMismatch, span, [verb, showL(l.ty), showL(r.ty)]);
  }
}

export const periodText = (p: string): LocalText =>
  p === 'once' ? text('once', '一次性') : text(`per ${p}`, p === 'month' ? '每月' : '每年');

/** Verbs for unit and period diagnostics, in both languages. */
export const verbs = {
  add: text('add', '相加'),
  subtract: text('subtract', '相减'),
  multiply: text('multiply', '相乘'),
  divide: text('divide', '相除'),
  compare: text('compare', '比较'),
  use: text('use', '使用'),
  minmax: (fn: string): LocalText => text(`take the ${fn} of`, `取${fn === 'min' ? '最小值' : fn === 'max' ? '最大值' : '限幅'}`),
};
const thisProduct = text('this product', '此乘积');

/**
 * `a + b - c + …` is a left-deep tree as tall as the chain is long: it is checked by a loop up its
 * left spine, not by recursion, so a sum of thousands of terms cannot overflow the stack. The
 * result is the same as checking each node with its left operand first.
 */
function checkChain(env: ExprEnv, e: Extract<Expr, { kind: 'Binary' }>): IrExpr {
  const spine: Extract<Expr, { kind: 'Binary' }>[] = [];
  for (let x: Expr = e; x.kind === 'Binary'; x = x.left) spine.push(x);
  const bottom = spine.pop()!;
  let acc = checkBinary(env, bottom.op, bottom.left, bottom.right, bottom.span);
  for (let k = spine.length - 1; k >= 0; k--) {
    const node = spine[k]!;
    acc = checkBinary(env, node.op, node.left, node.right, node.span, acc);
  }
  if (spine.length + 1 >= REBALANCE_FROM) acc = rebalance(acc);
  if (irDepth(acc) > MAX_IR_DEPTH) {
    env.sink.error(Diagnostics.TooDeep, e.span, [MAX_IR_DEPTH]);
    return err(e.span);
  }
  return acc;
}

/** `left`, when given, is `a` already checked (a `Binary`, so never a bare number). */
function checkBinary(env: ExprEnv, op: '+' | '-' | '*' | '/', a: Expr, b: Expr, span: Span, left?: IrExpr): IrExpr {
  if (op === '/') return checkDivision(env, a, b, span, left);
  const [l, r] = left ? [left, checkExpr(env, b, op === '*' ? T.int() : left.ty)] : pair(env, a, b, op === '*');
  const L = l.ty;
  const R = r.ty;
  if (L.k === 'error' || R.k === 'error') return err(span);
  const ir = (ty: Ty): IrExpr => ({ op: op === '+' ? 'add' : op === '-' ? 'sub' : 'mul', l, r, ty, span });
  if (op === '+' || op === '-') {
    const verb = op === '+' ? verbs.add : verbs.subtract;
    if (L.k === 'money' && R.k === 'money') {
      if (L.period !== R.period) return unitClash(env, verb, l, r, span), err(span);
      if (L.exact !== R.exact) {
        env.sink.error(Diagnostics.UnroundedInSum, L.exact ? l.span : r.span, [], {
          fix: { message: text('round the product first: `round(…)`', '先对乘积取整：`round(…)`'), edits: [] },
        });
        return err(span);
      }
      return ir(L);
    }
    if (L.k === 'rate' && R.k === 'rate') return ir(T.rate);
    if (L.k === 'int' && R.k === 'int' && L.unit === R.unit) return ir(L);
    if (L.k === 'month' && R.k === 'int' && R.unit === 'months') return ir(T.month);
    if (op === '-' && L.k === 'month' && R.k === 'month') return ir(T.int('months'));
    unitClash(env, verb, l, r, span);
    return err(span);
  }
  // multiplication
  if (L.k === 'money' && R.k === 'rate') return ir(T.money(L.period, true));
  if (L.k === 'rate' && R.k === 'money') return ir(T.money(R.period, true));
  if (L.k === 'money' && R.k === 'int' && R.unit === 'none') return ir(L);
  if (L.k === 'int' && L.unit === 'none' && R.k === 'money') return ir(R);
  if (L.k === 'rate' && R.k === 'rate') return ir(T.rate);
  if (L.k === 'rate' && R.k === 'int' && R.unit === 'none') return ir(T.rate);
  if (L.k === 'int' && L.unit === 'none' && R.k === 'rate') return ir(T.rate);
  if (L.k === 'int' && R.k === 'int' && (L.unit === 'none' || R.unit === 'none')) return ir(T.int(L.unit === 'none' ? R.unit : L.unit));
  unitClash(env, verbs.multiply, l, r, span);
  return err(span);
}

function checkDivision(env: ExprEnv, a: Expr, b: Expr, span: Span, left?: IrExpr): IrExpr {
  const l = left ?? checkExpr(env, a);
  if (b.kind !== 'NumberLiteral' || b.unit || b.text.includes('.') || b.text === '0') {
    if (b.kind !== 'NumberLiteral') checkExpr(env, b);
    env.sink.error(Diagnostics.NonConstantDivisor, b.span);
    return err(span);
  }
  if (l.ty.k === 'error') return err(span);
  const divisor = BigInt(b.text);
  if (l.ty.k === 'money') return { op: 'div', l, divisor, ty: T.money(l.ty.period, true), span };
  if (l.ty.k === 'rate') return { op: 'div', l, divisor, ty: T.rate, span };
  env.sink.error(Diagnostics.TypeMismatch, a.span, [text('an amount or a rate to divide', '可相除的金额或比例'), showL(l.ty)]);
  return err(span);
}

function checkCall(env: ExprEnv, fn: string, fnSpan: Span, args: readonly Expr[], span: Span, want: Ty | undefined): IrExpr {
  const { sink } = env;
  const arity = (n: number): boolean => {
    if (args.length === n) return true;
    sink.error(Diagnostics.WrongArity, span, [fn, n, args.length]);
    return false;
  };
  switch (fn) {
    case 'round': {
      if (!arity(1)) return err(span);
      const x = checkExpr(env, args[0]!);
      if (x.ty.k === 'error') return err(span);
      if (x.ty.k !== 'money') {
        sink.error(Diagnostics.TypeMismatch, x.span, ['unrounded money (an amount × a rate)', showL(x.ty)]);
        return err(span);
      }
      if (!x.ty.exact) {
        sink.error(Diagnostics.DoubleRounding, x.span, [], {
          fix: { message: text('remove this `round(…)`', '去掉此处的 `round(…)`'), edits: [] },
        });
        return err(span);
      }
      // a missing or unreadable `rounding` line is reported once, at the region; the region is not built
      const { mode, unit } = env.rounding ?? { mode: 'half_up', unit: 'fen' };
      return { op: 'round', e: x, mode, unit, ty: T.money(x.ty.period), span };
    }
    case 'min':
    case 'max': {
      if (args.length < 2) {
        sink.error(Diagnostics.WrongArity, span, [fn, '2 or more', args.length]);
        return err(span);
      }
      return sameTyped(env, fn, args, span, want);
    }
    case 'clamp': {
      if (!arity(3)) return err(span);
      const r = sameTyped(env, fn, args, span, want);
      if (r.op !== 'min' && r.op !== 'max') return r;
      const [x, lo, hi] = r.args as [IrExpr, IrExpr, IrExpr];
      // clamp(x, lo, hi) = min(max(x, lo), hi)
      return { op: 'min', args: [{ op: 'max', args: [x, lo], ty: r.ty, span }, hi], ty: r.ty, span };
    }
    case 'previous': {
      if (!arity(1)) return err(span);
      const a = args[0]!;
      if (a.kind !== 'NameRef') {
        checkExpr(env, a);
        sink.error(Diagnostics.PreviousNotState, a.span, [text('an expression', '表达式'), text('not a name', '不是名称')]);
        return err(span);
      }
      const ty = env.decls.get(a.name) ?? env.inputs.get(a.name);
      if (!ty) return checkName(env, a.name, a.span);
      if (!env.states?.has(a.name)) {
        const what = env.inputs.has(a.name) ? text('an input (declare a `state` that keeps it)', '输入（请声明保存它的 `state`）') : text('not a `state`', '不是 `state`');
        sink.error(Diagnostics.PreviousNotState, a.span, [a.name, what]);
        return err(span);
      }
      if (env.noPrevious) {
        sink.error(Diagnostics.PreviousNotAllowed, span, [env.noPrevious, text('the month\'s inputs and parameters', '当月输入和参数'), `\`previous(${a.name})\``]);
        return err(span);
      }
      env.prevReads?.add(a.name);
      return { op: 'prev', name: a.name, sym: env.symbols.get(a.name)!, ty, span };
    }
    case 'month_of_year': {
      if (!arity(1)) return err(span);
      const x = checkExpr(env, args[0]!);
      if (x.ty.k === 'error') return err(span);
      if (x.ty.k !== 'month') {
        sink.error(Diagnostics.TypeMismatch, x.span, [showL(T.month), showL(x.ty)]);
        return err(span);
      }
      return { op: 'month_of_year', e: x, ty: T.int('none'), span };
    }
    case 'this_month':
    case 'this_year': {
      // one period's flow as an amount: what a monthly credit adds to a balance, what an annual cap allows in total
      if (!arity(1)) return err(span);
      const x = checkExpr(env, args[0]!);
      if (x.ty.k === 'error') return err(span);
      const period = fn === 'this_month' ? 'month' : 'year';
      if (x.ty.k !== 'money' || x.ty.period !== period) {
        sink.error(Diagnostics.TypeMismatch, x.span, [showL(T.money(period)), showL(x.ty)]);
        return err(span);
      }
      return { op: 'scale', e: x, factor: 1n, divisor: 1n, ty: T.money('once', x.ty.exact), span };
    }
    case 'per_year':
    case 'per_month': {
      if (!arity(1)) return err(span);
      const x = checkExpr(env, args[0]!);
      if (x.ty.k === 'error') return err(span);
      const from = fn === 'per_year' ? 'month' : 'year';
      if (x.ty.k !== 'money' || x.ty.period !== from) {
        sink.error(Diagnostics.TypeMismatch, x.span, [showL(T.money(from)), showL(x.ty)]);
        return err(span);
      }
      return fn === 'per_year'
        ? { op: 'scale', e: x, factor: 12n, divisor: 1n, ty: T.money('year', x.ty.exact), span }
        : { op: 'scale', e: x, factor: 1n, divisor: 12n, ty: T.money('month', true), span };
    }
    default:
      sink.error(Diagnostics.NotCallable, fnSpan, [fn, builtins.join(', ')], didYouMean(suggest(fn, builtins)));
      args.forEach((a) => checkExpr(env, a));
      return err(span);
  }
}

function sameTyped(env: ExprEnv, fn: string, args: readonly Expr[], span: Span, want: Ty | undefined): IrExpr {
  const firstTyped = args.find((a) => !isBareNumber(a));
  const anchor = firstTyped ? checkExpr(env, firstTyped) : undefined;
  const ty = anchor?.ty ?? want;
  const checked = args.map((a) => (a === firstTyped ? anchor! : checkExpr(env, a, ty)));
  const t0 = checked[0]!.ty;
  for (const c of checked) {
    if (c.ty.k === 'error') return err(span);
    if (!sameType(c.ty, t0, true)) {
      unitClash(env, verbs.minmax(fn), checked[0]!, c, span);
      return err(span);
    }
    if (isExact(c.ty)) {
      env.sink.error(Diagnostics.MustRound, c.span, [thisProduct]);
      return err(span);
    }
    if (c.ty.k !== 'money' && c.ty.k !== 'rate' && c.ty.k !== 'int' && c.ty.k !== 'month') {
      env.sink.error(Diagnostics.TypeMismatch, c.span, ['a number, amount or month', showL(c.ty)]);
      return err(span);
    }
  }
  return { op: fn === 'min' || fn === 'clamp' ? 'min' : 'max', args: checked, ty: t0, span };
}
