/** Cold-path input rejection for generated evaluators. Each function throws a PolicyError. */
import { fail, type PolicyLocation } from './errors.js';
import { formatMonth } from './month.js';

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return typeof v;
}

/** A number field that is not an integer, or lies outside [low, high]. */
export function badNumber(field: string, value: unknown, low: number, high: number, unit: string, at: PolicyLocation): never {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return fail('invalid_input', field, at, `\`${field}\` must be a whole number of ${unit}, got ${show(value)}`);
  }
  return fail('out_of_domain', field, at, `\`${field}\` = ${value} ${unit} is outside the declared domain ${low}..${high}`);
}

/** An enum field that is not one of its members. */
export function badMember(field: string, value: unknown, members: readonly string[], at: PolicyLocation): never {
  return fail('invalid_input', field, at, `\`${field}\` must be one of ${members.join(', ')}, got ${show(value)}`);
}

/** A month field that is malformed (index < 0) or outside the horizon. */
export function badMonth(field: string, value: unknown, index: number, start: number, end: number, at: PolicyLocation): never {
  if (index < 0) return fail('invalid_input', field, at, `\`${field}\` must be a month written YYYY-MM, got ${show(value)}`);
  const range = `${formatMonth(start)}..${end >= 9999 * 12 ? '' : formatMonth(end)}`;
  return fail('out_of_horizon', field, at, `\`${field}\` = ${formatMonth(index)} is outside the region's horizon ${range}`);
}

/** A boolean field that is not a boolean. */
export function badBoolean(field: string, value: unknown, at: PolicyLocation): never {
  return fail('invalid_input', field, at, `\`${field}\` must be true or false, got ${show(value)}`);
}

/**
 * A rate input, passed exactly as `{ num, den }` (safe integers, `den > 0`, like
 * rate outputs), as an integer numerator over the evaluator's fixed
 * denominator `scale`. NaN when the value is not such a pair or is not a whole
 * multiple of `1/scale`, so the caller's integer test rejects it.
 */
export function rateNumerator(value: unknown, scale: number): number {
  if (typeof value !== 'object' || value === null) return Number.NaN;
  const num = (value as { num?: unknown }).num;
  const den = (value as { den?: unknown }).den;
  if (typeof num !== 'number' || typeof den !== 'number' || !Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return Number.NaN;
  if (scale % den === 0) {
    const x = num * (scale / den);
    return Number.isSafeInteger(x) ? x : Number.NaN;
  }
  const n = BigInt(num) * BigInt(scale);
  const d = BigInt(den);
  if (n % d !== 0n) return Number.NaN;
  const x = Number(n / d);
  return Number.isSafeInteger(x) ? x : Number.NaN;
}

/** A rate field that is not an exact `{ num, den }` multiple of `1/scale`, or lies outside [low, high] (numerators over `scale`). */
export function badRate(field: string, value: unknown, scale: number, low: number, high: number, at: PolicyLocation): never {
  const x = rateNumerator(value, scale);
  const pct = (n: number): string => `${(n * 100) / scale}%`;
  if (Number.isNaN(x)) {
    return fail('invalid_input', field, at, `\`${field}\` must be an exact rate { num, den } (whole numbers, den > 0) in steps of 1/${scale}, got ${showRate(value)}`);
  }
  return fail('out_of_domain', field, at, `\`${field}\` = ${showRate(value)} is outside the declared domain ${pct(low)}..${pct(high)}`);
}

function showRate(v: unknown): string {
  if (typeof v === 'object' && v !== null && 'num' in v && 'den' in v) return `${show((v as { num: unknown }).num)}/${show((v as { den: unknown }).den)}`;
  return show(v);
}

const has = Object.prototype.hasOwnProperty;

/** Whether `o` has `key` as an own property: inherited fields never count as input. */
export function hasOwn(o: object, key: string): boolean {
  return has.call(o, key);
}

/**
 * Rejects what is not an object of input fields (null, a number, an array) and
 * fields that are missing or only inherited through the prototype chain.
 */
export function badShape(value: unknown, fields: readonly string[], at: readonly PolicyLocation[], what = 'input'): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('invalid_input', fields[0] ?? what, at[0]!, `the ${what} must be an object of the region's inputs, got ${Array.isArray(value) ? 'an array' : show(value)}`);
  }
  fields.forEach((f, k) => {
    if (!has.call(value, f)) fail('invalid_input', f, at[k]!, `\`${f}\` is missing${f in value ? ' (an inherited property does not count)' : ''}`);
  });
}

/** A batch that is not an array. */
export function badBatch(value: unknown, field: string, at: PolicyLocation): never {
  return fail('invalid_input', field, at, `a batch must be an array of inputs, got ${show(value)}`);
}

/** One field of a list input's items, as generated evaluators check it. */
export interface FieldSpec {
  readonly name: string;
  /** `member`: one of `members`; `whole`: an integer in low..high (fen, years, …); `flag`: true or false */
  readonly kind: 'member' | 'whole' | 'flag';
  readonly members?: readonly string[];
  readonly low?: number;
  readonly high?: number;
  readonly unit?: string;
}

/** Why item `item` is not a valid item, naming the field (`category`), or undefined when it is valid. */
function itemFault(item: unknown, fields: readonly FieldSpec[]): { field: string; kind: 'invalid_input' | 'out_of_domain'; detail: string } | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { field: '', kind: 'invalid_input', detail: `must be an object of the record's fields, got ${Array.isArray(item) ? 'an array' : show(item)}` };
  for (const f of fields) {
    if (!has.call(item, f.name)) return { field: f.name, kind: 'invalid_input', detail: 'is missing' };
    const v = (item as Record<string, unknown>)[f.name];
    if (f.kind === 'member' && !f.members!.includes(v as string)) return { field: f.name, kind: 'invalid_input', detail: `must be one of ${f.members!.join(', ')}, got ${show(v)}` };
    if (f.kind === 'flag' && v !== true && v !== false) return { field: f.name, kind: 'invalid_input', detail: `must be true or false, got ${show(v)}` };
    if (f.kind === 'whole') {
      if (typeof v !== 'number' || !Number.isInteger(v)) return { field: f.name, kind: 'invalid_input', detail: `must be a whole number of ${f.unit ?? 'units'}, got ${show(v)}` };
      if (v < f.low! || v > f.high!) return { field: f.name, kind: 'out_of_domain', detail: `= ${v} ${f.unit ?? ''} is outside the declared domain ${f.low}..${f.high}`.replace('  ', ' ') };
    }
  }
  return undefined;
}

/** Whether `value` is an array of `low..high` valid items (the hot path's test; allocates nothing for a valid list). */
export function listOk(value: unknown, low: number, high: number, fields: readonly FieldSpec[]): boolean {
  if (!Array.isArray(value) || value.length < low || value.length > high) return false;
  for (let k = 0; k < value.length; k++) if (itemFault(value[k], fields) !== undefined) return false;
  return true;
}

/** Throws for a list input that is not an array, has a length outside `low..high`, or an invalid item (naming `members[2].category`). */
export function badList(field: string, value: unknown, low: number, high: number, fields: readonly FieldSpec[], at: PolicyLocation): void {
  if (!Array.isArray(value)) fail('invalid_input', field, at, `\`${field}\` must be an array of items, got ${show(value)}`);
  if (value.length < low || value.length > high) fail('out_of_domain', field, at, `\`${field}\` has ${value.length} items, outside the declared length ${low}..${high}`);
  for (let k = 0; k < value.length; k++) {
    const f = itemFault(value[k], fields);
    if (f) {
      const path = `${field}[${k}]${f.field ? `.${f.field}` : ''}`;
      fail(f.kind, path, at, `\`${path}\` ${f.detail}`);
    }
  }
}
