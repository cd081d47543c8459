/**
 * Numeric analysis: denominators and proven ranges (a check pass).
 *
 * Every numeric value is represented by back ends as an integer numerator
 * over a denominator fixed at compile time (`den`): fen for rounded money,
 * 1000 for `base × 2.3%` (base·23 / 1000). `lo..hi` is a proven range of the
 * numerator, by interval analysis from the declared input domains. A value
 * whose numerator may leave ±(2^53 − 1) cannot be computed exactly on
 * JavaScript numbers (nor in a SQL BIGINT scale): that is PD3008, reported by
 * `policyc check` — every back end can then rely on these facts.
 *
 * Results are a side table keyed by IR node; nodes made later (specialised
 * conditions) are analysed on demand from their children.
 */
import { Diagnostics, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import { constOf, setMask } from '../ir/consts.js';
import type { IrDecl, IrExpr, IrInput, IrItemDecl, IrNode, IrRegion } from '../ir/ir.js';
import { gcd } from '../ir/rational.js';
import { dispatch, foldExpr, walkBody, type ExprHandlers } from '../ir/visit.js';
import { OPEN_END } from '@policyc/runtime';
import { rateScale } from './rate-scale.js';

export interface Range {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** A value's fixed denominator and the proven range of its numerator. */
export interface Num extends Range {
  readonly den: bigint;
}

/** What is known of a declaration's value. */
export interface DeclNum extends Num {
  /** a parameter with one constant value (back ends emit it as a constant) */
  readonly constant: boolean;
}

export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const ZERO: Num = { den: 1n, lo: 0n, hi: 0n };

export const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;
const min = (...xs: bigint[]): bigint => xs.reduce((a, b) => (b < a ? b : a));
const max = (...xs: bigint[]): bigint => xs.reduce((a, b) => (b > a ? b : a));
export const magnitude = (r: Range): bigint => max(r.lo < 0n ? -r.lo : r.lo, r.hi < 0n ? -r.hi : r.hi);
/** The union of two ranges. */
export const hull = (a: Range, b: Range): Range => ({ lo: min(a.lo, b.lo), hi: max(a.hi, b.hi) });
/** `n` rescaled to denominator `to` (a multiple of its own). */
export const rescale = (n: Num, to: bigint): Num => (n.den === to ? n : { den: to, lo: (n.lo * to) / n.den, hi: (n.hi * to) / n.den });
/** A conservative range of `x / d` rounded to an integer in any mode. */
export const roundedRange = (x: Range, d: bigint): Range => ({ lo: x.lo >= 0n ? x.lo / d : x.lo / d - 1n, hi: x.hi / d + 1n });

export class Numeric {
  private readonly table = new WeakMap<IrExpr, Num>();
  private readonly decls = new Map<string, DeclNum>();
  private readonly items = new Map<string, DeclNum>();
  private readonly itemDecls: ReadonlyMap<string, IrItemDecl>;
  private readonly sink: DiagnosticSink | undefined;
  private readonly inputs = new Map<string, Num>();
  private readonly handlers: ExprHandlers<Num>;
  private readonly byName: ReadonlyMap<string, IrDecl>;

  /** Analyses every declaration of `r`; overflow is reported to `sink` (PD3008) once, at the innermost value. */
  constructor(
    readonly r: IrRegion,
    sink?: DiagnosticSink,
  ) {
    this.byName = new Map(r.decls.map((d) => [d.name, d]));
    for (const i of r.inputs) this.inputs.set(i.name, inputNum(i, r));
    this.handlers = this.makeHandlers();
    // per-item defines when an aggregate first reads them (after the region-level values they read), or here
    this.itemDecls = new Map((r.items ?? []).map((d) => [d.name, d]));
    this.sink = sink;
    for (const d of r.decls) this.decls.set(d.name, this.analyseDecl(d, sink));
    for (const d of r.items ?? []) this.item(d.name);
  }

  /** Denominator and range of any expression of the region (or one derived from it). */
  of(e: IrExpr): Num {
    const hit = this.table.get(e);
    if (hit) return hit;
    return foldExpr<Num>(e, (x) => {
      let n = this.table.get(x);
      if (!n) this.table.set(x, (n = dispatch(x, this.handlers)));
      return n;
    });
  }

  /** What is known of a declaration's value (every case scaled to one denominator). */
  decl(name: string): DeclNum {
    return this.decls.get(name)!;
  }

  /** Numerator range of an input (integer units: fen, years, month index; enums and booleans 0). */
  input(name: string): Num {
    return this.inputs.get(name) ?? ZERO;
  }

  /** What is known of a per-item define's value (any item). */
  item(name: string): DeclNum {
    let n = this.items.get(name);
    if (n) return n;
    // a cycle among per-item defines is reported by the checker (PD2011); meanwhile it is unbounded here
    this.items.set(name, { den: 1n, lo: -MAX_SAFE, hi: MAX_SAFE, constant: false });
    this.items.set(name, (n = this.analyseDecl(this.itemDecls.get(name)!, this.sink)));
    return n;
  }

  private analyseDecl(d: IrDecl | IrItemDecl, sink: DiagnosticSink | undefined): DeclNum {
    if (!('declKind' in d)) return this.analyseBody(d.body, undefined, sink);
    const isConst = d.declKind === 'parameter' && d.body.kind === 'value' && d.body.value.kind === 'expr' && constOf({ op: 'ref', name: d.name, sym: d.sym, ty: d.ty, span: d.span }, this.byName) !== undefined;
    if (isConst && d.body.kind === 'value' && d.body.value.kind === 'expr') return { ...this.of(d.body.value.e), constant: true };
    return this.analyseBody(d.body, d.initially, sink);
  }

  private analyseBody(body: IrDecl['body'], initially: IrExpr | undefined, sink: DiagnosticSink | undefined): DeclNum {
    const leaves: Num[] = [];
    const check = (e: IrExpr): Num => {
      const n = this.of(e);
      if (sink) this.reportOverflow(e, sink);
      return n;
    };
    walkBody(body, { cond: (e) => void check(e), value: (e) => void leaves.push(check(e)) });
    if (initially) leaves.push(check(initially));
    const den = leaves.reduce((a, l) => lcm(a, l.den), 1n);
    const scaled = leaves.map((l) => rescale(l, den));
    const range = scaled.length ? scaled.reduce<Range>((a, l) => hull(a, l), scaled[0]!) : { lo: 0n, hi: 0n };
    return { den, ...range, constant: false };
  }

  /** PD3008 at the innermost sub-expressions whose numerator may leave the exact range. */
  private reportOverflow(e: IrExpr, sink: DiagnosticSink): void {
    foldExpr<boolean>(e, (x, kids) => {
      if (kids.some((k) => k)) return true; // reported below
      const m = magnitude(this.of(x));
      if (m <= MAX_SAFE) return false;
      sink.error(Diagnostics.RangeTooLarge, x.span, [m.toString(), 'the inputs it reads']);
      return true;
    });
  }

  /** Numerator range of a field of a list's items (integer units; enums and booleans 0). */
  private fieldNum(list: string, field: string): Num {
    const i = this.r.inputs.find((x) => x.name === list);
    const f = i?.ty.k === 'list' ? i.ty.record.fields.find((x) => x.name === field) : undefined;
    if (!f?.low || !f.high) return ZERO;
    return { den: 1n, lo: f.low.num / f.low.den, hi: f.high.num / f.high.den };
  }

  private makeHandlers(): ExprHandlers<Num> {
    const get = (x: IrExpr): Num => this.table.get(x) ?? this.of(x);
    const atom = (n: Num): Num => n;
    const addSub = (x: IrNode<'add' | 'sub'>): Num => {
      const l = get(x.l);
      const r = get(x.r);
      const den = lcm(l.den, r.den);
      const L = rescale(l, den);
      const R = rescale(r, den);
      return x.op === 'add' ? { den, lo: L.lo + R.lo, hi: L.hi + R.hi } : { den, lo: L.lo - R.hi, hi: L.hi - R.lo };
    };
    const minMax = (x: IrNode<'min' | 'max'>): Num => {
      const xs = x.args.map(get);
      const den = xs.reduce((a, n) => lcm(a, n.den), 1n);
      const s = xs.map((n) => rescale(n, den));
      const pick = x.op === 'min' ? min : max;
      return { den, lo: pick(...s.map((n) => n.lo)), hi: pick(...s.map((n) => n.hi)) };
    };
    const truth = (): Num => ZERO;
    return {
      const: (x) => {
        const v = x.value;
        if (v.k === 'num') return { den: v.value.den, lo: v.value.num, hi: v.value.num };
        if (v.k === 'month') return { den: 1n, lo: BigInt(v.value), hi: BigInt(v.value) };
        // a set is its bitmask (bit i: the list's i-th member)
        if (v.k === 'set' && x.ty.k === 'set') {
          const mask = BigInt(setMask(x.ty.of.members, v.members));
          return { den: 1n, lo: mask, hi: mask };
        }
        return ZERO;
      },
      input: (x) => atom(this.input(x.name)),
      ref: (x) => {
        const d = this.decls.get(x.name);
        return d ? { den: d.den, lo: d.lo, hi: d.hi } : { den: 1n, lo: -MAX_SAFE, hi: MAX_SAFE };
      },
      // a state is stored whole (fen, a count, a month), checked against its declared domain every month
      prev: (x) => {
        const d = this.byName.get(x.name);
        if (d?.ty.k === 'month') return { den: 1n, lo: BigInt(this.r.horizon.start), hi: BigInt(OPEN_END) };
        if (!d?.low || !d.high) return ZERO;
        return { den: 1n, lo: d.low.num / d.low.den, hi: d.high.num / d.high.den };
      },
      month_of_year: () => ({ den: 1n, lo: 1n, hi: 12n }),
      add: addSub,
      sub: addSub,
      mul: (x) => {
        const l = get(x.l);
        const r = get(x.r);
        const ps = [l.lo * r.lo, l.lo * r.hi, l.hi * r.lo, l.hi * r.hi];
        return { den: l.den * r.den, lo: min(...ps), hi: max(...ps) };
      },
      div: (x) => {
        const l = get(x.l);
        return { ...l, den: l.den * x.divisor };
      },
      scale: (x) => {
        const n = get(x.e);
        return { den: n.den * x.divisor, lo: n.lo * x.factor, hi: n.hi * x.factor };
      },
      neg: (x) => {
        const n = get(x.e);
        return { den: n.den, lo: -n.hi, hi: -n.lo };
      },
      round: (x) => {
        const n = get(x.e);
        const unit = x.unit === 'yuan' ? 100n : 1n;
        const d = n.den * unit;
        if (d === 1n) return n;
        const q = roundedRange(n, d);
        return { den: 1n, lo: q.lo * unit, hi: q.hi * unit };
      },
      min: minMax,
      max: minMax,
      field: (x) => this.fieldNum(x.list, x.field),
      item: (x) => {
        const d = this.itemDecls.has(x.name) ? this.item(x.name) : undefined;
        return d ? { den: d.den, lo: d.lo, hi: d.hi } : { den: 1n, lo: -MAX_SAFE, hi: MAX_SAFE };
      },
      agg: (x) => {
        if (x.fn === 'all' || x.fn === 'any') return ZERO;
        const len = this.inputs.get(x.list.op === 'input' ? x.list.name : '') ?? ZERO;
        if (x.fn === 'count') return { den: 1n, lo: 0n, hi: len.hi };
        // a sum of between `len.lo` and `len.hi` items (fewer where `where` skips some), each in `of`'s range
        const e = get(x.of!);
        const minN = x.where ? 0n : len.lo;
        return { den: e.den, lo: e.lo >= 0n ? e.lo * minN : e.lo * len.hi, hi: e.hi >= 0n ? e.hi * len.hi : e.hi * minN };
      },
      cmp: truth,
      and: truth,
      or: truth,
      not: truth,
      is: truth,
      member: truth,
    };
  }
}

function inputNum(i: IrInput, r: IrRegion): Num {
  // a list input: the range of its length
  if (i.ty.k === 'list') return { den: 1n, lo: i.low ? i.low.num / i.low.den : 0n, hi: i.high ? i.high.num / i.high.den : 0n };
  if (i.ty.k === 'month') return { den: 1n, lo: BigInt(r.horizon.start), hi: BigInt(OPEN_END) };
  if (!i.low || !i.high) return ZERO;
  // a rate input is held as a numerator over its fixed scale (src/analysis/rate-scale.ts)
  if (i.ty.k === 'rate') {
    const d = rateScale(i);
    return { den: d, lo: (i.low.num * d) / i.low.den, hi: (i.high.num * d) / i.high.den };
  }
  return { den: 1n, lo: i.low.num / i.low.den, hi: i.high.num / i.high.den };
}

/** The check pass: PD3008 wherever a value may leave the exact range. */
const analysed = new WeakMap<IrRegion, Numeric>();

export function checkNumeric(r: IrRegion, sink: DiagnosticSink): Numeric {
  const n = new Numeric(r, sink);
  analysed.set(r, n);
  return n;
}

/** The region's analysis: the check pass's, or (for a region that did not go through it) a new one that reports nothing. */
export function numericOf(r: IrRegion): Numeric {
  let n = analysed.get(r);
  if (!n) analysed.set(r, (n = new Numeric(r)));
  return n;
}
