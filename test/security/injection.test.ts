/**
 * Names and strings from policy files cannot inject code into generated
 * TypeScript. Hostile text is placed in every free-text position a policy
 * has (title, citation notes, test names, comments, Chinese text); the
 * generated module must contain it only inside string literals or comments,
 * and must behave exactly like the same policy without it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { generateRegion } from '../../src/codegen/from-ir.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { compile } from '../../src/index.js';

const payloads = ['"; process.exit(1); //', "'); process.exit(1); ('", '*/ process.exit(1); /*', '${process.exit(1)}', '`+process.exit(1)+`', '\\"; process.exit(1); //', '\u2028process.exit(1)'];

function policy(hostile: boolean): string {
  const p = (i: number): string => (hostile ? payloads[i % payloads.length]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : 'plain');
  return `# ${hostile ? '*/ process.exit(1); /* 注释' : 'comment'}
region evil cite "${p(0)}"
  title "${p(1)}"
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, retired
  input base: money per month
  input month: month
  parameter rate_a: rate = 2%                 cite "${p(2)}", F001
  output credit: money per month              cite "${p(3)}"
    for employed: round(base * rate_a)        cite "${p(4)}"
    for retired: 0                            cite "${p(5)}"
  test "${p(6)}"
    given status = employed, base = 100.00, month = 2023-01
    expect credit = 2.00
`;
}

function generate(text: string): string {
  const c = compile([{ path: 'policies/evil.policy', text }]);
  expect(c.diagnostics.map((d) => d.code)).toEqual([]);
  const sink = new DiagnosticSink();
  const runtime = resolve('src/runtime/index.ts').replace(/\\/g, '/');
  const mod = generateRegion(c.regions[0]!, sink, undefined, { runtime });
  expect(sink.items).toEqual([]);
  return mod!.text;
}

it('hostile strings appear only inside string literals and comments', () => {
  const text = generate(policy(true));
  const sf = ts.createSourceFile('evil.ts', text, ts.ScriptTarget.ES2022, true);
  const calls: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === 'process') calls.push(n.getText());
    ts.forEachChild(n, visit);
  };
  visit(sf);
  expect(calls).toEqual([]);
  // every payload survived, verbatim, as data
  const strings: string[] = [];
  const collect = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) strings.push(n.text);
    ts.forEachChild(n, collect);
  };
  collect(sf);
  // citations of declarations and cases (payloads 2..5) are kept as data for explanations
  for (const p of payloads.slice(2, 6)) expect(strings.some((s) => s.includes(p)), p).toBe(true);
  expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
});

it('a module generated from hostile text behaves exactly like the plain one', async () => {
  const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'evil-'));
  const load = async (name: string, text: string): Promise<{ evaluate(i: object): { credit: number } }> => {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, generate(text));
    return (await import(file)) as { evaluate(i: object): { credit: number } };
  };
  const evil = await load('evil', policy(true));
  const plain = await load('plain', policy(false));
  for (const input of [
    { status: 'employed', base: 12345, month: '2023-01' },
    { status: 'retired', base: 0, month: '2021-05' },
  ]) {
    expect(evil.evaluate(input)).toEqual(plain.evaluate(input));
  }
  expect(readFileSync(join(dir, 'evil.ts'), 'utf8')).toContain('process.exit(1)'); // present, but only as data
});
