/**
 * Issue 9 item 7: every string the CLI prints to people comes from the message
 * catalogue (src/cli/messages.ts, src/cli/messages-explain.ts) in English and
 * Chinese. One test reads the CLI's sources and fails on words written
 * straight into an output call; one checks that both languages have every entry
 * with the same placeholders and proper English plurals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/cli/messages.js';
import { repoRoot } from '../support/golden.js';

const cliDir = join(repoRoot, 'src', 'cli');
/** the catalogue itself, and the machine-readable reporters (JUnit XML and TAP keywords are part of those formats, like JSON keys) */
const exempt = new Set(['messages.ts', 'messages-explain.ts', 'messages-help.ts', 'reporters.ts']);

/** Calls whose arguments reach the user: stream writes, console, and the line lists the renderers join and print. */
const OUTPUT_CALL = /(?:\.write|^console\.\w+|^(?:lines|out)\.push)$/;

/** Words (Latin or CJK) in the literal text of an output call's arguments; `${…}` holes are not literal text. */
export function wordsInOutputCalls(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const literalText = (n: ts.Node): string | undefined =>
    ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) ? n.text : undefined;
  /** a literal compared with (`kind === 'money'`) or used as a key is not output text */
  const isTest = (n: ts.Node): boolean =>
    (ts.isBinaryExpression(n.parent) && /^[!=]==?$/.test(n.parent.operatorToken.getText(sf))) || ts.isCaseClause(n.parent) || ts.isElementAccessExpression(n.parent);
  const scan = (n: ts.Node, call: string): void => {
    const t = literalText(n);
    if (t !== undefined && !isTest(n) && /[A-Za-z]{2,}|\p{Script=Han}/u.test(t)) {
      const { line } = sf.getLineAndCharacterOfPosition(n.getStart());
      found.push(`${fileName}:${line + 1}: ${call}(… ${JSON.stringify(t)} …)`);
    }
    // a catalogue call inside an output call is fine, and so is what it is given
    if (ts.isCallExpression(n) && /^(?:m|msg|messages\(.*\))\.\w+$/.test(n.expression.getText(sf))) return;
    n.forEachChild((c) => scan(c, call));
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && OUTPUT_CALL.test(n.expression.getText(sf))) {
      for (const a of n.arguments) scan(a, n.expression.getText(sf));
    }
    n.forEachChild(visit);
  };
  visit(sf);
  return found;
}

describe('the CLI message catalogue', () => {
  it('no word reaches stdout or stderr from outside the catalogue', () => {
    const files = readdirSync(cliDir).filter((f) => f.endsWith('.ts') && !exempt.has(f));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => wordsInOutputCalls(`src/cli/${f}`, readFileSync(join(cliDir, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scan catches a literal, a template and console output, and passes catalogue calls and formatting', () => {
    const src = [
      "process.stderr.write(`error: cannot read ${f}\\n`);",
      "process.stdout.write('amounts in yuan\\n');",
      'console.log(`已检查 ${n} 个文件`);',
      "lines.push(`  ${m.because}: ${label}`);",
      'process.stderr.write(`${m.error(`${file}: ${p}`)}\\n`);',
      "process.stdout.write(JSON.stringify(doc, null, 2) + '\\n');",
      "lines.push(`  ${s.ty.k === 'money' ? m.yuan(a, p) : a}`);",
    ].join('\n');
    expect(wordsInOutputCalls('x.ts', src)).toEqual([
      'x.ts:1: process.stderr.write(… "error: cannot read " …)',
      'x.ts:2: process.stdout.write(… "amounts in yuan\\n" …)',
      'x.ts:3: console.log(… "已检查 " …)',
      'x.ts:3: console.log(… " 个文件" …)',
    ]);
  });

  const en = messages('en') as unknown as Record<string, unknown>;
  const zh = messages('zh') as unknown as Record<string, unknown>;

  /** Each entry rendered with distinct markers for its parameters (numbers, so plural and unit choices still work). */
  const render = (v: unknown, arity: number): string => {
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.join('|');
    const args = Array.from({ length: arity }, (_, i) => 9001 + i);
    return String((v as (...a: unknown[]) => unknown)(...args));
  };
  const markers = (s: string): string[] => [...new Set(s.match(/900\d/g) ?? [])].sort();

  it('every entry has English and Chinese text with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      const e = en[k];
      const z = zh[k];
      expect(typeof z, k).toBe(typeof e);
      const arity = typeof e === 'function' ? e.length : 0;
      if (typeof e === 'function') expect((z as (...a: unknown[]) => string).length, `${k}: parameters`).toBe(arity);
      const [te, tz] = [render(e, arity), render(z, arity)];
      expect(markers(tz), `${k}: ${te} / ${tz}`).toEqual(markers(te));
      expect(tz.trim(), k).not.toBe('');
      if (Array.isArray(e)) expect((z as unknown[]).length, k).toBe(e.length);
    }
  });

  it('English plurals follow the count; Chinese uses measure words', () => {
    const m = messages('en');
    expect(m.checked(1, 1, 'x')).toBe('checked 1 file, 1 region: x');
    expect(m.checked(2, 3, 'x')).toBe('checked 2 files, 3 regions: x');
    expect(m.summary(1, 0)).toBe('1 error, 0 warnings');
    expect(m.upToDate(1)).toBe('generated code is up to date (1 file)');
    expect(m.upToDate(27)).toBe('generated code is up to date (27 files)');
    expect(m.built(1, 'g', 1)).toBe('built 1 region into g/ (1 file changed)');
    expect(m.stepsTitle(1, 1)).toBe('steps (1 step; 1 that does not contribute to an output omitted):');
    expect(m.stepsTitle(2, 3)).toBe('steps (2 steps; 3 that do not contribute to an output omitted):');
    expect(m.years('1')).toBe('1 year');
    expect(messages('zh').checked(2, 3, 'x')).toBe('已检查 2 个文件、3 个地区：x');
  });
});
