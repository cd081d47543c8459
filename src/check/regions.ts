/**
 * Region inheritance: resolves `extends` chains and merges declarations.
 * An override must name a declaration of the parent with the same kind and
 * type; redeclaring a parent's name without `override` is an error, so a typo
 * can never create a new, silently unused parameter.
 */
import { Diagnostics, text, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { InputDecl, InvariantDecl, OutOfScopeDecl, PolicyFile, TestDecl, ValueDecl } from '../syntax/ast.js';
import { camelOfKey, didYouMean, suggest, tsNameKey } from './names.js';
import { checkFlows, derivedInvariants, mergeFlows, type MergedFlows } from './flows.js';
import { typeText } from './scope.js';

/** A region with its inherited declarations, still as AST (each decl keeps its own file span). */
export interface MergedRegion {
  readonly name: string;
  readonly ast: PolicyFile;
  readonly chain: readonly PolicyFile[]; // root first
  readonly inputs: readonly InputDecl[];
  readonly values: readonly ValueDecl[];
  readonly tests: readonly TestDecl[];
  /** inherited invariants (minus waived ones) and the region's own */
  readonly invariants: readonly InvariantDecl[];
  /** `out of scope` declarations of the whole chain (root first), each with the region that declares it */
  readonly outOfScope: readonly { readonly decl: OutOfScopeDecl; readonly region: string }[];
  /** for each value and invariant, the region whose file declares it */
  readonly owner: ReadonlyMap<ValueDecl | InvariantDecl, string>;
  /** its `extends` chain is a cycle (PD2013, reported): what it would inherit is unknown, so nothing is reported missing */
  readonly inCycle: boolean;
  /** `destination`, `fund` and `bound` lines of the chain (src/check/flows.ts) */
  readonly flows: MergedFlows;
}

export function mergeRegions(files: readonly PolicyFile[], sink: DiagnosticSink): MergedRegion[] {
  const byName = new Map<string, PolicyFile>();
  for (const f of files) {
    const prev = byName.get(f.region.name);
    if (prev) {
      sink.error(Diagnostics.DuplicateDeclaration, f.region.span, [f.region.name], {
        related: [{ span: prev.region.span, message: text('first declared here', '首次声明于此') }],
      });
      continue;
    }
    byName.set(f.region.name, f);
  }
  // region names become module files and imports: `a_b` and `aB` (or `Hunan` and `hunan`) would clash
  reportClashes(
    [...byName.values()].map((f) => f.region),
    (n) => tsNameKey(n).toLowerCase(),
    sink,
  );
  const merged = new Map<string, MergedRegion | null>(); // null = in progress / failed
  const visit = (f: PolicyFile, path: string[]): MergedRegion | null => {
    if (merged.has(f.region.name)) return merged.get(f.region.name)!;
    merged.set(f.region.name, null);
    let parent: MergedRegion | null | undefined;
    if (f.parent) {
      const pf = byName.get(f.parent.name);
      if (!pf) {
        sink.error(Diagnostics.UnknownRegion, f.parent.span, [f.parent.name], didYouMean(suggest(f.parent.name, byName.keys())));
        merged.set(f.region.name, null);
        return null;
      }
      const chain = [...path, f.region.name];
      if (chain.includes(pf.region.name)) {
        // `region r extends r` is the shortest cycle. The region is still checked, as if it
        // extended nothing (a cycle has nothing outside itself to inherit), so its other errors show.
        const cycle = [...chain.slice(chain.indexOf(pf.region.name)), pf.region.name];
        sink.error(Diagnostics.CyclicExtends, f.parent.span, [f.region.name, cycle.join(' → ')]);
        const m = mergeOne(f, undefined, sink, true);
        merged.set(f.region.name, m);
        return m;
      }
      parent = visit(pf, chain);
      if (!parent) return null;
    }
    const m = mergeOne(f, parent ?? undefined, sink, parent?.inCycle ?? false);
    merged.set(f.region.name, m);
    return m;
  };
  for (const f of byName.values()) visit(f, []);
  return [...merged.values()].filter((m): m is MergedRegion => m !== null);
}

function mergeOne(f: PolicyFile, parent: MergedRegion | undefined, sink: DiagnosticSink, inCycle = false): MergedRegion {
  const inputs = new Map<string, InputDecl>((parent?.inputs ?? []).map((i) => [i.name.name, i]));
  const values = new Map<string, ValueDecl>((parent?.values ?? []).map((v) => [v.name.name, v]));
  const owner = new Map<ValueDecl | InvariantDecl, string>(parent?.owner ?? []);
  // the I02 invariants derived from the parent's destinations are derived again below, from this region's
  const invariants = new Map<string, InvariantDecl>((parent?.invariants ?? []).filter((i) => !derivedInvariants.has(i)).map((i) => [i.name, i]));
  for (const w of f.waives) {
    if (!invariants.delete(w.name)) {
      sink.error(Diagnostics.UnknownInvariant, w.nameSpan, [w.name, f.region.name], didYouMean(suggest(w.name, invariants.keys())));
    }
  }
  const ownInvariants = new Set<string>();
  for (const inv of f.invariants) {
    if (ownInvariants.has(inv.name) || invariants.has(inv.name)) {
      sink.error(Diagnostics.DuplicateDeclaration, inv.nameSpan, [inv.name], {
        notes: invariants.has(inv.name) && !ownInvariants.has(inv.name) ? [text('it is inherited; `waive` it first to replace it', '它是继承来的；如需替换请先 `waive`')] : [],
      });
      continue;
    }
    ownInvariants.add(inv.name);
    invariants.set(inv.name, inv);
    owner.set(inv, f.region.name);
  }
  const outOfScope = [...(parent?.outOfScope ?? [])];
  const declaredOut = new Map(outOfScope.flatMap((o) => o.decl.ids.map((i) => [i.id, i.span] as const)));
  for (const decl of f.outOfScope) {
    for (const i of decl.ids) {
      const prev = declaredOut.get(i.id);
      if (prev) sink.error(Diagnostics.DuplicateDeclaration, i.span, [i.id], { related: [{ span: prev, message: text('first declared out of scope here', '首次在此声明不在范围内') }] });
      else declaredOut.set(i.id, i.span);
    }
    outOfScope.push({ decl, region: f.region.name });
  }
  const ownNames = new Map<string, { span: Span }>();
  const dup = (name: string, sp: Span): boolean => {
    const prev = ownNames.get(name);
    if (prev) {
      sink.error(Diagnostics.DuplicateDeclaration, sp, [name], { related: [{ span: prev.span, message: text('first declared here', '首次声明于此') }] });
      return true;
    }
    ownNames.set(name, { span: sp });
    return false;
  };
  for (const i of f.inputs) {
    if (dup(i.name.name, i.name.span)) continue;
    if (inputs.has(i.name.name) || values.has(i.name.name)) {
      sink.error(Diagnostics.DuplicateDeclaration, i.name.span, [i.name.name], {
        notes: [text(`it is inherited from region \`${parent?.name}\``, `它继承自地区 \`${parent?.name}\``)],
      });
      continue;
    }
    inputs.set(i.name.name, i);
  }
  for (const v of f.values) {
    const name = v.name.name;
    if (dup(name, v.name.span)) continue;
    const inherited = values.get(name);
    // in an `extends` cycle (reported) an override of nothing inherited stands as a declaration of its own
    if (v.override && !(inCycle && !inherited)) {
      if (!parent) {
        sink.error(Diagnostics.OverrideUnknown, v.name.span, [name, text(`region \`${f.region.name}\` extends no region`, `地区 \`${f.region.name}\` 没有上级地区`)]);
        continue;
      }
      if (!inherited) {
        sink.error(
          Diagnostics.OverrideUnknown,
          v.name.span,
          [name, text(`region \`${parent.name}\` has no declaration of that name`, `上级地区 \`${parent.name}\` 中没有此声明`)],
          didYouMean(suggest(name, values.keys())),
        );
        continue;
      }
      if (inherited.declKind !== v.declKind) {
        sink.error(Diagnostics.OverrideKindMismatch, v.name.span, [name, inherited.declKind, parent.name, v.declKind], {
          related: [{ span: inherited.name.span, message: text('declared here', '声明于此') }],
        });
        continue;
      }
      const [was, now] = [inherited.type, v.type];
      if (was.kind === 'SetType' && now.kind === 'SetType' && was.element.name === now.element.name && was.open !== now.open) {
        // an extending region may close an open set (its source lists every member), never open a closed one
        if (!was.open) {
          sink.error(Diagnostics.OpenWhereClosed, now.span, [name, parent.name, typeText(was)], {
            related: [{ span: was.span, message: text('declared closed here', '在此声明为封闭集合') }],
          });
          continue;
        }
      } else if (typeText(inherited.type) !== typeText(v.type)) {
        sink.error(Diagnostics.OverrideIncompatible, v.type.span, [name, `\`${typeText(inherited.type)}\``, `\`${typeText(v.type)}\``], {
          related: [{ span: inherited.type.span, message: text('declared here', '声明于此') }],
        });
        continue;
      }
    } else if (inherited || inputs.has(name)) {
      const kw = v.declKind;
      sink.error(Diagnostics.MissingOverride, v.name.span, [name, parent?.name ?? f.region.name, kw], {
        related: inherited ? [{ span: inherited.name.span, message: text('declared here', '声明于此') }] : [],
      });
      continue;
    }
    if (v.required && v.declKind !== 'parameter') {
      sink.error(Diagnostics.RequiredNotParameter, v.required, [name, `\`${v.declKind}\``]);
    }
    values.set(name, v);
    owner.set(v, f.region.name);
  }
  reportClashes([...inputs.values(), ...values.values()].map((d) => d.name), tsNameKey, sink);
  for (const i of f.inputs) if (i.type.kind === 'EnumType') reportClashes(i.type.members, tsNameKey, sink);
  // FACTS C04: a `required` parameter is never silently inherited from the region that requires it
  for (const v of values.values()) {
    const from = owner.get(v);
    // a failed override is already reported (PD2010, PD2019); do not also say the value is missing
    if (!v.required || v.declKind !== 'parameter' || from === f.region.name || f.values.some((x) => x.override && x.name.name === v.name.name)) continue;
    sink.error(Diagnostics.RequiredNotSet, f.region.span, [f.region.name, v.name.name, from ?? '?'], {
      related: [{ span: v.required, message: text('declared `required` here', '在此声明为 `required`') }],
      fix: {
        message: text(
          `add \`override parameter ${v.name.name}: ${typeText(v.type)} = …\` citing this region's own source (or a named reading)`,
          `添加 \`override parameter ${v.name.name}: ${typeText(v.type)} = …\`，并引用本地区自己的来源（或所选读法）`,
        ),
        edits: [],
      },
    });
  }
  const flows = mergeFlows(f, parent?.flows, sink);
  for (const inv of checkFlows({ region: f.region.name, inputs: [...inputs.values()], values: [...values.values()], flows }, sink)) {
    if (invariants.has(inv.name)) {
      sink.error(Diagnostics.DuplicateDeclaration, invariants.get(inv.name)!.nameSpan, [inv.name], { notes: [text('the destinations derive an invariant of this name', '去向声明推导出同名不变式')] });
    }
    invariants.set(inv.name, inv);
    owner.set(inv, f.region.name);
  }
  return {
    name: f.region.name,
    ast: f,
    chain: [...(parent?.chain ?? []), f],
    inputs: [...inputs.values()],
    values: [...values.values()],
    tests: f.tests,
    invariants: [...invariants.values()],
    outOfScope,
    owner,
    inCycle,
    flows,
  };
}

/** PD2024 for each name whose generated-TypeScript key an earlier name already has. */
function reportClashes(names: readonly { name: string; span: Span }[], key: (n: string) => string, sink: DiagnosticSink): void {
  const first = new Map<string, { name: string; span: Span }>();
  for (const n of names) {
    const k = key(n.name);
    const prev = first.get(k);
    if (!prev) first.set(k, n);
    else if (prev.name !== n.name) {
      sink.error(Diagnostics.NameClash, n.span, [n.name, prev.name, camelOfKey(tsNameKey(n.name))], {
        related: [{ span: prev.span, message: text('the other name', '另一个名称') }],
      });
    }
  }
}
