/**
 * Run-time support of generated evaluators for stateful regions (regions with
 * `state` declarations): a person's consecutive months, each reading the
 * states of the month before through `previous(…)`.
 */
import { atRow, fail, PolicyError, type PolicyLocation } from './errors.js';
import { Failed } from './lazy.js';
import { storeRow, type ColumnsOf } from './columnar.js';
import { parseMonth } from './month.js';
import type { TraceStep } from './trace.js';
import { hasOwn } from './validate.js';

/** A state's value as computed this month, checked against its declared inclusive domain (`out_of_domain` at the state's line). */
export function stateIn<T extends number | null>(value: T, lo: number, hi: number, field: string, at: PolicyLocation): T {
  if (value !== null && (value < lo || value > hi)) fail('out_of_domain', field, at, `state \`${field}\` = ${value} leaves its declared domain ${lo}..${hi}`);
  return value;
}

/** A value of the month before where a rule reads it: a failure throws its error there (and only there). */
export function unwrap<T>(value: T | Failed): T {
  if (value instanceof Failed) throw value.error;
  return value;
}

/** A state field of a month's output for the month after: its value, or the failure reading it throws. */
export function stateOf<T>(output: object, field: string): T | Failed {
  try {
    return (output as Record<string, T>)[field]!;
  } catch (e) {
    if (e instanceof PolicyError) return new Failed(e);
    throw e;
  }
}

/** A month-valued state field (`YYYY-MM` in the output) as a month index for the month after. */
export function monthStateOf(output: object, field: string): number | null | Failed {
  const v = stateOf<string | null>(output, field);
  return v instanceof Failed || v === null ? v : parseMonth(v);
}

/** A value of the month before, as a trace cites it. */
export interface PreviousValue {
  readonly name: string;
  readonly value: number | string | boolean;
}

/** Marks the trace steps recorded since `from` as reading these states of the month before. */
export function citePrevious(t: TraceStep[], from: number, previous: readonly PreviousValue[]): void {
  for (let i = from; i < t.length; i++) t[i] = { ...t[i]!, previous };
}

/** The number of months of a timeline: a non-empty array, else `invalid_input` on the month input. */
export function timelineLength(months: unknown, field: string, at: PolicyLocation): number {
  if (!Array.isArray(months)) fail('invalid_input', field, at, 'a timeline must be an array of monthly inputs');
  if (months.length === 0) fail('invalid_input', field, at, 'a timeline needs at least one month');
  return months.length;
}

/** Month `k` of a timeline must follow month k − 1: `invalid_input` on the month input, with `row` k. */
export function badTimeline(field: string, got: number, want: number, k: number, at: PolicyLocation): never {
  throw atRow(new PolicyError('invalid_input', field, at, `month ${k} of the timeline is not the month after month ${k - 1} (month index ${got}, expected ${want})`), k);
}

/**
 * The number of persons of a timeline's columns, each of `persons × months` rows
 * (`locs`: every input column's policy location); anything else is `invalid_input`.
 */
export function timelineCount(columns: object, locs: Readonly<Record<string, PolicyLocation>>, persons: number, months: number, field: string, at: PolicyLocation): number {
  if (!Number.isInteger(persons) || persons < 0) fail('invalid_input', field, at, 'the number of persons must be a whole number >= 0');
  const rows = persons * months;
  for (const name in locs) {
    if (typeof columns !== 'object' || columns === null) fail('invalid_input', name, locs[name]!, 'the columns must be an object of typed-array columns');
    const column = hasOwn(columns, name) ? (columns as Record<string, unknown>)[name] : undefined;
    if (!ArrayBuffer.isView(column) && !Array.isArray(column)) fail('invalid_input', name, locs[name]!, `column \`${name}\` is missing or not an array`);
    const n = (column as ArrayLike<number>).length;
    if (n !== rows) fail('invalid_input', name, locs[name]!, `column \`${name}\` has ${n} values for ${persons} persons × ${months} months`);
  }
  return persons;
}

/**
 * The slow path of generated `evaluateTimelineColumnar`: one person's months
 * (rows `row … row + months − 1`) through the object timeline, storing every
 * output as `columnarRows` does. The first month whose input is invalid or
 * whose output failed throws that `PolicyError` with its `row` set.
 */
export function timelineRows<I>(
  timeline: (months: I[]) => object[],
  input: (j: number) => unknown,
  row: number,
  months: number,
  values: ColumnsOf,
  present: ColumnsOf,
  codes: Readonly<Record<string, readonly string[]>> = {},
): void {
  const inputs: I[] = [];
  for (let j = 0; j < months; j++) inputs.push(input(j) as I);
  let outs: object[];
  try {
    outs = timeline(inputs);
  } catch (e) {
    // an invalid month names its index in the timeline: make it the batch's row
    if (e instanceof PolicyError) throw new PolicyError(e.kind, e.field, e.location, e.detail, row + (e.row ?? 0));
    throw e;
  }
  for (let j = 0; j < months; j++) {
    const o = outs[j] as Record<string, unknown>;
    try {
      storeRow(o, row + j, values, present, codes);
    } catch (e) {
      throw atRow(e, row + j);
    }
  }
}
