/**
 * Runs the example tests written in policy files against the reference
 * interpreter. A failing expectation is a PD6001 diagnostic at the `expect`
 * line, so authors see test failures exactly like compile errors.
 */
import { Diagnostics, type DiagnosticSink, type LocalText, text } from '../diagnostics/diagnostic.js';
import { isStateful, type Expected, type IrRegion, type IrTest } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import * as Q from '../ir/rational.js';
import { EvalError, Interpreter, isAbsent, showTyped, type Evaluation, type Value } from '../interpret/interpret.js';
import { checkInvariant, type Evaluate, type InvariantFailure } from './invariants.js';
import { checkTimelineInvariant, type EvaluateTimeline } from './timeline-invariants.js';
import { formatMonth } from '../runtime/month.js';

export interface TestOutcome {
  readonly region: string;
  readonly test: string;
  readonly passed: boolean;
}

function equal(a: Value, b: Value): boolean {
  if (a.k === 'num' && b.k === 'num') return Q.cmp(a.value, b.value) === 0;
  if (a.k === 'set' || b.k === 'set') return a.k === 'set' && b.k === 'set' && a.members.join() === b.members.join();
  if (a.k === 'list' || b.k === 'list') return false; // lists are inputs only, never expected
  return a.k === b.k && a.value === b.value;
}

/** What a test saw for one name: a value (`not applicable` included) or the failure asking for it raised. */
function describeOutcome(got: Value | EvalError, ty: Ty | undefined): string {
  if (!(got instanceof EvalError)) return showTyped(got, ty);
  if (got.kind === 'unspecified' || got.kind === 'unknown') return got.kind;
  if (got.detail && 'reason' in got.detail) return `unresolved ("${got.detail.reason}")`;
  if (got.detail && 'low' in got.detail) return `the range ${showTyped(got.detail.low, ty)} to ${showTyped(got.detail.high, ty)}`;
  return `an error (${got.message})`;
}

function describeExpected(e: Expected, ty: Ty | undefined): string {
  if (e.k === 'range') return `in ${showTyped(e.low, ty)} to ${showTyped(e.high, ty)}`;
  return e.k === 'unspecified' || e.k === 'unknown' || e.k === 'unresolved' ? e.k : e.k === 'not_applicable' ? 'not applicable' : showTyped(e, ty);
}

/** The non-values a test can expect: the failure asking for them raises is what the test checks. */
const expectsFailure = (e: Expected): boolean => e.k === 'unspecified' || e.k === 'unknown' || e.k === 'unresolved' || e.k === 'range';
const reportsAsValue = (got: EvalError): boolean => got.kind === 'unspecified' || got.kind === 'unknown' || got.kind === 'unresolved' || got.kind === 'range';

function meets(got: Value | EvalError, want: Expected): boolean {
  if (want.k === 'unspecified' || want.k === 'unknown' || want.k === 'unresolved') return got instanceof EvalError && got.kind === want.k;
  if (want.k === 'range') {
    // exactly this range: never narrower or wider, and never a single value
    return got instanceof EvalError && got.kind === 'range' && !!got.detail && 'low' in got.detail && equal(got.detail.low, want.low) && equal(got.detail.high, want.high);
  }
  if (got instanceof EvalError) return false;
  if (want.k === 'not_applicable') return isAbsent(got);
  return !isAbsent(got) && equal(got, want);
}

/** A timeline test's inputs, month by month (the month input set to each month of `over`). */
export function timelineInputs(r: IrRegion, t: IrTest): { month: number; inputs: Map<string, Value> }[] {
  if (!t.over) throw new TypeError(`test "${t.name}" is not a timeline test`);
  const out: { month: number; inputs: Map<string, Value> }[] = [];
  for (let m = t.over.from; m <= t.over.to; m++) {
    const inputs = new Map<string, Value>(t.given);
    for (const [name, parts] of t.series ?? []) {
      const p = parts.find((x) => x.from <= m && m <= x.to);
      if (p) inputs.set(name, p.value);
    }
    if (r.monthInput) inputs.set(r.monthInput, { k: 'month', value: m });
    out.push({ month: m, inputs });
  }
  return out;
}

/** The months a timeline expectation is checked in: its `at`, else the test's last month. */
export function expectedMonths(t: IrTest, e: IrTest['expect'][number]): number[] {
  const span = e.at ?? { from: t.over!.to, to: t.over!.to };
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}

/**
 * Each expectation asks for one name: outputs are evaluated lazily, so an
 * output that does not depend on an `unspecified` value is still checked.
 */
export function runExampleTests(regions: readonly IrRegion[], sink: DiagnosticSink): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  for (const r of regions) {
    const it = new Interpreter(r);
    const types = new Map(r.decls.map((d) => [d.name, d.ty]));
    for (const t of r.tests) {
      let passed = true;
      // one evaluation per month of a timeline test (else one), and the months each expectation is read in
      let evs: Evaluation[];
      let months: number[] | undefined;
      try {
        if (t.over) {
          const steps = timelineInputs(r, t);
          months = steps.map((x) => x.month);
          evs = it.timeline(steps.map((x) => x.inputs));
        } else evs = [it.evaluate(t.given)];
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        sink.error(Diagnostics.TestRaised, t.span, [`"${t.name}"`, err.message]);
        outcomes.push({ region: r.name, test: t.name, passed: false });
        continue;
      }
      for (const e of t.expect) {
        for (const [k, ev] of evs.entries()) {
          const month = months?.[k];
          if (month !== undefined && !expectedMonths(t, e).includes(month)) continue;
          const got = ev.outcome(e.name);
          if (meets(got, e.value)) continue;
          passed = false;
          const ty = types.get(e.name);
          const inMonth = month === undefined ? [] : [text(`in month ${formatMonth(month)}`, `于 ${formatMonth(month)}`)];
          if (got instanceof EvalError && !reportsAsValue(got) && !expectsFailure(e.value)) {
            sink.error(Diagnostics.TestRaised, e.span, [`"${t.name}"`, got.message], { notes: inMonth });
            break;
          }
          const notes = [...inMonth, text(`test "${t.name}" in region \`${r.name}\``, `测试 "${t.name}"，地区 \`${r.name}\``)];
          if (e.value.k === 'range') {
            const seen = describeOutcome(got, ty);
            const want = `${showTyped(e.value.low, ty)} to ${showTyped(e.value.high, ty)}`;
            sink.error(Diagnostics.BadRangeExpectation, e.span, [e.name, text(`expected the range ${want}, got ${seen}`, `期望区间 ${want}，实际为 ${seen}`)], { notes });
          } else {
            sink.error(Diagnostics.TestFailed, e.span, [`"${t.name}"`, e.name, describeExpected(e.value, ty), describeOutcome(got, ty)], {
              notes: [...inMonth, text(`in region \`${r.name}\``, `地区 \`${r.name}\``)],
            });
          }
          break; // the first month that fails is enough
        }
      }
      outcomes.push({ region: r.name, test: t.name, passed });
    }
  }
  return outcomes;
}

/**
 * Checks every invariant of every region with fast-check; a failure is PD6003 with a shrunk
 * counterexample. A stateful region's invariants are checked in every month of generated
 * histories; the failure names the month, the claim's line, and a timeline test to paste.
 */
export function runInvariants(
  regions: readonly IrRegion[],
  sink: DiagnosticSink,
  opts: { runs: number; seed?: number; evaluators?: ReadonlyMap<string, Evaluate>; timelineEvaluators?: ReadonlyMap<string, EvaluateTimeline> },
): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  const seed = opts.seed !== undefined ? { seed: opts.seed } : {};
  for (const r of regions) {
    for (const inv of r.invariants) {
      let f: InvariantFailure | undefined;
      const notes: LocalText[] = [];
      if (isStateful(r)) {
        const evaluateTimeline = opts.timelineEvaluators?.get(r.name);
        const tf = checkTimelineInvariant(r, inv, { runs: opts.runs, ...seed, ...(evaluateTimeline ? { evaluateTimeline } : {}) });
        f = tf;
        const claim = tf?.failure.claim?.source;
        if (claim) notes.push(text(`the claim: ${claim.file}:${claim.line}`, `断言：${claim.file}:${claim.line}`));
        if (tf?.test) notes.push(text(`a test to paste under the region:\n${tf.test}`, `可粘贴到地区下的测试：\n${tf.test}`));
      } else {
        const evaluate = opts.evaluators?.get(r.name);
        f = checkInvariant(r, inv, { runs: opts.runs, ...seed, ...(evaluate ? { evaluate } : {}) });
      }
      if (f) {
        sink.error(Diagnostics.InvariantFailed, inv.span, [`"${inv.name}"`, f.counterexample], {
          notes: [text(f.detail, f.detail), ...notes, text(`in region \`${r.name}\``, `地区 \`${r.name}\``)],
        });
      }
      outcomes.push({ region: r.name, test: `invariant ${inv.name}`, passed: !f });
    }
  }
  return outcomes;
}
