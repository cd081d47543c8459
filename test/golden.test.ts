/**
 * Golden diagnostics: one test per fixture under test/golden/<stage>/{good,bad}/ (and fuzz/, where
 * `npm run fuzz` saves counterexamples). Fixture options are described in test/support/golden.ts.
 * Each compares the exact no-colour pretty output (ending `exit: N`) with
 * `<case>.diag.txt` beside the fixture. Update with `npm run test:update`
 * (vitest -u) or `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`, then read the diff.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFixtures, goldenDir, goldenPathOf, policyFiles, repoRoot, runFixture } from './support/golden.js';

const fixtures = discoverFixtures();
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden diagnostics', () => {
  it('finds fixtures in every stage', () => {
    const stages = new Set(fixtures.map((f) => f.split('/')[2]));
    for (const s of ['syntax', 'names', 'units', 'dates', 'coverage', 'tests', 'io']) expect(stages, s).toContain(s);
  });

  for (const fixture of fixtures) {
    it(fixture.slice(goldenDir.length + 1), async () => {
      const actual = runFixture(fixture);
      const golden = join(repoRoot, goldenPathOf(fixture));
      if (update) writeFileSync(golden, actual);
      await expect(actual).toMatchFileSnapshot(golden);
      expect(actual, 'no internal compiler error').not.toContain(' PD9002: ');
      const kind = fixture.split('/')[3]; // good | bad; fuzz/ counterexamples only have to match
      if (kind === 'good') expect(actual, 'a good/ case compiles cleanly').toBe('exit: 0\n');
      if (kind === 'bad') expect(actual, 'a bad/ case reports an error').toMatch(/exit: 1\n$/);
    });
  }

  it('has no golden without its fixture', () => {
    const all = new Set(policyFiles(goldenDir));
    const orphans: string[] = [];
    const walk = (d: string): void => {
      for (const f of readdirSync(join(repoRoot, d), { withFileTypes: true })) {
        const p = posix.join(d, f.name);
        if (f.isDirectory()) walk(p);
        else if (p.endsWith('.diag.txt') && !all.has(p.replace(/\.diag\.txt$/, '.policy'))) orphans.push(p);
      }
    };
    if (existsSync(join(repoRoot, goldenDir))) walk(goldenDir);
    expect(orphans).toEqual([]);
  });
});
