/**
 * Coverage of per-item defines: their cases must cover every item, i.e. every combination of the item's
 * fields (enum members, booleans, numeric domains) and of the region's inputs. A gap is PD5001 with a
 * witness naming the fields (`m.category = child`), like every case list.
 */
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { IrDecl, IrRegion } from '../ir/ir.js';
import { Analyzer, checkList, type Space } from './coverage.js';

export function checkItemCoverage(r: IrRegion, space: Space, decls: ReadonlyMap<string, IrDecl>, sink: DiagnosticSink): void {
  for (const d of r.items ?? []) {
    if (d.body.kind !== 'cases' || !d.body.cases.length) continue;
    const input = r.inputs.find((i) => i.name === d.list);
    if (input?.ty.k !== 'list') continue;
    const dims = [...space.dims];
    const lo = [...space.full.lo];
    const hi = [...space.full.hi];
    for (const f of input.ty.record.fields) {
      const name = `${d.binder}.${f.name}`;
      if (f.ty.k === 'enum') {
        dims.push({ name, kind: 'enum', members: f.ty.members, field: true });
        lo.push(0);
        hi.push(f.ty.members.length - 1);
      } else if (f.ty.k === 'bool') {
        dims.push({ name, kind: 'bool', field: true });
        lo.push(0);
        hi.push(1);
      } else if ((f.ty.k === 'int' || f.ty.k === 'money') && f.low && f.high) {
        dims.push({ name, kind: f.ty.k, field: true });
        lo.push(Math.ceil(Number(f.low.num) / Number(f.low.den)));
        hi.push(Math.floor(Number(f.high.num) / Number(f.high.den)));
      }
    }
    const itemSpace: Space = { dims, full: { lo, hi } };
    const an = new Analyzer(itemSpace, decls, r.horizon, r.name, r.monthInput);
    checkList(an, d, d.body.cases, [itemSpace.full], d.span, sink);
  }
}
