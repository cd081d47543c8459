/**
 * `policyc check` (and `--version`) must not load the code generator or the
 * property-test engine: authors run `check` on every edit. This walks the
 * static import graph from each command's module (dynamic `import()` is the
 * only way the CLI reaches other commands).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec.startsWith('node:') ? 'node' : spec.split('/')[0]!);
    }
  };
  visit(join(repoRoot, entry));
  return packages;
}

describe('what each command loads', () => {
  it('the CLI entry loads only the argument parser', () => {
    expect([...staticImports('src/cli/main.ts')].sort()).toEqual(['commander', 'node']); // node: builtins cost nothing to load
  });
  it('check loads neither ts-morph nor fast-check', () => {
    const pkgs = staticImports('src/cli/check.ts');
    expect(pkgs).not.toContain('ts-morph');
    expect(pkgs).not.toContain('fast-check');
    expect(pkgs).toContain('chevrotain');
  });
  it('build loads ts-morph (the test above is not vacuous)', () => {
    expect(staticImports('src/cli/build.ts')).toContain('ts-morph');
  });
});
