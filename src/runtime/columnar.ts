/**
 * The slow path of generated `evaluateColumnar` functions: one person's rows
 * through the per-row evaluator, for a person whose columns failed the fast
 * test or whose rules failed in the fast kernel. The first row that throws
 * (invalid input, or an output that failed: reading it throws, as reading it
 * from `evaluate`'s result does) throws that error with `row` set.
 */
import { atRow, fail, type PolicyLocation } from './errors.js';
import { parseMonth } from './month.js';
import { hasOwn } from './validate.js';

/** Output columns of a columnar result, by output name. */
export type ColumnsOf = Readonly<Record<string, Float64Array | Uint8Array>>;

/**
 * Evaluates rows `row … row + months − 1` (months `from …`) with `run` on the
 * inputs `input(month)` builds, storing each output into `values`/`present`
 * as the fast path would: booleans 0/1, enums as codes into `codes[name]`,
 * months as indices, rates as numerators, not applicable as NaN with presence 0.
 */
export function columnarRows<I>(
  run: (input: I) => object,
  input: (month: number) => unknown,
  row: number,
  from: number,
  months: number,
  values: ColumnsOf,
  present: ColumnsOf,
  codes: Readonly<Record<string, readonly string[]>> = {},
): void {
  for (let j = 0; j < months; j++) {
    try {
      const o = run(input(from + j) as I) as Record<string, unknown>;
      // every output, in order: reading a failed one throws its error
      storeRow(o, row + j, values, present, codes);
    } catch (e) {
      throw atRow(e, row + j);
    }
  }
}

/** An enum column's code as the member `evaluate` takes; an invalid code stays a number (rejected by validation). */
export function memberOf(codes: readonly string[], code: number): string | number {
  return code < codes.length ? codes[code]! : code;
}

/** A boolean column's 0/1 as `evaluate` takes it; any other value stays a number (rejected by validation). */
export function flagOf(code: number): boolean | number {
  return code === 1 ? true : code === 0 ? false : code;
}

/**
 * The common length of a columnar input's columns (`locs`: the policy
 * location of each column's input, in input order); a column of another
 * length is `invalid_input` naming it.
 */
export function columnCount(persons: object, locs: Readonly<Record<string, PolicyLocation>>): number {
  const columns = persons as Readonly<Record<string, ArrayLike<number> | undefined>>;
  let count = -1;
  for (const name in locs) {
    if (typeof persons !== 'object' || persons === null) fail('invalid_input', name, locs[name]!, 'the persons must be an object of typed-array columns');
    const column = hasOwn(persons, name) ? columns[name] : undefined;
    if (!ArrayBuffer.isView(column) && !Array.isArray(column)) fail('invalid_input', name, locs[name]!, `column \`${name}\` is missing or not an array`);
    const n = column.length;
    if (count < 0) count = n;
    else if (n !== count) fail('invalid_input', name, locs[name]!, `column \`${name}\` has ${n} values for ${count} persons`);
  }
  return count;
}

/** The number of months `from`..`to` (month indices, inclusive); a malformed range is `invalid_input` on the month input. */
export function monthCount(from: number, to: number, field: string, at: PolicyLocation): number {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    fail('invalid_input', field, at, 'the month range must be two month indices (year × 12 + month − 1) with from <= to');
  }
  return to - from + 1;
}

/**
 * The result columns of a columnar evaluation of `rows` rows: `out` when given
 * (every column must hold at least `rows` values, else RangeError), else new
 * columns: a Float64Array per output of `values` (Uint8Array for those of
 * `flags`: booleans and enums) and a presence Uint8Array per output of
 * `present` (names separated by spaces).
 */
export function columnarResult<R>(out: R | undefined, rows: number, values: string, present: string, flags = ''): R {
  const list = (s: string): string[] => (s ? s.split(' ') : []);
  if (out === undefined) {
    const bytes = new Set(list(flags));
    const v: Record<string, Float64Array | Uint8Array> = {};
    const p: Record<string, Uint8Array> = {};
    for (const name of list(values)) v[name] = bytes.has(name) ? new Uint8Array(rows) : new Float64Array(rows);
    for (const name of list(present)) p[name] = new Uint8Array(rows);
    return { values: v, present: p } as R;
  }
  const o = out as { values: ColumnsOf; present: ColumnsOf };
  const short = list(values).some((n) => o.values[n]!.length < rows) || list(present).some((n) => o.present[n]!.length < rows);
  if (short) throw new RangeError(`evaluateColumnar: every output column needs ${rows} rows`);
  return out;
}

/**
 * One output record into columns at row `k`: booleans 0/1, enums as codes into `codes[name]`, months as
 * indices, rates as numerators; `not applicable` is NaN with presence 0. Reading a failed output throws.
 * @internal
 */
export function storeRow(o: Record<string, unknown>, k: number, values: ColumnsOf, present: ColumnsOf, codes: Readonly<Record<string, readonly string[]>>): void {
  for (const name of Object.keys(o)) {
    const v = o[name];
    const col = values[name]!;
    const pres = present[name];
    if (v === null) {
      col[k] = NaN;
      pres![k] = 0;
      continue;
    }
    if (pres) pres[k] = 1;
    const enumCodes = codes[name];
    col[k] =
      typeof v === 'boolean' ? (v ? 1 : 0)
      : typeof v === 'object' ? (v as { num: number }).num
      : typeof v === 'string' ? (enumCodes ? enumCodes.indexOf(v) : parseMonth(v))
      : (v as number);
  }
}
