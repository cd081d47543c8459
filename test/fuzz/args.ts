/** Command-line options of the fuzzing scripts: `--name value` pairs and bare flags. */
export const argv = process.argv.slice(2);

/** The value after `--name`, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}
