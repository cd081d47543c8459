/**
 * `guarantee I01 by PD3005, PD3001 "reason"`: each named code must be an error of the diagnostic
 * catalogue, since only an error stops a policy that breaks the invariant from compiling (PD2050); an
 * invariant is guaranteed once in a run (PD2052). The ids are checked against FACTS.md with the other
 * citations (PD1010), their shape when the AST is built (PD1027).
 */
import { Diagnostics, type DiagnosticEntry } from '../diagnostics/codes.js';
import { text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { PolicyFile } from '../syntax/ast.js';

const byCode: ReadonlyMap<string, DiagnosticEntry> = new Map(Object.values(Diagnostics).map((e: DiagnosticEntry) => [e.code, e]));

export function checkGuarantees(files: readonly PolicyFile[], sink: DiagnosticSink, place: (sp: Span) => string): void {
  const first = new Map<string, Span>();
  for (const f of files) {
    for (const g of f.guarantees ?? []) {
      const ids = g.ids.map((i) => i.id).join(', ') || text('an invariant', '不变式');
      for (const c of g.codes) {
        const e = byCode.get(c.name);
        if (!e) sink.error(Diagnostics.GuaranteeCode, c.span, [c.name, ids, text('the diagnostic catalogue has no such code', '诊断目录中没有此代码')]);
        else if (e.severity !== 'error') {
          sink.error(Diagnostics.GuaranteeCode, c.span, [c.name, ids, text(`it is a ${e.severity}, so a policy it reports still compiles`, `它是${e.severity === 'warning' ? '警告' : '提示'}，被它报告的策略仍能编译`)]);
        }
      }
      for (const i of g.ids) {
        const prev = first.get(i.id);
        if (prev) sink.error(Diagnostics.GuaranteedTwice, i.span, [i.id, place(prev)], { related: [{ span: prev, message: text('guaranteed here', '在此声明保证') }] });
        else first.set(i.id, i.span);
      }
    }
  }
}
