/**
 * `policyc check` reports every diagnostic that `policyc build` reports: the
 * back end only prints analysed IR, so code generation must add nothing to
 * what the check passes (including the numeric pass, PD3008) found. Runs both
 * on every golden fixture and on the seed policies.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../src/codegen/emit.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { compile, type PolicySource } from '../../src/index.js';
import { discoverFixtures, policyFiles, readOptions, repoRoot } from '../support/golden.js';

const read = (p: string): PolicySource => ({ path: p, text: readFileSync(join(repoRoot, p), 'utf8') });
const key = (d: { code: string; span: { file: string; start: number } }): string => `${d.code} ${d.span.file}:${d.span.start}`;

function bothWays(files: PolicySource[]): { check: string[]; build: string[] } {
  const c = compile(files);
  const sink = new DiagnosticSink();
  // as `policyc build` does: generate when the check is clean; the back end must then find nothing new
  if (!c.diagnostics.some((d) => d.severity === 'error')) generateAll(c.regions, sink);
  const check = c.diagnostics.map(key);
  return { check, build: [...check, ...sink.items.map(key)] };
}

describe('check reports everything build reports', () => {
  for (const f of discoverFixtures()) {
    it(f, () => {
      const main = read(f);
      const others = readOptions(main.text).with.map((w) => read(relative(repoRoot, join(repoRoot, dirname(f), w)).split('\\').join('/')));
      const { check, build } = bothWays([main, ...others]);
      expect(build).toEqual(check);
    });
  }
  it('the seed policies', () => {
    const { check, build } = bothWays(policyFiles('policies').map(read));
    expect(check).toEqual([]);
    expect(build).toEqual([]);
  });
});
