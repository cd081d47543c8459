/**
 * Shared state of one region's code generation: unique names, module-level
 * statics (trace step descriptors, policy locations), and what is known
 * about each declaration (its local name, fixed denominator, proven range).
 */
import { Diagnostics, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import { OPEN_END } from '../check/coverage.js';
import type { IrDecl, IrInput, IrRegion, Source } from '../check/ir.js';
import type { Ty } from '../check/types.js';
import { MAX_SAFE, type Code, type ExprCtx, type Range } from './expr.js';
import { camel, pascal, stringLiteral } from './naming.js';
import { rateScale } from '../analysis/rate-scale.js';

export class Names {
  private readonly used = new Set<string>();
  take(base: string): string {
    let n = base;
    for (let i = 2; this.used.has(n); i++) n = `${base}${i}`;
    this.used.add(n);
    return n;
  }
}

export interface DeclInfo {
  readonly decl: IrDecl;
  readonly local: string;
  /** every value of the declaration is a numerator over this denominator */
  den: bigint;
  range: Range;
  /** set when the parameter has one constant value: emitted as a module constant */
  constant?: Code;
  /** location constant used when an absent (`not applicable`) value is needed */
  readonly loc: string;
}

export function unitOf(t: Ty): string {
  return t.k === 'money' ? 'fen' : t.k === 'int' ? (t.unit === 'none' ? '' : t.unit) : t.k === 'month' ? 'month' : t.k === 'rate' ? 'rate' : '';
}

export class Gen {
  readonly names = new Names();
  readonly statics: string[] = [];
  readonly infos = new Map<string, DeclInfo>();
  readonly inputLocal = new Map<string, string>();
  readonly enumAlias = new Map<string, string>();
  readonly decls: ReadonlyMap<string, IrDecl>;
  private count = 0;

  constructor(
    readonly r: IrRegion,
    readonly sink: DiagnosticSink,
  ) {
    this.decls = new Map(r.decls.map((d) => [d.name, d]));
    const reserved = ['region', 'source', 'evaluate', 'evaluateMany', 'evaluateMonths', 'evaluateColumns', 'run', 'runTraced', 'evaluateTraced', 'invalid', 'compute', 'computeTraced', 'record', 'value', 't'];
    const columnar = ['evaluateColumnar', 'PersonColumns', 'ColumnarValues', 'ColumnarPresent', 'ColumnarResult', 'atRow', 'monthText'];
    [...reserved, ...columnar, 'need', 'Input', 'Output', 'OutputColumns', 'Rate', 'H_START', 'H_END'].forEach((n) => this.names.take(n));
    for (const i of r.inputs) if (i.ty.k === 'enum') this.enumAlias.set(i.name, this.names.take(pascal(i.name)));
    for (const i of r.inputs) this.inputLocal.set(i.name, this.names.take(camel(i.name)));
  }

  input(name: string): IrInput | undefined {
    return this.r.inputs.find((i) => i.name === name);
  }

  /** A module-level descriptor of one rule or branch, for traces. */
  step(name: string, branch: string, s: { file: string; line: number }, cites: readonly string[], unit: string, reads: readonly string[]): string {
    const id = `S${this.count++}`;
    this.statics.push(
      `const ${id}: StepInfo = { name: ${stringLiteral(name)}, branch: ${stringLiteral(branch)}, file: ${stringLiteral(s.file)}, line: ${s.line}, ` +
        `cites: [${cites.map(stringLiteral).join(', ')}], unit: ${stringLiteral(unit)}, reads: [${reads.map(stringLiteral).join(', ')}] };`,
    );
    return id;
  }

  /** A module-level policy location constant. */
  loc(s: Source): string {
    const id = `L${this.count++}`;
    this.statics.push(`const ${id}: PolicyLocation = { file: ${stringLiteral(s.file)}, line: ${s.line}, col: ${s.col} };`);
    return id;
  }

  private inputRange(i: IrInput): Range {
    if (i.ty.k === 'month') return { lo: BigInt(this.r.horizon.start), hi: BigInt(OPEN_END) };
    if (!i.low || !i.high) return { lo: 0n, hi: 0n };
    if (i.ty.k === 'rate') {
      const d = rateScale(i);
      return { lo: (i.low.num * d) / i.low.den, hi: (i.high.num * d) / i.high.den };
    }
    return { lo: i.low.num / i.low.den, hi: i.high.num / i.high.den };
  }

  /**
   * An expression context. `absent(name)` says whether a declaration may be
   * absent where it is read; such reads go through `need(…)`.
   */
  ctx(absent: (name: string) => boolean, quiet = false): ExprCtx {
    return {
      local: (n) => {
        const input = this.inputLocal.get(n);
        if (input) return input;
        const info = this.infos.get(n)!;
        return !info.constant && absent(n) ? `need(${info.local}, ${stringLiteral(n)}, ${info.loc})` : info.local;
      },
      declDen: (n) => {
        const i = this.input(n);
        return i ? (i.ty.k === 'rate' ? rateScale(i) : 1n) : (this.infos.get(n)?.den ?? 1n);
      },
      range: (n) => {
        const i = this.input(n);
        return i ? this.inputRange(i) : (this.infos.get(n)?.range ?? { lo: -MAX_SAFE, hi: MAX_SAFE });
      },
      overflow: (span, bound) => {
        if (!quiet) this.sink.error(Diagnostics.RangeTooLarge, span, [bound.toString(), 'the inputs it reads']);
      },
      roundFn: (mode) => (mode === 'half_up' ? 'roundHalfUp' : mode === 'half_even' ? 'roundHalfEven' : 'roundTruncate'),
    };
  }

  /** The TypeScript type of a local holding an input or declaration value. */
  localType(name: string, absent: boolean): string {
    const ty = this.input(name)?.ty ?? this.decls.get(name)!.ty;
    const base = ty.k === 'enum' ? (this.enumAlias.get(ty.name) ?? ty.members.map(stringLiteral).join(' | ')) : ty.k === 'bool' ? 'boolean' : 'number';
    return absent ? `${base} | null` : base;
  }
}
