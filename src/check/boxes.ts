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

/**
 * a \ b for many boxes at once. When `as` is one box and every box of `bs` that meets it spans it
 * in all dimensions but one (sibling cases over one input, dated ranges), this is a sort and a sweep
 * along that dimension: O(n log n) instead of O(n²). The result is the same as `subtractAll`'s:
 * the maximal uncovered intervals, in ascending order.
 */
export function subtractMany(as: readonly Box[], bs: readonly Box[]): Box[] {
  const a = as.length === 1 ? as[0]! : undefined;
  const d = a && sweepDim(a, bs);
  if (a === undefined || d === undefined) return subtractAll(as, bs);
  if (d < 0) return bs.some((b) => intersect(a, b)) ? [] : [a]; // every box that meets `a` covers it
  const spans: [number, number][] = [];
  for (const b of bs) if (intersect(a, b)) spans.push([Math.max(a.lo[d]!, b.lo[d]!), Math.min(a.hi[d]!, b.hi[d]!)]);
  spans.sort((x, y) => x[0] - y[0]);
  const out: Box[] = [];
  const piece = (lo: number, hi: number): Box => ({ lo: a.lo.map((l, i) => (i === d ? lo : l)), hi: a.hi.map((h, i) => (i === d ? hi : h)) });
  let next = a.lo[d]!; // the first point not yet known to be covered
  for (const [lo, hi] of spans) {
    if (lo > next) out.push(piece(next, lo - 1));
    if (hi + 1 > next) next = hi + 1;
  }
  if (next <= a.hi[d]!) out.push(piece(next, a.hi[d]!));
  return out;
}

/** The one dimension in which the boxes meeting `a` fail to span it (-1: none), or undefined when there are several. */
function sweepDim(a: Box, bs: readonly Box[]): number | undefined {
  let dim = -1;
  for (const b of bs) {
    if (!intersect(a, b)) continue;
    for (let k = 0; k < a.lo.length; k++) {
      if (b.lo[k]! <= a.lo[k]! && b.hi[k]! >= a.hi[k]!) continue;
      if (dim >= 0 && dim !== k) return undefined;
      dim = k;
    }
  }
  return dim;
}

/**
 * The pairs [j, i] (j < i) of groups with intersecting boxes, sorted. A sweep along the dimension
 * where the boxes differ most compares only boxes whose intervals in it overlap, so n disjoint
 * sibling cases cost O(n log n), not n² comparisons.
 */
export function intersectingPairs(groups: readonly (readonly Box[] | null)[]): [number, number][] {
  const items: { g: number; b: Box }[] = [];
  groups.forEach((bs, g) => bs?.forEach((b) => items.push({ g, b })));
  if (items.length < 2) return [];
  const dims = items[0]!.b.lo.length;
  let d = 0;
  let most = -1;
  for (let k = 0; k < dims; k++) {
    const distinct = new Set(items.map((x) => x.b.lo[k])).size;
    if (distinct > most) [d, most] = [k, distinct];
  }
  items.sort((x, y) => (dims ? x.b.lo[d]! - y.b.lo[d]! : 0) || x.g - y.g);
  const found = new Set<number>();
  const pairs: [number, number][] = [];
  let active: { g: number; b: Box }[] = [];
  for (const x of items) {
    if (dims) active = active.filter((y) => y.b.hi[d]! >= x.b.lo[d]!);
    for (const y of active) {
      if (y.g === x.g || !intersect(x.b, y.b)) continue;
      const [j, i] = y.g < x.g ? [y.g, x.g] : [x.g, y.g];
      const key = j * groups.length + i;
      if (!found.has(key)) {
        found.add(key);
        pairs.push([j, i]);
      }
    }
    active.push(x);
  }
  return pairs.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
}
