/**
 * Citations are checked against the domain catalogue: a FACTS id (F036, C04,
 * T01, I03) must name an entry of `shared/domain/FACTS.md`, and a seed line
 * (000:95) must name a line of a seed file in `shared/domain/seeds/`. Quoted
 * notes are free text. The catalogue is found beside the repository (CI checks
 * out `shared/` next to it) by walking up from each policy file, from the
 * working directory and from the compiler itself; `POLICYC_FACTS` names it
 * explicitly. When it cannot be found, one warning says so and nothing fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Body, CiteItem, PolicyFile } from '../syntax/ast.js';
import { didYouMean } from './names.js';

export interface FactsIndex {
  readonly path: string;
  /** every id FACTS.md defines: table rows `| F001 |` and headings `### C04.` */
  readonly ids: ReadonlySet<string>;
  /** seed prefix (`000`) → number of lines of that seed file */
  readonly seeds: ReadonlyMap<string, number>;
}

const cache = new Map<string, FactsIndex>();

/** Reads (once per process) the ids of FACTS.md and the line counts of the seeds beside it. */
export function loadFacts(path: string): FactsIndex {
  const hit = cache.get(path);
  if (hit) return hit;
  const textOf = readFileSync(path, 'utf8');
  const ids = new Set<string>();
  for (const m of textOf.matchAll(/^\|\s*([A-Z]\d{2,3})\s*\|/gm)) ids.add(m[1]!);
  for (const m of textOf.matchAll(/^#{2,4}\s+([A-Z]\d{2,3})\b/gm)) ids.add(m[1]!);
  const seeds = new Map<string, number>();
  const dir = join(dirname(path), 'seeds');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      const m = /^(\d{3})_.*\.txt$/.exec(f);
      if (!m || seeds.has(m[1]!)) continue;
      const body = readFileSync(join(dir, f), 'utf8');
      seeds.set(m[1]!, body.length === 0 ? 0 : body.split('\n').length - (body.endsWith('\n') ? 1 : 0));
    }
  }
  const index = { path, ids, seeds };
  cache.set(path, index);
  return index;
}

const here = dirname(fileURLToPath(import.meta.url));

/** FACTS.md: `$POLICYC_FACTS`, else `shared/domain/FACTS.md` in a folder above a policy file, the working directory or the compiler. */
export function locateFacts(policyPaths: readonly string[]): string | undefined {
  const explicit = process.env['POLICYC_FACTS'];
  if (explicit) return existsSync(explicit) ? resolve(explicit) : undefined;
  const starts = [...new Set([...policyPaths.map((p) => dirname(resolve(p))), process.cwd(), here])];
  for (const start of starts) {
    if (!located.has(start)) located.set(start, search(start));
    const f = located.get(start);
    if (f) return f;
  }
  return undefined;
}

/** folder → the FACTS.md found above it (or undefined), so repeated checks do not walk the tree again */
const located = new Map<string, string | undefined>();

function search(start: string): string | undefined {
  for (let d = start; ; d = dirname(d)) {
    const f = join(d, 'shared', 'domain', 'FACTS.md');
    if (existsSync(f)) return f;
    if (dirname(d) === d) return undefined;
  }
}

function* bodyCites(b: Body): Generator<CiteItem> {
  if (b.kind !== 'CasesBody') return;
  for (const c of b.cases) {
    yield* c.cites;
    yield* bodyCites(c.body);
  }
}

export function* fileCites(f: PolicyFile): Generator<CiteItem> {
  yield* f.cites;
  if (f.rounding) yield* f.rounding.cites;
  for (const i of f.inputs) yield* i.cites;
  for (const v of f.values) {
    yield* v.cites;
    yield* bodyCites(v.body);
  }
  for (const t of f.tests) yield* t.cites;
  for (const i of f.invariants) yield* i.cites;
  for (const w of f.waives) yield* w.cites;
  // `out of scope F131 …`: the ids are citations too (PD1010 for one FACTS.md does not define)
  for (const o of f.outOfScope) {
    yield* o.ids;
    yield* o.cites ?? [];
  }
  // `guarantee I01 by …`: the invariant ids, and what the declaration cites
  for (const g of f.guarantees ?? []) {
    yield* g.ids;
    yield* g.cites;
  }
  for (const v of f.values) yield* v.table?.refuted?.cites ?? [];
}

/** The existing id of the same letter nearest in number (T77 → T39). */
function nearestId(id: string, ids: ReadonlySet<string>): string | undefined {
  const n = Number(id.slice(1));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of ids) {
    if (c[0] !== id[0]) continue;
    const d = Math.abs(Number(c.slice(1)) - n);
    if (d < bestD || (d === bestD && c < best!)) [best, bestD] = [c, d];
  }
  return best;
}

export function checkCitations(files: readonly PolicyFile[], sink: DiagnosticSink, factsPath = locateFacts(files.map((f) => f.file))): void {
  const cites = files.flatMap((f) => [...fileCites(f)]).filter((c) => c.kind !== 'note');
  if (cites.length === 0) return;
  if (!factsPath) {
    sink.error(Diagnostics.FactsNotFound, cites[0]!.span, []); // a warning: its entry's severity
    return;
  }
  const facts = loadFacts(factsPath);
  const seedList = [...facts.seeds.keys()].join(', ');
  for (const c of cites) {
    if (c.kind === 'fact') {
      if (facts.ids.has(c.id)) continue;
      const near = nearestId(c.id, facts.ids);
      sink.error(Diagnostics.UnknownFact, c.span, [c.id], didYouMean(near));
    } else if (c.kind === 'seed') {
      const lines = facts.seeds.get(c.seed);
      const cited = `${c.seed}:${c.line}`;
      if (lines === undefined) {
        sink.error(Diagnostics.BadSeedLine, c.span, [cited, text(`there is no seed ${c.seed}`, `没有种子 ${c.seed}`)], {
          notes: [text(`the seeds are ${seedList}`, `现有种子：${seedList}`)],
        });
      } else if (c.line < 1 || c.line > lines) {
        sink.error(Diagnostics.BadSeedLine, c.span, [cited, text(`seed ${c.seed} has lines 1..${lines}`, `种子 ${c.seed} 只有第 1..${lines} 行`)]);
      }
    }
  }
}
