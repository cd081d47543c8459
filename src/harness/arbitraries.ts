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
import { formatMonth, OPEN_END } from '@policyc/runtime';
import { rateScale } from '../analysis/rate-scale.js';

/** Constants compared against each input anywhere in the region's conditions. */
function edges(r: IrRegion): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const decls = new Map(r.decls.map((d) => [d.name, d]));
  const visit = (e: IrExpr): void => {
    if (e.op !== 'cmp') return;
    for (const [a, b] of [[e.l, e.r], [e.r, e.l]] as const) {
      if (a.op !== 'input') continue;
      const c = constOf(b, decls);
      // rate inputs are compared as numerators over their fixed denominator (exact)
      const input = r.inputs.find((i) => i.name === a.name);
      const scale = input?.ty.k === 'rate' ? rateScale(input) : undefined;
      const v =
        c?.k === 'month' ? c.value
        : c?.k === 'num' ? (scale ? Number((c.value.num * scale) / c.value.den) : Number(c.value.num) / Number(c.value.den))
        : undefined;
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
  if (t.k === 'rate') return rateArb(i, special);
  if (t.k === 'list') return listArb(i);
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

/**
 * A list input: arrays of records in the API's shape, mostly short (up to 8 items past the least length) and
 * sometimes exactly the shortest or (up to 50) the longest the domain allows; fields over their domains.
 */
function listArb(i: IrInput): fc.Arbitrary<readonly Record<string, unknown>[]> {
  if (i.ty.k !== 'list') throw new TypeError(`${i.name} is not a list`);
  const item = fc.record(
    Object.fromEntries(
      i.ty.record.fields.map((f) => {
        if (f.ty.k === 'enum') return [f.name, fc.constantFrom(...f.ty.members)];
        if (f.ty.k === 'bool') return [f.name, fc.boolean()];
        const lo = Number(f.low!.num / f.low!.den);
        const hi = Number(f.high!.num / f.high!.den);
        return [f.name, fc.oneof({ weight: 4, arbitrary: fc.integer({ min: lo, max: hi }) }, { weight: 1, arbitrary: fc.constantFrom(lo, hi) })];
      }),
    ),
  );
  const lo = Number(i.low!.num);
  const hi = Number(i.high!.num);
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(item, { minLength: lo, maxLength: Math.min(hi, lo + 8) }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: lo, maxLength: lo }) },
    ...(hi <= 50 ? [{ weight: 1, arbitrary: fc.array(item, { minLength: hi, maxLength: hi }) }] : []),
  );
}

/**
 * A rate input in the API's exact shape `{ num, den }`: a whole number of
 * steps of 1/scale inside the domain (the bounds and compared constants
 * included), sometimes reduced (`{ num: 1, den: 40 }` for 2.5%).
 */
function rateArb(i: IrInput, special: readonly number[]): fc.Arbitrary<{ num: number; den: number }> {
  const scale = rateScale(i);
  const lo = Number((i.low!.num * scale) / i.low!.den);
  const hi = Number((i.high!.num * scale) / i.high!.den);
  const inRange = special.filter((s) => s >= lo && s <= hi);
  const d = Number(scale);
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  return fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: lo, max: hi }) },
        { weight: 1, arbitrary: fc.constantFrom(lo, hi) },
        ...(inRange.length ? [{ weight: 2, arbitrary: fc.constantFrom(...inRange) }] : []),
      ),
      fc.boolean(),
    )
    .map(([n, reduce]) => {
      const g = reduce ? gcd(n, d) || 1 : 1;
      return { num: n / g, den: d / g };
    });
}

/** One arbitrary per input of a region (valid values in the API's shape), keyed by input name. */
export function inputArbitraries(r: IrRegion): Map<string, fc.Arbitrary<unknown>> {
  const e = edges(r);
  return new Map(r.inputs.map((i) => [i.name, inputArb(i, r, e.get(i.name) ?? [])]));
}

/** Arbitrary valid inputs of a region, as plain objects keyed by input name. */
export function regionInputs(r: IrRegion): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(inputArbitraries(r)));
}
