/**
 * The run-time support imported by generated evaluators. It imports nothing
 * from the compiler, so applications can ship generated code with it alone.
 *
 * @module runtime
 */
export { PolicyError, atRow, fail, named, need } from './errors.js';
export type { PolicyErrorKind, PolicyLocation, PolicyRange } from './errors.js';
export { rangeOf } from './range.js';
export type { RangeUnit } from './range.js';
export { roundHalfUp, roundHalfEven, roundTruncate, roundTo, formatFen, parseYuan } from './money.js';
export type { RoundingMode } from './money.js';
export { parseMonth, formatMonth, monthText, OPEN_END } from './month.js';
export { Failed, attempt, settle } from './lazy.js';
export type { TraceStep, Traced, EvaluateOptions, StepInfo } from './trace.js';
export { record, recordMonth } from './trace.js';
export { badNumber, badMember, badMonth, badBoolean, badShape, badBatch, hasOwn, badRate, rateNumerator, listOk, badList } from './validate.js';
export type { FieldSpec } from './validate.js';

/** An exact rate as returned by generated evaluators: `num / den`. */
export interface Rate {
  readonly num: number;
  readonly den: number;
}
export { columnarRows, columnCount, columnarResult, monthCount, memberOf, flagOf } from './columnar.js';
export type { ColumnsOf } from './columnar.js';
export { stateIn, unwrap, stateOf, monthStateOf, citePrevious, timelineLength, badTimeline, timelineCount, timelineRows } from './timeline.js';
export type { PreviousValue } from './timeline.js';
