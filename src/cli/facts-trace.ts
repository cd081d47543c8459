/**
 * Traceability (`policyc facts`): for every FACTS id, the policy lines whose
 * `cite` names it. A rule (F) is computed when a declaration or one of its
 * cases cites it, out of scope when a region declares it so, else not traced;
 * a contradiction (C) is modelled by whatever cites it (its readings); a
 * worked test (T) is traced by the example tests that cite it, an invariant
 * (I) by the `invariant`s that cite it, else guaranteed when a `guarantee` names it (the compiler
 * enforces it with error codes). For a C id the regions citing it are its readings. Read from the AST of each file, so an
 * inherited declaration is one line, not one per extending region.
 */
import type { SourceFile } from '../diagnostics/span.js';
import type { Body, CiteItem, PolicyFile } from '../syntax/ast.js';

export type SiteKind = 'region' | 'rounding' | 'input' | 'parameter' | 'output' | 'define' | 'state' | 'case' | 'test' | 'invariant' | 'waive' | 'refuted' | 'scope' | 'destination' | 'fund' | 'bound';

/** One policy line that cites a FACTS id. */
export interface Site {
  readonly file: string;
  readonly line: number;
  readonly region: string;
  readonly kind: SiteKind;
  /** the declaration, test or invariant (for a case: its declaration); the region for `region`/`rounding` */
  readonly name: string;
  /** for a case: its guard as written */
  readonly guard?: string;
}

export interface OutOfScopeSite {
  readonly file: string;
  readonly line: number;
  readonly region: string;
  readonly reason: string;
}

/** `guarantee I01 by PD3005 …`: the compiler enforces the invariant with these error codes. */
export interface GuaranteeSite {
  readonly file: string;
  readonly line: number;
  readonly region: string;
  readonly codes: readonly string[];
  readonly reason: string;
}

export type Status = 'computed' | 'out_of_scope' | 'modelled' | 'tested' | 'checked' | 'guaranteed' | 'not_traced';

export interface Traced {
  readonly id: string;
  readonly status: Status;
  readonly sites: readonly Site[];
  readonly outOfScope: readonly OutOfScopeSite[];
  /** for an invariant (I): the `guarantee` declarations naming it */
  readonly guarantees?: readonly GuaranteeSite[];
  /** for a contradiction (C): the regions (readings) whose lines cite it, in file order, with the notes that name the reading */
  readonly readings?: readonly Reading[];
}

export interface Tally {
  readonly traced: number;
  readonly outOfScope: number;
  /** invariants guaranteed by the compiler (`guarantee`) rather than checked by an `invariant` */
  readonly guaranteed: number;
  readonly notTraced: number;
  readonly total: number;
}

export interface Trace {
  readonly ids: readonly Traced[];
  readonly summary: Readonly<Record<'F' | 'C' | 'T' | 'I', Tally>>;
}

/** a `not graded` claim (C03) counts: the compiler computes the claim's truth and proves it false */
const computing: ReadonlySet<SiteKind> = new Set(['parameter', 'output', 'define', 'state', 'case', 'refuted', 'destination', 'fund', 'bound']);

/** A contradiction's reading: the region, and the note after the C id in its header (`region x cite C31 "reading B"`). */
export interface Reading {
  readonly region: string;
  readonly notes: readonly string[];
}

/** Each cite item with the note written directly after it in the same list, if any. */
function notesAfter(cites: readonly CiteItem[]): Map<CiteItem, string> {
  const out = new Map<CiteItem, string>();
  cites.forEach((c, i) => {
    const next = cites[i + 1];
    if (c.kind === 'fact' && next?.kind === 'note') out.set(c, next.text);
  });
  return out;
}

function* sitesOf(f: PolicyFile, src: SourceFile | undefined): Generator<[CiteItem, Omit<Site, 'file' | 'line' | 'region'>]> {
  const region = f.region.name;
  for (const c of f.cites) yield [c, { kind: 'region', name: region }];
  for (const c of f.rounding?.cites ?? []) yield [c, { kind: 'rounding', name: region }];
  for (const i of f.inputs) for (const c of i.cites) yield [c, { kind: 'input', name: i.name.name }];
  for (const v of f.values) {
    for (const c of v.cites) yield [c, { kind: v.declKind, name: v.name.name }];
    for (const c of v.table?.refuted?.cites ?? []) yield [c, { kind: 'refuted', name: v.name.name }];
    const walk = function* (b: Body): Generator<[CiteItem, Omit<Site, 'file' | 'line' | 'region'>]> {
      if (b.kind !== 'CasesBody') return;
      for (const k of b.cases) {
        const guard = src ? src.text.slice(k.guard.span.start, k.guard.span.end).replace(/\s+/g, ' ') : k.guard.kind;
        for (const c of k.cites) yield [c, { kind: 'case', name: v.name.name, guard }];
        yield* walk(k.body);
      }
    };
    yield* walk(v.body);
  }
  for (const t of f.tests) for (const c of t.cites) yield [c, { kind: 'test', name: t.name }];
  for (const i of f.invariants) for (const c of i.cites) yield [c, { kind: 'invariant', name: i.name }];
  for (const w of f.waives) for (const c of w.cites) yield [c, { kind: 'waive', name: w.name }];
  for (const o of f.outOfScope) for (const c of o.cites ?? []) yield [c, { kind: 'scope', name: o.ids.map((i) => i.id).join(', ') }];
  for (const d of f.flows ?? []) {
    const name = d.kind === 'DestinationDecl' ? d.amount.name : d.kind === 'FundDecl' ? d.fund.name : d.names.map((n) => n.name).join(' + ');
    const kind = d.kind === 'DestinationDecl' ? 'destination' : d.kind === 'FundDecl' ? 'fund' : 'bound';
    for (const c of d.cites) yield [c, { kind, name }];
    // the compiler derives I02 invariants from each split and each fund line (src/check/flows.ts)
    if (d.kind === 'DestinationDecl' && d.shares.length > 0) yield [{ kind: 'fact', id: 'I02', span: d.span }, { kind: 'invariant', name: `I02 derived from the destination of ${name}` }];
    if (d.kind === 'FundDecl') yield [{ kind: 'fact', id: 'I02', span: d.span }, { kind: 'invariant', name: `I02 derived from the fund line of ${name}` }];
  }
}

const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** Traces every id of `catalogue` (FACTS.md's ids) through the policy files. */
export function traceFacts(files: readonly PolicyFile[], sources: ReadonlyMap<string, SourceFile>, catalogue: Iterable<string>): Trace {
  const sites = new Map<string, Map<string, Site>>();
  const out = new Map<string, OutOfScopeSite[]>();
  const guaranteed = new Map<string, GuaranteeSite[]>();
  const notes = new Map<string, string[]>(); // `C31\0region` → the notes naming that reading
  const lineOf = (file: string, offset: number): number => sources.get(file)?.position(offset).line ?? 0;
  const noteOf = new Map<CiteItem, string>();
  for (const f of files) {
    const src = sources.get(f.file);
    // a reading is named in its region's header: `region x extends y cite C31 "reading B"`
    for (const [c, n] of notesAfter(f.cites)) noteOf.set(c, n);
    for (const [c, what] of sitesOf(f, src)) {
      if (c.kind !== 'fact') continue;
      const note = noteOf.get(c);
      if (note !== undefined) notes.set(`${c.id}\u0000${f.region.name}`, [...new Set([...(notes.get(`${c.id}\u0000${f.region.name}`) ?? []), note])]);
      const site: Site = { file: f.file, line: lineOf(f.file, c.span.start), region: f.region.name, ...what };
      const key = `${site.file}:${site.line}:${site.kind}:${site.name}`;
      const m = sites.get(c.id) ?? new Map<string, Site>();
      sites.set(c.id, m.set(key, m.get(key) ?? site));
    }
    for (const o of f.outOfScope) {
      for (const i of o.ids) out.set(i.id, [...(out.get(i.id) ?? []), { file: f.file, line: lineOf(f.file, o.span.start), region: f.region.name, reason: o.reason }]);
    }
    for (const g of f.guarantees ?? []) {
      const site: GuaranteeSite = { file: f.file, line: lineOf(f.file, g.span.start), region: f.region.name, codes: g.codes.map((c) => c.name), reason: g.reason };
      for (const i of g.ids) guaranteed.set(i.id, [...(guaranteed.get(i.id) ?? []), site]);
    }
  }
  const letters = ['F', 'C', 'T', 'I'] as const;
  const ids = [...new Set(catalogue)].filter((id) => (letters as readonly string[]).includes(id[0]!)).sort((a, b) => letters.indexOf(a[0] as 'F') - letters.indexOf(b[0] as 'F') || Number(a.slice(1)) - Number(b.slice(1)));
  const traced = ids.map((id): Traced => {
    const s = [...(sites.get(id)?.values() ?? [])].sort(byPlace);
    const o = (out.get(id) ?? []).sort(byPlace);
    const g = (guaranteed.get(id) ?? []).sort(byPlace);
    const status = statusOf(id[0] as (typeof letters)[number], s, o, g);
    const readings = id[0] === 'C' ? [...new Set(s.map((x) => x.region))].map((region): Reading => ({ region, notes: notes.get(`${id}\u0000${region}`) ?? [] })) : [];
    return { id, status, sites: s, outOfScope: o, ...(g.length > 0 ? { guarantees: g } : {}), ...(readings.length > 0 ? { readings } : {}) };
  });
  const tally = (l: string): Tally => {
    const of = traced.filter((t) => t.id[0] === l);
    const notTraced = of.filter((t) => t.status === 'not_traced').length;
    const outOfScope = of.filter((t) => t.status === 'out_of_scope').length;
    const guaranteedN = of.filter((t) => t.status === 'guaranteed').length;
    return { traced: of.length - notTraced - outOfScope - guaranteedN, outOfScope, guaranteed: guaranteedN, notTraced, total: of.length };
  };
  return { ids: traced, summary: { F: tally('F'), C: tally('C'), T: tally('T'), I: tally('I') } };
}

function statusOf(letter: 'F' | 'C' | 'T' | 'I', sites: readonly Site[], out: readonly OutOfScopeSite[], guarantees: readonly GuaranteeSite[]): Status {
  if (letter === 'F') return sites.some((s) => computing.has(s.kind)) ? 'computed' : out.length > 0 ? 'out_of_scope' : 'not_traced';
  if (letter === 'C') return sites.length > 0 ? 'modelled' : 'not_traced';
  if (letter === 'T') return sites.some((s) => s.kind === 'test') ? 'tested' : 'not_traced';
  return sites.some((s) => s.kind === 'invariant') ? 'checked' : guarantees.length > 0 ? 'guaranteed' : 'not_traced';
}
