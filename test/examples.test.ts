/**
 * The example tests written in policy files (FACTS §4: T01–T08, T15, …),
 * run through the GENERATED evaluators, to the fen — and through the
 * reference interpreter, as `policyc test` does.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../src/diagnostics/diagnostic.js';
import { expectedMonths, runExampleTests, timelineInputs } from '../src/harness/run-tests.js';
import type { IrRegion, IrTest } from '../src/ir/ir.js';
import { PolicyError } from '../src/runtime/errors.js';
import { compilePolicies, generated, sameApiValue, toApi } from './support/policies.js';

const { regions, diagnostics } = compilePolicies();

it('the seed policies compile without diagnostics', () => {
  expect(diagnostics.map((d) => `${d.span.file}: ${d.code}`)).toEqual([]);
});

for (const r of regions) {
  describe(`region ${r.name}`, () => {
    for (const t of r.tests) {
      if (t.over) {
        it(`${t.name} (generated evaluateTimeline)`, async () => timelineTest(r, t));
        continue;
      }
      it(`${t.name} (generated evaluator)`, async () => {
        const mod = await generated(r.name);
        const input = Object.fromEntries([...t.given].map(([k, v]) => [k, toApi(v)]));
        const out = mod.evaluate(input);
        // defines and parameters are not returned; read them from the trace (computed only when needed)
        const traced = (name: string): unknown => {
          const steps = (mod.evaluate(input, { trace: true }) as unknown as { steps: { name: string; value: number | string }[] }).steps;
          const v = steps.find((s) => s.name === name)?.value;
          const q = typeof v === 'string' ? /^(-?\d+)\/(\d+)$/.exec(v) : null;
          return q ? { num: Number(q[1]), den: Number(q[2]) } : v === 'not applicable' ? null : v;
        };
        // outputs are lazy: reading one that depends on an unspecified value throws
        const get = (name: string): unknown => {
          try {
            return name in out ? out[name] : traced(name);
          } catch (e) {
            // a traced evaluation stops at the first failed rule: a define behind another rule's failure
            // cannot be read through the trace (the reference interpreter checks it in \`policyc test\`)
            if (e instanceof PolicyError && !(name in out) && e.field !== name) return TRACE_STOPPED;
            if (e instanceof PolicyError) return e;
            throw e;
          }
        };
        for (const e of t.expect) {
          const got = get(e.name);
          if (got === TRACE_STOPPED) continue;
          if (e.value.k === 'unspecified') {
            expect(got instanceof PolicyError ? got.kind : got, e.name).toBe('unspecified');
            continue;
          }
          const want = e.value.k === 'not_applicable' ? null : toApi(e.value);
          expect(sameApiValue(got, want), `${e.name}: got ${got instanceof PolicyError ? got.message : JSON.stringify(got)}, want ${JSON.stringify(want)}`).toBe(true);
        }
      });
    }
  });
}

/** A define the generated trace cannot reach (another rule failed first). */
const TRACE_STOPPED = Symbol('trace stopped');

type Steps = { steps: { name: string; value: number | string }[] }[];

/** A timeline test (`over …`) through the generated `evaluateTimeline`, each expectation in each of its months. */
async function timelineTest(r: IrRegion, t: IrTest): Promise<void> {
  const mod = (await generated(r.name)) as unknown as { evaluateTimeline(months: Record<string, unknown>[], options?: { trace: boolean }): Record<string, unknown>[] };
  const months = timelineInputs(r, t);
  const rows = months.map((m) => Object.fromEntries([...m.inputs].map(([k, v]) => [k, toApi(v)])));
  const outs = mod.evaluateTimeline(rows);
  let traced: Steps | undefined;
  // defines are not returned: read them from the month's trace
  const fromTrace = (k: number, name: string): unknown => {
    traced ??= mod.evaluateTimeline(rows, { trace: true }) as unknown as Steps;
    const v = traced[k]!.steps.find((s) => s.name === name)?.value;
    return v === 'not applicable' ? null : v;
  };
  let checked = 0;
  for (const e of t.expect) {
    for (const month of expectedMonths(t, e)) {
      const k = month - t.over!.from;
      let got: unknown;
      try {
        got = e.name in outs[k]! ? outs[k]![e.name] : fromTrace(k, e.name);
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        // as above: a define behind another rule's failure is not readable through the trace
        if (!(e.name in outs[k]!) && err.field !== e.name) continue;
        got = err;
      }
      const where = `${e.name} in ${String(rows[k]![r.monthInput!])}`;
      checked++;
      if (e.value.k === 'unspecified') {
        expect(got instanceof PolicyError ? got.kind : got, where).toBe('unspecified');
        continue;
      }
      const want = e.value.k === 'not_applicable' ? null : toApi(e.value);
      expect(sameApiValue(got, want), `${where}: got ${got instanceof PolicyError ? got.message : JSON.stringify(got)}, want ${JSON.stringify(want)}`).toBe(true);
    }
  }
  expect(checked).toBeGreaterThan(0);
}

it('T29 and T30 run through the generated timeline evaluator', () => {
  const timeline = regions.flatMap((r) => r.tests.filter((t) => t.over).flatMap((t) => t.cites));
  expect(timeline).toEqual(expect.arrayContaining(['T29', 'T30']));
});

it('every example test passes in the reference interpreter', () => {
  const sink = new DiagnosticSink();
  const outcomes = runExampleTests(regions, sink);
  expect(sink.items.map((d) => d.message.args.join(' '))).toEqual([]);
  expect(outcomes.length).toBeGreaterThanOrEqual(19);
});

it('T01–T03 are among the example tests', () => {
  const cites = regions.find((r) => r.name === 'national')!.tests.flatMap((t) => t.cites);
  expect(cites).toEqual(expect.arrayContaining(['T01', 'T02', 'T03']));
});
