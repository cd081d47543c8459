/**
 * Shared state of one region's code generation: its names (src/codegen/naming.ts),
 * its module-level items (src/codegen/link.ts: step descriptors, policy
 * locations, constants, rule functions), and what is known about each
 * declaration (its local name, fixed denominator, proven range).
 */
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { IrDecl, IrInput, IrRegion, Source } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import type { Code, ExprCtx } from './expr.js';
import type { Numeric, Range } from '../analysis/numeric.js';
import { Linker, SELF, type SharedTable } from './link.js';
import { camel, commentText, Names, pascal, stringLiteral } from './naming.js';
import { aggregateCall, itemCall, recordType } from './items.js';

export interface DeclInfo {
  readonly decl: IrDecl;
  readonly local: string;
  /** every value of the declaration is a numerator over this denominator */
  den: bigint;
  range: Range;
  /** set when the parameter has one constant value: a module constant (`ref` is its placeholder) */
  constant?: Code;
  ref?: string;
}

export function unitOf(t: Ty): string {
  return t.k === 'money' ? 'fen' : t.k === 'int' ? (t.unit === 'none' ? '' : t.unit) : t.k === 'month' ? 'month' : t.k === 'rate' ? 'rate' : '';
}

/**
 * A rule's parameter holding `previous(state)` (stateful regions): a key no
 * input or declaration name can equal, beside their names in `Variant.params`.
 */
export const prevKey = (state: string): string => `previous(${state})`;
/** The state a `prevKey` names, or undefined for an input or declaration name. */
export const prevState = (key: string): string | undefined => (key.startsWith('previous(') ? key.slice(9, -1) : undefined);

export class Gen {
  readonly names = new Names();
  readonly items: Linker;
  readonly infos = new Map<string, DeclInfo>();
  readonly inputLocal = new Map<string, string>();
  readonly enumAlias = new Map<string, string>();
  readonly decls: ReadonlyMap<string, IrDecl>;
  /** the inputs `compute` takes, in input order */
  computeInputs: readonly string[] = [];
  /** stateful regions: state name → the local (or parameter) holding its value at the end of the month before */
  readonly prevLocal = new Map<string, string>();
  /** stateful regions: states whose value may be `not applicable` (reading it through `previous(…)` fails) */
  readonly prevAbsent = new Set<string>();
  /** stateful regions: each state's opening function (its `initially` value) and the inputs it takes */
  readonly openings = new Map<string, { readonly fn: string; readonly inputs: readonly string[] }>();
  /**
   * While set (stateful regions' lazy path): the values of rules, and of states
   * of the month before, that a rule function takes may be failures, thrown
   * only where the rule reads them (`unwrap`), as in the interpreter.
   */
  lazyReads = false;

  constructor(
    readonly r: IrRegion,
    readonly sink: DiagnosticSink,
    readonly num: Numeric,
    parent?: SharedTable,
  ) {
    this.items = new Linker(this.names, parent);
    this.decls = new Map(r.decls.map((d) => [d.name, d]));
    for (const i of r.inputs) if (i.ty.k === 'enum') this.enumAlias.set(i.name, this.names.take(pascal(i.name)));
    for (const i of r.inputs) this.inputLocal.set(i.name, this.names.take(camel(i.name)));
  }

  /** Names the locals of `previous(…)` values (stateful regions only; before any other declaration is named). */
  planPrevious(): void {
    for (const d of this.r.decls) if (d.declKind === 'state') this.prevLocal.set(d.name, this.names.take(camel(`previous_${d.name}`)));
  }

  input(name: string): IrInput | undefined {
    return this.r.inputs.find((i) => i.name === name);
  }

  /** The local (or module constant) holding an input or declaration value. */
  valueOf(name: string): string {
    const prev = prevState(name);
    if (prev !== undefined) return this.prevLocal.get(prev)!;
    const info = this.infos.get(name);
    return this.inputLocal.get(name) ?? info!.ref ?? info!.local;
  }

  /** A descriptor of one rule or branch, for traces. */
  step(name: string, branch: string, s: { file: string; line: number }, cites: readonly string[], unit: string, reads: readonly string[]): string {
    return this.items.ref(
      'step',
      'S',
      `const ${SELF}: StepInfo = { name: ${stringLiteral(name)}, branch: ${stringLiteral(branch)}, file: ${stringLiteral(s.file)}, line: ${s.line}, ` +
        `cites: [${cites.map(stringLiteral).join(', ')}], unit: ${stringLiteral(unit)}, reads: [${reads.map(stringLiteral).join(', ')}] };`,
    );
  }

  /** A policy location constant. */
  loc(s: Source): string {
    return this.items.ref('loc', 'L', `const ${SELF}: PolicyLocation = { file: ${stringLiteral(s.file)}, line: ${s.line}, col: ${s.col} };`);
  }

  /**
   * An expression context. `absent(name)` says whether a declaration may be
   * absent where it is read; such reads go through `need(…)`.
   */
  ctx(absent: (name: string) => boolean): ExprCtx {
    return {
      local: (n) => {
        const input = this.inputLocal.get(n);
        if (input) return input;
        const info = this.infos.get(n)!;
        if (info.ref) return info.ref;
        const v = this.lazyReads ? `unwrap(${info.local})` : info.local;
        return absent(n) ? `need(${v}, ${stringLiteral(n)}, ${this.loc(info.decl.source)})` : v;
      },
      previous: (n) => {
        const local = this.lazyReads ? `unwrap(${this.prevLocal.get(n)!})` : this.prevLocal.get(n)!;
        return this.prevAbsent.has(n) ? `need(${local}, ${stringLiteral(n)}, ${this.loc(this.decls.get(n)!.source)})` : local;
      },
      num: this.num,
      memberBit: ({ name, members }) =>
        this.items.ref(
          'fn',
          `bitOf${pascal(name)}`,
          `function ${SELF}(x: string): number {\nswitch (x) {\n${members.map((m, i) => `case ${stringLiteral(m)}:\nreturn ${2 ** i};`).join('\n')}\ndefault:\nreturn 0;\n}\n}`,
          () => `/** The set bit of each member of \`${commentText(members.join(', '))}\` (membership is one \`&\`). */`,
        ),
      loc: (s) => this.loc(s),
      itemCall: (e) => itemCall(this, e),
      aggregate: (e, n) => aggregateCall(this, e, { ...n, code: '', prec: 100 }),
      roundFn: (mode) => (mode === 'half_up' ? 'roundHalfUp' : mode === 'half_even' ? 'roundHalfEven' : 'roundTruncate'),
    };
  }

  /** The TypeScript type of a local holding an input or declaration value. */
  localType(name: string, absent: boolean): string {
    const prev = prevState(name);
    if (prev !== undefined) return this.localType(prev, this.prevAbsent.has(prev));
    if (this.lazyReads && !this.inputLocal.has(name)) {
      this.lazyReads = false;
      const t = `${this.localType(name, absent)} | Failed`;
      this.lazyReads = true;
      return t;
    }
    const ty = this.input(name)?.ty ?? this.decls.get(name)!.ty;
    if (ty.k === 'list') return `readonly ${recordType(this, ty.record)}[]`;
    const base = ty.k === 'enum' ? (this.enumAlias.get(ty.name) ?? ty.members.map(stringLiteral).join(' | ')) : ty.k === 'bool' ? 'boolean' : 'number';
    return absent ? `${base} | null` : base;
  }
}
