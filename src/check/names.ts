/**
 * Name suggestions ("did you mean") by edit distance. Suggestions are a courtesy, so their cost is
 * bounded: the distance is computed only within a band as wide as the distance still worth
 * reporting, names longer than `MAX_SUGGEST_LENGTH` get none, and one compilation spends at most
 * `SUGGESTION_BUDGET` steps on them (TypeScript likewise stops suggesting after a number of
 * suggestions). A file of thousands of unknown names, or of names 100k characters long, checks in
 * linear time; the first suggestions it reports are the same as before.
 */
import { text, type LocalText } from '../diagnostics/diagnostic.js';

export const MAX_SUGGEST_LENGTH = 64;
/** Candidate comparisons plus distance-table cells, per compilation (about 0.1 s of work). */
export const SUGGESTION_BUDGET = 20_000_000;
let budget = SUGGESTION_BUDGET;

/** Starts a compilation's suggestion budget afresh (called by `compile`). */
export function resetSuggestionBudget(): void {
  budget = SUGGESTION_BUDGET;
}

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistance(a: string, b: string, max = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur[0] = i <= max ? i : over;
    if (lo > 1) cur[lo - 1] = over; // left of the band
    if (hi < b.length) cur[hi + 1] = over; // right of it: read by the next row
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d > over ? over : d;
      if (d < rowMin) rowMin = d;
    }
    budget -= hi - lo + 1;
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, over);
}

/** The closest candidate within a distance proportional to the name's length. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_SUGGEST_LENGTH || budget <= 0) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Math.max(1, Math.floor(name.length / 3));
  for (const c of candidates) {
    if (--budget <= 0) return undefined;
    if (Math.abs(c.length - name.length) > bestD) continue;
    const d = editDistance(lower, c.toLowerCase(), bestD);
    if (d <= bestD && (best === undefined || d < bestD || c < best)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

export function didYouMean(name: string | undefined): { fix?: { message: LocalText; edits: [] } } {
  return name ? { fix: { message: text(`did you mean \`${name}\`?`, `是否想写 \`${name}\`？`), edits: [] } } : {};
}

/**
 * A policy name as generated TypeScript spells it, up to the case of its first letter: code
 * generation turns `base_rate` into `baseRate` and `BaseRate` (src/codegen/naming.ts, `camel` and
 * `pascal`), so two names with the same key would clash there.
 */
export function tsNameKey(name: string): string {
  return name
    .split('_')
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** The camelCase spelling of a key, as shown in PD2024. */
export const camelOfKey = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);
