/**
 * Invariants written in policies become fast-check properties.
 *
 *   invariant "I03" when status is employed and month >= reform_date
 *     expect credit = personal_contribution        → one input, a condition
 *   monotone credit in base                          → two inputs differing in `base`
 *   independent credit of base                       → two inputs differing in `base`
 *
 * Inputs come from the region's declared domains (src/harness/arbitraries.ts).
 * Outputs come from the evaluator under test — the generated module in the
 * test suite, the reference interpreter in `policyc test` — and the claim is
 * judged by the interpreter's expression semantics. Inputs for which the
 * policy itself says `not applicable`, `unspecified` or `unresolved`, or
 * where a value the claim reads is a range, are skipped.
 */
import fc from 'fast-check';
import { parseMonthText } from '../check/expr.js';
import type { IrExpr, IrInvariant, IrRegion } from '../ir/ir.js';
import { rat } from '../ir/rational.js';
import { formatFen, PolicyError } from '@policyc/runtime';
import { regionInputs } from './arbitraries.js';
import { listFromApi, listText } from '../interpret/lists.js';
import { absentValue, compareValues, EvalError, Interpreter, isAbsent, showTyped, showValue, type Env, type Value } from '../interpret/interpret.js';

export type ApiInput = Record<string, unknown>;
/** An evaluator in the generated API's shape; throws PolicyError on rejection. */
export type Evaluate = (input: ApiInput) => Record<string, unknown>;

export const SKIP = Symbol('skip');
/**
 * A failure that means the policy says `not applicable`, `unspecified`, `unresolved` or `unknown` here,
 * or that the value is a range (one number the source does not give): the input is skipped. A claim
 * about a value in a range is checked where the range is a single value.
 */
const NON_VALUES: ReadonlySet<string> = new Set(['not_applicable', 'unspecified', 'unresolved', 'unknown', 'range']);
export const skippable = (e: unknown): boolean => (e instanceof EvalError || e instanceof PolicyError) && NON_VALUES.has(e.kind);

export function apiToValue(r: IrRegion, name: string, v: unknown): Value {
  const ty = r.inputs.find((i) => i.name === name)?.ty ?? r.decls.find((d) => d.name === name)!.ty;
  if (v === null) return absentValue();
  switch (ty.k) {
    case 'enum':
      return { k: 'enum', value: v as string };
    case 'bool':
      return { k: 'bool', value: v as boolean };
    case 'month':
      return { k: 'month', value: parseMonthText(v as string)! };
    case 'rate': {
      const q = v as { num: number; den: number };
      return { k: 'num', value: rat(BigInt(q.num), BigInt(q.den)) };
    }
    case 'list':
      return listFromApi(ty.record, v);
    default:
      return { k: 'num', value: rat(BigInt(v as number)) };
  }
}

/** One input value as a policy would write it: money in yuan, a rate `{ num, den }` as a percentage. */
export function showApi(r: IrRegion, name: string, v: unknown): string {
  const ty = r.inputs.find((i) => i.name === name)?.ty;
  if (ty?.k === 'money') return formatFen(v as number);
  if (ty?.k === 'rate') return showTyped(apiToValue(r, name, v), ty);
  if (ty?.k === 'list') return listText(ty.record, v);
  return String(v);
}

/** Human-readable input: money in yuan, as a policy test would write it. */
export function describeInput(r: IrRegion, input: ApiInput): string {
  return r.inputs.map((i) => `${i.name} = ${showApi(r, i.name, input[i.name])}`).join(', ');
}

/** Judges claims with the interpreter's expression semantics, in an environment of inputs and outputs. */
export class Judge {
  private readonly interp: Interpreter;
  constructor(
    private readonly r: IrRegion,
    private readonly evaluate: Evaluate | undefined,
  ) {
    this.interp = new Interpreter(r);
  }

  /**
   * Inputs, parameters and outputs for one input, evaluated lazily: a claim
   * that does not read an `unspecified` or `not applicable` value is still
   * checked. Invalid input throws.
   */
  env(input: ApiInput): Env {
    const values = new Map(this.r.inputs.map((i) => [i.name, apiToValue(this.r, i.name, input[i.name])]));
    const ev = this.interp.evaluate(values);
    if (!this.evaluate) return ev;
    // outputs come from the generated evaluator; reading a failed one throws its PolicyError
    const out = this.evaluate(input);
    const outputs = new Set(this.r.decls.filter((d) => d.declKind === 'output').map((d) => d.name));
    return { get: (name) => (outputs.has(name) ? apiToValue(this.r, name, out[name]) : ev.get(name)) };
  }

  /** One name's value, or SKIP when it is unspecified or needs a value that is not applicable. */
  value(env: Env, name: string): Value | typeof SKIP {
    try {
      return env.get(name)!;
    } catch (err) {
      if (skippable(err)) return SKIP;
      throw err;
    }
  }

  test(e: IrExpr, env: Env): boolean | typeof SKIP {
    try {
      return (this.interp.expr(e, env) as { value: boolean }).value;
    } catch (err) {
      if (skippable(err)) return SKIP;
      throw err;
    }
  }

  applies(inv: IrInvariant, env: Env): boolean {
    return inv.when.every((w) => this.test(w, env) === true);
  }
}

export interface InvariantFailure {
  readonly invariant: IrInvariant;
  readonly counterexample: string;
  readonly detail: string;
}

/** The property for one invariant of one region. */
export function invariantProperty(r: IrRegion, inv: IrInvariant, evaluate?: Evaluate): fc.IProperty<[ApiInput, ApiInput]> {
  const judge = new Judge(r, evaluate);
  const arb = regionInputs(r);
  return fc.property(arb, arb, (x, other) => {
    const envX = judge.env(x);
    fc.pre(judge.applies(inv, envX));
    for (const c of inv.claims) {
      if (c.kind === 'holds') {
        const ok = judge.test(c.e, envX);
        fc.pre(ok !== SKIP);
        if (!ok) throw new Error(`the claim at ${c.source.file}:${c.source.line} is false`);
        continue;
      }
      // a second input that differs only in `c.input`
      const y = { ...x, [c.input]: other[c.input] };
      const ey = judge.env(y);
      if (!judge.applies(inv, ey)) continue;
      const a = judge.value(envX, c.output);
      const b = judge.value(ey, c.output);
      if (a === SKIP || b === SKIP || isAbsent(a) || isAbsent(b)) continue;
      if (c.kind === 'independent' && compareValues(a, b) !== 0) {
        throw new Error(
          `\`${c.output}\` changes with \`${c.input}\`: ${showIn(r, c.input, x)} gives ${showOut(r, c.output, a)}, ${showIn(r, c.input, y)} gives ${showOut(r, c.output, b)}`,
        );
      }
      if (c.kind === 'monotone') {
        const dir = inputOrder(r, c.input, apiToValue(r, c.input, x[c.input]), apiToValue(r, c.input, y[c.input]));
        const got = compareValues(a, b) * (c.decreasing ? -1 : 1);
        if ((dir < 0 && got > 0) || (dir > 0 && got < 0)) {
          const verb = c.decreasing ? 'rises' : 'falls';
          throw new Error(
            `\`${c.output}\` ${verb} as \`${c.input}\` rises: ${showIn(r, c.input, x)} gives ${showOut(r, c.output, a)}, ${showIn(r, c.input, y)} gives ${showOut(r, c.output, b)}`,
          );
        }
      }
    }
  });
}

/** How two values of an input compare: numbers and months by value, an ordered list by its declared order. */
function inputOrder(r: IrRegion, input: string, a: Value, b: Value): number {
  const ty = r.inputs.find((i) => i.name === input)?.ty;
  if (ty?.k === 'enum' && a.k === 'enum' && b.k === 'enum') return ty.members.indexOf(a.value) - ty.members.indexOf(b.value);
  return compareValues(a, b);
}

function showIn(r: IrRegion, name: string, input: ApiInput): string {
  return `${name} = ${showApi(r, name, input[name])}`;
}

function showOut(r: IrRegion, name: string, v: Value): string {
  return `${name} = ${showValue(v, r.decls.find((d) => d.name === name)?.ty.k === 'money')}`;
}

/** Runs one invariant; returns a failure with a shrunk counterexample, or undefined. */
export function checkInvariant(r: IrRegion, inv: IrInvariant, opts: { runs: number; seed?: number; evaluate?: Evaluate }): InvariantFailure | undefined {
  const res = fc.check(invariantProperty(r, inv, opts.evaluate), { numRuns: opts.runs, maxSkipsPerRun: 1000, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
  if (!res.failed) return undefined;
  const [x] = res.counterexample ?? [];
  const err = res.errorInstance instanceof Error ? res.errorInstance.message : String(res.errorInstance ?? 'too many skipped inputs');
  // every input was skipped (the policy says `unspecified` or `not applicable` wherever the claim looks): no counterexample to show
  const counterexample = x === undefined ? 'every generated input: each was skipped, as the policy gives a non-value there' : describeInput(r, x as ApiInput);
  return { invariant: inv, counterexample, detail: `${err} (seed ${res.seed}, path ${res.counterexamplePath ?? ''})` };
}
