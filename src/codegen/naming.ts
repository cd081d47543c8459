/**
 * Identifier mangling for generated TypeScript. Policy names are restricted
 * to [A-Za-z_][A-Za-z0-9_]* by the lexer; here they become camelCase locals.
 * Every identifier of a generated module — the generator's own (helpers,
 * locals, globals it calls) and those derived from policy names — is taken
 * from one `Names` per module, seeded first with everything the generator
 * itself writes, so a policy name can never shadow or redeclare one of them:
 * it gets a numbered suffix instead (`input first` → local `first2`).
 * Any text from a policy that reaches generated code goes through
 * `stringLiteral` or `commentText`, never raw.
 */

/** JavaScript/TypeScript reserved and contextual words that cannot or should not name a binding. */
const KEYWORDS =
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
  'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
  'implements interface package private protected public await async of as from type declare namespace module abstract ' +
  'readonly keyof infer is asserts satisfies unique global get set constructor any unknown never undefined NaN Infinity ' +
  'arguments eval string number boolean symbol bigint object';

/** Globals and type names that generated code refers to (or might). */
const GLOBALS =
  'Math Number String Boolean Object Array Symbol BigInt JSON Error TypeError RangeError Date Map Set WeakMap Promise Reflect Proxy ' +
  'Float64Array Float32Array Int32Array Uint32Array Int16Array Uint16Array Int8Array Uint8Array Uint8ClampedArray ArrayBuffer ' +
  'globalThis console process require exports window self isNaN isFinite parseInt parseFloat ' +
  'Omit Pick Partial Required Readonly Record Exclude Extract ReadonlyArray NonNullable ReturnType Parameters';

/** Names the generator writes itself: runtime imports, module-level helpers and exports, and locals. */
const GENERATOR =
  'need fail parseMonth formatMonth hasOwn badShape badBatch badNumber badMember badMonth badBoolean badRate rateNumerator atRow monthText columnarRows columnCount columnarResult monthCount memberOf flagOf roundHalfUp roundHalfEven roundTruncate ' +
  'EvaluateOptions PolicyLocation Rate TraceStep Traced StepInfo Input Output PersonColumns ColumnarResult H_START H_END ' +
  'region source record recordMonth band run runTraced evaluateTraced check invalid evaluate evaluateMany evaluateColumnar evaluateMonths compute computeTraced ' +
  'computeLazy Failed attempt settle ' +
  'stateIn unwrap stateOf monthStateOf citePrevious timelineLength badTimeline timelineCount timelineRows PreviousValue ' +
  'stepMonth stepMonthLazy stepMonthTraced runMonth timelineTraced evaluateTimeline evaluateTimelineColumnar TimelineColumns timelineKernel ' +
  'input options t steps value rows out k person from to first last info den starts lo hi mid x index regions RegionName ' +
  'it acc listOk badList';

export const GENERATOR_NAMES: readonly string[] = [...new Set(`${KEYWORDS} ${GLOBALS} ${GENERATOR}`.split(' '))];

export class Names {
  private readonly used = new Set<string>(GENERATOR_NAMES);
  take(base: string): string {
    let n = base;
    for (let i = 2; this.used.has(n); i++) n = `${base}${i}`;
    this.used.add(n);
    return n;
  }
}

export function camel(name: string): string {
  const parts = name.split('_').filter(Boolean);
  const c = parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
  return c === '' ? 'value_' : /^[0-9]/.test(c) ? `_${c}` : c;
}

export function pascal(name: string): string {
  const c = camel(name).replace(/^_/, '');
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** A safe TypeScript string literal for any text. */
export function stringLiteral(s: string): string {
  // JSON escapes C0 controls; DEL, C1 controls and the JS line separators are escaped here
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text safe inside a `//` or `/** *\/` comment: one line, no comment terminators, and no control or
 * bidirectional-override character (a NUL makes git treat the file as binary; an ESC or U+202E
 * changes what a reader sees): those are written out as `\u{1b}`.
 */
export function commentText(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\*\//g, '*\\/')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** A property key in an object literal: `__proto__` must be computed, or it would set the prototype. */
export function propertyKey(name: string): string {
  return name === '__proto__' ? `["__proto__"]` : name;
}
