/**
 * `guarantee I01, I15 by PD3005, PD4001 "reason"` in the AST: the ids must be FACTS invariant ids
 * (I01…), the codes diagnostic codes as the catalogue writes them (PD1234), and the reason must not be
 * empty (PD1027 for each). Whether a code exists and is an error is the checker's (src/check/guarantees.ts).
 */
import type { IToken } from 'chevrotain';
import type * as C from '../../grammar/cst.generated.js';
import { Diagnostics, text } from '../diagnostics/diagnostic.js';
import type * as A from './ast.js';
import type { BuildKit } from './build-kit.js';

/** What the AST builder lends a rule built here. */
export interface GuaranteeKit extends BuildKit {
  tok(ts: IToken[] | undefined): IToken;
}

const unquote = (s: string): string => s.slice(1, -1).replace(/\\(.)/g, '$1');
const written = (t: IToken): boolean => !t.isInsertedInRecovery && !Number.isNaN(t.startOffset);

export function guaranteeDecl(n: C.GuaranteeDeclCstNode, b: GuaranteeKit): A.GuaranteeDecl {
  const c = n.children;
  const bad = (t: IToken, en: string, zh: string): void => b.sink.error(Diagnostics.Guarantee, b.tokSpan(t), [text(en, zh)]);
  const ids: (A.CiteItem & { kind: 'fact' })[] = [];
  for (const t of (c.id ?? []).filter(written)) {
    if (/^I\d{2}$/.test(t.image)) ids.push({ kind: 'fact', id: t.image, span: b.tokSpan(t) });
    else if (/^[FCT]\d{2,3}$/.test(t.image)) {
      bad(t, `\`${t.image}\` is not an invariant: only invariants (I01…) are guaranteed by the compiler; a rule is computed or out of scope, a contradiction modelled, a test tested`, `\`${t.image}\` 不是不变式：只有不变式（I01…）可由编译器保证；规则应计算或声明不在范围内，矛盾应建模，测试应测试`);
    } else bad(t, `\`${t.image}\` is not a FACTS invariant id (I01…)`, `\`${t.image}\` 不是 FACTS 不变式编号（I01…）`);
  }
  const codes: A.Ident[] = [];
  for (const t of (c.code ?? []).filter(written)) {
    if (/^PD\d{4}$/.test(t.image)) codes.push({ name: t.image, span: b.tokSpan(t) });
    else bad(t, `\`${t.image}\` is not a diagnostic code (PD followed by four digits, e.g. PD3005)`, `\`${t.image}\` 不是诊断代码（PD 加四位数字，如 PD3005）`);
  }
  const reasonTok = c.reason?.[0];
  const reason = reasonTok && written(reasonTok) ? unquote(reasonTok.image).trim() : '';
  if (!reason) {
    const last = reasonTok && written(reasonTok) ? reasonTok : (c.code ?? []).filter(written).pop() ?? b.tok(c.guarantee);
    bad(last, 'a reason is required: say how the codes enforce the invariant, e.g. `guarantee I01 by PD3005 "every region declares its rounding"`', '必须给出理由：说明这些代码如何保证该不变式，如 `guarantee I01 by PD3005 "每个地区都声明取整方式"`');
  }
  return { kind: 'GuaranteeDecl', ids, codes, reason, cites: b.cites(c.Cite), span: b.nodeSpan(n) };
}
