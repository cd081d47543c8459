/**
 * The AST of `destination`, `fund` and `bound` lines (FACTS I02, C05, C12). The parser reads one loose
 * shape for all three (`word name (to fund | : parts [for members] | in low to high)`); this builder
 * checks which shape each word takes and reports a misshapen line as PD2049, saying what to write.
 */
import type * as C from '../../grammar/cst.generated.js';
import { Diagnostics, text, type LocalText } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type * as A from './ast.js';
import type { NamingKit } from './build-kit.js';

export type FlowTools = NamingKit;

const shapes: Readonly<Record<string, LocalText>> = {
  destination: text(
    'write `destination amount to fund`, or `destination amount: share to fund, rest to fund` (one `rest`)',
    '请写 `destination 金额 to 基金`，或 `destination 金额: 份额 to 基金, rest to 基金`（恰好一个 `rest`）',
  ),
  fund: text('write `fund name: output` or `fund name: output for member, …`', '请写 `fund 名称: 输出` 或 `fund 名称: 输出 for 成员, …`'),
  bound: text('write `bound rate in 6% to 10%`, `bound rate + rate in 6% to 10%`, or `outside` for `in`', '请写 `bound 比例 in 6% to 10%`、`bound 比例 + 比例 in 6% to 10%`，或以 `outside` 代替 `in`'),
};

/** Builds one line; undefined (after PD2049) when its shape does not fit its word. */
export function flowDecl(n: C.FlowDeclCstNode, t: FlowTools): A.FlowDecl | undefined {
  const c = n.children;
  const word = c.keyword[0]!.image;
  const override = (c.Override?.length ?? 0) > 0;
  const span = t.nodeSpan(n);
  const cites = t.cites(c.Cite);
  const bad = (at: Span): undefined => void t.sink.error(Diagnostics.BadFlow, at, [word, shapes[word]!]);
  if (word !== 'bound' && (c.plus || c.outside)) return bad(span);
  const parts = (c.flowPart ?? []).map((p) => ({ share: t.ident(p.children.share), fund: p.children.fund ? t.ident(p.children.fund) : undefined, span: t.nodeSpan(p) }));
  if (word === 'bound') {
    const low = c.low?.[0] ? t.literal(c.low[0]) : undefined;
    const high = c.high?.[0] ? t.literal(c.high[0]) : undefined;
    const outside = c.outside?.[0];
    if (override || !low || !high || low.kind !== 'PercentLiteral' || high.kind !== 'PercentLiteral' || (outside && outside.image !== 'outside')) return bad(outside ? t.tokSpan(outside) : span);
    return { kind: 'BoundDecl', names: [t.ident(c.name), ...(c.plus ?? []).map((p) => t.ident([p]))], low, high, outside: outside !== undefined, cites, span };
  }
  if (word === 'fund') {
    const [only, ...more] = parts;
    if (!only || only.fund || more.length > 0) return bad(only?.span ?? span);
    return { kind: 'FundDecl', override, fund: t.ident(c.name), output: only.share, members: (c.member ?? []).map((m) => t.ident([m])), cites, span };
  }
  // destination
  if (c.low || c.member || c.outside) return bad(span);
  if (c.fund) return { kind: 'DestinationDecl', override, amount: t.ident(c.name), whole: t.ident(c.fund), shares: [], cites, span };
  const rests = parts.filter((p) => p.share.name === 'rest');
  const shares = parts.filter((p) => p.share.name !== 'rest');
  const unrouted = parts.find((p) => !p.fund);
  if (unrouted) return bad(unrouted.span);
  if (rests.length !== 1 || shares.length === 0) return bad(rests[1]?.span ?? span);
  return {
    kind: 'DestinationDecl',
    override,
    amount: t.ident(c.name),
    shares: shares.map((p) => ({ share: p.share, fund: p.fund! })),
    rest: rests[0]!.fund!,
    cites,
    span,
  };
}
