/**
 * Calendar months as integers: index = year·12 + (month − 1).
 * `2023-01` ↔ 24276. Month arithmetic is integer arithmetic on indices.
 */

/** Open-ended horizons stop here for analyses and validation (printed as "onwards"): 9999-12. */
export const OPEN_END = 9999 * 12 + 11;

/** Parses `YYYY-MM`; returns -1 when the text is not a valid month. */
export function parseMonth(text: unknown): number {
  if (typeof text !== 'string' || text.length !== 7 || text.charCodeAt(4) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    y = y * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return -1;
  const m = m1 * 10 + m2;
  if (m < 1 || m > 12) return -1;
  return y * 12 + m - 1;
}

/** Formats a month index as `YYYY-MM`. */
export function formatMonth(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * A month index from a columnar input as the `YYYY-MM` text `evaluate` takes;
 * a value that is no month index (fractional, negative, past 9999-12) stays
 * as it is, so validation rejects it as `invalid_input`.
 */
export function monthText(index: number): string | number {
  return Number.isInteger(index) && index >= 0 && index < 10000 * 12 ? formatMonth(index) : index;
}
