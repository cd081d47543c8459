/**
 * Typed run-time errors thrown by generated evaluators.
 *
 * Every error names the policy location (`file:line:col`) of the declaration
 * whose contract was violated, so an application can show an author exactly
 * which rule rejected an input. Generated code never returns a silent 0.
 */

/** Where in a policy file an error originates (1-based line and column). */
export interface PolicyLocation {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** The closed set of run-time failure kinds. */
export type PolicyErrorKind =
  /** a field is missing, has the wrong JS type, is NaN/non-finite, or is not a whole number of fen */
  | 'invalid_input'
  /** a value is well-typed but outside the declared domain (e.g. age 200, negative base) */
  | 'out_of_domain'
  /** the month lies outside the region's declared horizon */
  | 'out_of_horizon'
  /** no case of a rule applies (only possible where the checker could not prove coverage) */
  | 'no_applicable_rule'
  /** the policy declares the rule not applicable to this input */
  | 'not_applicable'
  /** the policy declares the value unspecified (the sources do not give it) */
  | 'unspecified'
  /** the answer is unknown: an open set was asked about a member its sources do not name (FACTS T35) */
  | 'unknown'
  /** the source gives a figure whose meaning it leaves open (`unresolved "…"`); the detail carries the question */
  | 'unresolved'
  /** the value is one number in a range the source gives, not a single value; `range` carries the exact bounds */
  | 'range';

/** The exact bounds of a `range` failure: `low / den` to `high / den` (den 1: fen for money, whole numbers otherwise). */
export interface PolicyRange {
  readonly low: number;
  readonly high: number;
  readonly den: number;
}

/**
 * Thrown by every generated evaluator for invalid input or an inapplicable rule:
 * the failure `kind`, the offending `field`, and the policy `location`.
 */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    readonly kind: PolicyErrorKind,
    readonly field: string,
    readonly location: PolicyLocation,
    /** what went wrong, without the location */
    readonly detail: string,
    /** for columnar evaluation: the output row (person-major) whose input failed */
    readonly row?: number,
    /** for kind `range`: the lowest and highest value, exactly */
    readonly range?: PolicyRange,
  ) {
    super(`${location.file}:${location.line}:${location.col}: ${kind}: ${row === undefined ? '' : `row ${row}: `}${detail}`);
  }
}

/** The same error, naming the columnar row it occurred in (other errors pass through). */
export function atRow(e: unknown, row: number): unknown {
  return e instanceof PolicyError && e.row === undefined ? new PolicyError(e.kind, e.field, e.location, e.detail, row, e.range) : e;
}

/** Throws a {@link PolicyError}; typed `never` so generated code can use it in expressions. */
export function fail(
  kind: PolicyErrorKind,
  field: string,
  location: PolicyLocation,
  detail: string,
): never {
  throw new PolicyError(kind, field, location, detail);
}

/**
 * Membership in an open set: `hit` is the set's bits for the member asked about. A member the set names is
 * in it; any other answers `unknown` (the sources name only some members), never `false`.
 */
export function named(hit: number, field: string, location: PolicyLocation): boolean {
  if (hit === 0) fail('unknown', field, location, `the open set \`${field}\` does not name this member: the sources leave the answer unknown`);
  return true;
}

/**
 * Reads a value that some rule may declare `not applicable` (null). Using an
 * absent value in a computation is an error, never a silent 0.
 */
export function need<T>(value: T | null, field: string, location: PolicyLocation): T {
  if (value === null) fail('not_applicable', field, location, `\`${field}\` is not applicable to this input but another rule needs it`);
  return value;
}
