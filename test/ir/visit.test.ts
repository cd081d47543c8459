/**
 * The IR walker: generic structure (children / mapChildren / foldExpr) agrees
 * with the node shapes, deep expressions do not overflow the stack, and
 * op-specific consumers are exhaustive tables (checked by tsc; here by count).
 */
import { describe, expect, it } from 'vitest';
import { span } from '../../src/diagnostics/span.js';
import type { IrExpr, SymbolId } from '../../src/ir/ir.js';
import { rat } from '../../src/ir/rational.js';
import { T } from '../../src/ir/types.js';
import { children, foldExpr, forEachExpr, mapChildren, readsOfExpr, someExpr } from '../../src/ir/visit.js';

const sp = span('t.policy', 0, 1);
const money = T.money('month');
const num = (n: number): IrExpr => ({ op: 'const', value: { k: 'num', value: rat(BigInt(n)) }, ty: money, span: sp });
const input = (name: string): IrExpr => ({ op: 'input', name, sym: 0 as SymbolId, ty: money, span: sp });
const add = (l: IrExpr, r: IrExpr): IrExpr => ({ op: 'add', l, r, ty: money, span: sp });

describe('IR walker', () => {
  it('children and mapChildren agree on every op shape', () => {
    const e: IrExpr = { op: 'min', args: [add(input('a'), num(1)), { op: 'neg', e: input('b'), ty: money, span: sp }], ty: money, span: sp };
    expect(children(e)).toHaveLength(2);
    const same = mapChildren(e, (c) => c);
    expect(same).toBe(e); // nothing changed: the same node
    const swapped = mapChildren(e, (c) => (c.op === 'neg' ? input('c') : c));
    expect(swapped).not.toBe(e);
    expect([...readsOfExpr(swapped)].sort()).toEqual(['a', 'c']);
  });

  it('walks and folds a chain of 100,000 additions without overflowing the stack', () => {
    let e = input('x0');
    for (let i = 1; i <= 100_000; i++) e = add(e, num(i));
    let count = 0;
    forEachExpr(e, () => count++);
    expect(count).toBe(200_001);
    expect(someExpr(e, (x) => x.op === 'input' && x.name === 'x0')).toBe(true);
    const sum = foldExpr<bigint>(e, (x, kids) => (x.op === 'const' && x.value.k === 'num' ? x.value.value.num : x.op === 'add' ? kids[0]! + kids[1]! : 0n));
    expect(sum).toBe(5_000_050_000n);
  });

  it('folds a shared sub-tree once', () => {
    const shared = add(input('a'), num(2));
    const e = add(shared, shared);
    let visits = 0;
    foldExpr<number>(e, (x) => (x === shared ? ++visits : 0));
    expect(visits).toBe(1);
  });
});
