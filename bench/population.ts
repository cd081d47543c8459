/**
 * The seeded benchmark population, shared by the benchmark arms, the
 * exactness oracle and the runtime unit tests (one implementation only).
 *
 * Persons are drawn from mulberry32(seed), four draws per person in this
 * order: status, age, base, pension. Money is integer fen throughout.
 * Every person is evaluated for each of the 12 months 2022-07 … 2023-06,
 * giving person-major rows (person 0 × 12 months, then person 1, …).
 */

export type Status = 'employed' | 'retired' | 'flexible' | 'resident';

/** Status codes used in the columnar person arrays. */
export const STATUSES: readonly Status[] = ['employed', 'retired', 'flexible', 'resident'];

/** The evaluated months, in row order. */
export const MONTHS: readonly string[] = [
  '2022-07',
  '2022-08',
  '2022-09',
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
  '2023-02',
  '2023-03',
  '2023-04',
  '2023-05',
  '2023-06',
];

/** One person-month, the input contract of every benchmark arm. */
export interface Row {
  status: Status;
  age: number;
  /** contribution base, fen */
  base: number;
  /** monthly pension, fen */
  pension: number;
  /** 'YYYY-MM' */
  month: string;
}

/** The standard mulberry32 PRNG: floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Columnar persons: index i is person i. The column types are those the
 * generated `evaluateColumnar` takes (status codes, whole years, integer fen).
 */
export interface Persons {
  readonly count: number;
  /** index into {@link STATUSES} */
  readonly status: Uint8Array;
  readonly age: Int32Array;
  readonly base: Float64Array;
  readonly pension: Float64Array;
}

/** The evaluated months as month indices (year·12 + month − 1): `MONTHS` is FIRST_MONTH … LAST_MONTH. */
export const FIRST_MONTH = 2022 * 12 + 6;
export const LAST_MONTH = 2023 * 12 + 5;

/** Draws `count` persons from mulberry32(seed). */
export function generatePersons(count: number, seed = 42): Persons {
  const rnd = mulberry32(seed);
  const status = new Uint8Array(count);
  const age = new Int32Array(count);
  const base = new Float64Array(count);
  const pension = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const u0 = rnd();
    const s = u0 < 0.7 ? 0 : u0 < 0.9 ? 1 : u0 < 0.95 ? 2 : 3;
    status[i] = s;
    const u1 = rnd();
    age[i] = s === 1 ? 60 + Math.floor(31 * u1) : 18 + Math.floor(73 * u1);
    base[i] = 300000 + Math.floor(4700001 * rnd());
    pension[i] = 200000 + Math.floor(700001 * rnd());
  }
  return { count, status, age, base, pension };
}

/**
 * Materialises person-major rows (all 12 months of person 0, then person 1,
 * …), at most `maxRows` of them. All rows share one hidden class.
 */
export function buildRows(p: Persons, maxRows = Number.POSITIVE_INFINITY): Row[] {
  const total = Math.min(p.count * MONTHS.length, maxRows);
  const rows: Row[] = new Array<Row>(total);
  let k = 0;
  for (let i = 0; i < p.count && k < total; i++) {
    const status = STATUSES[p.status[i]!]!;
    const age = p.age[i]!;
    const base = p.base[i]!;
    const pension = p.pension[i]!;
    for (let m = 0; m < MONTHS.length && k < total; m++) {
      rows[k++] = { status, age, base, pension, month: MONTHS[m]! };
    }
  }
  return rows;
}

/** Persons needed for `rows` person-month rows. */
export function personsFor(rows: number): number {
  return Math.ceil(rows / MONTHS.length);
}
