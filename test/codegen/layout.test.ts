/**
 * The linear indenter that lays out generated modules: re-indenting every
 * committed module from scratch reproduces it exactly, and braces inside
 * strings and comments (which may carry policy text) do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/codegen/layout.js';
import { repoRoot } from '../support/golden.js';

const flat = (t: string): string => t.split('\n').map((l) => l.trimStart()).join('\n');

describe('layout', () => {
  for (const f of readdirSync(join(repoRoot, 'generated')).filter((x) => x.endsWith('.ts'))) {
    it(`re-lays out generated/${f} byte for byte`, () => {
      const text = readFileSync(join(repoRoot, 'generated', f), 'utf8');
      expect(layout(flat(text))).toBe(text);
    });
  }
  it('ignores brackets in strings and comments, indents case bodies and JSDoc', () => {
    const src = [
      'function f(x: string): number {',
      '// a comment with { an open brace',
      'const s = "}{ (";',
      "const t = '[{';",
      '/** doc {',
      '* more } */',
      'switch (x) {',
      'case "a":',
      'if (s) {',
      'return 1;',
      '}',
      'return 2;',
      'default:',
      'return 3;',
      '}',
      '}',
    ].join('\n');
    expect(layout(src)).toBe(
      [
        'function f(x: string): number {',
        '  // a comment with { an open brace',
        '  const s = "}{ (";',
        "  const t = '[{';",
        '  /** doc {',
        '   * more } */',
        '  switch (x) {',
        '    case "a":',
        '      if (s) {',
        '        return 1;',
        '      }',
        '      return 2;',
        '    default:',
        '      return 3;',
        '  }',
        '}',
      ].join('\n'),
    );
  });
});
