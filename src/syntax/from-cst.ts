/**
 * Typed CST → AST. The CST may be partial after error recovery, so every
 * child access tolerates a missing token; an incomplete node is dropped
 * (its syntax error has already been reported).
 */
import type { CstNode, IToken } from 'chevrotain';
import type * as C from '../../grammar/cst.generated.js';
import { Diagnostics, text as textL, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import { span, type Span } from '../diagnostics/span.js';
import type * as A from './ast.js';
import { readCitations } from './citations.js';
import { checkTableShape, tableCases } from './tables.js';
import { guaranteeDecl, type GuaranteeKit } from './guarantee.js';
import { flowDecl, type FlowTools } from './flows.js';
import { eachClause, listValue, recordDecl, type ItemsBuilder } from './records.js';

class Incomplete extends Error {}

export class AstBuilder {
  constructor(
    private readonly file: string,
    private readonly sink: DiagnosticSink,
  ) {}

  private tokSpan(t: IToken): Span {
    return span(this.file, t.startOffset, (t.endOffset ?? t.startOffset) + 1);
  }

  private nodeSpan(n: CstNode): Span {
    const loc = n.location;
    if (!loc || Number.isNaN(loc.startOffset)) throw new Incomplete();
    return span(this.file, loc.startOffset, (loc.endOffset ?? loc.startOffset) + 1);
  }

  private tok(ts: IToken[] | undefined): IToken {
    const t = ts?.[0];
    if (!t || t.isInsertedInRecovery || Number.isNaN(t.startOffset)) throw new Incomplete();
    return t;
  }

  private ident(ts: IToken[] | undefined): A.Ident {
    const t = this.tok(ts);
    return { name: t.image, span: this.tokSpan(t) };
  }

  private cites(ts: IToken[] | undefined): A.CiteItem[] {
    return (ts ?? []).flatMap((t) => readCitations(t.image, this.file, t.startOffset, this.sink));
  }

  /** The helpers a rule built in another file needs (src/syntax/guarantee.ts). */
  private get build(): GuaranteeKit {
    return { sink: this.sink, tok: (ts) => this.tok(ts), tokSpan: (t) => this.tokSpan(t), nodeSpan: (n) => this.nodeSpan(n), cites: (ts) => this.cites(ts) };
  }

  /** Runs `f`, turning an incomplete subtree into `undefined`. */
  private attempt<T>(f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      if (e instanceof Incomplete) return undefined;
      throw e;
    }
  }

  policyFile(cst: C.PolicyFileCstNode): A.PolicyFile | undefined {
    const header = cst.children.regionHeader?.[0];
    if (!header) return undefined;
    return this.attempt(() => {
      const h = header.children;
      const inputs: A.InputDecl[] = [];
      const values: A.ValueDecl[] = [];
      const tests: A.TestDecl[] = [];
      const invariants: A.InvariantDecl[] = [];
      const waives: A.WaiveDecl[] = [];
      const outOfScope: A.OutOfScopeDecl[] = [];
      const guarantees: A.GuaranteeDecl[] = [];
      const flows: A.FlowDecl[] = [];
      const records: A.RecordDecl[] = [];
      let title: string | undefined;
      let rounding: A.RoundingDecl | undefined;
      let roundingUnreadable = false;
      const slipped = new Set<number>();
      let owner = -1; // index in `values` of the declaration whose cases a mis-indented case continues
      let horizon: A.HorizonDecl | undefined;
      for (const item of cst.children.regionItem ?? []) {
        const c = item.children;
        if (c.titleDecl) title = this.attempt(() => unquote(this.tok(c.titleDecl![0]!.children.StringLit).image)) ?? title;
        if (c.roundingDecl) {
          const r = this.attempt(() => this.roundingDecl(c.roundingDecl![0]!));
          if (r) rounding = r;
          else roundingUnreadable = true;
        }
        if (c.horizonDecl) horizon = this.attempt(() => this.horizonDecl(c.horizonDecl![0]!)) ?? horizon;
        if (c.inputDecl) push(inputs, this.attempt(() => this.inputDecl(c.inputDecl![0]!)));
        if (c.valueDecl) {
          const v = this.attempt(() => this.valueDecl(c.valueDecl![0]!));
          push(values, v);
          owner = v?.body.kind === 'CasesBody' ? values.length - 1 : -1;
          continue;
        }
        if (c.strayCase) {
          // a case indented no deeper than its declaration: report the slip, keep the case
          const k = this.attempt(() => this.caseItem(c.strayCase![0]!));
          const o = values[owner];
          const what = o ? `\`${o.declKind} ${o.name.name}\`` : undefined;
          const at = this.attempt(() => this.tokSpan(firstToken(c.strayCase![0]!)));
          // one slip, one error: later cases that follow the mis-indented one are attached silently
          if (at && !(o && slipped.has(owner))) this.sink.error(Diagnostics.BadIndentation, at, [what ? textL(what, what) : textL('the declaration it belongs to', '其所属的声明')]);
          if (o) slipped.add(owner);
          if (k && o && o.body.kind === 'CasesBody') values[owner] = { ...o, body: { kind: 'CasesBody', cases: [...o.body.cases, k] } };
          continue;
        }
        owner = -1;
        if (c.tableDecl) push(values, this.attempt(() => this.tableDecl(c.tableDecl![0]!)));
        if (c.recordDecl) push(records, this.attempt(() => recordDecl(this.items(), c.recordDecl![0]!)));
        if (c.testDecl) push(tests, this.attempt(() => this.testDecl(c.testDecl![0]!)));
        if (c.invariantDecl) push(invariants, this.attempt(() => this.invariantDecl(c.invariantDecl![0]!)));
        if (c.waiveDecl) push(waives, this.attempt(() => this.waiveDecl(c.waiveDecl![0]!)));
        if (c.outOfScopeDecl) push(outOfScope, this.attempt(() => this.outOfScopeDecl(c.outOfScopeDecl![0]!)));
        if (c.guaranteeDecl) push(guarantees, this.attempt(() => guaranteeDecl(c.guaranteeDecl![0]!, this.build)));
        if (c.flowDecl) push(flows, this.attempt(() => flowDecl(c.flowDecl![0]!, this.flowTools())));
      }
      const parent = h.parent ? this.attempt(() => this.ident(h.parent)) : undefined;
      return {
        kind: 'PolicyFile',
        file: this.file,
        region: this.ident(h.name),
        ...(parent ? { parent } : {}),
        cites: this.cites(h.Cite),
        ...(title !== undefined ? { title } : {}),
        ...(rounding ? { rounding } : {}),
        ...(roundingUnreadable && !rounding ? { roundingUnreadable } : {}),
        ...(horizon ? { horizon } : {}),
        inputs,
        ...(records.length ? { records } : {}),
        values,
        tests,
        invariants,
        waives,
        outOfScope,
        ...(guarantees.length > 0 ? { guarantees } : {}),
        flows,
        span: this.nodeSpan(cst),
      };
    });
  }

  private roundingDecl(n: C.RoundingDeclCstNode): A.RoundingDecl {
    const c = n.children;
    const head = this.ident(c.mode);
    const rest = (c.modeRest ?? []).map((t) => this.ident([t]));
    const last = rest[rest.length - 1];
    const mode: A.Ident = last ? { name: [head, ...rest].map((i) => i.name).join('-'), span: span(this.file, head.span.start, last.span.end) } : head;
    return { kind: 'RoundingDecl', mode, unit: this.ident(c.unit), cites: this.cites(c.Cite), span: this.nodeSpan(n) };
  }

  private horizonDecl(n: C.HorizonDeclCstNode): A.HorizonDecl {
    const c = n.children;
    const end = c.end ? this.month(this.tok(c.end)) : undefined;
    return { kind: 'HorizonDecl', start: this.month(this.tok(c.start)), ...(end ? { end } : {}), span: this.nodeSpan(n) };
  }

  private inputDecl(n: C.InputDeclCstNode): A.InputDecl {
    const c = n.children;
    return { kind: 'InputDecl', name: this.ident(c.name), type: this.typeExpr(first(c.typeExpr)), cites: this.cites(c.Cite), span: this.nodeSpan(n) };
  }

  private typeExpr(n: C.TypeExprCstNode): A.TypeExpr {
    const c = n.children;
    if (c.set) {
      return { kind: 'SetType', element: this.ident(c.element), open: !!c.open, span: this.nodeSpan(n) };
    }
    if (c.One) {
      const seps = c.sep ?? [];
      const ordered = seps.length > 0 && seps.every((t) => t.tokenType.name === 'Less');
      const mixed = seps.find((t) => t.tokenType.name !== seps[0]!.tokenType.name);
      if (mixed) this.sink.error(Diagnostics.MixedSeparators, this.tokSpan(mixed));
      return { kind: 'EnumType', members: (c.member ?? []).map((t) => this.ident([t])), ...(ordered ? { ordered } : {}), span: this.nodeSpan(n) };
    }
    const period = c.period ? this.ident(c.period) : undefined;
    const low = c.low ? this.literal(first(c.low)) : undefined;
    const high = c.high ? this.literal(first(c.high)) : undefined;
    const item = c.item ? this.ident(c.item) : undefined;
    return {
      kind: 'NamedType',
      base: this.ident(c.base),
      ...(item ? { item } : {}),
      ...(period ? { period } : {}),
      ...(low ? { low } : {}),
      ...(high ? { high } : {}),
      span: this.nodeSpan(n),
    };
  }

  private valueDecl(n: C.ValueDeclCstNode): A.ValueDecl {
    const c = n.children;
    const body: A.Body = c.Equals
      ? { kind: 'ExprBody', value: this.plainValue(first(c.declValue).children, this.nodeSpan(n)) }
      : { kind: 'CasesBody', cases: this.caseList(c.caseList?.[0]) };
    return {
      kind: 'ValueDecl',
      declKind: c.Parameter ? 'parameter' : c.Define ? 'define' : c.State ? 'state' : 'output',
      override: !!c.Override,
      ...(c.Required ? { required: this.tokSpan(c.Required[0]!) } : {}),
      name: this.ident(c.name),
      type: this.typeExpr(first(c.typeExpr)),
      body,
      cites: this.cites(c.Cite),
      ...(c.eachFor ? { each: eachClause(this.items(), n) } : {}),
      span: this.nodeSpan(n),
    };
  }

  /** What src/syntax/records.ts needs of the builder. */
  private items(): ItemsBuilder {
    return { file: this.file, sink: this.sink, ident: (ts) => this.ident(ts), tokSpan: (t) => this.tokSpan(t), nodeSpan: (n) => this.nodeSpan(n), cites: (ts) => this.cites(ts), typeExpr: (n) => this.typeExpr(n), literal: (n) => this.literal(n) };
  }

  /** A `table` is a define whose cases are its cells (src/syntax/tables.ts). */
  private tableDecl(n: C.TableDeclCstNode): A.ValueDecl {
    const c = n.children;
    const rows = (c.tableRow ?? []).map((r) => {
      const label = r.children.label ? this.ident(r.children.label) : undefined;
      return {
        ...(label ? { label } : {}),
        cells: (r.children.tableCell ?? []).map((cell) => this.tableCell(cell)),
        cites: this.cites(r.children.Cite),
        span: this.nodeSpan(r),
      };
    });
    const written: A.TableLayout = {
      keys: (c.key ?? []).map((t) => this.ident([t])),
      columns: (c.column ?? []).map((t) => this.ident([t])),
      rows,
      graded: (c.gradedClause ?? []).map((g) => ({ direction: this.ident(g.children.direction), key: this.ident(g.children.key), span: this.nodeSpan(g) })),
      ...(c.refutedClause && c.Not
        ? {
            refuted: {
              clauses: c.refutedClause.map((g) => ({ direction: this.ident(g.children.direction), key: this.ident(g.children.key), span: this.nodeSpan(g) })),
              cites: this.cites(c.refutedCite),
              span: this.tokSpan(c.Not[0]!),
            },
          }
        : {}),
    };
    const name = this.ident(c.name);
    const table = checkTableShape(name.name, written, this.sink);
    return {
      kind: 'ValueDecl',
      declKind: 'define',
      override: false,
      name,
      type: this.typeExpr(first(c.typeExpr)),
      body: tableCases(table),
      cites: this.cites(c.Cite),
      table,
      span: this.nodeSpan(n),
    };
  }

  private tableCell(n: C.TableCellCstNode): A.CaseValue {
    const c = n.children;
    const sp = this.nodeSpan(n);
    if (c.dash) return { kind: 'NotApplicable', span: sp };
    if (c.Unspecified) return { kind: 'Unspecified', span: sp };
    const l = this.literal(first(c.literal));
    if (l.kind === 'StringLiteral') {
      this.sink.error(Diagnostics.TypeMismatch, sp, [textL('a constant cell: a number, amount, percentage, month, member name, true/false, `unspecified` or `-`', '常量单元格：数字、金额、百分比、月份、成员名、真/假、`unspecified` 或 `-`'), textL('a quoted string', '带引号的字符串')]);
      return { kind: 'Unspecified', span: sp };
    }
    const expr: A.Expr = l.kind === 'NameLiteral' ? { kind: 'NameRef', name: l.name, span: l.span } : l;
    return { kind: 'ValueExpr', expr, span: sp };
  }

  private valueExpr(e: C.ExprCstNode): A.CaseValue {
    const ex = this.expr(e);
    return { kind: 'ValueExpr', expr: ex, span: ex.span };
  }

  /** An expression, `low to high` (a range) or `unresolved "why"`. */
  private plainValue(c: { expr?: C.ExprCstNode[]; rangeHigh?: C.ExprCstNode[]; unresolvedValue?: C.UnresolvedValueCstNode[] }, sp: Span): A.CaseValue {
    if (c.unresolvedValue) {
      const u = first(c.unresolvedValue);
      return { kind: 'Unresolved', reason: unquote(this.tok(u.children.reason).image), span: this.nodeSpan(u) };
    }
    if (!c.rangeHigh) return this.valueExpr(first(c.expr));
    const low = this.expr(first(c.expr));
    const high = this.expr(first(c.rangeHigh));
    return { kind: 'Range', low, high, span: { ...sp, start: low.span.start, end: high.span.end } };
  }

  private caseList(n: C.CaseListCstNode | undefined): A.Case[] {
    const out: A.Case[] = [];
    for (const item of n?.children.caseItem ?? []) push(out, this.attempt(() => this.caseItem(item)));
    return out;
  }

  private caseItem(n: C.CaseItemCstNode): A.Case {
    const c = n.children;
    const guard = this.guard(first(c.guard));
    let body: A.Body;
    if (c.caseList) body = { kind: 'CasesBody', cases: this.caseList(c.caseList[0]) };
    else {
      const v = first(c.caseValue);
      const vc = v.children;
      const value: A.CaseValue = vc.Applicable
        ? { kind: 'NotApplicable', span: this.nodeSpan(v) }
        : vc.Unspecified
          ? { kind: 'Unspecified', span: this.nodeSpan(v) }
          : vc.Unknown
            ? { kind: 'Unknown', span: this.nodeSpan(v) }
            : this.plainValue(vc, this.nodeSpan(v));
      body = { kind: 'ExprBody', value };
    }
    return { kind: 'Case', guard, body, cites: [...this.cites(c.groupCite), ...this.cites(c.Cite)], span: this.nodeSpan(n) };
  }

  private guard(n: C.GuardCstNode): A.Guard {
    const c = n.children;
    const sp = this.nodeSpan(n);
    if (c.For) return { kind: 'ForGuard', members: (c.member ?? []).map((t) => this.ident([t])), span: sp };
    if (c.From) {
      const to = c.to ? this.expr(first(c.to)) : undefined;
      return { kind: 'FromGuard', from: this.expr(first(c.from)), ...(to ? { to } : {}), span: sp };
    }
    if (c.Before) return { kind: 'BeforeGuard', before: this.expr(first(c.before)), span: sp };
    if (c.When) return { kind: 'WhenGuard', cond: this.expr(first(c.when)), span: sp };
    if (c.Otherwise) return { kind: 'OtherwiseGuard', span: sp };
    if (c.Initially) return { kind: 'InitiallyGuard', span: sp };
    throw new Incomplete();
  }

  private testDecl(n: C.TestDeclCstNode): A.TestDecl {
    const c = n.children;
    const name = this.tok(c.name);
    return {
      kind: 'TestDecl',
      name: unquote(name.image),
      nameSpan: this.tokSpan(name),
      cites: this.cites(c.Cite),
      ...(c.overFrom && c.overTo
        ? { over: { from: this.month(this.tok(c.overFrom)), to: this.month(this.tok(c.overTo)), span: this.tokSpan(c.Over![0]!) } }
        : {}),
      given: (c.given ?? []).flatMap((b) => this.bindings(b)),
      expect: (c.expectGroup ?? []).flatMap((g) => {
        const at = g.children.at ? this.monthSpan(first(g.children.at)) : undefined;
        return this.bindings(first(g.children.expect)).map((b) => (at ? { ...b, at } : b));
      }),
      span: this.nodeSpan(n),
    };
  }

  private monthSpan(n: C.MonthSpanCstNode): A.MonthSpan {
    const from = this.month(this.tok(n.children.from));
    const to = n.children.to ? this.month(this.tok(n.children.to)) : from;
    return { from, to, span: this.nodeSpan(n) };
  }

  private invariantDecl(n: C.InvariantDeclCstNode): A.InvariantDecl {
    const c = n.children;
    const name = this.tok(c.name);
    const claims: A.Claim[] = [];
    for (const cl of c.claim ?? []) {
      push(
        claims,
        this.attempt((): A.Claim => {
          const k = cl.children;
          if (k.holds) return { kind: 'Holds', expr: this.expr(first(k.holds)), span: this.nodeSpan(cl) };
          const direction = k.direction ? this.ident(k.direction) : undefined;
          return {
            kind: k.Monotone ? 'Monotone' : 'Independent',
            output: this.ident(k.output),
            input: this.ident(k.input),
            ...(direction ? { direction } : {}),
            span: this.nodeSpan(cl),
          };
        }),
      );
    }
    return {
      kind: 'InvariantDecl',
      name: unquote(name.image),
      nameSpan: this.tokSpan(name),
      cites: this.cites(c.Cite),
      when: (c.when ?? []).map((w) => this.expr(w)),
      claims,
      span: this.nodeSpan(n),
    };
  }

  private flowTools(): FlowTools {
    return { sink: this.sink, ident: (t) => this.ident(t), tokSpan: (t) => this.tokSpan(t), nodeSpan: (n) => this.nodeSpan(n), cites: (t) => this.cites(t), literal: (n) => this.literal(n) };
  }

  private waiveDecl(n: C.WaiveDeclCstNode): A.WaiveDecl {
    const name = this.tok(n.children.name);
    return { kind: 'WaiveDecl', name: unquote(name.image), nameSpan: this.tokSpan(name), cites: this.cites(n.children.Cite), span: this.nodeSpan(n) };
  }

  /** `out of scope F131, F137 "why"`: ids must be FACTS rule ids (F001…); the reason must not be empty (PD1014). */
  private outOfScopeDecl(n: C.OutOfScopeDeclCstNode): A.OutOfScopeDecl {
    const c = n.children;
    const scope = this.tok(c.scope);
    if (scope.image !== 'scope') this.sink.error(Diagnostics.UnexpectedToken, this.tokSpan(scope), ['`scope`', `\`${scope.image}\``]);
    const ids: (A.CiteItem & { kind: 'fact' })[] = [];
    for (const t of c.id ?? []) {
      if (t.isInsertedInRecovery || Number.isNaN(t.startOffset)) continue;
      if (/^F\d{3}$/.test(t.image)) ids.push({ kind: 'fact', id: t.image, span: this.tokSpan(t) });
      else {
        const what = /^[CTI]\d{2,3}$/.test(t.image)
          ? textL(`\`${t.image}\` is not a rule: only rules (F001…) can be out of scope; a contradiction, test or invariant is modelled, tested or checked`, `\`${t.image}\` 不是规则：只有规则（F001…）可以声明为不在范围内；矛盾、测试和不变式应分别建模、测试或检查`)
          : textL(`\`${t.image}\` is not a FACTS rule id (F001…)`, `\`${t.image}\` 不是 FACTS 规则编号（F001…）`);
        this.sink.error(Diagnostics.OutOfScope, this.tokSpan(t), [what]);
      }
    }
    const reasonTok = c.reason?.[0];
    const reason = reasonTok && !reasonTok.isInsertedInRecovery ? unquote(reasonTok.image).trim() : '';
    if (!reason) {
      const at = reasonTok && !reasonTok.isInsertedInRecovery ? this.tokSpan(reasonTok) : this.tokSpan(c.id?.[c.id.length - 1] ?? scope);
      this.sink.error(Diagnostics.OutOfScope, at, [textL('a reason is required: write `out of scope F131 "why the evaluator does not compute it"`', '必须给出理由：请写 `out of scope F131 "计算器为何不计算它"`')]);
    }
    const cites = this.cites(c.Cite);
    return { kind: 'OutOfScopeDecl', ids, reason, ...(cites.length > 0 ? { cites } : {}), span: this.nodeSpan(n) };
  }

  private bindings(n: C.BindingsCstNode): A.Binding[] {
    const out: A.Binding[] = [];
    for (const b of n.children.binding ?? []) {
      push(
        out,
        this.attempt(() => {
          const c = b.children;
          const bv = c.bindingValue?.[0]?.children;
          const value: A.Binding['value'] = c.Is
            ? { kind: 'NonValue', which: c.Unspecified ? 'unspecified' : c.Unknown ? 'unknown' : c.Unresolved ? 'unresolved' : 'not_applicable', span: this.nodeSpan(b) }
            : c.low && c.high
              ? { kind: 'RangeLiteral', low: this.literal(first(c.low)), high: this.literal(first(c.high)), span: this.nodeSpan(b) }
              : bv?.series
              ? {
                  kind: 'Series',
                  parts: bv.series.map((p) => ({
                    months: this.monthSpan(first(p.children.span)),
                    value: this.literal(first(p.children.literal)),
                    span: this.nodeSpan(p),
                  })),
                  span: this.nodeSpan(b),
                }
              : bv?.listValue
                ? listValue(this.items(), first(bv.listValue))
                : this.literal(first(bv?.literal));
          return { name: this.ident(c.name), value, span: this.nodeSpan(b) };
        }),
      );
    }
    return out;
  }

  private literal(n: C.LiteralCstNode): A.Literal {
    const c = n.children;
    const sp = this.nodeSpan(n);
    if (c.NumberLit) {
      const unit = c.moneyUnit ? this.moneyUnit(first(c.moneyUnit)) : undefined;
      return { kind: 'NumberLiteral', text: this.tok(c.NumberLit).image, negative: !!c.Minus, ...(unit ? { unit } : {}), span: sp };
    }
    if (c.PercentLit) return { kind: 'PercentLiteral', text: this.tok(c.PercentLit).image.slice(0, -1), span: sp };
    if (c.MonthLit) return this.month(this.tok(c.MonthLit));
    if (c.True || c.False) return { kind: 'BoolLiteral', value: !!c.True, span: sp };
    if (c.StringLit) return { kind: 'StringLiteral', value: unquote(this.tok(c.StringLit).image), span: sp };
    return { kind: 'NameLiteral', name: this.tok(c.Identifier).image, span: sp };
  }

  private moneyUnit(n: C.MoneyUnitCstNode): A.MoneyUnit {
    const period = n.children.period ? this.ident(n.children.period) : undefined;
    return { unit: this.ident(n.children.unit), ...(period ? { period } : {}) };
  }

  private month(t: IToken): A.MonthLiteral {
    return { kind: 'MonthLiteral', text: t.image, span: this.tokSpan(t) };
  }

  // ── expressions ────────────────────────────────────────────────────────
  expr(n: C.ExprCstNode): A.Expr {
    const ops = n.children.operand.map((o) => this.andExpr(o));
    return ops.length === 1 ? ops[0]! : { kind: 'Logic', op: 'or', operands: ops, span: this.nodeSpan(n) };
  }

  private andExpr(n: C.AndExprCstNode): A.Expr {
    const ops = n.children.operand.map((o) => this.notExpr(o));
    return ops.length === 1 ? ops[0]! : { kind: 'Logic', op: 'and', operands: ops, span: this.nodeSpan(n) };
  }

  private notExpr(n: C.NotExprCstNode): A.Expr {
    const c = n.children;
    if (c.notExpr) return { kind: 'Not', operand: this.notExpr(first(c.notExpr)), span: this.nodeSpan(n) };
    return this.cmpExpr(first(c.cmpExpr));
  }

  private cmpExpr(n: C.CmpExprCstNode): A.Expr {
    const c = n.children;
    const operands = c.operand.map((o) => this.addExpr(o));
    if (c.Is) {
      return { kind: 'Is', operand: operands[0]!, negated: !!c.Not, member: this.ident(c.member), span: this.nodeSpan(n) };
    }
    if (c.In) {
      return { kind: 'In', operand: operands[0]!, negated: !!c.notIn, set: this.ident(c.set), span: this.nodeSpan(n) };
    }
    if (!c.op) return operands[0]!;
    const ops = c.op.map((o) => cmpOpOf(o));
    if (operands.length !== ops.length + 1) throw new Incomplete();
    return { kind: 'Compare', ops, operands, span: this.nodeSpan(n) };
  }

  private addExpr(n: C.AddExprCstNode): A.Expr {
    return this.leftAssoc(n.children.operand.map((o) => this.mulExpr(o)), n.children.op);
  }

  private mulExpr(n: C.MulExprCstNode): A.Expr {
    return this.leftAssoc(n.children.operand.map((o) => this.unaryExpr(o)), n.children.op);
  }

  private leftAssoc(operands: A.Expr[], ops: IToken[] | undefined): A.Expr {
    let acc = operands[0];
    if (!acc) throw new Incomplete();
    (ops ?? []).forEach((t, i) => {
      const right = operands[i + 1];
      if (!right) throw new Incomplete();
      const op: A.ArithOp = t.image === '×' ? '*' : t.image === '÷' ? '/' : (t.image as A.ArithOp);
      acc = { kind: 'Binary', op, left: acc!, right, span: span(this.file, acc!.span.start, right.span.end) };
    });
    return acc;
  }

  private unaryExpr(n: C.UnaryExprCstNode): A.Expr {
    const c = n.children;
    if (c.unaryExpr) return { kind: 'Negate', operand: this.unaryExpr(first(c.unaryExpr)), span: this.nodeSpan(n) };
    return this.primary(first(c.primary));
  }

  private primary(n: C.PrimaryCstNode): A.Expr {
    const c = n.children;
    const sp = this.nodeSpan(n);
    if (c.NumberLit) {
      const unit = c.moneyUnit ? this.moneyUnit(first(c.moneyUnit)) : undefined;
      return { kind: 'NumberLiteral', text: this.tok(c.NumberLit).image, negative: false, ...(unit ? { unit } : {}), span: sp };
    }
    if (c.PercentLit) return { kind: 'PercentLiteral', text: this.tok(c.PercentLit).image.slice(0, -1), span: sp };
    if (c.MonthLit) return this.month(this.tok(c.MonthLit));
    if (c.True || c.False) return { kind: 'BoolLiteral', value: !!c.True, span: sp };
    if (c.LParen) return this.expr(first(c.expr));
    if (c.LBrace) return { kind: 'SetLiteral', members: (c.setMember ?? []).map((t) => this.ident([t])), span: sp };
    const id = this.ident(c.Identifier);
    if (c.field) return { kind: 'Field', target: id, field: this.ident(c.field), span: sp };
    if (c.call) {
      const where = c.filter ? this.expr(first(c.filter)) : undefined;
      if (c.where && c.where[0]!.image !== 'where') throw new Incomplete();
      return { kind: 'Call', fn: id, args: (c.arg ?? []).map((a) => this.expr(a)), ...(where ? { where } : {}), span: sp };
    }
    return { kind: 'NameRef', name: id.name, span: id.span };
  }
}

function cmpOpOf(n: C.CmpOpCstNode): A.CompareOp {
  const c = n.children;
  if (c.Less) return '<';
  if (c.LessEq) return '<=';
  if (c.Greater) return '>';
  if (c.GreaterEq) return '>=';
  if (c.NotEq) return '!=';
  return '=';
}

/** The first token of a CST node (a stray case's guard keyword). */
function firstToken(n: CstNode): IToken {
  let best: IToken | undefined;
  const walk = (x: CstNode): void => {
    for (const kids of Object.values(x.children)) {
      for (const k of kids) {
        if ('children' in k) walk(k);
        else if (!best || k.startOffset < best.startOffset) best = k;
      }
    }
  };
  walk(n);
  if (!best || Number.isNaN(best.startOffset)) throw new Incomplete();
  return best;
}

function first<T>(xs: T[] | undefined): T {
  const x = xs?.[0];
  if (x === undefined) throw new Incomplete();
  return x;
}

function push<T>(xs: T[], x: T | undefined): void {
  if (x !== undefined) xs.push(x);
}

/** Unquotes a string token; escapes are `\"` and `\\` only. */
export function unquote(image: string): string {
  return image.slice(1, -1).replace(/\\(.)/g, '$1');
}
