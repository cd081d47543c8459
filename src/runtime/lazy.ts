/**
 * Per-output failure for generated evaluators. An output that does not depend
 * on an `unspecified` or `not applicable` value is still computed; reading
 * one that does throws its {@link PolicyError}. Generated code takes this cold
 * path only after the plain (fast) path failed.
 */
import { PolicyError } from './errors.js';

/** A value that could not be computed, carrying the reason. */
export class Failed {
  constructor(readonly error: PolicyError) {}
}

/** Runs one rule; a rule failure becomes a {@link Failed} value (other errors propagate). */
export function attempt<T>(rule: () => T): T | Failed {
  try {
    return rule();
  } catch (e) {
    if (e instanceof PolicyError) return new Failed(e);
    throw e;
  }
}

/**
 * The output object: computed fields are plain properties; a failed field is
 * an enumerable getter that throws its error when read.
 */
export function settle<T extends object>(fields: Readonly<Record<string, unknown>>): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const v = fields[key];
    if (v instanceof Failed) {
      Object.defineProperty(out, key, {
        enumerable: true,
        get(): never {
          throw v.error;
        },
      });
    } else Object.defineProperty(out, key, { enumerable: true, value: v, writable: false });
  }
  return out as T;
}
