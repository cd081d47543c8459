/**
 * The invariants of a STATEFUL region as fast-check properties over generated
 * histories (src/harness/histories.ts):
 *
 *   - an `expect` claim (and the `when` conditions) is judged in EVERY month of
 *     a history; `previous(…)` reads the month before (the first month: the
 *     state's `initially` value);
 *   - `monotone`/`independent` claims compare two histories that differ only
 *     in the named input (in every month, or in one month), month by month.
 *
 * Months in which the policy itself says `not applicable` or `unspecified` are
 * skipped, as for one month. A failure names the month, the policy line of the
 * claim, and a ready-to-paste timeline test (src/harness/counterexample-test.ts).
 *
 * Outputs come from the evaluator under test: an `EvaluateTimeline` (the
 * generated module's `evaluateTimeline`), else the reference interpreter's
 * `timeline`. Everything else a claim reads (defines, `previous(…)`) comes from
 * the interpreter.
 */
import fc from 'fast-check';
import type { IrClaim, IrExpr, IrInvariant, IrRegion } from '../ir/ir.js';
import { forEachExpr } from '../ir/visit.js';
import { PolicyError } from '@policyc/runtime';
import { compareValues, EvalError, Interpreter, isAbsent, showTyped, type Env, type Value } from '../interpret/interpret.js';
import { regionHistories, varyInput, type History } from './histories.js';
import { apiToValue, Judge, SKIP, skippable, type ApiInput, type InvariantFailure } from './invariants.js';
import { counterexampleTest, historyText, monthName } from './counterexample-test.js';

/**
 * A timeline evaluator in the generated API's shape: one output record per
 * month, in order (the month input in each month's input). Throws PolicyError
 * on rejection; an output read that fails throws its PolicyError.
 */
export type EvaluateTimeline = (months: ApiInput[]) => Record<string, unknown>[];

/** One failing month of a history, with what the report needs. */
export interface HistoryFailure {
  readonly history: History;
  /** index into history.months */
  readonly k: number;
  /** the claim that fails (undefined: the `when` conditions raised) */
  readonly claim: IrClaim | undefined;
  readonly message: string;
  /** for a claim `name = expr`: the value `name` needed in that month */
  readonly needed?: { readonly name: string; readonly value: Value };
  /** what the history gives now, for the names the claim compares */
  readonly now?: { readonly name: string; readonly value: Value };
  /** for monotone/independent: the other history and what it gives */
  readonly other?: { readonly history: History; readonly input: string; readonly value: Value };
}

export interface TimelineInvariantFailure extends InvariantFailure {
  readonly failure: HistoryFailure;
  /** a timeline test for the policy file that shows the failure */
  readonly test: string;
}

/** The first declaration an expression reads. */
function firstRef(e: IrExpr): { name: string } | undefined {
  let found: { name: string } | undefined;
  forEachExpr(e, (x) => {
    if (!found && x.op === 'ref') found = { name: x.name };
  });
  return found;
}

/** The conjuncts of a claim, `and` flattened. */
const conjuncts = (e: IrExpr): IrExpr[] => (e.op === 'and' ? e.args.flatMap(conjuncts) : [e]);

class TimelineJudge {
  readonly judge: Judge;
  private readonly interp: Interpreter;
  private readonly overlay: Set<string>;
  constructor(
    readonly r: IrRegion,
    private readonly evaluateTimeline: EvaluateTimeline | undefined,
  ) {
    this.judge = new Judge(r, undefined);
    this.interp = new Interpreter(r);
    this.overlay = new Set(r.decls.filter((d) => d.declKind === 'output' || d.declKind === 'state').map((d) => d.name));
  }

  /** One environment per month (invalid input throws); undefined when the evaluator under test rejects the history as not applicable. */
  envs(h: History): Env[] | undefined {
    const evs = this.interp.timeline(
      h.months.map((m) => new Map(this.r.inputs.map((i) => [i.name, apiToValue(this.r, i.name, m[i.name])]))),
    );
    if (!this.evaluateTimeline) return evs;
    let outs: Record<string, unknown>[];
    try {
      outs = this.evaluateTimeline(h.months.map((m) => ({ ...m })));
    } catch (err) {
      if (skippable(err)) return undefined;
      throw err;
    }
    return evs.map((ev, k) => ({
      get: (name) => (this.overlay.has(name) && Object.hasOwn(outs[k]!, name) ? apiToValue(this.r, name, outs[k]![name]) : ev.get(name)),
      previous: (name) => ev.previous(name),
    }));
  }

  /** The value `name = expr` needed, for the first false conjunct of that shape. */
  needed(e: IrExpr, env: Env): Pick<HistoryFailure, 'needed' | 'now'> {
    for (const c of conjuncts(e)) {
      if (this.judge.test(c, env) !== false) continue;
      const [ref, other] =
        c.op !== 'cmp'
          ? [firstRef(c), undefined]
          : c.l.op === 'ref'
            ? [c.l, c.r]
            : c.r.op === 'ref'
              ? [c.r, c.l]
              : [firstRef(c), undefined];
      if (!ref) return {};
      const now = this.judge.value(env, ref.name);
      const nowPart = now === SKIP ? {} : { now: { name: ref.name, value: now } };
      if (c.op !== 'cmp' || c.cmp !== '=' || !other) return nowPart;
      try {
        return { ...nowPart, needed: { name: ref.name, value: this.interp.expr(other, env) } };
      } catch {
        return nowPart;
      }
    }
    return {};
  }
}

/**
 * Judges one invariant over a history (and, for monotone/independent claims,
 * a second history differing in one input). Returns the first failing month,
 * SKIP when no month applies, or undefined.
 */
function judgeHistory(
  tj: TimelineJudge,
  inv: IrInvariant,
  h: History,
  other: History,
  at: number | null,
): HistoryFailure | typeof SKIP | undefined {
  const { judge, r } = tj;
  let envs: Env[] | undefined;
  try {
    envs = tj.envs(h);
  } catch (err) {
    if (!(err instanceof EvalError || err instanceof PolicyError)) throw err;
    return { history: h, k: 0, claim: undefined, message: `the history is rejected: ${err.message}` };
  }
  if (!envs) return SKIP;
  let anyApplies = false;
  for (const [k, env] of envs.entries()) {
    let claim: IrClaim | undefined;
    try {
      if (!judge.applies(inv, env)) continue;
      anyApplies = true;
      for (claim of inv.claims) {
        if (claim.kind !== 'holds') continue;
        const ok = judge.test(claim.e, env);
        if (ok === SKIP || ok) continue;
        return {
          history: h,
          k,
          claim,
          message: `the claim at ${claim.source.file}:${claim.source.line} is false`,
          ...tj.needed(claim.e, env),
        };
      }
    } catch (err) {
      if (!(err instanceof EvalError || err instanceof PolicyError)) throw err;
      return { history: h, k, claim, message: err.message };
    }
  }
  if (!anyApplies) return SKIP;
  for (const c of inv.claims) {
    if (c.kind === 'holds') continue;
    const y = varyInput(h, other, c.input, at ?? undefined);
    let envY: Env[] | undefined;
    try {
      envY = tj.envs(y);
    } catch (err) {
      if (!(err instanceof EvalError || err instanceof PolicyError)) throw err;
      return { history: y, k: 0, claim: c, message: `the history is rejected: ${err.message}` };
    }
    if (!envY) continue;
    // monotone: the inputs must move one way in every month (else nothing to compare)
    const dirs = h.months.map((m, k) => compareValues(apiToValue(r, c.input, m[c.input]), apiToValue(r, c.input, y.months[k]![c.input])));
    const dir = dirs.some((d) => d < 0) ? (dirs.some((d) => d > 0) ? undefined : -1) : dirs.some((d) => d > 0) ? 1 : 0;
    if (dir === 0 || (dir === undefined && c.kind === 'monotone')) continue;
    for (const [k, env] of envs.entries()) {
      const ey = envY[k]!;
      try {
        if (!judge.applies(inv, env) || !judge.applies(inv, ey)) continue;
        const a = judge.value(env, c.output);
        const b = judge.value(ey, c.output);
        if (a === SKIP || b === SKIP || isAbsent(a) || isAbsent(b)) continue;
        const got = compareValues(a, b) * (c.kind === 'monotone' && c.decreasing ? -1 : 1);
        const bad = c.kind === 'independent' ? compareValues(a, b) !== 0 : (dir! < 0 && got > 0) || (dir! > 0 && got < 0);
        if (!bad) continue;
        const ty = r.decls.find((d) => d.name === c.output)?.ty;
        const what = c.kind === 'independent' ? 'changes with' : c.decreasing ? 'rises as' : 'falls as';
        const verb = c.kind === 'independent' ? `\`${c.input}\` differs` : `\`${c.input}\` rises`;
        return {
          history: h,
          k,
          claim: c,
          message: `\`${c.output}\` ${what} \`${c.input}\` (the claim at ${c.source.file}:${c.source.line}): in ${monthName(h.start + k)} it is ${showTyped(a, ty)}, and ${showTyped(b, ty)} when ${verb}`,
          now: { name: c.output, value: a },
          other: { history: y, input: c.input, value: b },
        };
      } catch (err) {
        if (!(err instanceof EvalError || err instanceof PolicyError)) throw err;
        return { history: h, k, claim: c, message: err.message };
      }
    }
  }
  return undefined;
}

/** The property for one invariant of one stateful region, over histories. */
export function timelineInvariantProperty(
  r: IrRegion,
  inv: IrInvariant,
  evaluateTimeline?: EvaluateTimeline,
): fc.IProperty<[History, History, number | null]> {
  const tj = new TimelineJudge(r, evaluateTimeline);
  const histories = regionHistories(r);
  return fc.property(histories, histories, fc.option(fc.nat(), { nil: null }), (h, other, at) => {
    const f = judgeHistory(tj, inv, h, other, at);
    fc.pre(f !== SKIP);
    if (f) throw new Error(`in ${monthName(h.start + f.k)}: ${f.message}`);
  });
}

/** Whether an invariant's `when` conditions read an input or a state (else they are one value for the region: its parameters). */
function conditionsVary(r: IrRegion, inv: IrInvariant): boolean {
  const decls = new Map(r.decls.map((d) => [d.name, d]));
  const seen = new Set<string>();
  const varies = (name: string): boolean => {
    const d = decls.get(name);
    if (!d) return true; // an input
    if (seen.has(name)) return false;
    seen.add(name);
    return d.prevReads.length > 0 || d.reads.some(varies);
  };
  let out = false;
  for (const w of inv.when) forEachExpr(w, (x) => (out ||= x.op === 'input' || x.op === 'prev' || (x.op === 'ref' && varies(x.name))));
  return out;
}

/** Runs one invariant over histories; returns a failure with a shrunk history, or undefined. */
export function checkTimelineInvariant(
  r: IrRegion,
  inv: IrInvariant,
  opts: { runs: number; seed?: number; evaluateTimeline?: EvaluateTimeline },
): TimelineInvariantFailure | undefined {
  // conditions on the region's parameters alone that do not hold: the invariant is about another region's reading
  if (inv.when.length && !conditionsVary(r, inv)) {
    const [h] = fc.sample(regionHistories(r), { numRuns: 1, seed: opts.seed ?? 0 });
    const tj = new TimelineJudge(r, undefined);
    if (!tj.judge.applies(inv, tj.envs(h!)![0]!)) return undefined;
  }
  const res = fc.check(timelineInvariantProperty(r, inv, opts.evaluateTimeline), {
    numRuns: opts.runs,
    maxSkipsPerRun: 100,
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
  });
  if (!res.failed) return undefined;
  const replay = `seed ${res.seed}, path ${res.counterexamplePath ?? ''}`;
  const args = res.counterexample;
  const f = args ? judgeHistory(new TimelineJudge(r, opts.evaluateTimeline), inv, ...args) : undefined;
  if (!f || f === SKIP) {
    const err = res.errorInstance instanceof Error ? res.errorInstance.message : String(res.errorInstance ?? 'too many skipped histories');
    const failure: HistoryFailure = { history: args?.[0] ?? { start: r.horizon.start, months: [] }, k: 0, claim: undefined, message: err };
    return { invariant: inv, counterexample: 'no history', detail: `${err} (${replay})`, failure, test: '' };
  }
  return {
    invariant: inv,
    counterexample: `${historyText(f.history)}, in month ${monthName(f.history.start + f.k)}`,
    detail: `${f.message} (${replay})`,
    failure: f,
    test: counterexampleTest(r, inv, f),
  };
}
