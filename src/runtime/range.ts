/**
 * Ranges in generated evaluators: a value the source gives only as a range
 * (`4.5% to 5.4%`) is computed at both ends of the range; the compiler proved
 * that every value depending on it moves one way, so the two results bound
 * it. Equal ends are an ordinary value; otherwise reading it fails with kind
 * `range` and both bounds, never a silent pick of an end or the middle.
 */
import { PolicyError, type PolicyLocation } from './errors.js';
import { formatFen } from './money.js';

/** How a bound is shown: money in yuan, a rate in percent, else a number. */
export type RangeUnit = 'money' | 'rate' | 'number';

function show(v: number, den: number, unit: RangeUnit): string {
  if (unit === 'money' && den === 1) return formatFen(v);
  if (unit === 'rate') return `${Number(((v * 100) / den).toPrecision(12))}%`;
  return den === 1 ? String(v) : `${v}/${den}`;
}

/**
 * The value computed at the two ends of a range (`a`, `b`: numerators over `den`; either may be
 * the larger, as a value may fall while the range rises); throws kind `range` when they differ.
 */
export function rangeOf(a: number, b: number, den: number, unit: RangeUnit, field: string, at: PolicyLocation): number {
  if (a === b) return a;
  const [low, high] = a < b ? [a, b] : [b, a];
  const detail = `\`${field}\` lies in ${show(low, den, unit)} to ${show(high, den, unit)}: the source gives a range, not the value`;
  throw new PolicyError('range', field, at, detail, undefined, { low, high, den });
}
