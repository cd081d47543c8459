/**
 * Every invariant written in a policy (FACTS §5) holds for the GENERATED
 * evaluator of every stateless region that declares or inherits it (a
 * stateful region's invariants are checked over histories:
 * timeline-invariants.prop.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkInvariant, type Evaluate } from '../../src/harness/invariants.js';
import { isStateful } from '../../src/ir/ir.js';
import { compilePolicies, generated } from '../support/policies.js';

const { regions } = compilePolicies();

describe('invariants hold for the generated evaluators', () => {
  for (const r of regions.filter((x) => !isStateful(x))) {
    for (const inv of r.invariants) {
      it(`${r.name}: ${inv.name}`, async () => {
        const mod = await generated(r.name);
        const failure = checkInvariant(r, inv, { runs: 300, evaluate: mod.evaluate as Evaluate });
        expect(failure).toBeUndefined();
      });
    }
  }
});

it('the seed policies state invariants I02–I08', () => {
  const cited = new Set(regions.flatMap((r) => r.invariants.flatMap((i) => i.cites)));
  for (const id of ['I02', 'I03', 'I04', 'I05', 'I06', 'I07', 'I08']) expect(cited.has(id), id).toBe(true);
});
