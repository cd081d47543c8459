/**
 * The handwritten reference evaluator: what a careful engineer would write by
 * hand for the benchmark policy, in exact integer fen. It deliberately does
 * not use src/runtime's rounding (so it is an independent check on it), only
 * parseMonth for input validation.
 *
 * Policy (all money in fen, every product rounded half-up to the fen):
 *   clamped  = clamp(base, 731000, 3654900)
 *   employed: employee = round(clamped × 2%), employer = round(clamped × 9.5%)
 *             before 2023-01: credit = employee + round(clamped × r),
 *               r = 2.3% (age < 35), 1.5% (35 ≤ age < 45), 1.7% (age ≥ 45)
 *             from 2023-01:   credit = employee
 *             pooled = employee + employer − credit
 *   retired:  before 2023-01 credit = round(pension × 4.5%), after 7000; pooled 0
 *   flexible, resident: credit 0, pooled 0
 */
import { parseMonth } from '../src/runtime/month.js';
import type { Row } from './population.js';

export interface Output {
  credit: number;
  pooled: number;
}

export const BASE_FLOOR = 731000;
export const BASE_CEILING = 3654900;
/** parseMonth('2023-01') */
export const REFORM_MONTH = 2023 * 12;
export const RETIREE_FLAT_CREDIT = 7000;

/** n / 1000 rounded half-up, for n ≥ 0 a safe integer (exact: integer add, then floor). */
function perMille(n: number): number {
  return Math.floor((n + 500) / 1000);
}

function bad(field: string, value: unknown): never {
  throw new RangeError(`reference: invalid ${field}: ${String(value)}`);
}

export function evaluateReference(input: Row): Output {
  const month = parseMonth(input.month);
  if (month < 0) bad('month', input.month);
  const { age, base, pension } = input;
  if (!Number.isSafeInteger(age) || age < 0) bad('age', age);
  if (!Number.isSafeInteger(base) || base < 0) bad('base', base);
  if (!Number.isSafeInteger(pension) || pension < 0) bad('pension', pension);
  const before = month < REFORM_MONTH;
  switch (input.status) {
    case 'employed': {
      const clamped = base < BASE_FLOOR ? BASE_FLOOR : base > BASE_CEILING ? BASE_CEILING : base;
      const employee = perMille(clamped * 20);
      const employer = perMille(clamped * 95);
      let credit = employee;
      if (before) credit += perMille(clamped * (age < 35 ? 23 : age < 45 ? 15 : 17));
      return { credit, pooled: employee + employer - credit };
    }
    case 'retired':
      return { credit: before ? perMille(pension * 45) : RETIREE_FLAT_CREDIT, pooled: 0 };
    case 'flexible':
    case 'resident':
      return { credit: 0, pooled: 0 };
    default:
      return bad('status', input.status);
  }
}
