/**
 * What the CST → AST builder (src/syntax/from-cst.ts) lends the rules built in their own files
 * (guarantee.ts, flows.ts, records.ts): where tokens and nodes are, their citations, and the sink.
 */
import type { CstNode, IToken } from 'chevrotain';
import type * as C from '../../grammar/cst.generated.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type * as A from './ast.js';

export interface BuildKit {
  readonly sink: DiagnosticSink;
  tokSpan(t: IToken): Span;
  nodeSpan(n: CstNode): Span;
  cites(ts: IToken[] | undefined): A.CiteItem[];
}

/** A kit that also reads names and literals. */
export interface NamingKit extends BuildKit {
  ident(ts: IToken[] | undefined): A.Ident;
  literal(n: C.LiteralCstNode): A.Literal;
}
