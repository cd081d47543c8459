/**
 * Identifier mangling for generated TypeScript. Policy names are already
 * restricted to [A-Za-z_][A-Za-z0-9_]* by the lexer; here they become
 * camelCase locals that cannot collide with keywords or runtime helpers.
 * Any text from a policy that reaches generated code goes through
 * `stringLiteral` or `commentText`, never raw.
 */
const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await async of any unknown never undefined NaN Infinity ' +
    'arguments eval Math Number String Object Array Symbol input options steps out'
  ).split(' '),
);

export function camel(name: string): string {
  const parts = name.split('_').filter(Boolean);
  const c = parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('') || 'value';
  return reserved.has(c) || /^(fail|parseMonth|round|trace|LOC|H_)/.test(c) ? `${c}_` : c;
}

export function pascal(name: string): string {
  const c = camel(name).replace(/_$/, '');
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** A safe TypeScript string literal for any text. */
export function stringLiteral(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
