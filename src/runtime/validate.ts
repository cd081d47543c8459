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
