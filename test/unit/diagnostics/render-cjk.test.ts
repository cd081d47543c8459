/** Carets line up under names that follow Chinese text: wide characters take two terminal columns. */
import { describe, expect, it } from 'vitest';
import { compile, renderDiagnostics } from '../../../src/index.js';

/** Terminal columns, computed independently of the renderer: CJK ideographs, full-width forms and U+3000 take two. */
const columns = (s: string): number =>
  [...s].reduce(
    (w, ch) =>
      w + (/[\u1100-\u115f\u2e80-\u303f\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1),
    0,
  );

function caretUnder(line: string, name: string): { caretCol: number; caretLen: number; nameCol: number } {
  const text = `region demo\n  horizon from 2020-01\n  input status: one of employed, retired\n  output is_retired: boolean = status is retired\n${line}\n    expect is_retired = true\n  rounding half_up to fen\n`;
  const r = compile([{ path: 'cjk.policy', text }]);
  expect(r.diagnostics.map((d) => d.code)).toEqual(['PD2007']);
  const out = renderDiagnostics(r.diagnostics, r.sources, { format: 'pretty', lang: 'en', color: false, maxPerFile: 50 }).split('\n');
  const src = out.findIndex((l) => l.startsWith('5 | '));
  const marks = out[src + 1]!;
  expect(marks.startsWith('  | ')).toBe(true);
  const pad = marks.slice(4);
  return { caretCol: pad.indexOf('^'), caretLen: (/\^+/.exec(pad) ?? [''])[0].length, nameCol: columns(line.slice(0, line.indexOf(name))) };
}

describe('caret alignment after wide characters', () => {
  it.each([
    ['ASCII only', '  test "retiree" given status = retird'],
    ['Chinese test name', '  test "退休人员" given status = retird'],
    ['full-width brackets', '  test "退休人员（养老金）" given status = retird'],
    ['ideographic space', '  test "退休"\u3000given status = retird'],
  ])('%s', (_label, line) => {
    const { caretCol, caretLen, nameCol } = caretUnder(line, 'retird');
    expect(caretCol).toBe(nameCol);
    expect(caretLen).toBe('retird'.length);
  });

  it('reports the column in characters, not bytes or display columns', () => {
    const r = compile([{ path: 'c.policy', text: 'region demo\n  title "上海"  horizon from 2020-13\n  rounding half_up to fen\n' }]);
    const line = renderDiagnostics(r.diagnostics, r.sources, { format: 'short', lang: 'en', color: false, maxPerFile: 50 });
    // 27 characters precede the month; in display columns it would be 29, in UTF-8 bytes 31
    expect(line).toBe('c.policy:2:28: error PD1005: `2020-13` is not a calendar month (expected YYYY-MM with month 01..12)\n');
  });

  it('underlines a wide unexpected character with two carets', () => {
    const r = compile([{ path: 'w.policy', text: 'region demo\n  horizon from 2020-01；\n' }]);
    const out = renderDiagnostics(r.diagnostics, r.sources, { format: 'pretty', lang: 'en', color: false, maxPerFile: 50 });
    expect(out).toContain('2 |   horizon from 2020-01；\n  |                       ^^\n');
  });
});
