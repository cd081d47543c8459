/** Argument parsers for numeric options: a bad value is a usage error from commander (exit 2), never NaN downstream. */
import { InvalidArgumentError } from 'commander';

/** A whole number at least `min` (and a safe integer). */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number${min > 0 ? ` of at least ${min}` : min === 0 ? ' (0 or more)' : ''}.`);
    return n;
  };
}

/** Any whole number that fits a 32-bit seed. */
export function seed(value: string): number {
  const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < -(2 ** 31) || n >= 2 ** 32) throw new InvalidArgumentError('expected a whole number (a 32-bit seed).');
  return n;
}

/** A percentage from 0 to 100 (decimals allowed). */
export function percent(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new InvalidArgumentError('expected a percentage from 0 to 100.');
  return n;
}

/** A regular expression (`--grep`); a malformed one is a usage error. */
export function pattern(value: string): RegExp {
  try {
    return new RegExp(value);
  } catch (e) {
    throw new InvalidArgumentError(`expected a regular expression (${(e as Error).message}).`);
  }
}

/**
 * Whether to colour output, as the ecosystem does (picocolors, supports-color):
 * `--no-color`/`--color` win, then a non-empty NO_COLOR turns colour off, then
 * FORCE_COLOR (other than 0/false) turns it on, else colour iff the stream is
 * a terminal that is not TERM=dumb.
 */
export function wantColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}
