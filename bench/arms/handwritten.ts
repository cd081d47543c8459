/**
 * Handwritten arms that validate exactly the fields the generated evaluator
 * validates (same domains, same horizon), so that the ratios measure the
 * compiler, not a difference in checking:
 *
 * - `handwrittenRow(row)`: what a careful engineer writes per row: an object
 *   whose fields are its own (not inherited), status one of the four members, age a whole number 16..120, base and pension whole fen
 *   0..100,000,000, month `YYYY-MM` from 2020-01; then exact integer-fen
 *   arithmetic (⌊(n + 500) / 1000⌋ on per-mille numerators).
 * - `hoistedKernel(persons, from, to, credit, pooled)`: the same policy over
 *   typed-array columns, with every per-person quantity (clamped base, both
 *   contributions, the band transfer, the retiree's pre-reform credit)
 *   computed once per person and only the reform split in the month loop.
 *
 * Both throw on invalid input (a RangeError naming the field); the benchmark
 * population has none.
 */
import { parseMonth } from '../../src/runtime/month.js';
import type { Columns } from '../harness.js';
import type { Persons, Row } from '../population.js';
import { BASE_CEILING, BASE_FLOOR, REFORM_MONTH, RETIREE_FLAT_CREDIT, type Output } from '../reference.js';

const H_START = 2020 * 12;
const H_END = 9999 * 12 + 11;
const MAX_FEN = 100_000_000;

function bad(field: string, value: unknown): never {
  throw new RangeError(`invalid ${field}: ${String(value)}`);
}

const perMille = (n: number): number => Math.floor((n + 500) / 1000);

const own = Object.prototype.hasOwnProperty;

export function handwrittenRow(input: Row): Output {
  if (input == null) bad('input', input);
  // only own properties are input, as the generated evaluator checks
  if (!own.call(input, 'status') || !own.call(input, 'age') || !own.call(input, 'base') || !own.call(input, 'pension') || !own.call(input, 'month')) bad('input', 'a missing field');
  const { status, age, base, pension } = input;
  const month = parseMonth(input.month);
  if (!Number.isInteger(age) || age < 16 || age > 120) bad('age', age);
  if (!Number.isInteger(base) || base < 0 || base > MAX_FEN) bad('base', base);
  if (!Number.isInteger(pension) || pension < 0 || pension > MAX_FEN) bad('pension', pension);
  if (month < H_START || month > H_END) bad('month', input.month);
  const before = month < REFORM_MONTH;
  switch (status) {
    case 'employed': {
      const clamped = base < BASE_FLOOR ? BASE_FLOOR : base > BASE_CEILING ? BASE_CEILING : base;
      const employee = perMille(clamped * 20);
      const employer = perMille(clamped * 95);
      const credit = before ? employee + perMille(clamped * (age < 35 ? 23 : age < 45 ? 15 : 17)) : employee;
      return { credit, pooled: employee + employer - credit };
    }
    case 'retired':
      return { credit: before ? perMille(pension * 45) : RETIREE_FLAT_CREDIT, pooled: 0 };
    case 'flexible':
    case 'resident':
      return { credit: 0, pooled: 0 };
    default:
      return bad('status', status);
  }
}

/** Person-major rows: row k = p × (to − from + 1) + (month − from). */
export function hoistedKernel(persons: Persons, from: number, to: number, credit: Float64Array, pooled: Float64Array): void {
  const { status, age, base, pension } = persons;
  const n = status.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < H_START || to > H_END) bad('month range', `${from}..${to}`);
  let k = 0;
  for (let p = 0; p < n; p++) {
    const s = status[p]!;
    const a = age[p]!;
    const b = base[p]!;
    const pe = pension[p]!;
    if (!Number.isInteger(a) || a < 16 || a > 120) bad('age', a);
    if (!Number.isInteger(b) || b < 0 || b > MAX_FEN) bad('base', b);
    if (!Number.isInteger(pe) || pe < 0 || pe > MAX_FEN) bad('pension', pe);
    switch (s) {
      case 0: {
        const clamped = b < BASE_FLOOR ? BASE_FLOOR : b > BASE_CEILING ? BASE_CEILING : b;
        const employee = perMille(clamped * 20);
        const employer = perMille(clamped * 95);
        const before = employee + perMille(clamped * (a < 35 ? 23 : a < 45 ? 15 : 17));
        const all = employee + employer;
        for (let m = from; m <= to; m++, k++) {
          const c = m < REFORM_MONTH ? before : employee;
          credit[k] = c;
          pooled[k] = all - c;
        }
        break;
      }
      case 1: {
        const before = perMille(pe * 45);
        for (let m = from; m <= to; m++, k++) {
          credit[k] = m < REFORM_MONTH ? before : RETIREE_FLAT_CREDIT;
          pooled[k] = 0;
        }
        break;
      }
      case 2:
      case 3:
        for (let m = from; m <= to; m++, k++) {
          credit[k] = 0;
          pooled[k] = 0;
        }
        break;
      default:
        bad('status', s);
    }
  }
}

/** Per-row pass of the handwritten function into the columns. */
export function handwrittenRowPass(rows: readonly Row[], cols: Columns): void {
  for (let i = 0; i < rows.length; i++) {
    const o = handwrittenRow(rows[i]!);
    cols.credit[i] = o.credit;
    cols.pooled[i] = o.pooled;
  }
}
