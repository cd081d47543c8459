/**
 * Checking the non-values written as values: `unresolved "…"` and ranges
 * (`4.5% to 5.4%` as a value, `expect credit in 270.00 to 324.00` in a test).
 * What a range means for the declarations that read it is src/check/ranges.ts.
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { CaseValue, Expr, RangeLiteral } from '../syntax/ast.js';
import type { Const, Expected, IrExpr, IrValue } from '../ir/ir.js';
import * as Q from '../ir/rational.js';
import { showL, type Ty } from '../ir/types.js';
import { formatFen } from '../runtime/money.js';

/** A type a range can have: amounts, rates and whole numbers are ordered and computed with. */
export const rangeable = (ty: Ty): boolean => ty.k === 'money' || ty.k === 'rate' || ty.k === 'int';

/** A constant as the author writes it: money in yuan, rates in percent. */
export function constText(q: Q.Rational, ty: Ty): string {
  if (ty.k === 'rate') return Q.percentText(q);
  if (ty.k === 'money' && Q.isInteger(q)) return formatFen(Number(q.num));
  return Q.ratToString(q);
}

/** The number an expression is when it is a constant (`5.4%`, `-3`), else undefined. */
function constNum(e: IrExpr): Q.Rational | undefined {
  if (e.op === 'const') return e.value.k === 'num' ? e.value.value : undefined;
  if (e.op === 'neg') {
    const v = constNum(e.e);
    return v && Q.neg(v);
  }
  return undefined;
}

/** `unresolved "…"` or `low to high` as the value of a declaration or case. */
export function checkNonValue(v: Extract<CaseValue, { kind: 'Unresolved' | 'Range' }>, ty: Ty, sink: DiagnosticSink, bound: (e: Expr) => IrExpr): IrValue {
  if (v.kind === 'Unresolved') {
    if (!v.reason.trim()) sink.error(Diagnostics.EmptyUnresolved, v.span, []);
    return { kind: 'unresolved', reason: v.reason, span: v.span };
  }
  const lo = bound(v.low);
  const hi = bound(v.high);
  if (ty.k === 'error') return { kind: 'unspecified', span: v.span };
  if (!rangeable(ty)) {
    sink.error(Diagnostics.RangeNotAllowed, v.span, [text(`this is ${showL(ty).en}, a whole value with no amounts between: a range needs money, a rate or a number`, `此处是${showL(ty).zh}，是整体取值，没有中间量：区间需要金额、比例或数值`)]);
    return { kind: 'unspecified', span: v.span };
  }
  const [a, b] = [constNum(lo), constNum(hi)];
  if (lo.ty.k === 'error' || hi.ty.k === 'error') return { kind: 'unspecified', span: v.span };
  if (!a || !b) {
    sink.error(Diagnostics.RangeNotAllowed, (a ? v.high : v.low).span, [text('its bounds are the constants the source gives (`4.5% to 5.4%`), not computed values', '其上下界应为来源给出的常量（`4.5% to 5.4%`），而不是计算值')]);
    return { kind: 'unspecified', span: v.span };
  }
  if (Q.cmp(a, b) > 0) {
    sink.error(Diagnostics.RangeReversed, v.span, [constText(a, ty), constText(b, ty)]);
    return { kind: 'unspecified', span: v.span };
  }
  return { kind: 'range', lo, hi, span: v.span };
}

/** `expect name in low to high`: the exact range expected. */
export function checkRangeExpectation(name: string, r: RangeLiteral, ty: Ty, sink: DiagnosticSink, literal: (l: RangeLiteral['low']) => Const | undefined): Expected | undefined {
  if (ty.k === 'error') return undefined;
  if (!rangeable(ty)) {
    sink.error(Diagnostics.BadRangeExpectation, r.span, [name, text(`\`${name}\` is ${showL(ty).en}, which is never a range`, `\`${name}\` 是${showL(ty).zh}，不会是区间`)]);
    return undefined;
  }
  const [low, high] = [literal(r.low), literal(r.high)];
  if (!low || !high || low.k !== 'num' || high.k !== 'num') return undefined;
  const c = Q.cmp(low.value, high.value);
  if (c >= 0) {
    const why =
      c === 0
        ? text(`both bounds are ${constText(low.value, ty)}: a single value is expected with \`expect ${name} = …\``, `上下界都是 ${constText(low.value, ty)}：单一取值请写 \`expect ${name} = …\``)
        : text(`the lower bound comes first: ${constText(low.value, ty)} > ${constText(high.value, ty)}`, `下界应在前：${constText(low.value, ty)} > ${constText(high.value, ty)}`);
    sink.error(Diagnostics.BadRangeExpectation, r.span, [name, why]);
    return undefined;
  }
  return { k: 'range', low, high };
}
