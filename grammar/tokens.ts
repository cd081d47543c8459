/**
 * The token vocabulary of the policy language. Keywords are reserved words
 * (`longer_alt: Identifier`, so `region_code` is still one identifier).
 * Type names (`money`, `rate`, `month`…), rounding modes and units are plain
 * identifiers resolved by the checker, so an input may be called `month`.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u3000]+/, group: Lexer.SKIPPED });
// CR, LF and CRLF all end a line (a comment, a citation or a string stops at any of them)
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
/** `cite …` runs to the end of the line; its items are read by the AST builder (src/syntax/citations.ts). */
export const Cite = createToken({ name: 'Cite', pattern: /cite(?![A-Za-z0-9_])[^\r\n]*/, label: 'a citation' });
export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\r\n]|\\.)*"/, label: 'a quoted string' });
export const MonthLit = createToken({ name: 'MonthLit', pattern: /\d{4}-\d{1,2}(?![\d])/, label: 'a month (YYYY-MM)' });
export const PercentLit = createToken({ name: 'PercentLit', pattern: /\d+(?:\.\d+)?%/, label: 'a percentage' });
export const NumberLit = createToken({ name: 'NumberLit', pattern: /\d+(?:\.\d+)?/, label: 'a number' });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'a name' });

function keyword(word: string): TokenType {
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, label: `\`${word}\`` });
}

export const Region = keyword('region');
export const Extends = keyword('extends');
export const Title = keyword('title');
export const Rounding = keyword('rounding');
export const Horizon = keyword('horizon');
export const Input = keyword('input');
export const Parameter = keyword('parameter');
export const Output = keyword('output');
export const Define = keyword('define');
export const Override = keyword('override');
export const Required = keyword('required');
export const Test = keyword('test');
export const Given = keyword('given');
export const Expect = keyword('expect');
export const For = keyword('for');
export const When = keyword('when');
export const From = keyword('from');
export const Before = keyword('before');
export const To = keyword('to');
export const Otherwise = keyword('otherwise');
export const And = keyword('and');
export const Or = keyword('or');
export const Not = keyword('not');
export const Is = keyword('is');
export const In = keyword('in');
export const One = keyword('one');
export const Of = keyword('of');
export const Per = keyword('per');
export const True = keyword('true');
export const False = keyword('false');
export const Applicable = keyword('applicable');
export const Unspecified = keyword('unspecified');
export const Unresolved = keyword('unresolved');
export const Invariant = keyword('invariant');
export const Monotone = keyword('monotone');
export const Independent = keyword('independent');
export const Waive = keyword('waive');
export const State = keyword('state');
export const Initially = keyword('initially');
export const Over = keyword('over');
export const At = keyword('at');
export const Table = keyword('table');
export const By = keyword('by');
export const Graded = keyword('graded');
/** `unknown`: the answer an open set gives about a member it does not name (a case value and `is unknown` in tests) */
export const Unknown = keyword('unknown');

function punct(name: string, pattern: RegExp, label: string): TokenType {
  return createToken({ name, pattern, label: `\`${label}\`` });
}
export const Colon = punct('Colon', /:/, ':');
export const Comma = punct('Comma', /,/, ',');
export const LParen = punct('LParen', /\(/, '(');
export const RParen = punct('RParen', /\)/, ')');
export const Plus = punct('Plus', /\+/, '+');
export const Minus = punct('Minus', /-/, '-');
export const Star = punct('Star', /\*|×/, '*');
export const Slash = punct('Slash', /\/|÷/, '/');
export const LessEq = punct('LessEq', /<=|≤/, '<=');
export const Less = punct('Less', /</, '<');
export const GreaterEq = punct('GreaterEq', />=|≥/, '>=');
export const Greater = punct('Greater', />/, '>');
export const NotEq = punct('NotEq', /!=|≠/, '!=');
export const Equals = punct('Equals', /=/, '=');
export const DotDot = punct('DotDot', /\.\./, '..');
export const LBrace = punct('LBrace', /\{/, '{');
export const RBrace = punct('RBrace', /\}/, '}');
/** `member.category`: a field of a list item (after `..`, which is longer) */
export const Dot = punct('Dot', /\./, '.');
export const LBracket = punct('LBracket', /\[/, '[');
export const RBracket = punct('RBracket', /\]/, ']');

/** Tokens that start a case guard; a case list continues while one of these is indented deeper than its owner. */
export const guardStarts: readonly TokenType[] = [For, When, From, Before, Otherwise, Initially];

const keywords = [
  Region, Extends, Title, Rounding, Horizon, Input, Parameter, Output, Define, Override, Required, Test, Given, Expect,
  For, When, From, Before, To, Otherwise, And, Or, Not, Is, In, One, Of, Per, True, False, Applicable, Unspecified, Unresolved,
  Invariant, Monotone, Independent, Waive, State, Initially, Over, At, Table, By, Graded, Unknown,
];

export const allTokens: TokenType[] = [
  WhiteSpace, Comment, Cite, StringLit, MonthLit, PercentLit, NumberLit,
  // longest first, so `in` never shadows `invariant` or `independent`
  ...[...keywords].sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length), Identifier,
  Colon, Comma, LParen, RParen, Plus, Minus, Star, Slash, LessEq, Less, GreaterEq, Greater, NotEq, Equals, DotDot, Dot, LBracket, RBracket, LBrace, RBrace,
];

export const PolicyLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });
