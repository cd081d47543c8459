/**
 * fast-check arbitraries derived from a region's declared input types.
 * Values are produced in the generated API's shape (money in integer fen,
 * months as `YYYY-MM`), biased towards domain ends and towards the constants
 * the region's conditions compare against (band edges, reform dates).
 */
import fc from 'fast-check';
import { constOf } from '../ir/consts.js';
import type { IrExpr, IrInput, IrRegion } from '../ir/ir.js';
import { forEachBodyExpr, forEachExpr } from '../ir/visit.js';
import { formatMonth, OPEN_END } from '../runtime/month.js';

/** Constants compared against each input anywhere in the region's conditions. */
function edges(r: IrRegion): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const decls = new Map(r.decls.map((d) => [d.name, d]));
  const visit = (e: IrExpr): void => {
    if (e.op !== 'cmp') return;
    for (const [a, b] of [[e.l, e.r], [e.r, e.l]] as const) {
      if (a.op !== 'input') continue;
      const c = constOf(b, decls);
      const v = c?.k === 'month' ? c.value : c?.k === 'num' ? Number(c.value.num) / Number(c.value.den) : undefined;
      if (v !== undefined) out.set(a.name, [...(out.get(a.name) ?? []), Math.floor(v) - 1, Math.floor(v), Math.ceil(v), Math.ceil(v) + 1]);
    }
  };
  r.decls.forEach((d) => forEachBodyExpr(d.body, (e) => forEachExpr(e, visit)));
  return out;
}

function inputArb(i: IrInput, r: IrRegion, special: readonly number[]): fc.Arbitrary<unknown> {
  const t = i.ty;
  if (t.k === 'enum') return fc.constantFrom(...t.members);
  if (t.k === 'bool') return fc.boolean();
  if (t.k === 'month') {
    const lo = r.horizon.start;
    const hi = Math.min(r.horizon.end ?? OPEN_END, lo + 20 * 12);
    const inRange = special.filter((s) => s >= lo && s <= hi);
    return fc.oneof(fc.integer({ min: lo, max: hi }), ...(inRange.length ? [fc.constantFrom(...inRange)] : [])).map(formatMonth);
  }
  const lo = Number(i.low!.num / i.low!.den);
  const hi = Number(i.high!.num / i.high!.den);
  const inRange = special.filter((s) => s >= lo && s <= hi);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: lo, max: hi }) },
    { weight: 1, arbitrary: fc.constantFrom(lo, hi) },
    ...(inRange.length ? [{ weight: 2, arbitrary: fc.constantFrom(...inRange) }] : []),
    // everyday amounts (up to 100,000.00 yuan) are where most rules live
    ...(t.k === 'money' && lo < 10_000_000 ? [{ weight: 2, arbitrary: fc.integer({ min: lo, max: Math.min(hi, 10_000_000) }) }] : []),
  );
}

/** Arbitrary valid inputs of a region, as plain objects keyed by input name. */
export function regionInputs(r: IrRegion): fc.Arbitrary<Record<string, unknown>> {
  const e = edges(r);
  return fc.record(Object.fromEntries(r.inputs.map((i) => [i.name, inputArb(i, r, e.get(i.name) ?? [])])));
}
