/**
 * The reference semantics: a direct interpreter over the checked IR on exact
 * BigInt rationals. It shares no code with the generator's arithmetic, so the
 * differential test (generated vs interpreted) checks one against the other.
 * Used by `policyc test` and the test suite, never by applications.
 */
import type { Const, IrBody, IrDecl, IrExpr, IrRegion } from '../check/ir.js';
import * as Q from '../check/rational.js';
import type { Ty } from '../check/types.js';
import type { DeclKind } from '../syntax/ast.js';

export type Value = Const;
/** Stored for a declaration whose applicable case says `not applicable`; reading it throws. */
const ABSENT: Value = { k: 'enum', value: '\u0000not applicable' };
export const isAbsent = (v: Value | undefined): boolean => v === ABSENT;
export const absentValue = (): Value => ABSENT;

/** One step of an interpreted explanation. */
export interface InterpStep {
  readonly name: string;
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
    readonly kind: 'no_applicable_rule' | 'not_applicable' | 'unspecified' | 'invalid_input',
    readonly field: string,
    readonly where: { file: string; line: number },
    message: string,
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
  if (a.k === b.k) return a.value === b.value ? 0 : 1;
  throw new TypeError('incomparable values');
}

export class Interpreter {
  private readonly decls: ReadonlyMap<string, IrDecl>;
  /** collects the roundings of the value being traced */
  private roundings: RoundingStep[] | undefined;
  constructor(readonly region: IrRegion) {
    this.decls = new Map(region.decls.map((d) => [d.name, d]));
  }

  /** Evaluates every declaration for one input (values keyed by name). */
  run(inputs: ReadonlyMap<string, Value>, trace?: InterpStep[]): Map<string, Value> {
    const env = new Map<string, Value>(inputs);
    for (const i of this.region.inputs) {
      const v = inputs.get(i.name);
      if (!v) throw new EvalError('invalid_input', i.name, i.source, `missing input \`${i.name}\``);
      if (v.k === 'num' && ((i.low && Q.cmp(v.value, i.low) < 0) || (i.high && Q.cmp(v.value, i.high) > 0))) {
        throw new EvalError('invalid_input', i.name, i.source, `\`${i.name}\` outside its domain`);
      }
      if (i.name === this.region.monthInput && v.k === 'month') {
        const h = this.region.horizon;
        if (v.value < h.start || (h.end !== undefined && v.value > h.end)) {
          throw new EvalError('invalid_input', i.name, i.source, `\`${i.name}\` outside the horizon`);
        }
      }
    }
    for (const d of this.region.decls) env.set(d.name, this.body(d, d.body, env, [], trace, d.cites, d.source.line));
    return env;
  }

  private body(d: IrDecl, b: IrBody, env: Map<string, Value>, path: string[], trace: InterpStep[] | undefined, cites: readonly string[], line: number): Value {
    if (b.kind === 'value') {
      const v = b.value;
      if (v.kind === 'expr') {
        this.roundings = trace ? [] : undefined;
        const value = this.expr(v.e, env);
        const roundings = this.roundings ?? [];
        this.roundings = undefined;
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
        });
        return value;
      }
      if (v.kind === 'not_applicable') {
        trace?.push({ name: d.name, kind: d.declKind, branch: path.join(' › ') || '=', file: d.source.file, line, cites: [...new Set(cites)], value: ABSENT, ty: d.ty, reads: d.reads });
        return ABSENT;
      }
      throw new EvalError(v.kind, d.name, d.source, `${d.name} is unspecified in the sources (${path.join(' › ')})`);
    }
    for (const c of b.cases) {
      if (!c.cond || (this.expr(c.cond, env) as { value: boolean }).value) {
        return this.body(d, c.body, env, [...path, c.label], trace, [...cites, ...c.cites], c.source.line);
      }
    }
    throw new EvalError('no_applicable_rule', d.name, d.source, `no case of \`${d.name}\` applies`);
  }

  expr(e: IrExpr, env: ReadonlyMap<string, Value>): Value {
    switch (e.op) {
      case 'const':
        return e.value;
      case 'input':
      case 'ref': {
        const v = env.get(e.name);
        if (!v) throw new TypeError(`unbound ${e.name}`);
        if (v === ABSENT) {
          const d = this.decls.get(e.name)!;
          throw new EvalError('not_applicable', e.name, d.source, `\`${e.name}\` is not applicable to this input but is needed here`);
        }
        return v;
      }
      case 'add':
      case 'sub': {
        const l = this.expr(e.l, env);
        const r = this.expr(e.r, env);
        if (l.k === 'month' && r.k === 'month') return N(Q.rat(BigInt(l.value - r.value)));
        if (l.k === 'month') return { k: 'month', value: l.value + (e.op === 'add' ? 1 : -1) * Number(num(r).num) };
        return N(e.op === 'add' ? Q.add(num(l), num(r)) : Q.sub(num(l), num(r)));
      }
      case 'mul':
        return N(Q.mul(num(this.expr(e.l, env)), num(this.expr(e.r, env))));
      case 'div':
        return N(Q.div(num(this.expr(e.l, env)), Q.rat(e.divisor)));
      case 'scale':
        return N(Q.mul(num(this.expr(e.e, env)), Q.rat(e.factor, e.divisor)));
      case 'neg':
        return N(Q.neg(num(this.expr(e.e, env))));
      case 'round': {
        const x = num(this.expr(e.e, env));
        const unit = e.unit === 'yuan' ? 100n : 1n;
        const rounded = Q.rat(Q.roundRat(Q.div(x, Q.rat(unit)), e.mode) * unit);
        this.roundings?.push({ unrounded: x, rounded, mode: e.mode, unit: e.unit });
        return N(rounded);
      }
      case 'min':
      case 'max': {
        const xs = e.args.map((a) => this.expr(a, env));
        return xs.reduce((a, b) => ((e.op === 'min' ? compare(b, a) < 0 : compare(b, a) > 0) ? b : a));
      }
      case 'cmp': {
        const c = compare(this.expr(e.l, env), this.expr(e.r, env));
        const ok = { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0, '!=': c !== 0 }[e.cmp];
        return B(ok);
      }
      case 'and':
        return B(e.args.every((a) => (this.expr(a, env) as { value: boolean }).value));
      case 'or':
        return B(e.args.some((a) => (this.expr(a, env) as { value: boolean }).value));
      case 'not':
        return B(!(this.expr(e.e, env) as { value: boolean }).value);
      case 'is':
        return B((this.expr(e.e, env) as { value: string }).value === e.member);
    }
  }
}

/** A rate as a percentage, exactly: 9/200 → "4.5%", 1/3 → "100/3%". */
export function percentText(q: Q.Rational): string {
  const p = Q.rat(q.num * 100n, q.den);
  for (let k = 0; k <= 12; k++) {
    const scale = 10n ** BigInt(k);
    if ((p.num * scale) % p.den === 0n) {
      const n = (p.num * scale) / p.den;
      const neg = n < 0n;
      const a = (neg ? -n : n).toString().padStart(k + 1, '0');
      const s = k ? `${a.slice(0, -k)}.${a.slice(-k)}` : a;
      return `${neg ? '-' : ''}${s}%`;
    }
  }
  return `${Q.ratToString(p)}%`;
}

/** A value in the unit of its type: money in yuan, rates as percentages, months as YYYY-MM. */
export function showTyped(v: Value, ty: Ty | undefined): string {
  if (v === ABSENT) return 'not applicable';
  if (ty?.k === 'rate' && v.k === 'num') return percentText(v.value);
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
  return String(v.value);
}
