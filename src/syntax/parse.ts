/**
 * Text → { ast, diagnostics }. Lexing and parsing both recover, so a file
 * with several syntax errors reports all of them in one run.
 */
import type { IRecognitionException } from 'chevrotain';
import type { PolicyFileCstNode } from '../../grammar/cst.generated.js';
import { parser } from '../../grammar/parser.js';
import { PolicyLexer } from '../../grammar/tokens.js';
import { Diagnostics, DiagnosticSink, text as textL, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile, span } from '../diagnostics/span.js';
import type { PolicyFile } from './ast.js';
import { AstBuilder } from './from-cst.js';
import { limitNesting } from './nesting.js';
import { codePointName, hiddenCharacter } from '../diagnostics/visible.js';

export interface ParseResult {
  readonly ast: PolicyFile | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** What the author was writing when a rule failed, by innermost grammar rule. */
const expectedByRule: Record<string, string> = {
  policyFile: '`region <name>`',
  regionHeader: '`region <name>`',
  regionItem: 'a declaration (`input`, `parameter`, `output`, `test`, `invariant`, `rounding`, `horizon`, `title`)',
  typeExpr: 'a type (e.g. `money per month`, `rate`, `month`, `years in 0 to 130`, `one of a, b`)',
  valueDecl: '`= <value>` or indented cases (`for`, `when`, `from`, `before`, `otherwise`)',
  caseItem: 'a value or indented cases',
  guard: 'a case (`for`, `when`, `from`, `before`, `otherwise`)',
  caseValue: 'a value, `not applicable` or `unspecified`',
  declValue: 'an expression',
  unresolvedValue: 'the question the source leaves open, in quotes (`unresolved "…"`)',
  literal: 'a constant (number, amount, percent, month, name, true/false)',
  cmpOp: 'a comparison (`<`, `<=`, `>`, `>=`, `=`, `!=`)',
  primary: 'an expression',
  unaryExpr: 'an expression',
  mulExpr: 'an expression',
  addExpr: 'an expression',
  cmpExpr: 'an expression',
  notExpr: 'an expression',
  andExpr: 'an expression',
  expr: 'an expression',
  bindings: '`name = value`',
  binding: '`name = value`',
  bindingValue: 'a constant (number, amount, percent, month, name, true/false), or in a timeline test a series (`2024-01..2024-06: value, …`)',
  testDecl: '`expect name = value`',
  invariantDecl: '`when <condition>`, `expect <condition>`, `monotone <output> in <input>` or `independent <output> of <input>`',
  claim: '`expect <condition>`, `monotone <output> in <input>` or `independent <output> of <input>`',
  outOfScopeDecl: 'FACTS rule ids and a quoted reason (`out of scope F131, F137 "why"`)',
  waiveDecl: 'the name of an inherited invariant, in quotes',
  guaranteeDecl: 'invariant ids, `by`, diagnostic codes and a quoted reason (`guarantee I01 by PD3005 "why"`)',
};

function describeExpected(e: IRecognitionException): string {
  if (e.name === 'MismatchedTokenException') {
    const m = /-->\s*(.*?)\s*<--/.exec(e.message);
    if (m?.[1] === 'EOF') return expectedByRule.regionItem!; // after the last region item: a new declaration, or the end
    if (m?.[1]) return m[1].startsWith('`') || m[1].startsWith('a ') ? m[1] : `\`${m[1]}\``;
  }
  if (e.name === 'NotAllInputParsedException') return expectedByRule.regionItem!;
  const stack = e.context?.ruleStack ?? [];
  return expectedByRule[stack[stack.length - 1] ?? ''] ?? 'something else';
}

/**
 * PD1008 for control and bidirectional-override characters anywhere in the text, comments and
 * strings included (once per line). Returns their offsets, whose PD1001 would only repeat it.
 */
function reportHiddenCharacters(file: string, text: string, sink: DiagnosticSink): Set<number> {
  const at = new Set<number>();
  if (!hiddenCharacter.test(text)) return at;
  const all = new RegExp(hiddenCharacter.source, 'g');
  const lines = new SourceFile(file, text);
  let line = -1;
  for (const m of text.matchAll(all)) {
    at.add(m.index);
    const here = lines.position(m.index).line;
    if (here === line) continue;
    line = here;
    sink.error(Diagnostics.ControlCharacter, span(file, m.index, m.index + 1), [codePointName(m[0])]);
  }
  return at;
}

export function parsePolicy(file: string, text: string): ParseResult {
  const sink = new DiagnosticSink();
  const lexed = PolicyLexer.tokenize(text);
  const hidden = reportHiddenCharacters(file, text, sink);
  for (const e of lexed.errors) {
    if (hidden.has(e.offset)) continue; // already PD1008
    const ch = text.slice(e.offset, e.offset + Math.max(1, e.length));
    const unterminated = ch.startsWith('"');
    sink.error(Diagnostics.UnexpectedCharacter, span(file, e.offset, e.offset + Math.max(1, e.length)), [ch], {
      ...(unterminated ? { notes: [textL('this string has no closing `"` on its line', '此字符串在本行没有结束的 `"`')] } : {}),
    });
  }
  const limited = limitNesting(file, lexed.tokens, sink);
  parser.input = limited.tokens;
  const cst = parser.policyFile() as PolicyFileCstNode;
  const seen = new Set<number>();
  // a file that does not start with `region` gets one clear message, not a parse error
  const first = lexed.tokens[0];
  const lexedBefore = first !== undefined && lexed.errors.some((e) => e.offset < first.startOffset);
  if ((!first || first.image !== 'region') && !lexedBefore) {
    const at = first ? first.startOffset : 0;
    sink.error(Diagnostics.MissingRegion, span(file, at, first ? (first.endOffset ?? at) + 1 : 0));
    seen.add(first ? first.startOffset : text.length);
  }
  // after an unrecognised character, the parse error it causes on the same line is noise
  const lexLines = new Set(lexed.errors.map((e) => e.line));
  for (const e of parser.errors) {
    const t = e.token;
    const eof = t.tokenType?.name === 'EOF' || Number.isNaN(t.startOffset);
    const offset = eof ? text.length : t.startOffset;
    if (seen.has(offset)) continue; // recovery can report one spot twice
    seen.add(offset);
    if (!eof && (lexLines.has(t.startLine) || limited.quiet.lines.has(t.startLine ?? 0) || limited.quiet.offsets.has(offset))) continue;
    const expected = describeExpected(e);
    if (eof) sink.error(Diagnostics.UnexpectedEnd, span(file, offset, offset), [expected]);
    else sink.error(Diagnostics.UnexpectedToken, span(file, offset, (t.endOffset ?? offset) + 1), [expected, `\`${t.image}\``]);
  }
  const ast = new AstBuilder(file, sink).policyFile(cst);
  return { ast, diagnostics: sink.items };
}
