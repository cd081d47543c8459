import { formatMonth } from './month.js';

/** One step of an explanation: a rule or branch taken, with its source and value. */
export interface TraceStep {
  /** the output or parameter computed */
  readonly name: string;
  /** the branch taken, as written in the policy (e.g. `for employed › from reform_date`) */
  readonly branch: string;
  /** policy file and line of the branch (or of the declaration) */
  readonly file: string;
  readonly line: number;
  /** citations attached to the declaration and the branch (FACTS ids, seed lines, notes) */
  readonly cites: readonly string[];
  /** the value computed, in its natural unit: fen for money, `n/d` for rates, `YYYY-MM` for months */
  readonly value: number | string | boolean;
  /** the unit of `value` */
  readonly unit: string;
  /** the values this step read, by name */
  readonly reads: readonly string[];
  /** in a stateful region: the states of the month before this step read through `previous(…)`, with their values */
  readonly previous?: readonly { readonly name: string; readonly value: number | string | boolean }[];
}

/** The result of `evaluate(input, { trace: true })`. */
export interface Traced<T> {
  readonly value: T;
  readonly steps: readonly TraceStep[];
}

export interface EvaluateOptions {
  readonly trace?: boolean;
}

/** A trace step's description, fixed per rule or branch (generated modules keep one constant per step). */
export type StepInfo = Omit<TraceStep, 'value'>;

/** Records a trace step and returns its value (`num/den` for rates; null when the rule is not applicable). */
export function record<T extends number | string | boolean | null>(t: TraceStep[], info: StepInfo, value: T, den?: number): T {
  t.push({ ...info, value: value === null ? 'not applicable' : den === undefined ? value : `${value}/${den}` });
  return value;
}

/** Records a trace step of a month-valued rule as `YYYY-MM` and returns the month index. */
export function recordMonth(t: TraceStep[], info: StepInfo, value: number | null): number | null {
  record(t, info, value === null ? null : formatMonth(value));
  return value;
}
