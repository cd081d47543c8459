/** Argument parsers for numeric options: a bad value is a usage error from commander (exit 2), never NaN downstream. */
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { messages } from './messages.js';

/** The numeric and pattern option parsers, with their messages in `lang`. */
export function argParsers(lang: Lang) {
  const m = messages(lang);
  return {
    /** A whole number at least `min` (and a safe integer). */
    wholeNumber(min: number): (value: string) => number {
      return (value) => {
        const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
        if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(m.expectedWhole(min));
        return n;
      };
    },
    /** Any whole number that fits a 32-bit seed. */
    seed(value: string): number {
      const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n) || n < -(2 ** 31) || n >= 2 ** 32) throw new InvalidArgumentError(m.expectedSeed);
      return n;
    },
    /** A percentage from 0 to 100 (decimals allowed). */
    percent(value: string): number {
      const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
      if (!(n >= 0 && n <= 100)) throw new InvalidArgumentError(m.expectedPercent);
      return n;
    },
    /** A regular expression (`--grep`); a malformed one is a usage error. */
    pattern(value: string): RegExp {
      try {
        return new RegExp(value);
      } catch (e) {
        throw new InvalidArgumentError(m.expectedPattern((e as Error).message));
      }
    },
  };
}

/** The language asked for on the command line (`--lang zh`, `--lang=zh`), before commander parses it: argument errors and internal errors use it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang' && argv[i + 1] === 'zh') return 'zh';
    if (argv[i] === '--lang=zh') return 'zh';
  }
  return 'en';
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
