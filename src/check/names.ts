/** Name suggestions ("did you mean") by edit distance. */
import { text, type LocalText } from '../diagnostics/diagnostic.js';

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The closest candidate within a distance proportional to the name's length. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(1, Math.floor(name.length / 3));
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
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
