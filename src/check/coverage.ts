/**
 * Time, band and condition coverage (FACTS I15). For every case list the
 * checker proves that, within the enclosing cases, exactly one case applies
 * to every input in the declared domains — or reports a witness: the months,
 * ages, statuses or amounts where no case or two cases apply.
 */
import { Diagnostics, text, type DiagnosticSink, type LocalText } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { formatFen, formatMonth, OPEN_END } from '@policyc/runtime';
import { constOf } from '../ir/consts.js';
import { intersectAll, intersectingPairs, subtractAll, subtractMany, type Box } from './boxes.js';
import type { Const, IrCase, IrDecl, IrExpr, IrRegion } from '../ir/ir.js';
import { forEachBodyExpr, forEachExpr } from '../ir/visit.js';
import { checkItemCoverage } from './item-coverage.js';


interface Dim {
  readonly name: string;
  readonly kind: 'enum' | 'int' | 'month' | 'money' | 'bool';
  readonly members?: readonly string[];
  /** a boolean or list-valued declaration rather than an input */
  readonly decl?: boolean;
  /** `previous(state)`: the state's value in the month before, over its declared domain */
  readonly prev?: boolean;
  /** `m.category`: a field of the current item of a list (per-item defines; src/check/item-coverage.ts) */
  readonly field?: boolean;
}

export interface Space {
  readonly dims: readonly Dim[];
  readonly full: Box;
}

export function inputSpace(r: IrRegion): Space {
  const dims: Dim[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  for (const i of r.inputs) {
    if (i.ty.k === 'enum') {
      dims.push({ name: i.name, kind: 'enum', members: i.ty.members });
      lo.push(0);
      hi.push(i.ty.members.length - 1);
    } else if (i.ty.k === 'bool') {
      dims.push({ name: i.name, kind: 'bool' }); // false = 0, true = 1
      lo.push(0);
      hi.push(1);
    } else if (i.ty.k === 'month') {
      dims.push({ name: i.name, kind: 'month' });
      lo.push(r.horizon.start);
      hi.push(i.name === r.monthInput ? (r.horizon.end ?? OPEN_END) : OPEN_END);
    } else if ((i.ty.k === 'int' || i.ty.k === 'money') && i.low && i.high) {
      dims.push({ name: i.name, kind: i.ty.k });
      lo.push(Math.ceil(Number(i.low.num) / Number(i.low.den)));
      hi.push(Math.floor(Number(i.high.num) / Number(i.high.den)));
    }
  }
  // Boolean and list-valued declarations are dimensions too: `when eligible = true` / `when eligible = false`.
  // They are functions of the inputs, so this space over-approximates: a proof over it still holds, and a
  // reported gap or overlap may only name a combination the inputs cannot produce.
  for (const d of r.decls) {
    if (d.ty.k === 'bool') {
      dims.push({ name: d.name, kind: 'bool', decl: true });
      lo.push(0);
      hi.push(1);
    } else if (d.ty.k === 'enum') {
      dims.push({ name: d.name, kind: 'enum', members: d.ty.members, decl: true });
      lo.push(0);
      hi.push(d.ty.members.length - 1);
    }
  }
  // membership in a set whose value is dated is a free true/false dimension (over-approximating, like a declaration)
  const atoms = new Set<string>();
  const byName = new Map(r.decls.map((y) => [y.name, y]));
  for (const d of r.decls) {
    forEachBodyExpr(d.body, (x) =>
      forEachExpr(x, (m) => {
        if (m.op === 'member' && !constOf(m.set, byName)) atoms.add(memberKey(m));
      }),
    );
  }
  for (const name of atoms) {
    dims.push({ name, kind: 'bool', decl: true });
    lo.push(0);
    hi.push(1);
  }
  // `previous(s)` of a state is a dimension over the state's declared domain (the month before is free)
  for (const d of r.decls) {
    if (d.declKind !== 'state') continue;
    const name = `previous(${d.name})`;
    if (d.ty.k === 'bool') {
      dims.push({ name, kind: 'bool', prev: true });
      lo.push(0);
      hi.push(1);
    } else if (d.ty.k === 'enum') {
      dims.push({ name, kind: 'enum', members: d.ty.members, prev: true });
      lo.push(0);
      hi.push(d.ty.members.length - 1);
    } else if ((d.ty.k === 'int' || d.ty.k === 'money') && d.low && d.high) {
      dims.push({ name, kind: d.ty.k, prev: true });
      lo.push(Math.ceil(Number(d.low.num) / Number(d.low.den)));
      hi.push(Math.floor(Number(d.high.num) / Number(d.high.den)));
    }
  }
  return { dims, full: { lo, hi } };
}


/** The name of a membership test as a coverage dimension: `relation in close_relatives`. */
function memberKey(e: IrExpr & { op: 'member' }): string {
  const x = e.e.op === 'input' || e.e.op === 'ref' ? e.e.name : e.e.op === 'prev' ? `previous(${e.e.name})` : e.e.op === 'const' && e.e.value.k === 'enum' ? e.e.value.value : '…';
  return `${x} in ${e.set.op === 'ref' ? e.set.name : '{…}'}`;
}

function bound(c: Const): number | undefined {
  if (c.k === 'month') return c.value;
  if (c.k === 'num') return Number(c.value.num) / Number(c.value.den);
  return undefined;
}

export class Analyzer {
  constructor(
    readonly space: Space,
    private readonly decls: ReadonlyMap<string, IrDecl>,
    readonly horizon: { readonly start: number; readonly end: number | undefined },
    readonly region: string,
    readonly monthInput: string | undefined,
  ) {}

  get declMap(): ReadonlyMap<string, IrDecl> {
    return this.decls;
  }

  private dimOf(e: IrExpr): number {
    if (e.op === 'input') return this.space.dims.findIndex((d) => d.name === e.name && !d.decl && !d.prev);
    if (e.op === 'prev') return this.space.dims.findIndex((d) => d.prev && d.name === `previous(${e.name})`);
    if (e.op === 'ref') return this.space.dims.findIndex((d) => d.name === e.name && d.decl);
    if (e.op === 'field') return this.space.dims.findIndex((d) => d.field && d.name === `${e.item}.${e.field}`);
    return -1;
  }

  private interval(d: number, lo: number, hi: number): Box[] {
    const f = this.space.full;
    return [{ lo: f.lo.map((l, i) => (i === d ? Math.max(l, lo) : l)), hi: f.hi.map((h, i) => (i === d ? Math.min(h, hi) : h)) }].filter(
      (b) => b.lo[d]! <= b.hi[d]!,
    );
  }

  /** The condition as a union of boxes, or null when it is not a comparison of an input with constants. */
  boxes(e: IrExpr): Box[] | null {
    const full = [this.space.full];
    switch (e.op) {
      case 'const':
        return e.value.k === 'bool' ? (e.value.value ? full : []) : null;
      case 'and': {
        let acc: Box[] = full;
        for (const a of e.args) {
          const b = this.boxes(a);
          if (!b) return null;
          acc = intersectAll(acc, b);
        }
        return acc;
      }
      case 'or': {
        const out: Box[] = [];
        for (const a of e.args) {
          const b = this.boxes(a);
          if (!b) return null;
          out.push(...subtractAll(b, out));
        }
        return out;
      }
      case 'not': {
        const b = this.boxes(e.e);
        return b ? subtractAll(full, b) : null;
      }
      case 'ref':
      case 'prev':
      case 'field':
      case 'input': {
        const k = e.op === 'ref' ? constOf(e, this.decls) : undefined;
        if (k?.k === 'bool') return k.value ? full : []; // a constant boolean parameter
        // `when flag`: a boolean input is true
        const d = this.dimOf(e);
        return d >= 0 && this.space.dims[d]!.kind === 'bool' ? this.interval(d, 1, 1) : null;
      }
      case 'member': {
        // `x in S`: the members of x's list that S holds (an open set's unnamed members answer `unknown`,
        // which no case takes: the rule fails as `unknown` there, which is not a gap)
        const d = this.dimOf(e.e);
        const s = constOf(e.set, this.decls);
        if (d < 0 || s?.k !== 'set' || this.space.dims[d]!.kind !== 'enum') {
          // a dated set: the membership is a free true/false (so `in S` / `not in S` cover everything)
          const a = this.space.dims.findIndex((x) => x.kind === 'bool' && x.name === memberKey(e));
          return a >= 0 ? this.interval(a, 1, 1) : null;
        }
        const ms = this.space.dims[d]!.members!;
        return s.members.flatMap((m) => this.interval(d, ms.indexOf(m), ms.indexOf(m)));
      }
      case 'is': {
        const d = this.dimOf(e.e);
        if (d < 0) return null;
        const idx = this.space.dims[d]!.members!.indexOf(e.member);
        return this.interval(d, idx, idx);
      }
      case 'cmp': {
        let { l, r } = e;
        let op = e.cmp;
        if (this.dimOf(l) < 0) {
          [l, r] = [r, l];
          op = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '!=': '!=' } as const)[op];
        }
        const d = this.dimOf(l);
        const c = constOf(r, this.decls);
        if (d >= 0 && c?.k === 'enum' && this.space.dims[d]!.kind === 'enum') {
          // enum dimensions are member positions, so an ordered list's `<` is an interval of positions
          const idx = this.space.dims[d]!.members!.indexOf(c.value);
          const last = this.space.dims[d]!.members!.length - 1;
          const [lo, hi] = ({ '=': [idx, idx], '!=': [idx, idx], '<': [0, idx - 1], '<=': [0, idx], '>': [idx + 1, last], '>=': [idx, last] } as const)[op];
          if (lo > hi) return [];
          const hit = this.interval(d, lo, hi);
          return op === '!=' ? subtractAll([this.space.full], hit) : hit;
        }
        if (d >= 0 && c?.k === 'bool' && this.space.dims[d]!.kind === 'bool' && (op === '=' || op === '!=')) {
          const v = (op === '=') === c.value ? 1 : 0; // `flag = true`, `flag != false` … → flag is v
          return this.interval(d, v, v);
        }
        const v = c && bound(c);
        if (d < 0 || v === undefined) return null;
        const I = Number.MIN_SAFE_INTEGER;
        const X = Number.MAX_SAFE_INTEGER;
        switch (op) {
          case '<':
            return this.interval(d, I, Math.ceil(v) - 1);
          case '<=':
            return this.interval(d, I, Math.floor(v));
          case '>':
            return this.interval(d, Math.floor(v) + 1, X);
          case '>=':
            return this.interval(d, Math.ceil(v), X);
          case '=':
            return Number.isInteger(v) ? this.interval(d, v, v) : [];
          case '!=':
            return Number.isInteger(v) ? [...this.interval(d, I, v - 1), ...this.interval(d, v + 1, X)] : full;
        }
      }
      // eslint-disable-next-line no-fallthrough
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
      case 'neg':
      case 'round':
      case 'min':
      case 'max':
      case 'scale':
      case 'month_of_year':
      case 'item':
      case 'agg':
        // arithmetic is not a condition the box fragment expresses (a new op must be placed here or above)
        return null;
    }
  }

  describe(b: Box, only?: ReadonlySet<number>): LocalText {
    const f = this.space.full;
    const en: string[] = [];
    const zh: string[] = [];
    this.space.dims.forEach((dim, d) => {
      if (only && !only.has(d)) return;
      const lo = b.lo[d]!;
      const hi = b.hi[d]!;
      if (lo === f.lo[d] && hi === f.hi[d]) return;
      const fmt = (v: number): string => (dim.kind === 'bool' ? String(v === 1) : dim.kind === 'month' ? formatMonth(v) : dim.kind === 'money' ? formatFen(v) : dim.kind === 'enum' ? dim.members![v]! : String(v));
      if (dim.kind === 'enum') {
        const ms = dim.members!.slice(lo, hi + 1);
        en.push(ms.length === 1 ? `${dim.name} = ${ms[0]}` : `${dim.name} is one of ${ms.join(', ')}`);
        zh.push(ms.length === 1 ? `${dim.name} = ${ms[0]}` : `${dim.name} 为 ${ms.join('、')} 之一`);
      } else if (lo === hi) {
        en.push(`${dim.name} = ${fmt(lo)}`);
        zh.push(`${dim.name} = ${fmt(lo)}`);
      } else if (hi >= OPEN_END && dim.kind === 'month') {
        en.push(`${dim.name} from ${fmt(lo)} onwards`);
        zh.push(`${dim.name} 自 ${fmt(lo)} 起`);
      } else {
        en.push(`${dim.name} in ${fmt(lo)}..${fmt(hi)}`);
        zh.push(`${dim.name} 在 ${fmt(lo)}..${fmt(hi)} 之间`);
      }
    });
    return en.length ? text(en.join(', '), zh.join('，')) : text('the input is anything', '输入为任意值');
  }

  monthRange(b: Box): LocalText {
    const d = this.space.dims.findIndex((x) => x.kind === 'month');
    const lo = formatMonth(b.lo[d]!);
    return b.hi[d]! >= OPEN_END ? text(`${lo} onwards`, `${lo} 起`) : text(`${lo}..${formatMonth(b.hi[d]!)}`);
  }

  /** Dimensions a box list constrains relative to the context. */
  constrained(boxes: readonly Box[], ctx: readonly Box[]): Set<number> {
    const s = new Set<number>();
    for (const b of boxes) for (const c of ctx) b.lo.forEach((_, d) => (b.lo[d] !== c.lo[d] || b.hi[d] !== c.hi[d]) && s.add(d));
    return s;
  }

  /** The dimensions to show in a witness: those the cases test, plus those the enclosing cases fixed. */
  withContext(dims: ReadonlySet<number>, b: Box): Set<number> {
    const f = this.space.full;
    const out = new Set(dims);
    b.lo.forEach((l, d) => (l !== f.lo[d] || b.hi[d] !== f.hi[d]) && out.add(d));
    return out;
  }

  /** A guard that selects exactly the box in the tested dimensions (`when 45 <= age < 50`, `for retired`, `from 2022-01 to 2022-12`). */
  caseFor(b: Box, dims: ReadonlySet<number>): string | undefined {
    const ds = [...dims];
    if (ds.length === 1) {
      const dim = this.space.dims[ds[0]!]!;
      const lo = b.lo[ds[0]!]!;
      const hi = b.hi[ds[0]!]!;
      if (dim.kind === 'enum' && !dim.decl && !dim.field) return `for ${dim.members!.slice(lo, hi + 1).join(', ')}`;
      if (dim.kind === 'month' && dim.name === this.monthInput) return hi >= OPEN_END ? `from ${formatMonth(lo)}` : `from ${formatMonth(lo)} to ${formatMonth(hi)}`;
    }
    const parts = ds.map((d) => this.condFor(b, d));
    return parts.length && parts.every((p) => p !== undefined) ? `when ${parts.join(' and ')}` : undefined;
  }

  /** The condition that one dimension of a box is in its range, as an author writes it. */
  private condFor(b: Box, d: number): string | undefined {
    const dim = this.space.dims[d]!;
    const f = this.space.full;
    const lo = b.lo[d]!;
    const hi = b.hi[d]!;
    const n = dim.name;
    switch (dim.kind) {
      case 'enum': {
        const ms = dim.members!.slice(lo, hi + 1).map((m) => `${n} = ${m}`);
        return ms.length === 1 ? ms[0] : `(${ms.join(' or ')})`;
      }
      case 'bool':
        return lo === hi ? `${n} = ${String(lo === 1)}` : undefined;
      case 'month':
        return hi >= OPEN_END ? `${n} >= ${formatMonth(lo)}` : lo === hi ? `${n} = ${formatMonth(lo)}` : `${formatMonth(lo)} <= ${n} <= ${formatMonth(hi)}`;
      case 'int':
        if (lo === hi) return `${n} = ${lo}`;
        if (lo <= f.lo[d]!) return `${n} < ${hi + 1}`;
        if (hi >= f.hi[d]!) return `${n} >= ${lo}`;
        return `${lo} <= ${n} < ${hi + 1}`;
      case 'money':
        if (lo <= f.lo[d]!) return `${n} <= ${formatFen(hi)}`;
        if (hi >= f.hi[d]!) return `${n} >= ${formatFen(lo)}`;
        return `${formatFen(lo)} <= ${n} <= ${formatFen(hi)}`;
    }
  }

  isMonthOnly(dims: ReadonlySet<number>): boolean {
    return dims.size > 0 && [...dims].every((d) => this.space.dims[d]!.kind === 'month');
  }
}

export function checkCoverage(r: IrRegion, sink: DiagnosticSink): void {
  const space = inputSpace(r);
  const decls = new Map(r.decls.map((d) => [d.name, d]));
  const an = new Analyzer(space, decls, r.horizon, r.name, r.monthInput);
  for (const d of r.decls) {
    // an empty case list is already a syntax error; do not also report that nothing applies
    if (d.body.kind === 'cases' && d.body.cases.length) checkList(an, d, d.body.cases, [space.full], d.span, sink);
  }
  checkItemCoverage(r, space, decls, sink);
}

export function checkList(an: Analyzer, d: Pick<IrDecl, 'name'>, cases: readonly IrCase[], ctx: Box[], anchor: Span, sink: DiagnosticSink): void {
  const covered: Box[] = [];
  const perCase: (Box[] | null)[] = [];
  let opaque: IrCase | undefined;
  let hasOtherwise = false;
  for (const c of cases) {
    let mine: Box[] | null;
    if (!c.cond) {
      hasOtherwise = true;
      mine = opaque ? null : subtractMany(ctx, covered);
      if (mine && mine.length === 0) sink.error(Diagnostics.UnreachableOtherwise, c.span);
    } else {
      const datedOk = checkDated(an, c, sink);
      const b = datedOk ? an.boxes(c.cond) : null;
      mine = b ? intersectAll(b, ctx) : null;
      if (!b) opaque ??= datedOk ? c : { ...c, cond: undefined }; // a bad date is reported once, by checkDated
    }
    perCase.push(mine);
    if (c.body.kind === 'cases') checkList(an, d, c.body.cases, mine ?? ctx, c.cond?.span ?? anchor, sink);
    if (mine) covered.push(...mine);
  }
  // a case overlapping an earlier one (found by a sweep, not by comparing every pair)
  for (const [j, i] of intersectingPairs(perCase)) {
    const c = cases[i]!;
    if (!c.cond) continue; // `otherwise` takes what is left, so it overlaps nothing before it
    const prev = perCase[j]!;
    const mine = perCase[i]!;
    const dims = an.constrained([...prev, ...mine], ctx);
    const w = intersectAll(prev, mine)[0]!;
    const message = an.isMonthOnly(dims) ? Diagnostics.TimeOverlap : Diagnostics.CoverageOverlap;
    const where = an.isMonthOnly(dims) ? an.monthRange(w) : an.describe(w, an.withContext(dims, w));
    sink.error(message, c.cond.span, [d.name, where], {
      related: [{ span: cases[j]!.cond?.span ?? anchor, message: text('overlaps with this case', '与此情形重叠') }],
    });
  }
  if (hasOtherwise) return;
  if (opaque) {
    if (opaque.cond) sink.error(Diagnostics.UnprovableCoverage, opaque.cond.span, [d.name]);
    return;
  }
  const gaps = subtractMany(ctx, covered);
  if (gaps.length === 0) return;
  const dims = an.constrained(perCase.flatMap((b) => b ?? []), ctx);
  const first = gaps[0]!;
  // point at the gap: the case just before the hole (or after it), and say how to close it —
  // never `otherwise: not applicable`, which would hide the hole
  const near = neighbours(an, first, dims, cases, perCase);
  const at = near.below?.cond?.span ?? near.above?.cond?.span ?? cases[cases.length - 1]?.cond?.span ?? anchor;
  const related = [
    ...(near.below && near.above ? [{ span: near.above.cond!.span, message: text('the next case starts here', '下一个情形从这里开始') }] : []),
    { span: anchor, message: text(`the cases of \`${d.name}\``, `\`${d.name}\` 的情形`) },
  ];
  const more = gaps.length > 1 ? [text(`and ${gaps.length - 1} more uncovered region(s)`, `另有 ${gaps.length - 1} 处未覆盖`)] : [];
  if (an.isMonthOnly(dims)) {
    const ranges = gaps.map((g) => an.monthRange(g));
    sink.error(Diagnostics.TimeGap, at, [d.name, text(ranges.map((x) => x.en).join(', '), ranges.map((x) => x.zh).join('，'))], {
      related,
      fix: { message: closeGap(an, first, dims, near), edits: [] },
    });
  } else {
    sink.error(Diagnostics.CoverageGap, at, [d.name, an.describe(first, an.withContext(dims, first))], {
      related,
      notes: more,
      fix: { message: closeGap(an, first, dims, near), edits: [] },
    });
  }
}

interface Near {
  /** the case whose range ends just before the gap, and the one that starts just after it */
  readonly below?: IrCase;
  readonly above?: IrCase;
}

/** The cases next to a gap along the one dimension the cases test. */
function neighbours(an: Analyzer, gap: Box, dims: ReadonlySet<number>, cases: readonly IrCase[], perCase: readonly (Box[] | null)[]): Near {
  if (dims.size !== 1) return {};
  const d = [...dims][0]!;
  if (an.space.dims[d]!.kind === 'enum' || an.space.dims[d]!.kind === 'bool') return {}; // unordered: no neighbours
  let below: IrCase | undefined;
  let above: IrCase | undefined;
  perCase.forEach((boxes, i) => {
    for (const b of boxes ?? []) {
      if (b.hi[d] === gap.lo[d]! - 1) below ??= cases[i];
      if (b.lo[d] === gap.hi[d]! + 1) above ??= cases[i];
    }
  });
  return { ...(below ? { below } : {}), ...(above ? { above } : {}) };
}

/** How to close a gap: the case to add, written as the author would. */
function closeGap(an: Analyzer, gap: Box, dims: ReadonlySet<number>, near: Near): LocalText {
  const c = an.caseFor(gap, dims);
  const extend = near.below ? text(`, or extend the case \`${near.below.label}\``, `，或扩展情形 \`${near.below.label}\``) : near.above ? text(`, or extend the case \`${near.above.label}\``, `，或扩展情形 \`${near.above.label}\``) : text('');
  return c
    ? text(`add a case \`${c}\`${extend.en}`, `添加情形 \`${c}\`${extend.zh}`)
    : text(`add a case for these inputs${extend.en}`, `为这些输入添加情形${extend.zh}`);
}

/** `from`/`before` bounds: constant (PD4004), inside the horizon (PD4005), in order (PD4006). */
function checkDated(an: Analyzer, c: IrCase, sink: DiagnosticSink): boolean {
  if (!c.dated) return true;
  const months: { e: IrExpr; v: number }[] = [];
  let ok = true;
  for (const e of [c.dated.from, c.dated.to, c.dated.before]) {
    if (!e || e.ty.k === 'error') continue;
    const v = constOf(e, an.declMap);
    if (v?.k !== 'month') {
      sink.error(Diagnostics.NotConstantMonth, e.span, [], {
        fix: { message: text('to compare with an input, write a condition such as `when month >= …`', '如需与输入比较，请写条件，例如 `when month >= …`'), edits: [] },
      });
      ok = false;
    } else months.push({ e, v: v.value });
  }
  if (!ok) return false;
  const { start, end } = an.horizon;
  for (const m of months) {
    if (m.v < start || (end !== undefined && m.v > end)) {
      const range = `${formatMonth(start)}..${end === undefined ? '' : formatMonth(end)}`;
      sink.error(Diagnostics.OutsideHorizon, m.e.span, [formatMonth(m.v), an.region, range]);
      ok = false;
    }
  }
  if (months.length === 2 && c.dated.to && months[0]!.v > months[1]!.v) {
    sink.error(Diagnostics.EmptyPeriod, c.span, [formatMonth(months[0]!.v), formatMonth(months[1]!.v)]);
    ok = false;
  }
  return ok;
}


