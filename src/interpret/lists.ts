/**
 * Lists in the reference interpreter: the current item of an aggregate or per-item define (`ItemEnv`),
 * the validation of list inputs (naming the item path, `members[2].category`), and conversions between
 * the generated API's shape (arrays of objects) and interpreter values.
 */
import type { IrBody, IrExpr, IrItemDecl, IrRegion } from '../ir/ir.js';
import * as Q from '../ir/rational.js';
import type { RecordTy } from '../ir/types.js';
import { EvalError, showValue, type Env, type InterpStep, type Value } from './interpret.js';

/** The current item of a list: its fields, and its per-item defines computed on demand (once each). */
export class ItemEnv implements Env {
  private readonly values = new Map<string, Value>();
  readonly previous?: (name: string) => Value;
  constructor(
    private readonly outer: Env,
    readonly list: string,
    readonly index: number,
    readonly fields: Readonly<Record<string, Value>>,
    private readonly compute: (name: string, env: ItemEnv) => Value,
  ) {
    if (outer.previous) this.previous = (n) => outer.previous!(n);
  }
  get item(): ItemEnv {
    return this;
  }
  get(name: string): Value | undefined {
    return this.outer.get(name);
  }
  value(name: string): Value {
    let v = this.values.get(name);
    if (v === undefined) this.values.set(name, (v = this.compute(name, this)));
    return v;
  }
}

/** A list input: its length in the declared domain, each item's fields present and in their domains; failures name the item path. */
export function validateList(i: IrRegion['inputs'][number], v: Value): void {
  if (i.ty.k !== 'list') return;
  if (v.k !== 'list') throw new EvalError('invalid_input', i.name, i.source, `\`${i.name}\` must be a list`);
  const n = BigInt(v.items.length);
  if ((i.low && n * i.low.den < i.low.num) || (i.high && n * i.high.den > i.high.num)) {
    throw new EvalError('invalid_input', i.name, i.source, `\`${i.name}\` has ${v.items.length} items, outside its domain`);
  }
  for (const [k, item] of v.items.entries()) {
    for (const f of i.ty.record.fields) {
      const path = `${i.name}[${k}].${f.name}`;
      const x = item[f.name];
      const bad = (): never => {
        throw new EvalError('invalid_input', path, i.source, `\`${path}\` is not valid`);
      };
      if (!x) bad();
      else if (f.ty.k === 'enum' && (x.k !== 'enum' || !f.ty.members.includes(x.value))) bad();
      else if (f.ty.k === 'bool' && x.k !== 'bool') bad();
      else if (f.ty.k === 'money' || f.ty.k === 'int') {
        if (x.k !== 'num' || x.value.den !== 1n) bad();
        else if ((f.low && Q.cmp(x.value, f.low) < 0) || (f.high && Q.cmp(x.value, f.high) > 0)) bad();
      }
    }
  }
}


/**
 * A list in the API's shape (an array of objects of the record's fields) as an interpreter value. A field
 * whose JavaScript value has the wrong shape (a fraction of a fen, a string for a flag) is left out, so
 * `validateList` rejects it by its path instead of reading it as 0 or true.
 */
export function listFromApi(rec: RecordTy, v: unknown): Value {
  const field = (f: RecordTy['fields'][number], x: unknown): Value | undefined => {
    if (f.ty.k === 'enum') return typeof x === 'string' ? { k: 'enum', value: x } : undefined;
    if (f.ty.k === 'bool') return typeof x === 'boolean' ? { k: 'bool', value: x } : undefined;
    return Number.isSafeInteger(x) ? { k: 'num', value: Q.rat(BigInt(x as number)) } : undefined;
  };
  const items = (Array.isArray(v) ? v : []).map((o: Record<string, unknown>) =>
    Object.fromEntries(rec.fields.flatMap((f): [string, Value][] => {
      const x = field(f, o?.[f.name]);
      return x ? [[f.name, x]] : [];
    })),
  );
  return { k: 'list', items };
}

/** A list value in the API's shape. */
export function listToApi(v: Value): Record<string, unknown>[] {
  if (v.k !== 'list') return [];
  return v.items.map((it) => Object.fromEntries(Object.entries(it).map(([k, x]) => [k, x.k === 'num' ? Number(x.value.num) : x.k === 'month' ? x.value : x.k === 'list' ? [] : x.k === 'set' ? [...x.members] : x.value])));
}

/** A list as a test would give it: `[(category = adult), (category = child)]`, money in yuan. */
export function listText(rec: RecordTy, v: unknown): string {
  const val = listFromApi(rec, v);
  if (val.k !== 'list') return '[]';
  return `[${val.items.map((it) => `(${rec.fields.map((f) => `${f.name} = ${showValue(it[f.name]!, f.ty.k === 'money')}`).join(', ')})`).join(', ')}]`;
}

/** A per-item define's value for the item of `env`: its first case that holds (a failure names the item); traced when `trace` is given. */
export function itemValue(d: IrItemDecl, env: ItemEnv, expr: (e: IrExpr, env: Env) => Value, trace: InterpStep[] | undefined): Value {
  const at = `${d.name} of ${env.list}[${env.index}]`;
  let b: IrBody = d.body;
  const path: string[] = [];
  const cites = [...d.cites];
  let line = d.source.line;
  for (;;) {
    if (b.kind === 'value') {
      const v = b.value;
      if (v.kind === 'expr') {
        const value = expr(v.e, env);
        // one step per item, named as the define (so coverage and explanations find its cases)
        trace?.push({ name: d.name, item: `${env.list}[${env.index}]`, kind: 'define', branch: path.join(' › ') || '=', file: d.source.file, line, cites: [...new Set(cites)], value, ty: d.ty, reads: d.reads });
        return value;
      }
      if (v.kind === 'not_applicable') throw new EvalError('not_applicable', d.name, d.source, `${at} is not applicable but is needed here`);
      throw new EvalError('unspecified', d.name, d.source, `${at} is unspecified in the sources (${path.join(' › ')})`);
    }
    const c = b.cases.find((k) => !k.cond || (expr(k.cond, env) as { value: boolean }).value);
    if (!c) throw new EvalError('no_applicable_rule', d.name, d.source, `no case of \`${d.name}\` applies to ${env.list}[${env.index}]`);
    path.push(c.label);
    cites.push(...c.cites);
    line = c.source.line;
    b = c.body;
  }
}
