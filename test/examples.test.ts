/**
 * The example tests written in policy files (FACTS §4: T01–T08, T15, …),
 * run through the GENERATED evaluators, to the fen — and through the
 * reference interpreter, as `policyc test` does.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../src/diagnostics/diagnostic.js';
import { runExampleTests } from '../src/harness/run-tests.js';
import { compilePolicies, generated, sameApiValue, toApi } from './support/policies.js';

const { regions, diagnostics } = compilePolicies();

it('the seed policies compile without diagnostics', () => {
  expect(diagnostics.map((d) => `${d.span.file}: ${d.code}`)).toEqual([]);
});

for (const r of regions) {
  describe(`region ${r.name}`, () => {
    for (const t of r.tests) {
      it(`${t.name} (generated evaluator)`, async () => {
        const mod = await generated(r.name);
        const input = Object.fromEntries([...t.given].map(([k, v]) => [k, toApi(v)]));
        const out = mod.evaluate(input);
        // defines and parameters are not returned; read them from the trace
        const steps = (mod.evaluate(input, { trace: true }) as unknown as { steps: { name: string; value: number | string }[] }).steps;
        const traced = (name: string): unknown => {
          const v = steps.find((s) => s.name === name)?.value;
          const q = typeof v === 'string' ? /^(-?\d+)\/(\d+)$/.exec(v) : null;
          return q ? { num: Number(q[1]), den: Number(q[2]) } : v;
        };
        for (const e of t.expect) {
          const want = toApi(e.value);
          const got = e.name in out ? out[e.name] : traced(e.name);
          expect(sameApiValue(got, want), `${e.name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`).toBe(true);
        }
      });
    }
  });
}

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
