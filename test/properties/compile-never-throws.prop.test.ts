/**
 * Compiling any input never throws: every golden fixture and policy, mutated at the token level,
 * compiles to positioned diagnostics that render in every format and language.
 * `npm run fuzz -- --runs N` runs the same property for longer and saves counterexamples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileArb } from '../fuzz/hostile.js';
import { caseArb, checkCase, loadSeeds } from '../fuzz/mutate.js';

const seeds = loadSeeds();
const numRuns = Number(process.env['FUZZ_RUNS'] ?? 300);
const hostileRuns = Number(process.env['FUZZ_HOSTILE_RUNS'] ?? 30);

describe('compile never throws', () => {
  it('seeds from test/golden and policies/', () => {
    expect(seeds.some((s) => s.path.startsWith('test/golden/'))).toBe(true);
    expect(seeds.some((s) => s.path.startsWith('policies/'))).toBe(true);
  });

  it.each(seeds.map((s) => [s.path, s] as const))('unmutated seed %s', (_p, s) => {
    checkCase({ seed: s.path, path: s.path, text: s.text, extra: s.extra });
  });

  it(`mutated seeds (${numRuns} runs)`, () => {
    fc.assert(
      fc.property(caseArb(seeds), (c) => checkCase(c)),
      {
        numRuns,
        // print the seed file, the mutated text and fast-check's seed/path so the case can be replayed
        reporter: (d) => {
          if (!d.failed) return;
          const c = d.counterexample?.[0];
          throw new Error(
            `compile misbehaved (fast-check seed ${d.seed}, path "${d.counterexamplePath}")\n` +
              `seed file: ${c?.seed}\n--- mutated text ---\n${c?.text}\n--- error ---\n${String(d.errorInstance)}`,
          );
        },
      },
    );
  });

  // deep nesting, long chains and names, many cases, huge domains, name clashes, control characters, line endings;
  // each class must also report its own diagnostics (`npm run fuzz -- --hostile` runs many more)
  it(`generated hostile inputs (${hostileRuns} runs)`, () => {
    fc.assert(
      fc.property(hostileArb(0.02), (c) => checkCase(c)),
      { numRuns: hostileRuns },
    );
  });
});
