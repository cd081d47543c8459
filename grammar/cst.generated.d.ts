// Generated from grammar/parser.ts by grammar/gen-dts.ts. Do not edit.
/* eslint-disable */
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface PolicyFileCstNode extends CstNode {
  name: "policyFile";
  children: PolicyFileCstChildren;
}

export type PolicyFileCstChildren = {
  regionHeader: RegionHeaderCstNode[];
  regionItem?: RegionItemCstNode[];
};

export interface RegionHeaderCstNode extends CstNode {
  name: "regionHeader";
  children: RegionHeaderCstChildren;
}

export type RegionHeaderCstChildren = {
  Region: IToken[];
  name: IToken[];
  Extends?: IToken[];
  parent?: IToken[];
  Cite?: IToken[];
};

export interface RegionItemCstNode extends CstNode {
  name: "regionItem";
  children: RegionItemCstChildren;
}

export type RegionItemCstChildren = {
  titleDecl?: TitleDeclCstNode[];
  roundingDecl?: RoundingDeclCstNode[];
  horizonDecl?: HorizonDeclCstNode[];
  inputDecl?: InputDeclCstNode[];
  valueDecl?: ValueDeclCstNode[];
  tableDecl?: TableDeclCstNode[];
  recordDecl?: RecordDeclCstNode[];
  testDecl?: TestDeclCstNode[];
  invariantDecl?: InvariantDeclCstNode[];
  waiveDecl?: WaiveDeclCstNode[];
  outOfScopeDecl?: OutOfScopeDeclCstNode[];
  guaranteeDecl?: GuaranteeDeclCstNode[];
  flowDecl?: FlowDeclCstNode[];
  strayCase?: CaseItemCstNode[];
};

export interface InvariantDeclCstNode extends CstNode {
  name: "invariantDecl";
  children: InvariantDeclCstChildren;
}

export type InvariantDeclCstChildren = {
  Invariant: IToken[];
  name: IToken[];
  Cite?: IToken[];
  When?: IToken[];
  when?: ExprCstNode[];
  claim: ClaimCstNode[];
};

export interface ClaimCstNode extends CstNode {
  name: "claim";
  children: ClaimCstChildren;
}

export type ClaimCstChildren = {
  Expect?: IToken[];
  holds?: ExprCstNode[];
  Monotone?: IToken[];
  direction?: IToken[];
  output?: (IToken)[];
  In?: IToken[];
  input?: (IToken)[];
  Independent?: IToken[];
  Of?: IToken[];
};

export interface FlowDeclCstNode extends CstNode {
  name: "flowDecl";
  children: FlowDeclCstChildren;
}

export type FlowDeclCstChildren = {
  Override?: IToken[];
  keyword: IToken[];
  name: IToken[];
  Plus?: IToken[];
  plus?: IToken[];
  To?: (IToken)[];
  fund?: IToken[];
  Colon?: IToken[];
  flowPart?: FlowPartCstNode[];
  Comma?: (IToken)[];
  For?: IToken[];
  member?: IToken[];
  In?: IToken[];
  outside?: IToken[];
  low?: LiteralCstNode[];
  high?: LiteralCstNode[];
  Cite?: IToken[];
};

export interface FlowPartCstNode extends CstNode {
  name: "flowPart";
  children: FlowPartCstChildren;
}

export type FlowPartCstChildren = {
  share: IToken[];
  To?: IToken[];
  fund?: IToken[];
};

export interface WaiveDeclCstNode extends CstNode {
  name: "waiveDecl";
  children: WaiveDeclCstChildren;
}

export type WaiveDeclCstChildren = {
  Waive: IToken[];
  name: IToken[];
  Cite?: IToken[];
};

export interface OutOfScopeDeclCstNode extends CstNode {
  name: "outOfScopeDecl";
  children: OutOfScopeDeclCstChildren;
}

export type OutOfScopeDeclCstChildren = {
  out: IToken[];
  Of: IToken[];
  scope: IToken[];
  id: IToken[];
  Comma?: IToken[];
  reason?: IToken[];
  Cite?: IToken[];
};

export interface GuaranteeDeclCstNode extends CstNode {
  name: "guaranteeDecl";
  children: GuaranteeDeclCstChildren;
}

export type GuaranteeDeclCstChildren = {
  guarantee: IToken[];
  id: IToken[];
  Comma?: (IToken)[];
  By: IToken[];
  code: IToken[];
  reason?: IToken[];
  Cite?: IToken[];
};

export interface RecordDeclCstNode extends CstNode {
  name: "recordDecl";
  children: RecordDeclCstChildren;
}

export type RecordDeclCstChildren = {
  record: IToken[];
  name: IToken[];
  headColon?: IToken[];
  Cite?: IToken[];
  fieldDecl?: FieldDeclCstNode[];
};

export interface FieldDeclCstNode extends CstNode {
  name: "fieldDecl";
  children: FieldDeclCstChildren;
}

export type FieldDeclCstChildren = {
  name: IToken[];
  Colon: IToken[];
  typeExpr: TypeExprCstNode[];
  Cite?: IToken[];
};

export interface TitleDeclCstNode extends CstNode {
  name: "titleDecl";
  children: TitleDeclCstChildren;
}

export type TitleDeclCstChildren = {
  Title: IToken[];
  StringLit: IToken[];
};

export interface RoundingDeclCstNode extends CstNode {
  name: "roundingDecl";
  children: RoundingDeclCstChildren;
}

export type RoundingDeclCstChildren = {
  Rounding: IToken[];
  mode: IToken[];
  modeDash?: IToken[];
  modeRest?: IToken[];
  To: IToken[];
  unit: IToken[];
  Cite?: IToken[];
};

export interface HorizonDeclCstNode extends CstNode {
  name: "horizonDecl";
  children: HorizonDeclCstChildren;
}

export type HorizonDeclCstChildren = {
  Horizon: IToken[];
  From: IToken[];
  start: IToken[];
  To?: IToken[];
  end?: IToken[];
  Cite?: IToken[];
};

export interface InputDeclCstNode extends CstNode {
  name: "inputDecl";
  children: InputDeclCstChildren;
}

export type InputDeclCstChildren = {
  Input: IToken[];
  name: IToken[];
  Colon: IToken[];
  typeExpr: TypeExprCstNode[];
  Cite?: IToken[];
};

export interface TypeExprCstNode extends CstNode {
  name: "typeExpr";
  children: TypeExprCstChildren;
}

export type TypeExprCstChildren = {
  open?: IToken[];
  set?: IToken[];
  Of?: (IToken)[];
  element?: IToken[];
  One?: IToken[];
  member?: (IToken)[];
  sep?: (IToken)[];
  base?: IToken[];
  listOf?: IToken[];
  item?: IToken[];
  Per?: IToken[];
  period?: IToken[];
  In?: IToken[];
  low?: LiteralCstNode[];
  To?: IToken[];
  high?: LiteralCstNode[];
};

export interface ValueDeclCstNode extends CstNode {
  name: "valueDecl";
  children: ValueDeclCstChildren;
}

export type ValueDeclCstChildren = {
  Override?: IToken[];
  Required?: IToken[];
  Parameter?: IToken[];
  Output?: IToken[];
  Define?: IToken[];
  State?: IToken[];
  name: IToken[];
  Colon: IToken[];
  typeExpr: TypeExprCstNode[];
  eachFor?: IToken[];
  each?: IToken[];
  binder?: IToken[];
  eachIn?: IToken[];
  list?: IToken[];
  Cite?: (IToken)[];
  Equals?: IToken[];
  declValue?: DeclValueCstNode[];
  caseList?: CaseListCstNode[];
};

export interface TableDeclCstNode extends CstNode {
  name: "tableDecl";
  children: TableDeclCstChildren;
}

export type TableDeclCstChildren = {
  Table: IToken[];
  name: IToken[];
  Colon: IToken[];
  typeExpr: TypeExprCstNode[];
  By: IToken[];
  key: IToken[];
  Comma?: (IToken)[];
  Cite?: (IToken)[];
  Graded?: (IToken)[];
  gradedClause?: GradedClauseCstNode[];
  Not?: IToken[];
  refutedClause?: GradedClauseCstNode[];
  refutedCite?: IToken[];
  column?: IToken[];
  tableRow?: TableRowCstNode[];
};

export interface GradedClauseCstNode extends CstNode {
  name: "gradedClause";
  children: GradedClauseCstChildren;
}

export type GradedClauseCstChildren = {
  direction: IToken[];
  In: IToken[];
  key: IToken[];
};

export interface TableRowCstNode extends CstNode {
  name: "tableRow";
  children: TableRowCstChildren;
}

export type TableRowCstChildren = {
  label?: IToken[];
  Colon?: IToken[];
  tableCell: TableCellCstNode[];
  Cite?: IToken[];
};

export interface TableCellCstNode extends CstNode {
  name: "tableCell";
  children: TableCellCstChildren;
}

export type TableCellCstChildren = {
  dash?: IToken[];
  Unspecified?: IToken[];
  literal?: LiteralCstNode[];
};

export interface CaseListCstNode extends CstNode {
  name: "caseList";
  children: CaseListCstChildren;
}

export type CaseListCstChildren = {
  caseItem?: CaseItemCstNode[];
};

export interface CaseItemCstNode extends CstNode {
  name: "caseItem";
  children: CaseItemCstChildren;
}

export type CaseItemCstChildren = {
  guard: GuardCstNode[];
  Colon: IToken[];
  groupCite?: IToken[];
  caseList?: CaseListCstNode[];
  caseValue?: CaseValueCstNode[];
  Cite?: IToken[];
};

export interface GuardCstNode extends CstNode {
  name: "guard";
  children: GuardCstChildren;
}

export type GuardCstChildren = {
  For?: IToken[];
  member?: IToken[];
  Comma?: IToken[];
  From?: IToken[];
  from?: ExprCstNode[];
  To?: IToken[];
  to?: ExprCstNode[];
  Before?: IToken[];
  before?: ExprCstNode[];
  When?: IToken[];
  when?: ExprCstNode[];
  Otherwise?: IToken[];
  Initially?: IToken[];
};

export interface CaseValueCstNode extends CstNode {
  name: "caseValue";
  children: CaseValueCstChildren;
}

export type CaseValueCstChildren = {
  Not?: IToken[];
  Applicable?: IToken[];
  Unspecified?: IToken[];
  Unknown?: IToken[];
  unresolvedValue?: UnresolvedValueCstNode[];
  expr?: ExprCstNode[];
  To?: IToken[];
  rangeHigh?: ExprCstNode[];
};

export interface DeclValueCstNode extends CstNode {
  name: "declValue";
  children: DeclValueCstChildren;
}

export type DeclValueCstChildren = {
  unresolvedValue?: UnresolvedValueCstNode[];
  expr?: ExprCstNode[];
  To?: IToken[];
  rangeHigh?: ExprCstNode[];
};

export interface UnresolvedValueCstNode extends CstNode {
  name: "unresolvedValue";
  children: UnresolvedValueCstChildren;
}

export type UnresolvedValueCstChildren = {
  Unresolved: IToken[];
  reason: IToken[];
};

export interface TestDeclCstNode extends CstNode {
  name: "testDecl";
  children: TestDeclCstChildren;
}

export type TestDeclCstChildren = {
  Test: IToken[];
  name: IToken[];
  Cite?: IToken[];
  Over?: IToken[];
  overFrom?: IToken[];
  To?: IToken[];
  overTo?: IToken[];
  Given?: IToken[];
  given?: BindingsCstNode[];
  expectGroup: ExpectGroupCstNode[];
};

export interface ExpectGroupCstNode extends CstNode {
  name: "expectGroup";
  children: ExpectGroupCstChildren;
}

export type ExpectGroupCstChildren = {
  Expect: IToken[];
  At?: IToken[];
  at?: MonthSpanCstNode[];
  Colon?: IToken[];
  expect: BindingsCstNode[];
};

export interface MonthSpanCstNode extends CstNode {
  name: "monthSpan";
  children: MonthSpanCstChildren;
}

export type MonthSpanCstChildren = {
  from: IToken[];
  DotDot?: IToken[];
  to?: IToken[];
};

export interface SeriesPartCstNode extends CstNode {
  name: "seriesPart";
  children: SeriesPartCstChildren;
}

export type SeriesPartCstChildren = {
  span: MonthSpanCstNode[];
  Colon: IToken[];
  literal: LiteralCstNode[];
};

export interface BindingsCstNode extends CstNode {
  name: "bindings";
  children: BindingsCstChildren;
}

export type BindingsCstChildren = {
  binding: BindingCstNode[];
  Comma?: IToken[];
};

export interface BindingCstNode extends CstNode {
  name: "binding";
  children: BindingCstChildren;
}

export type BindingCstChildren = {
  name: IToken[];
  Equals?: IToken[];
  bindingValue?: BindingValueCstNode[];
  Is?: IToken[];
  Unspecified?: IToken[];
  Unknown?: IToken[];
  Unresolved?: IToken[];
  Not?: IToken[];
  Applicable?: IToken[];
  In?: IToken[];
  low?: LiteralCstNode[];
  To?: IToken[];
  high?: LiteralCstNode[];
};

export interface BindingValueCstNode extends CstNode {
  name: "bindingValue";
  children: BindingValueCstChildren;
}

export type BindingValueCstChildren = {
  series?: (SeriesPartCstNode)[];
  Comma?: IToken[];
  listValue?: ListValueCstNode[];
  literal?: LiteralCstNode[];
};

export interface ListValueCstNode extends CstNode {
  name: "listValue";
  children: ListValueCstChildren;
}

export type ListValueCstChildren = {
  LBracket: IToken[];
  listItem?: ListItemCstNode[];
  Comma?: IToken[];
  RBracket: IToken[];
};

export interface ListItemCstNode extends CstNode {
  name: "listItem";
  children: ListItemCstChildren;
}

export type ListItemCstChildren = {
  LParen?: IToken[];
  field?: IToken[];
  Equals?: IToken[];
  value?: LiteralCstNode[];
  Comma?: IToken[];
  RParen?: IToken[];
  bare?: LiteralCstNode[];
};

export interface LiteralCstNode extends CstNode {
  name: "literal";
  children: LiteralCstChildren;
}

export type LiteralCstChildren = {
  Minus?: IToken[];
  NumberLit?: IToken[];
  moneyUnit?: MoneyUnitCstNode[];
  PercentLit?: IToken[];
  MonthLit?: IToken[];
  True?: IToken[];
  False?: IToken[];
  StringLit?: IToken[];
  Identifier?: IToken[];
};

export interface MoneyUnitCstNode extends CstNode {
  name: "moneyUnit";
  children: MoneyUnitCstChildren;
}

export type MoneyUnitCstChildren = {
  unit: IToken[];
  Per?: IToken[];
  period?: IToken[];
};

export interface ExprCstNode extends CstNode {
  name: "expr";
  children: ExprCstChildren;
}

export type ExprCstChildren = {
  operand: (AndExprCstNode)[];
  Or?: IToken[];
};

export interface AndExprCstNode extends CstNode {
  name: "andExpr";
  children: AndExprCstChildren;
}

export type AndExprCstChildren = {
  operand: (NotExprCstNode)[];
  And?: IToken[];
};

export interface NotExprCstNode extends CstNode {
  name: "notExpr";
  children: NotExprCstChildren;
}

export type NotExprCstChildren = {
  Not?: IToken[];
  notExpr?: NotExprCstNode[];
  cmpExpr?: CmpExprCstNode[];
};

export interface CmpExprCstNode extends CstNode {
  name: "cmpExpr";
  children: CmpExprCstChildren;
}

export type CmpExprCstChildren = {
  operand: (AddExprCstNode)[];
  op?: CmpOpCstNode[];
  Is?: IToken[];
  Not?: IToken[];
  member?: IToken[];
  notIn?: IToken[];
  In?: IToken[];
  set?: IToken[];
};

export interface CmpOpCstNode extends CstNode {
  name: "cmpOp";
  children: CmpOpCstChildren;
}

export type CmpOpCstChildren = {
  Less?: IToken[];
  LessEq?: IToken[];
  Greater?: IToken[];
  GreaterEq?: IToken[];
  Equals?: IToken[];
  NotEq?: IToken[];
};

export interface AddExprCstNode extends CstNode {
  name: "addExpr";
  children: AddExprCstChildren;
}

export type AddExprCstChildren = {
  operand: (MulExprCstNode)[];
  op?: (IToken)[];
};

export interface MulExprCstNode extends CstNode {
  name: "mulExpr";
  children: MulExprCstChildren;
}

export type MulExprCstChildren = {
  operand: (UnaryExprCstNode)[];
  op?: (IToken)[];
};

export interface UnaryExprCstNode extends CstNode {
  name: "unaryExpr";
  children: UnaryExprCstChildren;
}

export type UnaryExprCstChildren = {
  Minus?: IToken[];
  unaryExpr?: UnaryExprCstNode[];
  primary?: PrimaryCstNode[];
};

export interface PrimaryCstNode extends CstNode {
  name: "primary";
  children: PrimaryCstChildren;
}

export type PrimaryCstChildren = {
  NumberLit?: IToken[];
  moneyUnit?: MoneyUnitCstNode[];
  PercentLit?: IToken[];
  MonthLit?: IToken[];
  True?: IToken[];
  False?: IToken[];
  LBrace?: IToken[];
  setMember?: IToken[];
  Comma?: (IToken)[];
  RBrace?: IToken[];
  LParen?: IToken[];
  expr?: ExprCstNode[];
  RParen?: (IToken)[];
  Identifier?: IToken[];
  Dot?: IToken[];
  field?: IToken[];
  call?: IToken[];
  arg?: ExprCstNode[];
  where?: IToken[];
  filter?: ExprCstNode[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  policyFile(children: PolicyFileCstChildren, param?: IN): OUT;
  regionHeader(children: RegionHeaderCstChildren, param?: IN): OUT;
  regionItem(children: RegionItemCstChildren, param?: IN): OUT;
  invariantDecl(children: InvariantDeclCstChildren, param?: IN): OUT;
  claim(children: ClaimCstChildren, param?: IN): OUT;
  flowDecl(children: FlowDeclCstChildren, param?: IN): OUT;
  flowPart(children: FlowPartCstChildren, param?: IN): OUT;
  waiveDecl(children: WaiveDeclCstChildren, param?: IN): OUT;
  outOfScopeDecl(children: OutOfScopeDeclCstChildren, param?: IN): OUT;
  guaranteeDecl(children: GuaranteeDeclCstChildren, param?: IN): OUT;
  recordDecl(children: RecordDeclCstChildren, param?: IN): OUT;
  fieldDecl(children: FieldDeclCstChildren, param?: IN): OUT;
  titleDecl(children: TitleDeclCstChildren, param?: IN): OUT;
  roundingDecl(children: RoundingDeclCstChildren, param?: IN): OUT;
  horizonDecl(children: HorizonDeclCstChildren, param?: IN): OUT;
  inputDecl(children: InputDeclCstChildren, param?: IN): OUT;
  typeExpr(children: TypeExprCstChildren, param?: IN): OUT;
  valueDecl(children: ValueDeclCstChildren, param?: IN): OUT;
  tableDecl(children: TableDeclCstChildren, param?: IN): OUT;
  gradedClause(children: GradedClauseCstChildren, param?: IN): OUT;
  tableRow(children: TableRowCstChildren, param?: IN): OUT;
  tableCell(children: TableCellCstChildren, param?: IN): OUT;
  caseList(children: CaseListCstChildren, param?: IN): OUT;
  caseItem(children: CaseItemCstChildren, param?: IN): OUT;
  guard(children: GuardCstChildren, param?: IN): OUT;
  caseValue(children: CaseValueCstChildren, param?: IN): OUT;
  declValue(children: DeclValueCstChildren, param?: IN): OUT;
  unresolvedValue(children: UnresolvedValueCstChildren, param?: IN): OUT;
  testDecl(children: TestDeclCstChildren, param?: IN): OUT;
  expectGroup(children: ExpectGroupCstChildren, param?: IN): OUT;
  monthSpan(children: MonthSpanCstChildren, param?: IN): OUT;
  seriesPart(children: SeriesPartCstChildren, param?: IN): OUT;
  bindings(children: BindingsCstChildren, param?: IN): OUT;
  binding(children: BindingCstChildren, param?: IN): OUT;
  bindingValue(children: BindingValueCstChildren, param?: IN): OUT;
  listValue(children: ListValueCstChildren, param?: IN): OUT;
  listItem(children: ListItemCstChildren, param?: IN): OUT;
  literal(children: LiteralCstChildren, param?: IN): OUT;
  moneyUnit(children: MoneyUnitCstChildren, param?: IN): OUT;
  expr(children: ExprCstChildren, param?: IN): OUT;
  andExpr(children: AndExprCstChildren, param?: IN): OUT;
  notExpr(children: NotExprCstChildren, param?: IN): OUT;
  cmpExpr(children: CmpExprCstChildren, param?: IN): OUT;
  cmpOp(children: CmpOpCstChildren, param?: IN): OUT;
  addExpr(children: AddExprCstChildren, param?: IN): OUT;
  mulExpr(children: MulExprCstChildren, param?: IN): OUT;
  unaryExpr(children: UnaryExprCstChildren, param?: IN): OUT;
  primary(children: PrimaryCstChildren, param?: IN): OUT;
}
