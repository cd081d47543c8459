/**
 * Generated code: reproducible (byte-identical to the committed files),
 * deterministic, and clean under `tsc --strict`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, indexModule, isGeneratedFileName } from '../../src/codegen/emit.js';
import { schemaFiles } from '../../src/codegen/schema.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { compilePolicies } from '../support/policies.js';
import { typeErrors } from '../support/checks.js';

describe('generated/', () => {
  const { regions } = compilePolicies();

  it('matches what the policies generate (run `npm run gen:policies` if this fails)', () => {
    const sink = new DiagnosticSink();
    const mods = generateAll(regions, sink);
    expect(sink.items).toEqual([]);
    const files = [...mods, indexModule(mods), ...schemaFiles(regions, mods)];
    expect(readdirSync('generated').filter(isGeneratedFileName).sort()).toEqual(files.map((f) => f.fileName).sort());
    for (const f of files) expect(readFileSync(join('generated', f.fileName), 'utf8'), f.fileName).toBe(f.text);
  });

  it('is deterministic: generating twice gives identical text', () => {
    const a = generateAll(regions, new DiagnosticSink()).map((m) => m.text);
    const b = generateAll(compilePolicies().regions, new DiagnosticSink()).map((m) => m.text);
    expect(a).toEqual(b);
  });

  it('starts with the do-not-edit header', () => {
    for (const f of readdirSync('generated').filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join('generated', f), 'utf8')).toMatch(/^\/\/ Generated .* Do not edit\.\n\/\* eslint-disable \*\//);
    }
  });

  it('compiles under tsc --strict, with no unused constant, function, import or parameter', () => {
    const files = readdirSync('generated')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('generated', f));
    expect(typeErrors(files, { noUnusedLocals: true, noUnusedParameters: true, allowImportingTsExtensions: false })).toEqual([]);
  });
});
