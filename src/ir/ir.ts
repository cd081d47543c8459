/**
 * The checked IR that code generation and the reference interpreter read.
 * Names are resolved, every expression carries its type, and every
 * declaration knows the file and line it came from (which may be a parent
 * region's file).
 */
import type { Span } from '../diagnostics/span.js';
import type { Mode, Rational } from './rational.js';
import type { Ty } from './types.js';

/** The kinds of declaration (the same words as the surface syntax, but owned by the IR). */
export type DeclKind = 'parameter' | 'output' | 'define' | 'state';
export type CompareOp = '<' | '<=' | '>' | '>=' | '=' | '!=';

/**
 * A symbol's id within its region, stable for the same sources: the region's
 * inputs in declaration order, then its declarations in the order of the
 * merged `extends` chain. `IrRegion.symbols[id]` describes it; references carry
 * it beside the name (for renames, go-to-definition and side tables).
 */
export type SymbolId = number & { readonly __symbol: unique symbol };

/** An input or declaration of a region, by id. */
export interface IrSymbol {
  readonly id: SymbolId;
  readonly name: string;
  readonly kind: 'input' | DeclKind;
  readonly ty: Ty;
  /** where it is declared (which may be a parent region's file) */
  readonly span: Span;
}

/** A compile-time constant. Money is in fen; months are indices (year·12 + month − 1). */
export type Const =
  | { readonly k: 'num'; readonly value: Rational }
  | { readonly k: 'month'; readonly value: number }
  | { readonly k: 'bool'; readonly value: boolean }
  | { readonly k: 'enum'; readonly value: string }
  /** a set of list members (`{spouse, parent}`), in the list's declared order */
  | { readonly k: 'set'; readonly members: readonly string[] }
  /** a list input's items (tests and the interpreter only; never a constant of a policy) */
  | { readonly k: 'list'; readonly items: readonly Readonly<Record<string, Const>>[] };

export type RoundUnit = 'fen' | 'yuan';

interface Typed {
  readonly ty: Ty;
  readonly span: Span;
}

/**
 * Expressions. Every consumer that gives meaning to individual ops dispatches
 * through `src/ir/visit.ts` (`ExprHandlers`), so adding an op here is a
 * compile error in each of them; generic walks use `children`/`mapChildren`.
 */
export type IrExpr = Typed &
  (
    | { readonly op: 'const'; readonly value: Const }
    | { readonly op: 'input'; readonly name: string; readonly sym: SymbolId }
    | { readonly op: 'ref'; readonly name: string; readonly sym: SymbolId }
    | { readonly op: 'add' | 'sub' | 'mul'; readonly l: IrExpr; readonly r: IrExpr }
    | { readonly op: 'div'; readonly l: IrExpr; readonly divisor: bigint }
    | { readonly op: 'neg'; readonly e: IrExpr }
    | { readonly op: 'round'; readonly e: IrExpr; readonly mode: Mode; readonly unit: RoundUnit }
    | { readonly op: 'min' | 'max'; readonly args: readonly IrExpr[] }
    | { readonly op: 'cmp'; readonly cmp: CompareOp; readonly l: IrExpr; readonly r: IrExpr }
    | { readonly op: 'and' | 'or'; readonly args: readonly IrExpr[] }
    | { readonly op: 'not'; readonly e: IrExpr }
    | { readonly op: 'is'; readonly e: IrExpr; readonly member: string }
    | { readonly op: 'scale'; readonly e: IrExpr; readonly factor: bigint; readonly divisor: bigint }
    /** `previous(s)`: the state's value at the end of the month before (its `initially` value in a timeline's first month) */
    | { readonly op: 'prev'; readonly name: string; readonly sym: SymbolId }
    /** `month_of_year(m)`: 1 for January … 12 for December */
    | { readonly op: 'month_of_year'; readonly e: IrExpr }
    /**
     * `e in set`: whether the member is in the set (`not in` is `not` of it). On an `open` set a member the
     * set does not name answers `unknown`, which fails the rules that read it (`source`: where it was asked)
     */
    | { readonly op: 'member'; readonly e: IrExpr; readonly set: IrExpr; readonly source: Source }
    /** `m.category`: a field of the current item of list `list` (inside a per-item define or an aggregate) */
    | { readonly op: 'field'; readonly item: string; readonly list: string; readonly field: string }
    /** a per-item define's value for the current item of list `list` */
    | { readonly op: 'item'; readonly name: string; readonly list: string }
    /**
     * `sum`/`count`/`all`/`any` over the items of `list` (an `input` of a list type) for which `where` holds:
     * `of` is the per-item value summed or tested (none for `count`); both are read with the item current
     */
    | {
        readonly op: 'agg';
        readonly fn: AggFn;
        readonly list: IrExpr;
        readonly of?: IrExpr;
        readonly where?: IrExpr;
        /** region-level inputs and declarations the per-item defines it reads read (what its loop takes besides the list) */
        readonly reads: readonly string[];
        /** some per-item define it reads may be `unspecified` or `not applicable` for an item: evaluating it can throw */
        readonly mayFail?: boolean;
        /** inputs fixed to one member by specialisation (src/analysis/population.ts): passed as that member */
        readonly known?: Readonly<Record<string, string>>;
      }
  );

export type AggFn = 'sum' | 'count' | 'all' | 'any';

/** The expression ops, for exhaustive handler tables. */
export type IrOp = IrExpr['op'];
/** The expression node of one op. */
export type IrNode<K extends IrOp> = IrExpr & { readonly op: K };

export interface Source {
  /** policy file (as given to the compiler) and 1-based line/col of the declaration or case */
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export type IrValue =
  | { readonly kind: 'expr'; readonly e: IrExpr }
  | { readonly kind: 'not_applicable'; readonly span: Span }
  | { readonly kind: 'unspecified'; readonly span: Span }
  /** the sources leave the answer unknown (an open set's unnamed member, FACTS T35) */
  | { readonly kind: 'unknown'; readonly span: Span }
  /** `unresolved "…"`: the source gives a figure whose meaning it leaves open; reading it fails with the reason */
  | { readonly kind: 'unresolved'; readonly reason: string; readonly span: Span }
  /**
   * One value in [lo, hi] that the source does not give: the lowest and highest the value can be
   * (src/check/ranges.ts lowers `4.5% to 5.4%` to two twin declarations, one at each end). Equal
   * bounds are an ordinary value; otherwise reading it fails as kind `range` with both bounds.
   */
  | { readonly kind: 'range'; readonly lo: IrExpr; readonly hi: IrExpr; readonly span: Span };

export type IrBody =
  | { readonly kind: 'value'; readonly value: IrValue }
  | { readonly kind: 'cases'; readonly cases: readonly IrCase[] };

export interface IrCase {
  /** the guard as a condition; `undefined` for `otherwise` */
  readonly cond: IrExpr | undefined;
  /** the guard as the author wrote it, for explanations */
  readonly label: string;
  /** the guard's span */
  readonly span: Span;
  /** for `from`/`before` guards: the month bounds, which must be constants inside the horizon */
  readonly dated?: { readonly from?: IrExpr; readonly to?: IrExpr; readonly before?: IrExpr };
  readonly body: IrBody;
  readonly cites: readonly string[];
  readonly source: Source;
}

export interface IrDecl {
  readonly name: string;
  readonly sym: SymbolId;
  readonly declKind: DeclKind;
  readonly ty: Ty;
  readonly body: IrBody;
  readonly cites: readonly string[];
  readonly source: Source;
  readonly span: Span;
  /** the region whose file declares it */
  readonly declaredIn: string;
  /** names of inputs and declarations it reads directly */
  readonly reads: readonly string[];
  /** some case says `not applicable`: the value may be absent (null in generated code) */
  readonly mayBeAbsent: boolean;
  /** states read through `previous(…)` (the month before; not an ordering edge within the month) */
  readonly prevReads: readonly string[];
  /** a state's value before the first month of a timeline (reads inputs of that month and parameters only) */
  readonly initially?: IrExpr;
  /** a state's declared inclusive domain (fen for money), checked at every month it is computed */
  readonly low?: Rational;
  readonly high?: Rational;
}

/** `define premium: money per year for each m in members`: one value per item of a list input. */
export interface IrItemDecl {
  readonly name: string;
  /** the list input it ranges over, and the item's name in its rules */
  readonly list: string;
  readonly binder: string;
  readonly ty: Ty;
  readonly body: IrBody;
  readonly cites: readonly string[];
  readonly source: Source;
  readonly span: Span;
  readonly declaredIn: string;
  /** region-level inputs and declarations it reads (the list included) */
  readonly reads: readonly string[];
  /** per-item defines of the same list it reads */
  readonly itemReads: readonly string[];
}

export interface IrInput {
  readonly name: string;
  readonly sym: SymbolId;
  readonly ty: Ty;
  /** inclusive bounds for numeric inputs (fen for money), member list for enums */
  readonly low?: Rational;
  readonly high?: Rational;
  readonly cites: readonly string[];
  readonly source: Source;
  readonly span: Span;
}

export type TestValue = Const;
/** What a test expects: a value, or that asking for it fails as `unspecified` / yields `not applicable`. */
export type Expected =
  | Const
  | { readonly k: 'unspecified' }
  | { readonly k: 'not_applicable' }
  | { readonly k: 'unknown' }
  | { readonly k: 'unresolved' }
  /** `in 270.00 to 324.00`: the value is a range with exactly these bounds */
  | { readonly k: 'range'; readonly low: Const; readonly high: Const };

/** One piece of a series in a timeline test: a value for the months `from`..`to` (indices, both included). */
export interface SeriesPart {
  readonly from: number;
  readonly to: number;
  readonly value: TestValue;
}

export interface IrTest {
  readonly name: string;
  readonly cites: readonly string[];
  /** inputs with one value (in a timeline test: the same value in every month) */
  readonly given: ReadonlyMap<string, TestValue>;
  /** a timeline test (`over … to …`): its months, both included; the month input is each month in turn */
  readonly over?: { readonly from: number; readonly to: number };
  /** in a timeline test: inputs given month by month, the parts tiling `over` */
  readonly series?: ReadonlyMap<string, readonly SeriesPart[]>;
  readonly expect: readonly {
    readonly name: string;
    readonly value: Expected;
    /** in a timeline test: the months the expectation is checked in (default: the last month) */
    readonly at?: { readonly from: number; readonly to: number };
    readonly span: Span;
    readonly source: Source;
  }[];
  readonly source: Source;
  readonly span: Span;
}

export type IrClaim =
  | { readonly kind: 'holds'; readonly e: IrExpr; readonly span: Span; readonly source: Source }
  | {
      readonly kind: 'monotone' | 'independent';
      readonly output: string;
      readonly input: string;
      /** for `monotone`: non-decreasing (`increasing`, the default) or non-increasing */
      readonly decreasing: boolean;
      readonly span: Span;
      readonly source: Source;
    };

/** A property over all valid inputs (FACTS §5), checked by generated fast-check properties. */
export interface IrInvariant {
  readonly name: string;
  readonly cites: readonly string[];
  /** conditions on the input (may read parameters and outputs); inputs failing them are skipped */
  readonly when: readonly IrExpr[];
  readonly claims: readonly IrClaim[];
  readonly source: Source;
  readonly span: Span;
  readonly declaredIn: string;
}

/** `out of scope F131, F137 "why"`: FACTS rules the region chain deliberately does not compute. */
export interface IrOutOfScope {
  readonly ids: readonly string[];
  readonly reason: string;
  readonly source: Source;
  /** the region whose file declares it (inherited by extending regions) */
  readonly declaredIn: string;
}

export interface IrRegion {
  readonly name: string;
  readonly title: string | undefined;
  readonly file: string;
  readonly parent: string | undefined;
  readonly rounding: { readonly mode: Mode; readonly unit: RoundUnit } | undefined;
  /** month indices; `end` undefined = open */
  readonly horizon: { readonly start: number; readonly end: number | undefined };
  readonly inputs: readonly IrInput[];
  /** in dependency order: every declaration comes after what it reads */
  readonly decls: readonly IrDecl[];
  /** per-item defines (`for each m in members`), in dependency order; aggregates read them */
  readonly items?: readonly IrItemDecl[];
  readonly tests: readonly IrTest[];
  readonly invariants: readonly IrInvariant[];
  readonly cites: readonly string[];
  /** out-of-scope declarations, inherited ones first */
  readonly outOfScope: readonly IrOutOfScope[];
  /** the input of type `month` that `from`/`before` guards compare against, if any */
  readonly monthInput: string | undefined;
  /** every input and declaration, indexed by its SymbolId */
  readonly symbols: readonly IrSymbol[];
}

/** A region with `state` declarations: its months depend on the months before (see the timeline entry points). */
export const isStateful = (r: Pick<IrRegion, 'decls'>): boolean => r.decls.some((d) => d.declKind === 'state');
