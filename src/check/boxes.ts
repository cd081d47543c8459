/**
 * Boxes over the input space: one inclusive integer interval per dimension
 * (enum members are indexed). Coverage questions — is there an input no case
 * covers? do two cases overlap? — become box subtraction and intersection,
 * and every non-empty result is a witness.
 */
export interface Box {
  readonly lo: readonly number[];
  readonly hi: readonly number[];
}

export function isEmpty(b: Box): boolean {
  return b.lo.some((l, i) => l > b.hi[i]!);
}

export function intersect(a: Box, b: Box): Box | undefined {
  const lo = a.lo.map((l, i) => Math.max(l, b.lo[i]!));
  const hi = a.hi.map((h, i) => Math.min(h, b.hi[i]!));
  const r = { lo, hi };
  return isEmpty(r) ? undefined : r;
}

export function intersectAll(as: readonly Box[], bs: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const a of as) for (const b of bs) {
    const x = intersect(a, b);
    if (x) out.push(x);
  }
  return out;
}

/** a \ b as disjoint boxes. */
export function subtract(a: Box, b: Box): Box[] {
  if (!intersect(a, b)) return [a];
  const out: Box[] = [];
  const lo = [...a.lo];
  const hi = [...a.hi];
  for (let d = 0; d < lo.length; d++) {
    if (lo[d]! < b.lo[d]!) {
      out.push({ lo: [...lo], hi: hi.map((h, i) => (i === d ? b.lo[d]! - 1 : h)) });
      lo[d] = b.lo[d]!;
    }
    if (hi[d]! > b.hi[d]!) {
      out.push({ lo: lo.map((l, i) => (i === d ? b.hi[d]! + 1 : l)), hi: [...hi] });
      hi[d] = b.hi[d]!;
    }
  }
  return out;
}

export function subtractAll(as: readonly Box[], bs: readonly Box[]): Box[] {
  let rest = [...as];
  for (const b of bs) rest = rest.flatMap((a) => subtract(a, b));
  return rest;
}
