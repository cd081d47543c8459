/**
 * The grammar of the policy language as a Chevrotain CstParser (rules only).
 * See grammar/README.md for the EBNF-style reference. Error recovery is on,
 * so one run reports every syntax error in a file.
 *
 * Case lists are layout-sensitive in one place only: a guard (`for`, `when`,
 * `from`, `before`, `otherwise`) belongs to the nearest owner that starts in a
 * column to its left. That is how authors already indent rule text.
 */
import { CstParser, type CstNode, type IToken, type ParserMethod, type TokenType } from 'chevrotain';
import * as T from './tokens.js';

/** Words that start a destination, fund or bound line (not reserved). */
const flowWords: ReadonlySet<string> = new Set(['destination', 'fund', 'bound']);

export class PolicyParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset' });
    this.performSelfAnalysis();
  }

  private isGuardDeeperThan(col: number): boolean {
    const t: IToken = this.LA(1);
    return T.guardStarts.some((g) => t.tokenType === g) && (t.startColumn ?? 0) > col;
  }

  public policyFile = this.RULE('policyFile', () => {
    this.SUBRULE(this.regionHeader);
    this.MANY(() => this.SUBRULE(this.regionItem));
  });

  public regionHeader = this.RULE('regionHeader', () => {
    this.CONSUME(T.Region);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Extends);
      this.CONSUME2(T.Identifier, { LABEL: 'parent' });
    });
    this.OPTION2(() => this.CONSUME(T.Cite));
  });

  public regionItem = this.RULE('regionItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.titleDecl) },
      { ALT: () => this.SUBRULE(this.roundingDecl) },
      { ALT: () => this.SUBRULE(this.horizonDecl) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.valueDecl) },
      { ALT: () => this.SUBRULE(this.tableDecl) },
      // `record member` (`record` is not reserved, so an input may still be called `record`)
      { GATE: () => this.LA(1).image === 'record' && this.LA(2).tokenType === T.Identifier, ALT: () => this.SUBRULE(this.recordDecl) },
      { ALT: () => this.SUBRULE(this.testDecl) },
      { ALT: () => this.SUBRULE(this.invariantDecl) },
      { ALT: () => this.SUBRULE(this.waiveDecl) },
      // `out of scope …`: `out` and `scope` are not reserved, so an input may still be called `scope`
      { GATE: () => this.LA(1).image === 'out' && this.LA(2).tokenType === T.Of, ALT: () => this.SUBRULE(this.outOfScopeDecl) },
      // `guarantee I01 by PD3005 …`: `guarantee` is not reserved either
      { GATE: () => this.LA(1).image === 'guarantee' && this.LA(2).tokenType === T.Identifier, ALT: () => this.SUBRULE(this.guaranteeDecl) },
      // `destination …`, `fund …`, `bound …` (I02, C05, C12): the words are not reserved either
      { GATE: () => this.startsFlow(), ALT: () => this.SUBRULE(this.flowDecl) },
      // a case indented no deeper than its declaration: parsed, reported as an indentation slip
      // and attached to the declaration above it, so the rest of the file is still checked
      { ALT: () => this.SUBRULE(this.caseItem, { LABEL: 'strayCase' }) },
    ]);
  });

  /** `invariant "name" [cite] {when expr} (expect expr | monotone out in input | independent out of input)+` */
  public invariantDecl = this.RULE('invariantDecl', () => {
    this.CONSUME(T.Invariant);
    this.CONSUME(T.StringLit, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.Cite));
    this.MANY(() => {
      this.CONSUME(T.When);
      this.SUBRULE(this.expr, { LABEL: 'when' });
    });
    this.AT_LEAST_ONE(() => this.SUBRULE(this.claim));
  });

  public claim = this.RULE('claim', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Expect);
          this.SUBRULE(this.expr, { LABEL: 'holds' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Monotone);
          // `monotone [increasing|decreasing] output in input`
          this.OPTION({ GATE: () => this.LA(2).tokenType === T.Identifier, DEF: () => this.CONSUME5(T.Identifier, { LABEL: 'direction' }) });
          this.CONSUME(T.Identifier, { LABEL: 'output' });
          this.CONSUME(T.In);
          this.CONSUME2(T.Identifier, { LABEL: 'input' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Independent);
          this.CONSUME3(T.Identifier, { LABEL: 'output' });
          this.CONSUME(T.Of);
          this.CONSUME4(T.Identifier, { LABEL: 'input' });
        },
      },
    ]);
  });

  private startsFlow(): boolean {
    const at = this.LA(1).tokenType === T.Override ? 2 : 1;
    return this.LA(at).tokenType === T.Identifier && flowWords.has(this.LA(at).image);
  }

  /**
   * Declared destinations (FACTS I02, C05) and lint bounds (C12), one line each:
   * `[override] destination amount to fund`, `[override] destination amount: share to fund, …, rest to fund`,
   * `[override] fund name: output [for member, …]`, `bound rate [+ rate …] (in | outside) 6% to 10%`. The AST builder checks the shape.
   */
  public flowDecl = this.RULE('flowDecl', () => {
    this.OPTION(() => this.CONSUME(T.Override));
    this.CONSUME(T.Identifier, { LABEL: 'keyword' });
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
    // `bound employer_rate + local_supplement_rate in …`: a bound on a sum of rates
    this.MANY(() => {
      this.CONSUME(T.Plus);
      this.CONSUME5(T.Identifier, { LABEL: 'plus' });
    });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.To);
          this.CONSUME3(T.Identifier, { LABEL: 'fund' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Colon);
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.flowPart) });
          this.OPTION2(() => {
            this.CONSUME(T.For);
            this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => this.CONSUME4(T.Identifier, { LABEL: 'member' }) });
          });
        },
      },
      {
        ALT: () => {
          // `in 6% to 10%`, or `outside 6% to 10%`: the region states that its rate lies outside the range (C12)
          this.OR2([{ ALT: () => this.CONSUME(T.In) }, { ALT: () => this.CONSUME6(T.Identifier, { LABEL: 'outside' }) }]);
          this.SUBRULE(this.literal, { LABEL: 'low' });
          this.CONSUME2(T.To);
          this.SUBRULE2(this.literal, { LABEL: 'high' });
        },
      },
    ]);
    this.OPTION3(() => this.CONSUME(T.Cite));
  });

  /** `share to fund`, `rest to fund`, or (in a `fund` line) the output alone */
  public flowPart = this.RULE('flowPart', () => {
    this.CONSUME(T.Identifier, { LABEL: 'share' });
    this.OPTION(() => {
      this.CONSUME(T.To);
      this.CONSUME2(T.Identifier, { LABEL: 'fund' });
    });
  });

  /** `waive "invariant name" [cite]`: an extending region declines one inherited invariant, saying why. */
  public waiveDecl = this.RULE('waiveDecl', () => {
    this.CONSUME(T.Waive);
    this.CONSUME(T.StringLit, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.Cite));
  });

  /**
   * `out of scope F131, F137 "reason"`: FACTS rules this region chain deliberately does not compute.
   * The ids are the citation; the reason is required (the AST builder reports a missing one).
   */
  public outOfScopeDecl = this.RULE('outOfScopeDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'out' });
    this.CONSUME(T.Of);
    this.CONSUME2(T.Identifier, { LABEL: 'scope' });
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME3(T.Identifier, { LABEL: 'id' }) });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'reason' }));
    // `cite C22`: the contradiction or note that explains why (the ids themselves are the rule citation)
    this.OPTION2(() => this.CONSUME(T.Cite));
  });

  /**
   * `guarantee I01, I15 by PD3005, PD4001 "reason"`: FACTS invariants the compiler itself enforces, and
   * the error codes that enforce them. The AST builder checks the shapes (PD1027), the checker that each
   * code is an error of the catalogue (PD2050).
   */
  public guaranteeDecl = this.RULE('guaranteeDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'guarantee' });
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'id' }) });
    this.CONSUME(T.By);
    this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => this.CONSUME3(T.Identifier, { LABEL: 'code' }) });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'reason' }));
    this.OPTION2(() => this.CONSUME(T.Cite));
  });

  /**
   * `record member [:] [cite]` then its fields, `name: type [cite]`, each on its own line (or the one field on
   * the same line: `record member: category: one of elderly, adult`).
   */
  public recordDecl = this.RULE('recordDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'record' });
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.Colon, { LABEL: 'headColon' }));
    this.OPTION2(() => this.CONSUME(T.Cite));
    this.MANY({ GATE: () => this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType === T.Colon, DEF: () => this.SUBRULE(this.fieldDecl) });
  });

  public fieldDecl = this.RULE('fieldDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.typeExpr);
    this.OPTION(() => this.CONSUME(T.Cite));
  });

  public titleDecl = this.RULE('titleDecl', () => {
    this.CONSUME(T.Title);
    this.CONSUME(T.StringLit);
  });

  public roundingDecl = this.RULE('roundingDecl', () => {
    this.CONSUME(T.Rounding);
    this.CONSUME(T.Identifier, { LABEL: 'mode' });
    // `half-even` is read as one (misspelt) mode, so the checker can list the valid ones
    this.MANY(() => {
      this.CONSUME(T.Minus, { LABEL: 'modeDash' });
      this.CONSUME3(T.Identifier, { LABEL: 'modeRest' });
    });
    this.CONSUME(T.To);
    this.CONSUME2(T.Identifier, { LABEL: 'unit' });
    this.OPTION(() => this.CONSUME(T.Cite));
  });

  public horizonDecl = this.RULE('horizonDecl', () => {
    this.CONSUME(T.Horizon);
    this.CONSUME(T.From);
    this.CONSUME(T.MonthLit, { LABEL: 'start' });
    this.OPTION(() => {
      this.CONSUME(T.To);
      this.CONSUME2(T.MonthLit, { LABEL: 'end' });
    });
    this.OPTION2(() => this.CONSUME(T.Cite));
  });

  public inputDecl = this.RULE('inputDecl', () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.typeExpr);
    this.OPTION(() => this.CONSUME(T.Cite));
  });

  /** `set of relation` / `open set of province`: `set` and `open` are not reserved words */
  private startsSetType(): boolean {
    const [a, b, c] = [this.LA(1), this.LA(2), this.LA(3)];
    return (a.image === 'set' && b.tokenType === T.Of) || (a.image === 'open' && b.image === 'set' && c.tokenType === T.Of);
  }

  public typeExpr = this.RULE('typeExpr', () => {
    this.OR([
      {
        GATE: () => this.startsSetType(),
        ALT: () => {
          this.OPTION3({ GATE: () => this.LA(1).image === 'open', DEF: () => this.CONSUME5(T.Identifier, { LABEL: 'open' }) });
          this.CONSUME6(T.Identifier, { LABEL: 'set' });
          this.CONSUME2(T.Of);
          this.CONSUME7(T.Identifier, { LABEL: 'element' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.One);
          this.CONSUME(T.Of);
          // `one of a, b, c` lists members; `one of a < b < c` also declares their order
          this.CONSUME(T.Identifier, { LABEL: 'member' });
          this.MANY(() => {
            this.OR2([{ ALT: () => this.CONSUME(T.Comma, { LABEL: 'sep' }) }, { ALT: () => this.CONSUME(T.Less, { LABEL: 'sep' }) }]);
            this.CONSUME4(T.Identifier, { LABEL: 'member' });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Identifier, { LABEL: 'base' });
          // `list of member in 1 to 20`: a list of records, with its length's domain
          this.OPTION4(() => {
            this.CONSUME3(T.Of, { LABEL: 'listOf' });
            this.CONSUME8(T.Identifier, { LABEL: 'item' });
          });
          this.OPTION(() => {
            this.CONSUME(T.Per);
            this.CONSUME3(T.Identifier, { LABEL: 'period' });
          });
          this.OPTION2(() => {
            this.CONSUME(T.In);
            this.SUBRULE(this.literal, { LABEL: 'low' });
            this.CONSUME(T.To);
            this.SUBRULE2(this.literal, { LABEL: 'high' });
          });
        },
      },
    ]);
  });

  /** `[override] [required] parameter|output|define name: type (= expr | cases)` */
  public valueDecl = this.RULE('valueDecl', () => {
    let col = 0;
    this.OPTION(() => {
      col = this.CONSUME(T.Override).startColumn ?? 0;
    });
    // `required parameter …`: every extending region must set it (FACTS C04)
    this.OPTION4(() => {
      const t = this.CONSUME(T.Required);
      if (!col) col = t.startColumn ?? 0;
    });
    this.OR([
      { ALT: () => { const t = this.CONSUME(T.Parameter); if (!col) col = t.startColumn ?? 0; } },
      { ALT: () => { const t = this.CONSUME(T.Output); if (!col) col = t.startColumn ?? 0; } },
      { ALT: () => { const t = this.CONSUME(T.Define); if (!col) col = t.startColumn ?? 0; } },
      { ALT: () => { const t = this.CONSUME(T.State); if (!col) col = t.startColumn ?? 0; } },
    ]);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.typeExpr);
    // `define premium: money per year for each m in members`: one value per item of a list input
    this.OPTION5({
      GATE: () => this.LA(1).tokenType === T.For && this.LA(2).image === 'each',
      DEF: () => {
        this.CONSUME(T.For, { LABEL: 'eachFor' });
        this.CONSUME2(T.Identifier, { LABEL: 'each' });
        this.CONSUME3(T.Identifier, { LABEL: 'binder' });
        this.CONSUME(T.In, { LABEL: 'eachIn' });
        this.CONSUME4(T.Identifier, { LABEL: 'list' });
      },
    });
    // a citation may end the header line, before `= value` on the next line or the cases
    this.OPTION3(() => this.CONSUME2(T.Cite));
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(T.Equals);
          this.SUBRULE(this.declValue);
          this.OPTION2(() => this.CONSUME(T.Cite));
        },
      },
      { ALT: () => this.SUBRULE(this.caseList, { ARGS: [col] }) },
    ]);
  });

  /**
   * `table name: type by key[, key] [cite] [graded direction in key, … [cite]]`, then the header line (the
   * second key's members, or the only key's), then the rows. A row is `member:` then its cells (one key: the
   * cells alone); it runs until the next `member:` or a token that cannot be a cell (a new declaration).
   */
  public tableDecl = this.RULE('tableDecl', () => {
    this.CONSUME(T.Table);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.typeExpr);
    this.CONSUME(T.By);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'key' }) });
    this.OPTION(() => this.CONSUME(T.Cite));
    this.OPTION2(() => {
      this.CONSUME(T.Graded);
      this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => this.SUBRULE(this.gradedClause) });
      this.OPTION3(() => this.CONSUME2(T.Cite));
    });
    // `not graded increasing in age_band`: a source's ordering claim the table refutes (FACTS C03)
    this.OPTION4(() => {
      this.CONSUME(T.Not);
      this.CONSUME2(T.Graded);
      this.AT_LEAST_ONE_SEP3({ SEP: T.Comma, DEF: () => this.SUBRULE2(this.gradedClause, { LABEL: 'refutedClause' }) });
      this.OPTION5(() => this.CONSUME3(T.Cite, { LABEL: 'refutedCite' }));
    });
    // the header: the member names on one line
    let line = -1;
    this.MANY({
      GATE: () => this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType !== T.Colon && (line < 0 || this.LA(1).startLine === line),
      DEF: () => {
        const t = this.CONSUME3(T.Identifier, { LABEL: 'column' });
        if (line < 0) line = t.startLine ?? 0;
      },
    });
    this.MANY2({ GATE: () => this.startsCell() || this.startsRow(), DEF: () => this.SUBRULE(this.tableRow) });
  });

  /** `decreasing in level` */
  public gradedClause = this.RULE('gradedClause', () => {
    this.CONSUME(T.Identifier, { LABEL: 'direction' });
    this.CONSUME(T.In);
    this.CONSUME2(T.Identifier, { LABEL: 'key' });
  });

  private startsRow(): boolean {
    return this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType === T.Colon;
  }

  private startsCell(): boolean {
    const t = this.LA(1).tokenType;
    return (t === T.Identifier && this.LA(2).tokenType !== T.Colon) || [T.Minus, T.NumberLit, T.PercentLit, T.MonthLit, T.True, T.False, T.Unspecified, T.StringLit].includes(t);
  }

  public tableRow = this.RULE('tableRow', () => {
    this.OPTION({
      GATE: () => this.startsRow(),
      DEF: () => {
        this.CONSUME(T.Identifier, { LABEL: 'label' });
        this.CONSUME(T.Colon);
      },
    });
    this.AT_LEAST_ONE({ GATE: () => this.startsCell(), DEF: () => this.SUBRULE(this.tableCell) });
    this.OPTION2(() => this.CONSUME(T.Cite));
  });

  /** A constant, `unspecified`, or `-` (not applicable; `-5` written without a space is a negative number). */
  public tableCell = this.RULE('tableCell', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => !(this.LA(2).tokenType === T.NumberLit && this.LA(2).startOffset === (this.LA(1).endOffset ?? -2) + 1),
          ALT: () => this.CONSUME(T.Minus, { LABEL: 'dash' }),
        },
        { ALT: () => this.CONSUME(T.Unspecified) },
        { ALT: () => this.SUBRULE(this.literal) },
      ],
    });
  });

  // CstParser's typings omit rule arguments, which Chevrotain supports at run time.
  public caseList = this.RULE('caseList', ((ownerCol: number) => {
    this.MANY({
      GATE: () => this.isGuardDeeperThan(ownerCol),
      DEF: () => this.SUBRULE(this.caseItem),
    });
  }) as () => void) as unknown as ParserMethod<[number], CstNode>;

  public caseItem = this.RULE('caseItem', () => {
    const col = this.LA(1).startColumn ?? 0;
    this.SUBRULE(this.guard);
    this.CONSUME(T.Colon);
    this.OR([
      {
        GATE: () => this.LA(1).tokenType === T.Cite || this.isGuardDeeperThan(col),
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.Cite, { LABEL: 'groupCite' }));
          this.SUBRULE(this.caseList, { ARGS: [col] });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.caseValue);
          this.OPTION2(() => this.CONSUME2(T.Cite));
        },
      },
    ]);
  });

  public guard = this.RULE('guard', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.For);
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: 'member' }) });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.From);
          this.SUBRULE(this.expr, { LABEL: 'from' });
          this.OPTION(() => {
            this.CONSUME(T.To);
            this.SUBRULE2(this.expr, { LABEL: 'to' });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Before);
          this.SUBRULE3(this.expr, { LABEL: 'before' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.When);
          this.SUBRULE4(this.expr, { LABEL: 'when' });
        },
      },
      { ALT: () => this.CONSUME(T.Otherwise) },
      // `initially: value` opens a `state` declaration's cases (the value before the first month)
      { ALT: () => this.CONSUME(T.Initially) },
    ]);
  });

  public caseValue = this.RULE('caseValue', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Not);
          this.CONSUME(T.Applicable);
        },
      },
      { ALT: () => this.CONSUME(T.Unspecified) },
      { ALT: () => this.CONSUME(T.Unknown) },
      { ALT: () => this.SUBRULE(this.unresolvedValue) },
      {
        ALT: () => {
          this.SUBRULE(this.expr);
          this.OPTION(() => {
            this.CONSUME(T.To);
            this.SUBRULE2(this.expr, { LABEL: 'rangeHigh' });
          });
        },
      },
    ]);
  });

  /** After `=` in a declaration: an expression, a range `low to high`, or `unresolved "…"`. */
  public declValue = this.RULE('declValue', () => {
    this.OR([
      // `= unresolved "what is open"`: the source gives a figure whose meaning it leaves open
      { ALT: () => this.SUBRULE(this.unresolvedValue) },
      {
        ALT: () => {
          this.SUBRULE(this.expr);
          // `= 4.5% to 5.4%`: one value somewhere in the range, which the source does not give
          this.OPTION(() => {
            this.CONSUME(T.To);
            this.SUBRULE2(this.expr, { LABEL: 'rangeHigh' });
          });
        },
      },
    ]);
  });

  /** `unresolved "what is open"` */
  public unresolvedValue = this.RULE('unresolvedValue', () => {
    this.CONSUME(T.Unresolved);
    this.CONSUME(T.StringLit, { LABEL: 'reason' });
  });

  public testDecl = this.RULE('testDecl', () => {
    this.CONSUME(T.Test);
    this.CONSUME(T.StringLit, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.Cite));
    // `over 2024-01 to 2025-03`: a timeline test, one evaluation per month with state carried over
    this.OPTION3(() => {
      this.CONSUME(T.Over);
      this.CONSUME(T.MonthLit, { LABEL: 'overFrom' });
      this.CONSUME(T.To);
      this.CONSUME2(T.MonthLit, { LABEL: 'overTo' });
    });
    this.MANY(() => {
      this.CONSUME(T.Given);
      this.SUBRULE(this.bindings, { LABEL: 'given' });
    });
    this.AT_LEAST_ONE(() => this.SUBRULE(this.expectGroup));
  });

  /** `expect bindings`, or in a timeline test `expect at 2025-01[..2025-03]: bindings` */
  public expectGroup = this.RULE('expectGroup', () => {
    this.CONSUME(T.Expect);
    this.OPTION(() => {
      this.CONSUME(T.At);
      this.SUBRULE(this.monthSpan, { LABEL: 'at' });
      this.CONSUME(T.Colon);
    });
    this.SUBRULE(this.bindings, { LABEL: 'expect' });
  });

  /** `2024-01` or `2024-01..2024-12` (both ends included) */
  public monthSpan = this.RULE('monthSpan', () => {
    this.CONSUME(T.MonthLit, { LABEL: 'from' });
    this.OPTION(() => {
      this.CONSUME(T.DotDot);
      this.CONSUME2(T.MonthLit, { LABEL: 'to' });
    });
  });

  /** one piece of a series value: `2024-01..2024-12: true` */
  public seriesPart = this.RULE('seriesPart', () => {
    this.SUBRULE(this.monthSpan, { LABEL: 'span' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.literal);
  });

  public bindings = this.RULE('bindings', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.binding) });
  });

  /** `name = literal`, or (in `expect`) `name is unspecified` / `name is not applicable`. */
  public binding = this.RULE('binding', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Equals);
          this.SUBRULE(this.bindingValue);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Is);
          this.OR2([
            { ALT: () => this.CONSUME(T.Unspecified) },
            { ALT: () => this.CONSUME(T.Unknown) },
            { ALT: () => this.CONSUME(T.Unresolved) },
            {
              ALT: () => {
                this.CONSUME(T.Not);
                this.CONSUME(T.Applicable);
              },
            },
          ]);
        },
      },
      {
        // `credit in 270.00 to 324.00`: the value is a range, exactly this one
        ALT: () => {
          this.CONSUME(T.In);
          this.SUBRULE(this.literal, { LABEL: 'low' });
          this.CONSUME(T.To);
          this.SUBRULE2(this.literal, { LABEL: 'high' });
        },
      },
    ]);
  });

  /** After `=` in a binding: a constant, or (in a timeline test) a series over months. */
  public bindingValue = this.RULE('bindingValue', () => {
    this.OR([
      {
        // a series over months: `paid = 2024-01..2024-12: true, 2025-01..2025-03: false`
        GATE: () => this.LA(1).tokenType === T.MonthLit && (this.LA(2).tokenType === T.DotDot || this.LA(2).tokenType === T.Colon),
        ALT: () => {
          this.SUBRULE(this.seriesPart, { LABEL: 'series' });
          this.MANY({
            GATE: () =>
              this.LA(1).tokenType === T.Comma &&
              this.LA(2).tokenType === T.MonthLit &&
              (this.LA(3).tokenType === T.DotDot || this.LA(3).tokenType === T.Colon),
            DEF: () => {
              this.CONSUME(T.Comma);
              this.SUBRULE2(this.seriesPart, { LABEL: 'series' });
            },
          });
        },
      },
      // a list of records: `[adult, adult, elderly]` or `[(tier = tier3, community = false), …]`
      { ALT: () => this.SUBRULE(this.listValue) },
      { ALT: () => this.SUBRULE(this.literal) },
    ]);
  });

  /** `[item, …]`: each item `(field = literal, …)`, or a bare literal for a record with one field; `[]` is empty */
  public listValue = this.RULE('listValue', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.listItem) });
    this.CONSUME(T.RBracket);
  });

  public listItem = this.RULE('listItem', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => {
              this.CONSUME(T.Identifier, { LABEL: 'field' });
              this.CONSUME(T.Equals);
              this.SUBRULE(this.literal, { LABEL: 'value' });
            },
          });
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE2(this.literal, { LABEL: 'bare' }) },
    ]);
  });

  /** A constant: number (optionally with a money unit), percent, month, member name, boolean or string. */
  public literal = this.RULE('literal', () => {
    this.OR([
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.Minus));
          this.CONSUME(T.NumberLit);
          // a unit, unless the next line opens `out of scope …`
          // (or a record's next field, `student: boolean`, on the next line)
          this.OPTION2({ GATE: () => !(this.LA(1).image === 'out' && this.LA(2).tokenType === T.Of) && this.LA(2).tokenType !== T.Colon, DEF: () => this.SUBRULE(this.moneyUnit) });
        },
      },
      { ALT: () => this.CONSUME(T.PercentLit) },
      { ALT: () => this.CONSUME(T.MonthLit) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.Identifier) },
    ]);
  });

  /** `yuan [per month|year]` after a number. */
  public moneyUnit = this.RULE('moneyUnit', () => {
    this.CONSUME(T.Identifier, { LABEL: 'unit' });
    this.OPTION(() => {
      this.CONSUME(T.Per);
      this.CONSUME2(T.Identifier, { LABEL: 'period' });
    });
  });

  public expr = this.RULE('expr', () => {
    this.SUBRULE(this.andExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(T.Or);
      this.SUBRULE2(this.andExpr, { LABEL: 'operand' });
    });
  });

  public andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.notExpr, { LABEL: 'operand' });
    });
  });

  public notExpr = this.RULE('notExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Not);
          this.SUBRULE(this.notExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.cmpExpr) },
    ]);
  });

  public cmpExpr = this.RULE('cmpExpr', () => {
    this.SUBRULE(this.addExpr, { LABEL: 'operand' });
    this.OPTION(() => {
      this.OR([
        {
          ALT: () =>
            this.AT_LEAST_ONE(() => {
              this.SUBRULE(this.cmpOp, { LABEL: 'op' });
              this.SUBRULE2(this.addExpr, { LABEL: 'operand' });
            }),
        },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            this.OPTION2(() => this.CONSUME(T.Not));
            this.CONSUME(T.Identifier, { LABEL: 'member' });
          },
        },
        {
          // membership: `relation in close_relatives`, `relation not in close_relatives`
          ALT: () => {
            this.OPTION3(() => this.CONSUME2(T.Not, { LABEL: 'notIn' }));
            this.CONSUME(T.In);
            this.CONSUME2(T.Identifier, { LABEL: 'set' });
          },
        },
      ]);
    });
  });

  public cmpOp = this.RULE('cmpOp', () => {
    this.OR(
      [T.Less, T.LessEq, T.Greater, T.GreaterEq, T.Equals, T.NotEq].map((t: TokenType) => ({
        ALT: () => this.CONSUME(t),
      })),
    );
  });

  public addExpr = this.RULE('addExpr', () => {
    this.SUBRULE(this.mulExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus, { LABEL: 'op' }) }, { ALT: () => this.CONSUME(T.Minus, { LABEL: 'op' }) }]);
      this.SUBRULE2(this.mulExpr, { LABEL: 'operand' });
    });
  });

  public mulExpr = this.RULE('mulExpr', () => {
    this.SUBRULE(this.unaryExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Star, { LABEL: 'op' }) }, { ALT: () => this.CONSUME(T.Slash, { LABEL: 'op' }) }]);
      this.SUBRULE2(this.unaryExpr, { LABEL: 'operand' });
    });
  });

  public unaryExpr = this.RULE('unaryExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.unaryExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  public primary = this.RULE('primary', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NumberLit);
          this.OPTION({
            GATE: () => this.LA(1).image === 'yuan',
            DEF: () => this.SUBRULE(this.moneyUnit),
          });
        },
      },
      { ALT: () => this.CONSUME(T.PercentLit) },
      { ALT: () => this.CONSUME(T.MonthLit) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      {
        // a set of list members: `{spouse, parent, child}` (`{}` is the empty set)
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.MANY_SEP2({ SEP: T.Comma, DEF: () => this.CONSUME4(T.Identifier, { LABEL: 'setMember' }) });
          this.CONSUME(T.RBrace);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expr);
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.OPTION2(() => this.OR2([
            {
              // `m.category`: a field of a list item
              ALT: () => {
                this.CONSUME(T.Dot);
                this.CONSUME2(T.Identifier, { LABEL: 'field' });
              },
            },
            {
              ALT: () => {
                this.CONSUME2(T.LParen, { LABEL: 'call' });
                this.MANY_SEP({
                  SEP: T.Comma,
                  DEF: () => {
                    this.SUBRULE2(this.expr, { LABEL: 'arg' });
                    // `count(institutions where tier3)`: an aggregate over the items a per-item condition holds for
                    this.OPTION3({
                      GATE: () => this.LA(1).image === 'where',
                      DEF: () => {
                        this.CONSUME3(T.Identifier, { LABEL: 'where' });
                        this.SUBRULE3(this.expr, { LABEL: 'filter' });
                      },
                    });
                  },
                });
                this.CONSUME2(T.RParen);
              },
            },
          ]));
        },
      },
    ]);
  });
}

/** One shared instance: Chevrotain parsers are reusable by resetting `input`. */
export const parser = new PolicyParser();
