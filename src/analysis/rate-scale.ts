/**
 * The fixed denominator of a rate input. Callers pass a rate input exactly, as
 * `{ num, den }`; evaluators hold it as an integer numerator over this scale:
 * parts per million (0.0001 %), or finer when a domain bound needs it. A rate
 * that is not a whole number of steps is rejected (`invalid_input`).
 */
import type { IrInput } from '../ir/ir.js';

export const RATE_INPUT_SCALE = 1_000_000n;

export function rateScale(i: IrInput): bigint {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  return [i.low?.den ?? 1n, i.high?.den ?? 1n].reduce((acc, d) => (acc / gcd(acc, d)) * d, RATE_INPUT_SCALE);
}
