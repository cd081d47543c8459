/** Options every command takes, and the exit codes (kept apart so the CLI entry loads nothing else). */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { OutputFormat } from '../diagnostics/render.js';

export interface GlobalOptions {
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly color: boolean;
  readonly maxPerFile: number;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
