/** `policyc facts`: every FACTS id traced to the policy lines citing it, out-of-scope declarations, the summary, JSON and --strict. */
import { describe, expect, it } from 'vitest';
import { policyc, STACK_FRAME } from './run-cli.js';

const dir = 'test/cli/fixtures/facts';
const parent = `${dir}/parent.policy`;
const child = `${dir}/child.policy`;

/** The block of one id in the text output: its header line and the indented site lines after it. */
function block(stdout: string, id: string): string[] {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${id}  `));
  if (at < 0) return [];
  const out = [lines[at]!];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith('    ')) break;
    out.push(l);
  }
  return out;
}

const summaryLine = (stdout: string): string => stdout.trimEnd().split('\n').pop()!;

interface Doc {
  schema: string;
  ids: { id: string; status: string; sites: { file: string; line: number; region: string; kind: string; name: string; guard?: string }[]; outOfScope: { file: string; line: number; region: string; reason: string }[] }[];
  summary: Record<'F' | 'C' | 'T' | 'I', { traced: number; outOfScope: number; notTraced: number; total: number }>;
  diagnostics: { code: string }[];
}

describe('policyc facts on a small fixture set', () => {
  it('lists the lines citing each id, out-of-scope declarations and what is not traced, then a summary', async () => {
    const r = await policyc(['facts', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(block(r.stdout, 'F001')).toEqual(['F001  computed', `    ${parent}:4  input base`, `    ${parent}:5  parameter rate`]);
    expect(block(r.stdout, 'F003')).toEqual(['F003  computed', `    ${parent}:6  output a`]);
    expect(block(r.stdout, 'F019')).toEqual(['F019  computed', `    ${parent}:7  case \`when base > 1000.00\` of a`]);
    // cited only by a test: listed, but no declaration computes it
    expect(block(r.stdout, 'F036')).toEqual(['F036  not traced', `    ${parent}:9  test "one"`]);
    expect(block(r.stdout, 'F002')).toEqual(['F002  not traced']);
    expect(block(r.stdout, 'F137')).toEqual(['F137  out of scope', `    ${parent}:14  out of scope in region facts_parent: "hotlines and records"`]);
    expect(block(r.stdout, 'F128')).toEqual(['F128  out of scope', `    ${child}:5  out of scope in region facts_child: "history"`]);
    expect(block(r.stdout, 'C04')).toEqual(['C04  modelled', `    ${parent}:1  region facts_parent`]);
    expect(block(r.stdout, 'C29')).toEqual(['C29  modelled', `    ${parent}:2  rounding facts_parent`]);
    expect(block(r.stdout, 'T01')).toEqual(['T01  tested', `    ${parent}:9  test "one"`]);
    expect(block(r.stdout, 'T02')).toEqual(['T02  tested', `    ${child}:2  test "child"`]);
    expect(block(r.stdout, 'I02')).toEqual(['I02  checked', `    ${parent}:12  invariant "never negative"`]);
    // every catalogue id once, in order F, C, T, I
    const heads = r.stdout.split('\n').filter((l) => /^[FCTI]\d{2,3} {2}/.test(l)).map((l) => l.split(' ')[0]);
    expect(heads).toHaveLength(140 + 31 + 39 + 15);
    expect([heads[0], heads[139], heads[140], heads[170], heads[171], heads[209], heads[210], heads[224]]).toEqual(['F001', 'F140', 'C01', 'C31', 'T01', 'T39', 'I01', 'I15']);
    expect(summaryLine(r.stdout)).toBe(
      'F: 3 computed, 3 out of scope, 134 not traced of 140; C: 2 modelled, 29 not traced of 31; T: 2 tested, 37 not traced of 39; I: 1 checked, 14 not traced of 15',
    );
  });

  it('--strict exits 1 when a rule, test or invariant is not traced, saying how many', async () => {
    const r = await policyc(['facts', '--strict', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: --strict: ${134 + 37 + 14} rule, test or invariant ids are not traced\n`);
    expect(summaryLine(r.stdout)).toMatch(/^F: 3 computed/);
  });

  it('--format json gives the same trace as one document', async () => {
    const r = await policyc(['--format', 'json', 'facts', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.schema).toBe('policyc-facts/1');
    expect(doc.summary).toEqual({
      F: { traced: 3, outOfScope: 3, notTraced: 134, total: 140 },
      C: { traced: 2, outOfScope: 0, notTraced: 29, total: 31 },
      T: { traced: 2, outOfScope: 0, notTraced: 37, total: 39 },
      I: { traced: 1, outOfScope: 0, notTraced: 14, total: 15 },
    });
    const f019 = doc.ids.find((x) => x.id === 'F019')!;
    expect(f019).toEqual({ id: 'F019', status: 'computed', sites: [{ file: parent, line: 7, region: 'facts_parent', kind: 'case', name: 'a', guard: 'when base > 1000.00' }], outOfScope: [] });
    expect(doc.ids.find((x) => x.id === 'F138')).toEqual({
      id: 'F138',
      status: 'out_of_scope',
      sites: [],
      outOfScope: [{ file: parent, line: 14, region: 'facts_parent', reason: 'hotlines and records' }],
    });
    expect(doc.diagnostics).toEqual([]);
  });

  it('prints a rule both out of scope and computed as computed, with the PD2031 warning on stderr', async () => {
    const file = 'test/cli/fixtures/facts-conflict.policy';
    const r = await policyc(['--format', 'short', 'facts', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`${file}:6:16: warning PD2031: \`F139\` is declared out of scope, but \`output a\` cites it as computed; choose one: drop the citation or the declaration\n`);
    expect(block(r.stdout, 'F139')).toEqual([
      'F139  computed',
      `    ${file}:6  out of scope in region facts_conflict: "a count of insured persons"`,
      `    ${file}:5  output a`,
    ]);
  });

  it('exits 1 with the diagnostics and no trace when the policies have errors', async () => {
    const bad = 'test/golden/syntax/bad/out-of-scope-without-reason.policy';
    const r = await policyc(['facts', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error PD1014: in `out of scope`: a reason is required');
    expect(r.stderr).not.toContain(STACK_FRAME);
  });

  it('exits 2 when FACTS.md cannot be found', async () => {
    const r = await policyc(['facts', dir], { POLICYC_FACTS: '/nonexistent/FACTS.md' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: FACTS.md not found: put shared/domain/FACTS.md beside the policies or the working folder, or set POLICYC_FACTS to its path\n');
  });

  it('--lang zh prints statuses and the summary in Chinese', async () => {
    const r = await policyc(['--lang', 'zh', 'facts', dir]);
    expect(r.status).toBe(0);
    expect(block(r.stdout, 'F019')).toEqual(['F019  已计算', `    ${parent}:7  a 的情形 \`when base > 1000.00\``]);
    expect(block(r.stdout, 'F137')[0]).toBe('F137  不在范围内');
    expect(summaryLine(r.stdout)).toBe('F：已计算 3，不在范围内 3，未追溯 134，共 140；C：已建模 2，未追溯 29，共 31；T：已测试 2，未追溯 37，共 39；I：已检查 1，未追溯 14，共 15');
  });
});

describe('policyc facts on policies/', () => {
  it('traces known facts to their lines and gives a consistent summary', async () => {
    const r = await policyc(['facts']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m = /^F: (\d+) computed, (\d+) out of scope, (\d+) not traced of 140; C: (\d+) modelled, (\d+) not traced of 31; T: (\d+) tested, (\d+) not traced of 39; I: (\d+) checked, (\d+) not traced of 15$/.exec(summaryLine(r.stdout));
    expect(m).not.toBeNull();
    const n = m!.slice(1).map(Number);
    expect(n[0]! + n[1]! + n[2]!).toBe(140);
    expect(n[3]! + n[4]!).toBe(31);
    expect(n[5]! + n[6]!).toBe(39);
    expect(n[7]! + n[8]!).toBe(15);
    expect(block(r.stdout, 'F036')[0]).toBe('F036  computed');
    expect(block(r.stdout, 'F036')).toContainEqual(expect.stringMatching(/^ {4}policies\/national\.policy:\d+ {2}parameter reform_date$/));
    expect(block(r.stdout, 'T01')[0]).toBe('T01  tested');
    expect(block(r.stdout, 'T01')).toContainEqual(expect.stringMatching(/^ {4}policies\/national\.policy:\d+ {2}test "T01 /));
    expect(block(r.stdout, 'I02')[0]).toBe('I02  checked');
    expect(block(r.stdout, 'I02')).toContainEqual(expect.stringMatching(/^ {4}policies\/national\.policy:\d+ {2}invariant "I02 /));
  });

  it('declares out of scope only what FACTS itself keeps out of computation (section M, C22 history)', async () => {
    const r = await policyc(['--format', 'json', 'facts']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    const declared = doc.ids.filter((x) => x.outOfScope.length > 0);
    const sectionM = Array.from({ length: 10 }, (_, i) => `F${131 + i}`);
    // FACTS' own non-computations, and (issue 11) rules no policy can compute, each with its reason:
    // F058 an approximate national figure, F064 an example tier with no tier table
    expect(declared.map((x) => x.id).sort()).toEqual(['F058', 'F064', 'F128', 'F129', ...sectionM]);
    for (const x of declared) {
      expect(x.status, x.id).toBe('out_of_scope'); // no policy line computes it
      expect(x.outOfScope[0]!.reason.length, x.id).toBeGreaterThan(20);
    }
    expect(doc.diagnostics).toEqual([]);
    expect(doc.summary.F.outOfScope).toBe(14);
  });
});
