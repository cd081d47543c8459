/**
 * Ranges: `parameter retiree_ratio: rate = 4.5% to 5.4%` is ONE value
 * somewhere in the range, which the source does not give (T13, F049).
 *
 * Semantics, by evaluation at the ends where monotonicity is PROVEN:
 * every declaration that depends on a range (its *cone*) gets two twins,
 * `name_low_end` and `name_high_end`, computed with the range at its low and
 * at its high end. This pass proves that each declaration of the cone moves
 * one way (never both) as the range's value moves through it, for every
 * fixed input; then its true value lies between its two twins, and the
 * declaration itself becomes `range(twin_low, twin_high)`: equal ends are
 * an ordinary value, otherwise reading it fails with kind `range` and the
 * exact bounds (min and max of the ends). Rounding is monotone, so each end
 * is rounded as the policy declares, and the bounds are never narrower
 * than the truth.
 *
 * What cannot be proven is a compile error (PD5006): a condition that reads a
 * value of the cone (which side of it the unknown value falls on is not
 * given), a product of two values of the cone, a value moving up through one
 * term and down through another (cases of one declaration may move in
 * opposite directions: one of them applies to each input). A declaration may depend on one range only
 * (PD2034), and a state, carried whole from month to month, on none (PD2032).
 * Runs after coverage and numeric analysis, which read the range's two ends
 * as two values of the declaration.
 */
import { Diagnostics, text, type DiagnosticSink, type LocalText } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { IrBody, IrDecl, IrExpr, IrRegion, IrSymbol, IrValue, SymbolId } from '../ir/ir.js';
import { dispatch, mapChildren, readsOfExpr, walkBody, type ExprHandlers } from '../ir/visit.js';
import { Numeric } from '../analysis/numeric.js';
import { camelOfKey, tsNameKey } from './names.js';

/**
 * How a value moves as the range's value rises: not at all, up, down, one way for each input but
 * up for some inputs and down for others (`M`: cases that move in opposite directions), or not
 * provably one way.
 */
type Sign = 0 | 1 | -1 | 'M' | '?';

/** Two terms of one expression: they must move the same way for every input. */
const join = (a: Sign, b: Sign): Sign => (a === 0 ? b : b === 0 ? a : a === b && a !== 'M' ? a : '?');
/** Two cases of one declaration: one of them applies to each input. */
const either = (a: Sign, b: Sign): Sign => (a === 0 ? b : b === 0 ? a : a === b ? a : a === '?' || b === '?' ? '?' : 'M');
const flip = (a: Sign): Sign => (a === 1 ? -1 : a === -1 ? 1 : a);
const times = (a: Sign, k: -1 | 0 | 1 | '?'): Sign => (a === 0 || k === 0 ? 0 : a === '?' || k === '?' ? '?' : a === 'M' ? 'M' : a === k ? 1 : -1);

export const LOW_END = '_low_end';
export const HIGH_END = '_high_end';

const hasRange = (b: IrBody): boolean => (b.kind === 'value' ? b.value.kind === 'range' : b.cases.some((c) => hasRange(c.body)));

/** The region with every range lowered to twins at its two ends (unchanged when it has none). */
export function lowerRanges(r: IrRegion, sink: DiagnosticSink): IrRegion {
  if (!r.decls.some((d) => hasRange(d.body))) return r;
  const nameSpan = (d: IrDecl): Span => r.symbols[d.sym]?.span ?? d.span;
  let ok = true;

  // the cone: which range each declaration depends on (declarations come after what they read)
  const sourceOf = new Map<string, string>();
  for (const d of r.decls) {
    const found = new Set<string>();
    if (hasRange(d.body)) found.add(d.name);
    for (const n of [...d.reads, ...d.prevReads]) {
      const s = sourceOf.get(n);
      if (s) found.add(s);
    }
    if (found.size === 0) continue;
    const [a, b] = [...found];
    if (b !== undefined) {
      ok = false;
      sink.error(Diagnostics.RangeTwoSources, nameSpan(d), [d.name, a!, b]);
      continue;
    }
    sourceOf.set(d.name, a!);
    if (d.declKind === 'state') {
      ok = false;
      sink.error(Diagnostics.RangeNotAllowed, nameSpan(d), [text(`\`${d.name}\` is a state, carried whole from month to month, but depends on the range \`${a}\``, `\`${d.name}\` 是逐月整体结转的 state，却依赖区间 \`${a}\``)]);
    }
  }
  const cone = (n: string): boolean => sourceOf.has(n);
  // the twins' names must be free
  const taken = new Map(r.symbols.map((x) => [tsNameKey(x.name), x]));
  for (const n of sourceOf.keys()) {
    for (const suffix of [LOW_END, HIGH_END]) {
      const key = tsNameKey(n + suffix);
      const other = taken.get(key);
      if (!other) continue;
      ok = false;
      const end = suffix === LOW_END ? ['low', '下'] : ['high', '上'];
      sink.error(Diagnostics.NameClash, other.span, [other.name, n + suffix, camelOfKey(key)], {
        notes: [text(`\`${n + suffix}\` is the value of \`${n}\` at the ${end[0]} end of its range, which the compiler declares`, `\`${n + suffix}\` 是编译器声明的 \`${n}\` 在区间${end[1]}端的取值`)],
      });
    }
  }

  // the proof: no condition reads the cone, and each value moves one way
  const num = new Numeric(r);
  const signs = new Map<string, Sign>();
  for (const d of r.decls) {
    if (!cone(d.name) || d.declKind === 'state') continue;
    const src = sourceOf.get(d.name)!;
    // reported here already, or follows from a declaration it reads that was
    let reported = [...d.reads].some((n) => signs.get(n) === '?');
    walkBody(d.body, {
      cond: (e, c) => {
        const read = [...readsOfExpr(e)].find(cone);
        if (!read) return;
        ok = false;
        reported = true;
        const why = text(
          `the condition \`${c.label}\` reads \`${read}\`, which lies in a range: on which side of the condition the unknown value falls is not given (compute the condition from values outside the range)`,
          `条件 \`${c.label}\` 读取了处于区间中的 \`${read}\`：来源未给出这个未知值落在条件的哪一侧（请用区间之外的值计算条件）`,
        );
        sink.error(Diagnostics.RangeNotMonotone, c.span, [d.name, src, why]);
      },
    });
    const acc: { sign: Sign } = { sign: 0 };
    const leaf = (v: IrValue): void => {
      if (v.kind === 'range') acc.sign = either(acc.sign, 1);
      if (v.kind !== 'expr') return;
      const blame: { at?: IrExpr; why?: LocalText } = {};
      const s = signOf(v.e, signs, num, blame);
      if (s === '?' && blame.at && !reported) {
        ok = false;
        reported = true;
        sink.error(Diagnostics.RangeNotMonotone, blame.at.span, [d.name, src, blame.why!]);
      }
      acc.sign = either(acc.sign, s);
    };
    visitLeaves(d.body, leaf);
    signs.set(d.name, acc.sign);
  }
  if (!ok) return r;
  return twin(r, cone);
}

function visitLeaves(b: IrBody, f: (v: IrValue) => void): void {
  if (b.kind === 'value') return f(b.value);
  for (const c of b.cases) visitLeaves(c.body, f);
}

/** How `e` moves as the range rises; the first sub-expression that cannot be proven is blamed. */
function signOf(e: IrExpr, signs: ReadonlyMap<string, Sign>, num: Numeric, blame: { at?: IrExpr; why?: LocalText }): Sign {
  const s = (x: IrExpr): Sign => signOf(x, signs, num, blame);
  const unknown = (x: IrExpr, why: LocalText): Sign => {
    if (!blame.at) Object.assign(blame, { at: x, why });
    return '?';
  };
  /** the sign of a value that does not move: +1 when never negative, −1 when never positive */
  const valueSign = (x: IrExpr): -1 | 0 | 1 | '?' => {
    const n = num.of(x);
    return n.lo === 0n && n.hi === 0n ? 0 : n.lo >= 0n ? 1 : n.hi <= 0n ? -1 : '?';
  };
  const opposite = text('it rises through one term and falls through another, so its ends are not its bounds', '它随一项上升、随另一项下降，两端不是其上下界');
  const opposite2 = text('it reads a value whose cases move in opposite directions as the range rises, together with another value in the range', '它同时读取了随区间上升而各情形方向相反的值和另一个区间中的值');
  const joined = (x: IrExpr, a: Sign, b: Sign): Sign => {
    const j = join(a, b);
    return j === '?' && a !== '?' && b !== '?' ? unknown(x, a === 'M' || b === 'M' ? opposite2 : opposite) : j;
  };
  const logic = (x: IrExpr, kids: readonly IrExpr[]): Sign =>
    kids.map(s).some((k) => k !== 0) ? unknown(x, text('a comparison or condition on a value in a range is not decided by its ends', '对区间中的值的比较或条件无法由两端决定')) : 0;
  const h: ExprHandlers<Sign> = {
    const: () => 0,
    input: () => 0,
    ref: (x) => signs.get(x.name) ?? 0,
    prev: (x) => signs.get(x.name) ?? 0,
    add: (x) => joined(x, s(x.l), s(x.r)),
    sub: (x) => joined(x, s(x.l), flip(s(x.r))),
    neg: (x) => flip(s(x.e)),
    mul: (x) => {
      const [l, r] = [s(x.l), s(x.r)];
      if (l === '?' || r === '?') return '?';
      if (l !== 0 && r !== 0) return unknown(x, text('both factors lie in the range, so the product need not move one way', '两个因子都在区间中，乘积未必单调'));
      const [moving, fixed] = l !== 0 ? [l, x.r] : [r, x.l];
      const k = valueSign(fixed);
      return k === '?' ? unknown(fixed, text('this factor may be negative or positive, so the product may move either way', '该因子可正可负，乘积方向不定')) : times(moving, k);
    },
    div: (x) => times(s(x.l), x.divisor > 0n ? 1 : -1),
    scale: (x) => times(s(x.e), x.factor === 0n ? 0 : (x.factor > 0n) === (x.divisor > 0n) ? 1 : -1),
    round: (x) => s(x.e),
    min: (x) => x.args.map(s).reduce<Sign>((a, b) => (a === '?' || b === '?' ? '?' : joined(x, a, b)), 0),
    max: (x) => x.args.map(s).reduce<Sign>((a, b) => (a === '?' || b === '?' ? '?' : joined(x, a, b)), 0),
    cmp: (x) => logic(x, [x.l, x.r]),
    and: (x) => logic(x, x.args),
    or: (x) => logic(x, x.args),
    not: (x) => logic(x, [x.e]),
    is: (x) => logic(x, [x.e]),
    month_of_year: (x) => logic(x, [x.e]),
    member: (x) => logic(x, [x.e, x.set]),
    // an item's field is an input; a per-item define is judged by the aggregate that reads it (its `reads`)
    field: () => 0,
    item: () => 0,
    agg: (x) =>
      x.reads.some((n) => (signs.get(n) ?? 0) !== 0) || [x.of, x.where].some((k) => k !== undefined && s(k) !== 0)
        ? unknown(x, text('an aggregate over a list reads a value in a range; its bounds are not computed at the range\'s ends', '对列表的聚合读取了区间中的值；其上下界不按区间两端计算'))
        : 0,
  };
  return dispatch(e, h);
}

/** Each declaration of the cone → its twins at the two ends, then itself as the range between them. */
function twin(r: IrRegion, cone: (n: string) => boolean): IrRegion {
  const symbols: IrSymbol[] = [...r.symbols];
  const syms = new Map<string, SymbolId>();
  const decls: IrDecl[] = [];
  const ref = (name: string, d: IrDecl, span: Span): IrExpr => ({ op: 'ref', name, sym: syms.get(name)!, ty: d.ty, span });
  for (const d of r.decls) {
    if (!cone(d.name)) {
      decls.push(d);
      continue;
    }
    for (const [end, suffix] of [['lo', LOW_END], ['hi', HIGH_END]] as const) {
      const name = d.name + suffix;
      const sym = symbols.length as SymbolId;
      syms.set(name, sym);
      symbols.push({ id: sym, name, kind: d.declKind === 'parameter' ? 'parameter' : 'define', ty: d.ty, span: symbols[d.sym]?.span ?? d.span });
      const rename = (e: IrExpr): IrExpr => {
        if (e.op === 'ref' && cone(e.name)) return { ...e, name: e.name + suffix, sym: syms.get(e.name + suffix)! };
        return mapChildren(e, rename);
      };
      const body = mapBody(d.body, (v) => (v.kind === 'range' ? { kind: 'expr', e: rename(v[end]) } : v.kind === 'expr' ? { kind: 'expr', e: rename(v.e) } : v));
      decls.push({
        ...d,
        name,
        sym,
        declKind: d.declKind === 'parameter' ? 'parameter' : 'define',
        body,
        reads: d.reads.map((n) => (cone(n) ? n + suffix : n)),
      });
    }
    const lo = d.name + LOW_END;
    const hi = d.name + HIGH_END;
    // a leaf that reads the cone (or is the range itself) is the range between the twins' values
    const body = mapBody(d.body, (v) => {
      if (v.kind !== 'range' && (v.kind !== 'expr' || ![...readsOfExpr(v.e)].some(cone))) return v;
      const span = v.kind === 'range' ? v.span : v.e.span;
      return { kind: 'range', lo: ref(lo, d, span), hi: ref(hi, d, span), span };
    });
    decls.push({ ...d, body, reads: [...d.reads.filter((n) => !cone(n)), lo, hi] });
  }
  return { ...r, decls, symbols };
}

function mapBody(b: IrBody, f: (v: IrValue) => IrValue): IrBody {
  if (b.kind === 'value') return { kind: 'value', value: f(b.value) };
  return { kind: 'cases', cases: b.cases.map((c) => ({ ...c, body: mapBody(c.body, f) })) };
}
