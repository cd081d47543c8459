/**
 * `out of scope F131 "why"` against what the region chain computes: a rule
 * declared out of scope that a declaration or case of the same chain cites
 * is a warning (PD2031). The author must choose: either the rule is computed
 * (drop the declaration) or it is not (drop the citation).
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { Body, CiteItem, ValueDecl } from '../syntax/ast.js';
import type { MergedRegion } from './regions.js';

/** The fact citations of a declaration and of its cases, nested cases included. */
function* computedCites(v: ValueDecl): Generator<CiteItem & { kind: 'fact' }> {
  const facts = function* (cs: readonly CiteItem[]): Generator<CiteItem & { kind: 'fact' }> {
    for (const c of cs) if (c.kind === 'fact') yield c;
  };
  yield* facts(v.cites);
  const walk = function* (b: Body): Generator<CiteItem & { kind: 'fact' }> {
    if (b.kind !== 'CasesBody') return;
    for (const c of b.cases) {
      yield* facts(c.cites);
      yield* walk(c.body);
    }
  };
  yield* walk(v.body);
}

export function checkOutOfScope(m: MergedRegion, sink: DiagnosticSink): void {
  if (m.outOfScope.length === 0) return;
  const computed = new Map<string, { span: Span; v: ValueDecl }>();
  for (const v of m.values) for (const c of computedCites(v)) if (!computed.has(c.id)) computed.set(c.id, { span: c.span, v });
  for (const { decl } of m.outOfScope) {
    for (const i of decl.ids) {
      const hit = computed.get(i.id);
      if (!hit) continue;
      const what = `\`${hit.v.declKind} ${hit.v.name.name}\``;
      sink.error(Diagnostics.OutOfScopeButComputed, i.span, [i.id, text(what, what)], {
        related: [{ span: hit.span, message: text('cited as computed here', '在此作为计算依据被引用') }],
      });
    }
  }
}
