/**
 * Runs the example tests written in policy files against the reference
 * interpreter. A failing expectation is a PD6001 diagnostic at the `expect`
 * line, so authors see test failures exactly like compile errors.
 */
import { Diagnostics, type DiagnosticSink, text } from '../diagnostics/diagnostic.js';
import type { IrRegion } from '../ir/ir.js';
import * as Q from '../ir/rational.js';
import { EvalError, Interpreter, showTyped, type Value } from '../interpret/interpret.js';
import { checkInvariant, type Evaluate } from './invariants.js';

export interface TestOutcome {
  readonly region: string;
  readonly test: string;
  readonly passed: boolean;
}

function equal(a: Value, b: Value): boolean {
  if (a.k === 'num' && b.k === 'num') return Q.cmp(a.value, b.value) === 0;
  return a.k === b.k && a.value === b.value;
}

export function runExampleTests(regions: readonly IrRegion[], sink: DiagnosticSink): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  for (const r of regions) {
    const it = new Interpreter(r);
    const types = new Map(r.decls.map((d) => [d.name, d.ty]));
    for (const t of r.tests) {
      let passed = true;
      try {
        const env = it.run(t.given);
        for (const e of t.expect) {
          const got = env.get(e.name)!;
          if (!equal(got, e.value)) {
            passed = false;
            const ty = types.get(e.name);
            sink.error(Diagnostics.TestFailed, e.span, [`"${t.name}"`, e.name, showTyped(e.value, ty), showTyped(got, ty)], {
              notes: [text(`in region \`${r.name}\``, `地区 \`${r.name}\``)],
            });
          }
        }
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        passed = false;
        sink.error(Diagnostics.TestRaised, t.span, [`"${t.name}"`, err.message]);
      }
      outcomes.push({ region: r.name, test: t.name, passed });
    }
  }
  return outcomes;
}

/** Checks every invariant of every region with fast-check; a failure is PD6003 with a shrunk counterexample. */
export function runInvariants(
  regions: readonly IrRegion[],
  sink: DiagnosticSink,
  opts: { runs: number; seed?: number; evaluators?: ReadonlyMap<string, Evaluate> },
): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  for (const r of regions) {
    for (const inv of r.invariants) {
      const evaluate = opts.evaluators?.get(r.name);
      const f = checkInvariant(r, inv, { runs: opts.runs, ...(opts.seed !== undefined ? { seed: opts.seed } : {}), ...(evaluate ? { evaluate } : {}) });
      if (f) {
        sink.error(Diagnostics.InvariantFailed, inv.span, [`"${inv.name}"`, f.counterexample], {
          notes: [text(f.detail, f.detail), text(`in region \`${r.name}\``, `地区 \`${r.name}\``)],
        });
      }
      outcomes.push({ region: r.name, test: `invariant ${inv.name}`, passed: !f });
    }
  }
  return outcomes;
}
