/**
 * The surface AST: what the author wrote, with a span on every node.
 * Names are not resolved here; see src/check for the checked IR.
 */
import type { Span } from '../diagnostics/span.js';

export interface Ident {
  readonly name: string;
  readonly span: Span;
}

export type CiteItem =
  | { readonly kind: 'fact'; readonly id: string; readonly span: Span }
  | { readonly kind: 'seed'; readonly seed: string; readonly line: number; readonly span: Span }
  | { readonly kind: 'note'; readonly text: string; readonly span: Span };

export interface PolicyFile {
  readonly kind: 'PolicyFile';
  readonly file: string;
  readonly region: Ident;
  readonly parent?: Ident;
  readonly cites: readonly CiteItem[];
  readonly title?: string;
  readonly rounding?: RoundingDecl;
  /** a `rounding` line was written but could not be read (its syntax error is reported) */
  readonly roundingUnreadable?: boolean;
  readonly horizon?: HorizonDecl;
  readonly inputs: readonly InputDecl[];
  /** `record member` declarations: the item types of list inputs */
  readonly records?: readonly RecordDecl[];
  readonly values: readonly ValueDecl[];
  readonly tests: readonly TestDecl[];
  readonly invariants: readonly InvariantDecl[];
  readonly waives: readonly WaiveDecl[];
  readonly outOfScope: readonly OutOfScopeDecl[];
  /** `destination`, `fund` and `bound` lines (FACTS I02, C05, C12); see src/check/flows.ts */
  readonly flows: readonly FlowDecl[];
  /** `guarantee I01 by PD3005 "why"`; optional so that hand-built ASTs need not list them */
  readonly guarantees?: readonly GuaranteeDecl[];
  readonly span: Span;
}

/**
 * `guarantee I01, I15 by PD3005, PD4001 "reason"`: FACTS invariants that the compiler enforces for every
 * region (a policy that breaks them does not compile), with the error codes that enforce them.
 */
export interface GuaranteeDecl {
  readonly kind: 'GuaranteeDecl';
  /** the invariant ids (I01…), checked against FACTS.md like citations */
  readonly ids: readonly (CiteItem & { readonly kind: 'fact' })[];
  /** the diagnostic codes as written (`PD3005`), checked against the catalogue (PD2050) */
  readonly codes: readonly Ident[];
  /** why these codes enforce the invariants; empty when missing (PD1027, reported) */
  readonly reason: string;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

/**
 * Where an amount goes (FACTS I02, C05): `destination amount to fund` (the whole amount), or
 * `destination amount: share to fund, …, rest to fund` (the declared shares, the rest derived).
 */
export interface DestinationDecl {
  readonly kind: 'DestinationDecl';
  readonly override: boolean;
  readonly amount: Ident;
  /** the whole amount's fund (first form) */
  readonly whole?: Ident;
  /** declared shares, each a money declaration, and its fund (second form) */
  readonly shares: readonly { readonly share: Ident; readonly fund: Ident }[];
  /** the fund that receives the rest (second form) */
  readonly rest?: Ident;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

/** `fund pooled_fund: pooled for employed, flexible`: the output that reports what the fund receives, for these members. */
export interface FundDecl {
  readonly kind: 'FundDecl';
  readonly override: boolean;
  readonly fund: Ident;
  readonly output: Ident;
  readonly members: readonly Ident[];
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

/** `bound employer_rate in 6% to 10%` (FACTS C12): a range a source gives, a lint on the region's rate, never a value. */
export interface BoundDecl {
  readonly kind: 'BoundDecl';
  /** the rate, or the rates whose sum is bounded (`employer_rate + local_supplement_rate`) */
  readonly names: readonly Ident[];
  readonly low: PercentLiteral;
  readonly high: PercentLiteral;
  /** `outside 6% to 10%`: the region states, and the compiler checks, that its rate lies outside the range */
  readonly outside: boolean;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

export type FlowDecl = DestinationDecl | FundDecl | BoundDecl;

/** `out of scope F131, F137 "reason"`: FACTS rules the region (and every region extending it) deliberately does not compute. */
export interface OutOfScopeDecl {
  readonly kind: 'OutOfScopeDecl';
  /** the rule ids, checked against FACTS.md like citations */
  readonly ids: readonly (CiteItem & { readonly kind: 'fact' })[];
  /** why; empty when missing (PD1014, reported) */
  readonly reason: string;
  /** `cite C22` after the reason: what explains it (optional) */
  readonly cites?: readonly CiteItem[];
  readonly span: Span;
}

export type Claim =
  | { readonly kind: 'Holds'; readonly expr: Expr; readonly span: Span }
  | { readonly kind: 'Monotone' | 'Independent'; readonly output: Ident; readonly input: Ident; readonly direction?: Ident; readonly span: Span };

/** A property every input must satisfy; the harness turns it into a fast-check property. */
export interface InvariantDecl {
  readonly kind: 'InvariantDecl';
  readonly name: string;
  readonly nameSpan: Span;
  readonly cites: readonly CiteItem[];
  readonly when: readonly Expr[];
  readonly claims: readonly Claim[];
  readonly span: Span;
}

export interface WaiveDecl {
  readonly kind: 'WaiveDecl';
  readonly name: string;
  readonly nameSpan: Span;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

export interface RoundingDecl {
  readonly kind: 'RoundingDecl';
  readonly mode: Ident;
  readonly unit: Ident;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

export interface HorizonDecl {
  readonly kind: 'HorizonDecl';
  readonly start: MonthLiteral;
  readonly end?: MonthLiteral;
  readonly span: Span;
}

export type TypeExpr =
  /** `one of a, b`; `ordered` when written `one of a < b < c` (comparisons follow the written order) */
  | { readonly kind: 'EnumType'; readonly members: readonly Ident[]; readonly ordered?: boolean; readonly span: Span }
  | {
      readonly kind: 'NamedType';
      readonly base: Ident;
      readonly period?: Ident;
      readonly low?: Literal;
      readonly high?: Literal;
      /** `list of member`: `base` is `list`, `item` the record; `low`/`high` bound the length */
      readonly item?: Ident;
      readonly span: Span;
    }
  /** `set of relation` (closed: a member it does not list is not in it) or `open set of province` (it names only some members: asking about another answers `unknown`) */
  | { readonly kind: 'SetType'; readonly element: Ident; readonly open: boolean; readonly span: Span };

/** `record member` with its fields: the type of each item of a list input (`input members: list of member`). */
export interface RecordDecl {
  readonly kind: 'RecordDecl';
  readonly name: Ident;
  readonly fields: readonly { readonly name: Ident; readonly type: TypeExpr; readonly cites: readonly CiteItem[]; readonly span: Span }[];
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

export interface InputDecl {
  readonly kind: 'InputDecl';
  readonly name: Ident;
  readonly type: TypeExpr;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

/**
 * parameters depend on the month only; outputs are returned; defines are named steps, traced but not returned;
 * states are returned and carried to the next month (`previous(name)`), opening with their `initially` value
 */
export type DeclKind = 'parameter' | 'output' | 'define' | 'state';

export interface ValueDecl {
  readonly kind: 'ValueDecl';
  readonly declKind: DeclKind;
  readonly override: boolean;
  /** `required`: every region extending this one must set (override) it; the span of the keyword */
  readonly required?: Span;
  readonly name: Ident;
  readonly type: TypeExpr;
  readonly body: Body;
  readonly cites: readonly CiteItem[];
  /** `for each m in members`: a define with one value per item of the list input `members`, the item named `m` */
  readonly each?: { readonly binder: Ident; readonly list: Ident; readonly span: Span };
  /** declared as a `table` (a define): its layout, kept for the `graded` check; `body` holds its nested cases */
  readonly table?: TableLayout;
  readonly span: Span;
}

/** A `table` declaration as written: keys, header, rows of constant cells, and its declared orderings. */
export interface TableLayout {
  readonly keys: readonly Ident[];
  /** the header line: members of the last key */
  readonly columns: readonly Ident[];
  /** one row per member of the first key (a one-key table has one row without a label) */
  readonly rows: readonly { readonly label?: Ident; readonly cells: readonly CaseValue[]; readonly cites: readonly CiteItem[]; readonly span: Span }[];
  /** `graded decreasing in level, increasing in tier` */
  readonly graded: readonly { readonly direction: Ident; readonly key: Ident; readonly span: Span }[];
  /** `not graded increasing in age_band cite F029`: orderings a source claims and the cells refute (FACTS C03) */
  readonly refuted?: { readonly clauses: readonly { readonly direction: Ident; readonly key: Ident; readonly span: Span }[]; readonly cites: readonly CiteItem[]; readonly span: Span };
}

export type Body =
  | { readonly kind: 'ExprBody'; readonly value: CaseValue }
  | { readonly kind: 'CasesBody'; readonly cases: readonly Case[] };

export interface Case {
  readonly kind: 'Case';
  readonly guard: Guard;
  readonly body: Body;
  readonly cites: readonly CiteItem[];
  readonly span: Span;
}

export type Guard =
  | { readonly kind: 'ForGuard'; readonly members: readonly Ident[]; readonly span: Span }
  | { readonly kind: 'FromGuard'; readonly from: Expr; readonly to?: Expr; readonly span: Span }
  | { readonly kind: 'BeforeGuard'; readonly before: Expr; readonly span: Span }
  | { readonly kind: 'WhenGuard'; readonly cond: Expr; readonly span: Span }
  | { readonly kind: 'OtherwiseGuard'; readonly span: Span }
  /** `initially: value` in a `state` declaration: its value before the first month */
  | { readonly kind: 'InitiallyGuard'; readonly span: Span };

export type CaseValue =
  | { readonly kind: 'ValueExpr'; readonly expr: Expr; readonly span: Span }
  | { readonly kind: 'NotApplicable'; readonly span: Span }
  | { readonly kind: 'Unspecified'; readonly span: Span }
  /** the answer is not known: the sources name only some members of an open set (FACTS T35) */
  | { readonly kind: 'Unknown'; readonly span: Span }
  /** `unresolved "what is open"`: the source gives a figure whose meaning it leaves open (C28) */
  | { readonly kind: 'Unresolved'; readonly reason: string; readonly span: Span }
  /** `4.5% to 5.4%`: one value in the range, which the source does not give (T13) */
  | { readonly kind: 'Range'; readonly low: Expr; readonly high: Expr; readonly span: Span };

export interface MoneyUnit {
  readonly unit: Ident;
  readonly period?: Ident;
}

export interface NumberLiteral {
  readonly kind: 'NumberLiteral';
  /** decimal text as written, without sign */
  readonly text: string;
  readonly negative: boolean;
  readonly unit?: MoneyUnit;
  readonly span: Span;
}
export interface PercentLiteral {
  readonly kind: 'PercentLiteral';
  /** decimal text without the `%` */
  readonly text: string;
  readonly span: Span;
}
export interface MonthLiteral {
  readonly kind: 'MonthLiteral';
  readonly text: string;
  readonly span: Span;
}
export interface BoolLiteral {
  readonly kind: 'BoolLiteral';
  readonly value: boolean;
  readonly span: Span;
}
export interface StringLiteral {
  readonly kind: 'StringLiteral';
  readonly value: string;
  readonly span: Span;
}
export interface NameLiteral {
  readonly kind: 'NameLiteral';
  readonly name: string;
  readonly span: Span;
}
export type Literal = NumberLiteral | PercentLiteral | MonthLiteral | BoolLiteral | StringLiteral | NameLiteral;

export type CompareOp = '<' | '<=' | '>' | '>=' | '=' | '!=';
export type ArithOp = '+' | '-' | '*' | '/';

export type Expr =
  | NumberLiteral
  | PercentLiteral
  | MonthLiteral
  | BoolLiteral
  | { readonly kind: 'NameRef'; readonly name: string; readonly span: Span }
  /** `where`: an aggregate's per-item condition (`count(institutions where tier3)`) */
  | { readonly kind: 'Call'; readonly fn: Ident; readonly args: readonly Expr[]; readonly where?: Expr; readonly span: Span }
  /** `m.category`: a field of the item `m` */
  | { readonly kind: 'Field'; readonly target: Ident; readonly field: Ident; readonly span: Span }
  | { readonly kind: 'Binary'; readonly op: ArithOp; readonly left: Expr; readonly right: Expr; readonly span: Span }
  | { readonly kind: 'Negate'; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'Not'; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'Logic'; readonly op: 'and' | 'or'; readonly operands: readonly Expr[]; readonly span: Span }
  /** `a < b <= c` is a chain: every adjacent pair must hold */
  | { readonly kind: 'Compare'; readonly ops: readonly CompareOp[]; readonly operands: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'Is'; readonly operand: Expr; readonly negated: boolean; readonly member: Ident; readonly span: Span }
  /** membership: `relation in close_relatives`, `relation not in close_relatives` */
  | { readonly kind: 'In'; readonly operand: Expr; readonly negated: boolean; readonly set: Ident; readonly span: Span }
  /** `{spouse, parent, child}`: the value of a set parameter */
  | { readonly kind: 'SetLiteral'; readonly members: readonly Ident[]; readonly span: Span };

export interface Binding {
  readonly name: Ident;
  /** a value, or (in `expect`) `is unspecified` / `is not applicable`, or (in `given` of a timeline test) a series */
  readonly value: Literal | NonValue | Series | ListValue | RangeLiteral;
  /** in a timeline test's `expect at …:`, the months the expectation holds in */
  readonly at?: MonthSpan;
  readonly span: Span;
}

/** `2024-01` or `2024-01..2024-12`, both ends included */
export interface MonthSpan {
  readonly from: MonthLiteral;
  readonly to: MonthLiteral;
  readonly span: Span;
}

/** A value per month in a timeline test: `paid = 2024-01..2024-12: true, 2025-01..2025-03: false` */
export interface Series {
  readonly kind: 'Series';
  readonly parts: readonly { readonly months: MonthSpan; readonly value: Literal; readonly span: Span }[];
  readonly span: Span;
}

/** A list of records in a test: `[adult, elderly]` (records with one field) or `[(tier = tier3, community = false)]`. */
export interface ListValue {
  readonly kind: 'ListValue';
  readonly items: readonly { readonly fields: readonly { readonly name?: Ident; readonly value: Literal }[]; readonly span: Span }[];
  readonly span: Span;
}

/** `in 270.00 to 324.00` in an expectation: the value is a range, exactly this one. */
export interface RangeLiteral {
  readonly kind: 'RangeLiteral';
  readonly low: Literal;
  readonly high: Literal;
  readonly span: Span;
}

/** `is unspecified` / `is unknown` / `is unresolved` / `is not applicable` in an expectation. */
export interface NonValue {
  readonly kind: 'NonValue';
  readonly which: 'unspecified' | 'not_applicable' | 'unknown' | 'unresolved';
  readonly span: Span;
}

export interface TestDecl {
  readonly kind: 'TestDecl';
  readonly name: string;
  readonly nameSpan: Span;
  readonly cites: readonly CiteItem[];
  /** `over 2024-01 to 2025-03`: a timeline test */
  readonly over?: MonthSpan;
  readonly given: readonly Binding[];
  readonly expect: readonly Binding[];
  readonly span: Span;
}
