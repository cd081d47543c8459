/**
 * The reference semantics: a direct interpreter over the checked IR on exact
 * BigInt rationals. It shares no code with the generator's arithmetic, so the
 * differential test (generated vs interpreted) checks one against the other.
 * Used by `policyc test` and the test suite, never by applications.
 */
import type { Const, IrBody, IrDecl, IrExpr, IrItemDecl, IrNode, IrRegion } from '../ir/ir.js';
import { dispatch, type ExprHandlers } from '../ir/visit.js';
import { OPEN_END } from '@policyc/runtime';
import * as Q from '../ir/rational.js';
import type { Ty } from '../ir/types.js';
import type { DeclKind } from '../ir/ir.js';
import { ItemEnv, itemValue, validateList } from './lists.js';

export type Value = Const;
/** Stored for a declaration whose applicable case says `not applicable`; reading it throws. */
const ABSENT: Value = { k: 'enum', value: '\u0000not applicable' };
export const isAbsent = (v: Value | undefined): boolean => v === ABSENT;
export const absentValue = (): Value => ABSENT;

/** One step of an interpreted explanation. */
export interface InterpStep {
  readonly name: string;
  /** a per-item define's step: the item (`members[2]`) */
  readonly item?: string;
  readonly kind: DeclKind;
  readonly branch: string;
  readonly file: string;
  readonly line: number;
  readonly cites: readonly string[];
  readonly value: Value;
  readonly ty: Ty;
  readonly reads: readonly string[];
  /** every `round(…)` this step applied, with the exact value before it (what an auditor checks a tie against) */
  readonly roundings?: readonly RoundingStep[];
  /** the states of the month before that this step read through `previous(…)`, with their values */
  readonly previous?: readonly { readonly name: string; readonly value: Value }[];
}

/** One `round(…)`: the exact amount in fen, the result, and how it was rounded. */
export interface RoundingStep {
  readonly unrounded: Q.Rational;
  readonly rounded: Q.Rational;
  readonly mode: Q.Mode;
  readonly unit: 'fen' | 'yuan';
}

export class EvalError extends Error {
  constructor(
    readonly kind: 'no_applicable_rule' | 'not_applicable' | 'unspecified' | 'unknown' | 'unresolved' | 'range' | 'invalid_input' | 'out_of_domain' | 'out_of_horizon',
    readonly field: string,
    readonly where: { file: string; line: number },
    message: string,
    /** kind `range`: the lowest and highest value (exact); kind `unresolved`: the question the source leaves open; both: the case path */
    readonly detail?: ({ readonly low: Value; readonly high: Value } | { readonly reason: string }) & { readonly branch?: string },
  ) {
    super(`${where.file}:${where.line}: ${kind}: ${message}`);
  }
}

const num = (v: Value): Q.Rational => {
  if (v.k !== 'num') throw new TypeError(`expected a number, got ${v.k}`);
  return v.value;
};
const N = (value: Q.Rational): Value => ({ k: 'num', value });
const B = (value: boolean): Value => ({ k: 'bool', value });

export function compareValues(a: Value, b: Value): number {
  return compare(a, b);
}

function compare(a: Value, b: Value): number {
  if (a.k === 'num' && b.k === 'num') return Q.cmp(a.value, b.value);
  if (a.k === 'month' && b.k === 'month') return a.value - b.value;
  if (a.k === 'set' || b.k === 'set') throw new TypeError('sets are not compared');
  if ((a.k === 'bool' && b.k === 'bool') || (a.k === 'enum' && b.k === 'enum')) return a.value === b.value ? 0 : 1;
  throw new TypeError('incomparable values');
}

/** Where expressions look up inputs and declarations (and, in a timeline, the states of the month before). */
export interface Env {
  get(name: string): Value | undefined;
  /** `previous(name)`: the state's value at the end of the month before; throws its `EvalError` */
  previous?(name: string): Value;
  /** inside an aggregate or a per-item define: the current item of the list */
  readonly item?: ItemEnv;
}

/** The states of the month before, as values or the failures computing them raised. */
export type PreviousStates = ReadonlyMap<string, Value | EvalError>;

/**
 * One input's declarations, computed on demand and memoised — failures too,
 * so a declaration that reads a failed one fails with the same error.
 */
export class Evaluation implements Env {
  private readonly values = new Map<string, Value | EvalError>();
  private readonly opening = new Map<string, Value | EvalError>();
  constructor(
    private readonly inputs: ReadonlyMap<string, Value>,
    private readonly compute: (d: IrDecl, env: Env) => Value,
    private readonly decls: ReadonlyMap<string, IrDecl>,
    /** the month before's states, or undefined in a timeline's first month (each state's `initially` value) */
    private readonly before: PreviousStates | undefined,
    private readonly initially: (d: IrDecl, env: Env) => Value,
  ) {}

  previous(name: string): Value {
    let v = this.before?.get(name) ?? this.opening.get(name);
    if (v === undefined) {
      const d = this.decls.get(name);
      if (!d) throw new TypeError(`unbound state ${name}`);
      try {
        v = this.initially(d, this);
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        v = e;
      }
      this.opening.set(name, v);
    }
    if (v instanceof EvalError) throw v;
    return v;
  }

  /** This month's states (values or failures), for the month after. */
  states(): PreviousStates {
    const out = new Map<string, Value | EvalError>();
    for (const d of this.decls.values()) if (d.declKind === 'state') out.set(d.name, this.outcome(d.name));
    return out;
  }

  /** The value of an input or declaration (`not applicable` is a value here); throws its `EvalError`. */
  get(name: string): Value {
    const input = this.inputs.get(name);
    if (input) return input;
    let v = this.values.get(name);
    if (v === undefined) {
      const d = this.decls.get(name);
      if (!d) throw new TypeError(`unbound ${name}`);
      try {
        v = this.compute(d, this);
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        v = e;
      }
      this.values.set(name, v);
    }
    if (v instanceof EvalError) throw v;
    return v;
  }

  /** The value, or the error asking for it raises. */
  outcome(name: string): Value | EvalError {
    try {
      return this.get(name);
    } catch (e) {
      if (e instanceof EvalError) return e;
      throw e;
    }
  }
}

export class Interpreter {
  private readonly decls: ReadonlyMap<string, IrDecl>;
  /** collects the roundings of the value being traced */
  private roundings: RoundingStep[] | undefined;
  /** while a traced declaration is computed: where the per-item defines its aggregates compute record their steps */
  private itemTrace: InterpStep[] | undefined;
  private readonly items: ReadonlyMap<string, IrItemDecl>;
  constructor(readonly region: IrRegion) {
    this.decls = new Map(region.decls.map((d) => [d.name, d]));
    this.items = new Map((region.items ?? []).map((d) => [d.name, d]));
  }

  /** A per-item define's value for the item of `env` (src/interpret/lists.ts). */
  private itemValue(name: string, env: ItemEnv): Value {
    return itemValue(this.items.get(name)!, env, (e, x) => this.expr(e, x), this.itemTrace);
  }

  /**
   * Validates one input and returns its evaluation, which computes each
   * declaration when first asked for (and what it reads). An output that does
   * not depend on an `unspecified` value is computed; asking for one that does
   * throws that `EvalError`. Invalid input throws here, for every output alike.
   */
  evaluate(inputs: ReadonlyMap<string, Value>, trace?: InterpStep[], before?: PreviousStates): Evaluation {
    this.validate(inputs);
    return new Evaluation(
      inputs,
      (d, env) => this.checkState(d, this.body(d, d.body, env, [], trace, d.cites, d.source.line)),
      this.decls,
      before,
      (d, env) => {
        if (!d.initially) throw new TypeError(`state ${d.name} has no initially value`);
        return this.checkState(d, this.expr(d.initially, env));
      },
    );
  }

  /**
   * A person's months in order, consecutive (each map holds that month's inputs, the month input
   * included): month k reads month k−1's states through `previous(…)`; the first month reads each
   * state's `initially` value. Declarations are computed on demand per month; states every month.
   */
  timeline(months: readonly ReadonlyMap<string, Value>[], trace?: (k: number) => InterpStep[] | undefined): Evaluation[] {
    const out: Evaluation[] = [];
    let before: PreviousStates | undefined;
    for (const [k, inputs] of months.entries()) {
      const ev = this.evaluate(inputs, trace?.(k), before);
      before = ev.states();
      out.push(ev);
    }
    return out;
  }

  /** A state outside its declared domain fails at its line: the next month could not start from it. */
  private checkState(d: IrDecl, v: Value): Value {
    if (d.declKind !== 'state' || v.k !== 'num') return v;
    if ((d.low && Q.cmp(v.value, d.low) < 0) || (d.high && Q.cmp(v.value, d.high) > 0)) {
      throw new EvalError('out_of_domain', d.name, d.source, `state \`${d.name}\` = ${showTyped(v, d.ty)} leaves its declared domain`);
    }
    return v;
  }

  /** Evaluates every output and state (throwing the first failure among them) and every other declaration that has a value (explanations, eager callers). */
  run(inputs: ReadonlyMap<string, Value>, trace?: InterpStep[]): Map<string, Value> {
    const ev = this.evaluate(inputs, trace);
    const env = new Map<string, Value>(inputs);
    for (const d of this.region.decls) {
      if (d.declKind === 'output' || d.declKind === 'state') env.set(d.name, ev.get(d.name));
      else {
        // a define or parameter no output needs is shown when it has a value; its failure is not the evaluation's
        const v = ev.outcome(d.name);
        if (!(v instanceof EvalError)) env.set(d.name, v);
      }
    }
    return env;
  }

  private validate(inputs: ReadonlyMap<string, Value>): void {
    const h = this.region.horizon;
    for (const i of this.region.inputs) {
      const v = inputs.get(i.name);
      if (!v) throw new EvalError('invalid_input', i.name, i.source, `missing input \`${i.name}\``);
      if (i.ty.k === 'list') {
        validateList(i, v);
        continue;
      }
      if (v.k === 'num' && ((i.low && Q.cmp(v.value, i.low) < 0) || (i.high && Q.cmp(v.value, i.high) > 0))) {
        throw new EvalError('invalid_input', i.name, i.source, `\`${i.name}\` outside its domain`);
      }
      // every month-typed input lies within the horizon (as generated evaluators check)
      if (v.k === 'month' && (v.value < h.start || v.value > (h.end ?? OPEN_END))) {
        throw new EvalError('out_of_horizon', i.name, i.source, `\`${i.name}\` outside the horizon`);
      }
    }
  }

  private body(d: IrDecl, b: IrBody, env: Env, path: string[], trace: InterpStep[] | undefined, cites: readonly string[], line: number): Value {
    if (b.kind === 'value') {
      const v = b.value;
      if (v.kind === 'expr') {
        // saved and restored: a lazily evaluated declaration may evaluate what it reads in the middle
        const outer = this.roundings;
        const outerItems = this.itemTrace;
        this.roundings = trace ? [] : undefined;
        this.itemTrace = trace;
        let value: Value;
        let roundings: RoundingStep[];
        try {
          value = this.expr(v.e, env);
          roundings = this.roundings ?? [];
        } finally {
          this.roundings = outer;
          this.itemTrace = outerItems;
        }
        trace?.push({
          name: d.name,
          kind: d.declKind,
          branch: path.join(' › ') || '=',
          file: d.source.file,
          line,
          cites: [...new Set(cites)],
          value,
          ty: d.ty,
          reads: d.reads,
          ...(roundings.length ? { roundings } : {}),
          ...(d.prevReads.length && env.previous ? { previous: d.prevReads.map((n) => ({ name: n, value: env.previous!(n) })) } : {}),
        });
        return value;
      }
      if (v.kind === 'not_applicable') {
        trace?.push({ name: d.name, kind: d.declKind, branch: path.join(' › ') || '=', file: d.source.file, line, cites: [...new Set(cites)], value: ABSENT, ty: d.ty, reads: d.reads });
        return ABSENT;
      }
      if (v.kind === 'unresolved') {
        throw new EvalError('unresolved', d.name, { file: d.source.file, line }, `${d.name} is unresolved: ${v.reason}`, { reason: v.reason, branch: path.join(' › ') });
      }
      if (v.kind === 'range') return this.range(d, v.lo, v.hi, env, path, trace, cites, line);
      throw new EvalError(v.kind, d.name, d.source, `${d.name} is ${v.kind === 'unknown' ? 'unknown: the sources do not say' : 'unspecified in the sources'} (${path.join(' › ')})`);
    }
    for (const c of b.cases) {
      if (!c.cond || (this.expr(c.cond, env) as { value: boolean }).value) {
        return this.body(d, c.body, env, [...path, c.label], trace, [...cites, ...c.cites], c.source.line);
      }
    }
    throw new EvalError('no_applicable_rule', d.name, d.source, `no case of \`${d.name}\` applies`);
  }

  /**
   * A value computed at both ends of a range (`lo`, `hi` read the twins at each end; the checker
   * proved the value moves one way, so they bound it): equal ends are the value, else kind `range`.
   */
  private range(d: IrDecl, lo: IrExpr, hi: IrExpr, env: Env, path: string[], trace: InterpStep[] | undefined, cites: readonly string[], line: number): Value {
    const [a, b] = [this.expr(lo, env), this.expr(hi, env)];
    const c = compare(a, b);
    if (c === 0) {
      trace?.push({ name: d.name, kind: d.declKind, branch: path.join(' › ') || '=', file: d.source.file, line, cites: [...new Set(cites)], value: a, ty: d.ty, reads: d.reads });
      return a;
    }
    const [low, high] = c < 0 ? [a, b] : [b, a];
    throw new EvalError('range', d.name, { file: d.source.file, line }, `${d.name} lies in ${showTyped(low, d.ty)} to ${showTyped(high, d.ty)}: the source gives a range, not the value`, { low, high, branch: path.join(' › ') });
  }

  expr(e: IrExpr, env: Env): Value {
    let h = this.handlerCache.get(env);
    if (!h) this.handlerCache.set(env, (h = this.handlers(env)));
    return dispatch(e, h);
  }

  /** one handler table per environment (an evaluation), not per node */
  private readonly handlerCache = new WeakMap<Env, ExprHandlers<Value>>();

  private handlers(env: Env): ExprHandlers<Value> {
    const ev = (x: IrExpr): Value => this.expr(x, env);
    const bool = (x: IrExpr): boolean => (ev(x) as { value: boolean }).value;
    const read = (x: IrNode<'input' | 'ref'>): Value => {
      const v = env.get(x.name);
      if (!v) throw new TypeError(`unbound ${x.name}`);
      if (v === ABSENT) {
        const d = this.decls.get(x.name)!;
        throw new EvalError('not_applicable', x.name, d.source, `\`${x.name}\` is not applicable to this input but is needed here`);
      }
      return v;
    };
    const addSub = (x: IrNode<'add' | 'sub'>): Value => {
      const l = ev(x.l);
      const r = ev(x.r);
      if (l.k === 'month' && r.k === 'month') return N(Q.rat(BigInt(l.value - r.value)));
      if (l.k === 'month') return { k: 'month', value: l.value + (x.op === 'add' ? 1 : -1) * Number(num(r).num) };
      return N(x.op === 'add' ? Q.add(num(l), num(r)) : Q.sub(num(l), num(r)));
    };
    const minMax = (x: IrNode<'min' | 'max'>): Value =>
      x.args.map(ev).reduce((a, b) => ((x.op === 'min' ? compare(b, a) < 0 : compare(b, a) > 0) ? b : a));
    return {
      const: (x) => x.value,
      input: read,
      ref: read,
      prev: (x) => {
        if (!env.previous) throw new TypeError(`previous(${x.name}) outside a timeline`);
        const v = env.previous(x.name);
        if (v === ABSENT) {
          const d = this.decls.get(x.name)!;
          throw new EvalError('not_applicable', x.name, d.source, `\`${x.name}\` was not applicable in the month before but is needed here`);
        }
        return v;
      },
      month_of_year: (x) => N(Q.rat(BigInt(((ev(x.e) as { value: number }).value % 12) + 1))),
      field: (x) => {
        if (!env.item) throw new TypeError(`${x.item}.${x.field} outside an item`);
        return env.item.fields[x.field]!;
      },
      item: (x) => {
        if (!env.item) throw new TypeError(`${x.name} outside an item`);
        return env.item.value(x.name);
      },
      agg: (x) => {
        const list = ev(x.list);
        if (list.k !== 'list') throw new TypeError(`${x.fn} over ${list.k}`);
        let sum = Q.rat(0n);
        let count = 0;
        for (const [index, fields] of list.items.entries()) {
          const it = new ItemEnv(env, x.list.op === 'input' ? x.list.name : '?', index, fields, (d, ie) => this.itemValue(d, ie));
          if (x.where && !(this.expr(x.where, it) as { value: boolean }).value) continue;
          if (x.fn === 'count') count++;
          else if (x.fn === 'sum') sum = Q.add(sum, num(this.expr(x.of!, it)));
          else {
            const b = (this.expr(x.of!, it) as { value: boolean }).value;
            if (x.fn === 'all' && !b) return B(false);
            if (x.fn === 'any' && b) return B(true);
          }
        }
        return x.fn === 'count' ? N(Q.rat(BigInt(count))) : x.fn === 'sum' ? N(sum) : B(x.fn === 'all');
      },
      add: addSub,
      sub: addSub,
      mul: (x) => N(Q.mul(num(ev(x.l)), num(ev(x.r)))),
      div: (x) => N(Q.div(num(ev(x.l)), Q.rat(x.divisor))),
      scale: (x) => N(Q.mul(num(ev(x.e)), Q.rat(x.factor, x.divisor))),
      neg: (x) => N(Q.neg(num(ev(x.e)))),
      round: (x) => {
        const unit = x.unit === 'yuan' ? 100n : 1n;
        const exact = num(ev(x.e));
        const rounded = Q.rat(Q.roundRat(Q.div(exact, Q.rat(unit)), x.mode) * unit);
        this.roundings?.push({ unrounded: exact, rounded, mode: x.mode, unit: x.unit });
        return N(rounded);
      },
      min: minMax,
      max: minMax,
      cmp: (x) => {
        const [l, r] = [ev(x.l), ev(x.r)];
        // members of an ordered list compare by their position in the declared order
        const c = x.l.ty.k === 'enum' && l.k === 'enum' && r.k === 'enum' ? x.l.ty.members.indexOf(l.value) - x.l.ty.members.indexOf(r.value) : compare(l, r);
        return B({ '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0, '!=': c !== 0 }[x.cmp]);
      },
      and: (x) => B(x.args.every(bool)),
      or: (x) => B(x.args.some(bool)),
      not: (x) => B(!bool(x.e)),
      is: (x) => B((ev(x.e) as { value: string }).value === x.member),
      member: (x) => {
        const s = ev(x.set);
        const m = (ev(x.e) as { value: string }).value;
        if (s.k !== 'set') throw new TypeError('membership in a value that is not a set');
        if (s.members.includes(m)) return B(true);
        // an open set lists only the members its sources name: about any other the answer is unknown
        if (x.set.ty.k === 'set' && x.set.ty.open) {
          const name = x.set.op === 'ref' ? x.set.name : 'set';
          throw new EvalError('unknown', name, x.source, `the open set \`${name}\` does not name \`${m}\`: the sources leave the answer unknown`);
        }
        return B(false);
      },
    };
  }
}

/** A rate as a percentage, exactly (src/ir/rational.ts). */
export const percentText = Q.percentText;

/** A value in the unit of its type: money in yuan, rates as percentages, months as YYYY-MM. */
export function showTyped(v: Value, ty: Ty | undefined): string {
  if (v === ABSENT) return 'not applicable';
  if (ty?.k === 'rate' && v.k === 'num') return percentText(v.value);
  // an open set shows that it names only some members
  if (ty?.k === 'set' && ty.open && v.k === 'set') return `{${[...v.members, '…'].join(', ')}}`;
  return showValue(v, ty?.k === 'money');
}

/** Exact fen as yuan: `120.045`; a fraction that does not end (÷12) shows 8 decimals and `…`. */
export function yuanText(fen: Q.Rational): string {
  const y = Q.div(fen, Q.rat(100n));
  const neg = y.num < 0n;
  const n = neg ? -y.num : y.num;
  let out = `${n / y.den}`;
  let r = n % y.den;
  let digits = '';
  while (r !== 0n && digits.length < 8) {
    r *= 10n;
    digits += String(r / y.den);
    r %= y.den;
  }
  digits = digits.padEnd(2, '0');
  out += `.${digits}${r !== 0n ? '…' : ''}`;
  return neg ? `-${out}` : out;
}

/** Formats a value as an author would write it: money `100.00`, rates `2.3%`, months `2023-01`. */
export function showValue(v: Value, moneyLike: boolean): string {
  if (v === ABSENT) return 'not applicable';
  if (v.k === 'num') {
    if (moneyLike) {
      const n = v.value.num * 1n;
      const neg = n < 0n;
      const a = neg ? -n : n;
      const whole = v.value.den === 1n ? `${a / 100n}.${String(a % 100n).padStart(2, '0')}` : Q.ratToString(v.value);
      return neg ? `-${whole}` : whole;
    }
    return Q.ratToString(v.value);
  }
  if (v.k === 'month') return `${Math.floor(v.value / 12)}-${String((v.value % 12) + 1).padStart(2, '0')}`;
  if (v.k === 'set') return `{${v.members.join(', ')}}`;
  if (v.k === 'list') return `[${v.items.map((it) => `(${Object.entries(it).map(([f, x]) => `${f} = ${showValue(x, false)}`).join(', ')})`).join(', ')}]`;
  return String(v.value);
}
