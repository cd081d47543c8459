/**
 * The ordered checking stages. Each reports into the sink and keeps going;
 * later stages see only regions that earlier stages could build.
 */
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { PolicyFile } from '../syntax/ast.js';
import { checkNumeric } from '../analysis/numeric.js';
import { checkCitations } from './citations.js';
import { checkCoverage } from './coverage.js';
import { buildRegion, sourceOf, type Sources } from './from-ast.js';
import type { IrRegion } from '../ir/ir.js';
import { checkOutOfScope } from './out-of-scope.js';
import { checkGuarantees } from './guarantees.js';
import { lowerRanges } from './ranges.js';
import { mergeRegions, type MergedRegion } from './regions.js';

export interface CheckState {
  readonly files: readonly PolicyFile[];
  readonly sources: Sources;
  merged: MergedRegion[];
  regions: IrRegion[];
}

export interface Pass {
  readonly name: string;
  run(state: CheckState, sink: DiagnosticSink): void;
}

export const passes: readonly Pass[] = [
  // 0. citations name FACTS.md entries and seed lines that exist
  { name: 'citations', run: (s, sink) => checkCitations(s.files, sink) },
  // 1. resolve `extends` chains and overrides; needs every file of the run
  { name: 'regions', run: (s, sink) => void (s.merged = mergeRegions(s.files, sink)) },
  // 1b. a rule declared `out of scope` is not also cited as computed in the same chain (PD2031)
  { name: 'scope', run: (s, sink) => s.merged.forEach((m) => checkOutOfScope(m, sink)) },
  // 1c. `guarantee I01 by PD3005`: the codes are errors of the catalogue (PD2050), each invariant guaranteed once (PD2052)
  { name: 'guarantees', run: (s, sink) => checkGuarantees(s.files, sink, (sp) => { const p = sourceOf(s.sources, sp); return `${p.file}:${p.line}`; }) },
  // 2. names, types, units, rounding, guards and tests, per merged region
  { name: 'types', run: (s, sink) => void (s.regions = s.merged.map((m) => buildRegion(m, s.sources, sink))) },
  // 3. time, band and condition coverage; needs constant parameters from (2)
  { name: 'coverage', run: (s, sink) => s.regions.forEach((r) => checkCoverage(r, sink)) },
  // 4. denominators and ranges: every value must stay exactly representable (PD3008)
  { name: 'numeric', run: (s, sink) => s.regions.forEach((r) => void checkNumeric(r, sink)) },
  // 5. ranges: proven monotone, then computed at both ends (src/check/ranges.ts)
  { name: 'ranges', run: (s, sink) => void (s.regions = s.regions.map((r) => lowerRanges(r, sink))) },
];
