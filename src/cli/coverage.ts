/**
 * Decision coverage of the example tests: which case of which declaration no
 * example test reaches. Each test runs through the reference interpreter with
 * a trace, asking only for the names it expects (evaluation is lazy, so a case
 * counts as reached only when a test's expectation depends on it).
 */
import type { IrBody, IrRegion } from '../ir/ir.js';
import { HIGH_END, LOW_END } from '../check/ranges.js';
import { walkBody } from '../ir/visit.js';
import { EvalError, Interpreter, type InterpStep } from '../interpret/interpret.js';

export interface CaseSite {
  readonly decl: string;
  /** the guards from the outermost case in, as `explain` prints them (`for employed › when age < 35`) */
  readonly branch: string;
  readonly file: string;
  readonly line: number;
}

export interface RegionCoverage {
  readonly region: string;
  readonly cases: number;
  readonly reached: number;
  readonly unreached: readonly CaseSite[];
}

const hasRange = (b: IrBody): boolean => {
  let found = false;
  walkBody(b, { absent: (k) => void (found ||= k === 'range') });
  return found;
};

const key = (decl: string, branch: string): string => `${decl}\u0000${branch}`;

/** Every leaf case of every declaration written with cases. */
export function caseSites(r: IrRegion): CaseSite[] {
  const out: CaseSite[] = [];
  // the twins of a declaration in a range (src/check/ranges.ts) repeat its cases: counted once, as its own
  const ranged = new Set(r.decls.filter((d) => hasRange(d.body)).map((d) => d.name));
  const twin = (n: string): boolean => [LOW_END, HIGH_END].some((s) => n.endsWith(s) && ranged.has(n.slice(0, -s.length)));
  // per-item defines too: their cases are reached through the aggregates a test's expectations read
  for (const d of [...r.decls, ...(r.items ?? [])]) {
    if (twin(d.name)) continue;
    const walk = (b: IrBody, path: string[], line: number): void => {
      if (b.kind === 'value') {
        if (path.length) out.push({ decl: d.name, branch: path.join(' › '), file: d.source.file, line });
        return;
      }
      for (const c of b.cases) walk(c.body, [...path, c.label], c.source.line);
    };
    walk(d.body, [], d.source.line);
  }
  return out;
}

/** The cases a region's example tests reach. */
export function reachedCases(r: IrRegion): Set<string> {
  const reached = new Set<string>();
  const it = new Interpreter(r);
  for (const t of r.tests) {
    const trace: InterpStep[] = [];
    let ev;
    try {
      ev = it.evaluate(t.given, trace);
    } catch (e) {
      if (e instanceof EvalError) continue; // an invalid given reaches nothing
      throw e;
    }
    for (const e of t.expect) {
      const got = ev.outcome(e.name);
      // an `unspecified` leaf raises instead of tracing; its message ends with the case path
      if (got instanceof EvalError && got.kind === 'unspecified') {
        const path = /\(([^()]*)\)$/.exec(got.message)?.[1];
        if (path) reached.add(key(got.field, path));
      }
      // so do `unresolved` leaves and ranges whose ends differ; they carry their case path
      if (got instanceof EvalError && got.detail?.branch) reached.add(key(got.field, got.detail.branch));
    }
    for (const s of trace) reached.add(key(s.name, s.branch));
  }
  return reached;
}

export function regionCoverage(r: IrRegion): RegionCoverage {
  const sites = caseSites(r);
  const reached = reachedCases(r);
  const unreached = sites.filter((s) => !reached.has(key(s.decl, s.branch)));
  return { region: r.name, cases: sites.length, reached: sites.length - unreached.length, unreached };
}

export function percentOf(reached: number, total: number): number {
  return total === 0 ? 100 : (reached / total) * 100;
}
