/**
 * Long case lists over one input compile to a search, not an `if` chain.
 *
 * When every guard of a list (but perhaps a final `otherwise`) is a band of
 * one integer-valued input (whole number, fen, month) with constant bounds —
 * `when 35 <= age < 45`, `from 2023-01 to 2023-12` — the number line is cut
 * into segments, each belonging to one case. A binary search over the sorted
 * segment starts (`band(starts, x)`, emitted once per module) finds the
 * segment, and a `switch` on it jumps to the case: O(log n) per evaluation
 * and a function V8 still optimises at thousands of cases, where a chain of
 * thousands of `if`s is not. Values outside every band (only possible outside
 * the input's domain, since the checker proved the list complete) go to the
 * last case, exactly as the `if` chain does. Short lists stay `if` chains.
 */
import { constOf } from '../ir/consts.js';
import type { IrBody, IrExpr } from '../ir/ir.js';
import type { Gen } from './context.js';
import { MAX_SAFE } from '../analysis/numeric.js';
import type { ExprCtx } from './expr.js';
import { SELF } from './link.js';
import { commentText } from './naming.js';

/** Lists shorter than this stay `if` chains. */
export const MIN_BANDS = 32;

export interface Search {
  /** the segment index expression */
  readonly index: string;
  /** for each case, the segment indices that select it */
  readonly segments: readonly (readonly number[])[];
}

interface Interval {
  lo: bigint | undefined;
  hi: bigint | undefined;
}

const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));
const ceilDiv = (a: bigint, b: bigint): bigint => -floorDiv(-a, b);

/** The integer interval `e` allows for input `x`, or undefined when `e` is not a band of `x`. */
function interval(g: Gen, e: IrExpr, x: { name?: string }, into: Interval): boolean {
  if (e.op === 'and') return e.args.every((a) => interval(g, a, x, into));
  if (e.op !== 'cmp' || e.cmp === '!=') return false;
  const flip = e.r.op === 'input';
  const v = flip ? e.r : e.l;
  const c = constOf(flip ? e.l : e.r, g.decls);
  if (v.op !== 'input' || !c || (x.name !== undefined && x.name !== v.name)) return false;
  const ty = g.input(v.name)?.ty;
  if (!ty || (ty.k !== 'int' && ty.k !== 'money' && ty.k !== 'month')) return false;
  x.name = v.name;
  const [num, den] = c.k === 'month' ? [BigInt(c.value), 1n] : c.k === 'num' ? [c.value.num, c.value.den] : [undefined, undefined];
  if (num === undefined || den === undefined || den <= 0n) return false;
  const op = flip ? ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' } as const)[e.cmp] : e.cmp;
  const lower = (b: bigint): void => void (into.lo = into.lo === undefined || b > into.lo ? b : into.lo);
  const upper = (b: bigint): void => void (into.hi = into.hi === undefined || b < into.hi ? b : into.hi);
  if (op === '<') upper(ceilDiv(num, den) - 1n);
  else if (op === '<=') upper(floorDiv(num, den));
  else if (op === '>') lower(floorDiv(num, den) + 1n);
  else if (op === '>=') lower(ceilDiv(num, den));
  else {
    lower(ceilDiv(num, den));
    upper(floorDiv(num, den));
  }
  return true;
}

/** A search for a long list of bands of one input, or undefined to keep the `if` chain. */
export function bandSearch(g: Gen, b: Extract<IrBody, { kind: 'cases' }>, ctx: ExprCtx, base: string): Search | undefined {
  const n = b.cases.length;
  if (n < MIN_BANDS) return undefined;
  const x: { name?: string } = {};
  const bands: { lo: bigint; hi: bigint; k: number }[] = [];
  const NEG = -MAX_SAFE;
  for (let k = 0; k < n; k++) {
    const c = b.cases[k]!;
    if (!c.cond) {
      if (k !== n - 1) return undefined;
      continue;
    }
    const iv: Interval = { lo: undefined, hi: undefined };
    if (!interval(g, c.cond, x, iv)) return undefined;
    const lo = iv.lo ?? NEG;
    const hi = iv.hi ?? MAX_SAFE;
    if (lo < NEG || hi > MAX_SAFE) return undefined;
    if (lo <= hi) bands.push({ lo, hi, k });
  }
  bands.sort((p, q) => (p.lo < q.lo ? -1 : p.lo > q.lo ? 1 : 0));
  // segments: [start, case]; values outside every band take the last case, like the `if` chain
  const starts: bigint[] = [];
  const owner: number[] = [n - 1];
  let cur = NEG;
  for (const band of bands) {
    if (band.lo < cur) return undefined; // overlapping: not the exclusive bands the checker proves
    if (band.lo > cur) {
      starts.push(band.lo);
      owner.push(band.k);
    } else owner[owner.length - 1] = band.k;
    cur = band.hi + 1n;
    if (cur <= MAX_SAFE) {
      starts.push(cur);
      owner.push(n - 1);
    }
  }
  // merge neighbours that select the same case
  const s: bigint[] = [];
  const o: number[] = [owner[0]!];
  starts.forEach((st, i) => {
    if (owner[i + 1] === o[o.length - 1]) return;
    s.push(st);
    o.push(owner[i + 1]!);
  });
  const table = g.items.ref('table', `${base}Bands`, `/** Where each band of \`${commentText(x.name!)}\` starts. */\nconst ${SELF}: readonly number[] = [${s.join(', ')}];`);
  const segments: number[][] = b.cases.map(() => []);
  o.forEach((k, seg) => segments[k]!.push(seg));
  return { index: `band(${table}, ${ctx.local(x.name!)})`, segments };
}

/** The binary search: how many of the sorted `starts` are ≤ `x`. */
export const BAND_HELPER = `/** The segment of \`x\`: how many of the sorted \`starts\` are at most \`x\` (a binary search). */
function band(starts: readonly number[], x: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}`;
