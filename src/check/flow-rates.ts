/**
 * Constant rates for the lints of src/check/flows.ts (C12 bounds, C05 reading C): a percentage
 * literal, a rate parameter's values (each dated value) and sums of them, held exactly as
 * `value / scale` percent. Anything else is not a constant and is not linted.
 */
import type { Expr, ValueDecl } from '../syntax/ast.js';

/** `value / scale` percent, exact */
export interface Rate {
  readonly value: bigint;
  readonly scale: bigint;
}

/** `9.5` (the text of `9.5%`) → 95/10 */
export function rateOf(digits: string): Rate {
  const [whole, frac = ''] = digits.split('.');
  return { value: BigInt(`${whole}${frac}`), scale: 10n ** BigInt(frac.length) };
}

export function percentText(r: Rate): string {
  const digits = r.scale.toString().length - 1;
  const s = r.value.toString().padStart(digits + 1, '0');
  const text = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`.replace(/\.?0+$/, '');
  return `${text}%`;
}

const MAX = 16;

/** Every constant value `e` can take (empty when it is not a constant rate). */
export function constRates(e: Expr, values: ReadonlyMap<string, ValueDecl>, depth = 0): Rate[] {
  if (depth > 8) return [];
  if (e.kind === 'PercentLiteral') return [rateOf(e.text)];
  if (e.kind === 'NameRef') {
    const v = values.get(e.name);
    if (!v || v.declKind !== 'parameter' || v.type.kind !== 'NamedType' || v.type.base.name !== 'rate') return [];
    const exprs: Expr[] = [];
    const walk = (b: ValueDecl['body']): void => {
      if (b.kind === 'ExprBody') {
        if (b.value.kind === 'ValueExpr') exprs.push(b.value.expr);
      } else for (const k of b.cases) walk(k.body);
    };
    walk(v.body);
    return exprs.flatMap((x) => constRates(x, values, depth + 1)).slice(0, MAX);
  }
  if (e.kind === 'Binary' && e.op === '+') {
    const l = constRates(e.left, values, depth + 1);
    const r = constRates(e.right, values, depth + 1);
    return l.flatMap((a) => r.map((b) => ({ value: a.value * b.scale + b.value * a.scale, scale: a.scale * b.scale }))).slice(0, MAX);
  }
  return [];
}
