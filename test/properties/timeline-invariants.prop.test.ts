/**
 * Every invariant of every STATEFUL region holds in every month of generated
 * histories (src/harness/timeline-invariants.ts): with the reference
 * interpreter's timeline, and with the generated module's `evaluateTimeline`
 * once the code generator writes one (until then that case says so and checks
 * the interpreter again, so nothing is silently skipped).
 */
import { describe, expect, it } from 'vitest';
import { isStateful } from '../../src/ir/ir.js';
import { checkTimelineInvariant } from '../../src/harness/timeline-invariants.js';
import { compilePolicies, generatedTimeline } from '../support/policies.js';

const { regions } = compilePolicies();
const stateful = regions.filter(isStateful);
const RUNS = Number(process.env.PROPS_RUNS ?? 150);

it('there are stateful regions with invariants to check', () => {
  expect(stateful.map((r) => r.name)).toContain('account_ledger');
  expect(stateful.every((r) => r.invariants.length > 0)).toBe(true);
});

describe('invariants hold over histories (reference interpreter)', () => {
  for (const r of stateful) {
    for (const inv of r.invariants) {
      it(`${r.name}: ${inv.name}`, () => {
        const failure = checkTimelineInvariant(r, inv, { runs: RUNS, seed: 20241201 });
        expect(failure && `${failure.counterexample}: ${failure.detail}\n${failure.test}`).toBeUndefined();
      });
    }
  }
});

describe('invariants hold over histories (generated evaluateTimeline)', () => {
  for (const r of stateful) {
    it(`${r.name}: every invariant`, async () => {
      const evaluateTimeline = await generatedTimeline(r.name);
      if (!evaluateTimeline) console.warn(`generated/${r.name}.ts has no evaluateTimeline yet: checked with the interpreter only`);
      for (const inv of r.invariants) {
        const failure = checkTimelineInvariant(r, inv, { runs: RUNS, seed: 7, ...(evaluateTimeline ? { evaluateTimeline } : {}) });
        expect(failure && `${inv.name}: ${failure.counterexample}: ${failure.detail}\n${failure.test}`).toBeUndefined();
      }
    });
  }
});
