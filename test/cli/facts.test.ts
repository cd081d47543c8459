/** `policyc facts`: every FACTS id traced to the policy lines citing it, out-of-scope declarations, the summary, JSON and --strict. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyc, STACK_FRAME } from './run-cli.js';

/** The bad goldens (test/golden/<stage>/bad/*.diag.txt) whose output shows `code` as an error. */
function goldensShowing(code: string): string[] {
  const root = 'test/golden';
  return readdirSync(root).flatMap((stage) => {
    const bad = join(root, stage, 'bad');
    let files: string[] = [];
    try {
      files = readdirSync(bad).filter((f) => f.endsWith('.diag.txt'));
    } catch {
      return [];
    }
    return files.filter((f) => readFileSync(join(bad, f), 'utf8').includes(` error ${code}: `)).map((f) => join(bad, f));
  });
}

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

/** `F001` … `F140` */
const range = (letter: string, n: number, width: number): string[] => Array.from({ length: n }, (_, i) => `${letter}${String(i + 1).padStart(width, '0')}`);

interface Doc {
  schema: string;
  ids: { id: string; status: string; readings?: { region: string; notes: string[] }[]; guarantees?: unknown[]; sites: { file: string; line: number; region: string; kind: string; name: string; guard?: string }[]; outOfScope: { file: string; line: number; region: string; reason: string }[] }[];
  summary: Record<'F' | 'C' | 'T' | 'I', { traced: number; outOfScope: number; guaranteed: number; notTraced: number; total: number }>;
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
    // a contradiction lists its readings (the regions citing it) before the lines
    expect(block(r.stdout, 'C04')).toEqual(['C04  modelled', '    readings: facts_child ("another reading"), facts_parent ("one reading")', `    ${child}:1  region facts_child`, `    ${parent}:1  region facts_parent`]);
    expect(block(r.stdout, 'C29')).toEqual(['C29  modelled', '    readings: facts_parent', `    ${parent}:2  rounding facts_parent`]);
    expect(block(r.stdout, 'C01')).toEqual(['C01  not traced']);
    expect(block(r.stdout, 'T01')).toEqual(['T01  tested', `    ${parent}:9  test "one"`]);
    expect(block(r.stdout, 'T02')).toEqual(['T02  tested', `    ${child}:2  test "child"`]);
    expect(block(r.stdout, 'I02')).toEqual(['I02  checked', `    ${parent}:12  invariant "never negative"`]);
    expect(block(r.stdout, 'I01')).toEqual(['I01  guaranteed by the compiler', `    ${child}:6  guaranteed by the compiler (codes PD3005) in region facts_child: "every region declares its rounding"`]);
    // every catalogue id once, in order F, C, T, I
    const heads = r.stdout.split('\n').filter((l) => /^[FCTI]\d{2,3} {2}/.test(l)).map((l) => l.split(' ')[0]);
    expect(heads).toHaveLength(140 + 31 + 39 + 15);
    expect([heads[0], heads[139], heads[140], heads[170], heads[171], heads[209], heads[210], heads[224]]).toEqual(['F001', 'F140', 'C01', 'C31', 'T01', 'T39', 'I01', 'I15']);
    expect(summaryLine(r.stdout)).toBe(
      'F: 3 computed, 3 out of scope, 134 not traced of 140; C: 2 modelled, 29 not traced of 31; T: 2 tested, 37 not traced of 39; I: 1 checked, 1 guaranteed by the compiler, 13 not traced of 15',
    );
  });

  it('--strict exits 1 when a rule, test or invariant is not traced, saying how many and which', async () => {
    const r = await policyc(['facts', '--strict', dir]);
    expect(r.status).toBe(1);
    const traced = new Set(['F001', 'F003', 'F019', 'F128', 'F137', 'F138', 'T01', 'T02', 'I01', 'I02']);
    const all = [...range('F', 140, 3), ...range('T', 39, 2), ...range('I', 15, 2)];
    const untraced = all.filter((id) => !traced.has(id));
    expect(untraced).toHaveLength(134 + 37 + 13);
    // F036 is cited by a test only, so it is listed; no C id is (contradictions are not required)
    expect(untraced).toContain('F036');
    expect(r.stderr).toBe(`error: --strict: ${untraced.length} rule, test or invariant ids are not traced: ${untraced.join(', ')}\n`);
    expect(summaryLine(r.stdout)).toMatch(/^F: 3 computed/);
  });

  it('--format json gives the same trace as one document', async () => {
    const r = await policyc(['--format', 'json', 'facts', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.schema).toBe('policyc-facts/1');
    expect(doc.summary).toEqual({
      F: { traced: 3, outOfScope: 3, guaranteed: 0, notTraced: 134, total: 140 },
      C: { traced: 2, outOfScope: 0, guaranteed: 0, notTraced: 29, total: 31 },
      T: { traced: 2, outOfScope: 0, guaranteed: 0, notTraced: 37, total: 39 },
      I: { traced: 1, outOfScope: 0, guaranteed: 1, notTraced: 13, total: 15 },
    });
    const f019 = doc.ids.find((x) => x.id === 'F019')!;
    expect(f019).toEqual({ id: 'F019', status: 'computed', sites: [{ file: parent, line: 7, region: 'facts_parent', kind: 'case', name: 'a', guard: 'when base > 1000.00' }], outOfScope: [] });
    expect(doc.ids.find((x) => x.id === 'F138')).toEqual({
      id: 'F138',
      status: 'out_of_scope',
      sites: [],
      outOfScope: [{ file: parent, line: 14, region: 'facts_parent', reason: 'hotlines and records' }],
    });
    expect(doc.ids.find((x) => x.id === 'C04')?.readings).toEqual([
      { region: 'facts_child', notes: ['another reading'] },
      { region: 'facts_parent', notes: ['one reading'] },
    ]);
    expect(doc.ids.find((x) => x.id === 'C29')?.readings).toEqual([{ region: 'facts_parent', notes: [] }]);
    expect(doc.ids.find((x) => x.id === 'I01')).toEqual({
      id: 'I01',
      status: 'guaranteed',
      sites: [],
      outOfScope: [],
      guarantees: [{ file: child, line: 6, region: 'facts_child', codes: ['PD3005'], reason: 'every region declares its rounding' }],
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
    expect(block(r.stdout, 'I01')[0]).toBe('I01  由编译器保证');
    expect(summaryLine(r.stdout)).toBe('F：已计算 3，不在范围内 3，未追溯 134，共 140；C：已建模 2，未追溯 29，共 31；T：已测试 2，未追溯 37，共 39；I：已检查 1，由编译器保证 1，未追溯 13，共 15');
  });
});

describe('policyc facts on policies/', () => {
  it('traces known facts to their lines and gives a consistent summary', async () => {
    const r = await policyc(['facts']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m = /^F: (\d+) computed, (\d+) out of scope, (\d+) not traced of 140; C: (\d+) modelled, (\d+) not traced of 31; T: (\d+) tested, (\d+) not traced of 39; I: (\d+) checked, (\d+) guaranteed by the compiler, (\d+) not traced of 15$/.exec(summaryLine(r.stdout));
    expect(m).not.toBeNull();
    const n = m!.slice(1).map(Number);
    expect(n[0]! + n[1]! + n[2]!).toBe(140);
    expect(n[3]! + n[4]!).toBe(31);
    expect(n[5]! + n[6]!).toBe(39);
    expect(n[7]! + n[8]! + n[9]!).toBe(15);
    expect(block(r.stdout, 'F036')[0]).toBe('F036  computed');
    expect(block(r.stdout, 'F036')).toContainEqual(expect.stringMatching(/^ {4}policies\/national\.policy:\d+ {2}parameter reform_date$/));
    expect(block(r.stdout, 'T01')[0]).toBe('T01  tested');
    expect(block(r.stdout, 'T01')).toContainEqual(expect.stringMatching(/^ {4}policies\/national\.policy:\d+ {2}test "T01 /));
    expect(block(r.stdout, 'I02')[0]).toBe('I02  checked');
    expect(block(r.stdout, 'I02')).toContainEqual(expect.stringMatching(/^ {4}policies\/national\.policy:\d+ {2}invariant "I02 /));
    // C03: seed 004's claim that the ratio rises with age, proven false on its own table
    expect(block(r.stdout, 'C03')).toContainEqual(expect.stringMatching(/^ {4}policies\/seed004\/seed004-r2\.policy:\d+ {2}`not graded` claim of table band_rate, proven false$/));
    expect(block(r.stdout, 'F029')[0]).toBe('F029  computed');
    // C31: when a gap stops reimbursement, four readings in three regions
    expect(block(r.stdout, 'C31')[1]).toBe(
      '    readings: contribution_gaps_no_gap_record ("reading C"), contribution_gaps ("readings A and D"), shanghai_account ("reading B: reimbursement stops from the month after contributions stop")',
    );
  });

  it('gives every out-of-scope rule a reason and never also computes it; FACTS M and C22 are among them', async () => {
    const r = await policyc(['--format', 'json', 'facts']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    const declared = doc.ids.filter((x) => x.outOfScope.length > 0);
    const sectionM = Array.from({ length: 10 }, (_, i) => `F${131 + i}`);
    // FACTS' own non-computations, and (issue 11) rules no policy can compute, each with its reason
    // (e.g. F058 an approximate national figure, F064 an example tier with no tier table)
    expect(declared.map((x) => x.id)).toEqual(expect.arrayContaining(['F058', 'F064', 'F128', 'F129', ...sectionM]));
    for (const x of declared) {
      expect(x.status, x.id).toBe('out_of_scope'); // no policy line computes it
      expect(x.outOfScope[0]!.reason.length, x.id).toBeGreaterThan(20);
    }
    expect(doc.diagnostics).toEqual([]);
    expect(doc.summary.F.outOfScope).toBe(declared.length);
    // C22 (history, not computation) is cited on the F128, F129 declaration
    expect(doc.ids.find((x) => x.id === 'C22')?.sites).toContainEqual(expect.objectContaining({ file: 'policies/national.policy', kind: 'scope', name: 'F128, F129' }));
  });

  it('reports I01 and I15 as guaranteed by the compiler, naming error codes that bad goldens show', async () => {
    const r = await policyc(['--format', 'json', 'facts']);
    const doc = JSON.parse(r.stdout) as Doc;
    for (const id of ['I01', 'I15']) {
      const x = doc.ids.find((i) => i.id === id)!;
      expect(x.status, id).toBe('guaranteed');
      const codes = (x.guarantees as { codes: string[] }[]).flatMap((g) => g.codes);
      expect(codes.length, id).toBeGreaterThan(3);
      for (const c of codes) expect(goldensShowing(c), `${id} ${c}`).not.toEqual([]);
    }
    const i01 = doc.ids.find((i) => i.id === 'I01')!.guarantees as { codes: string[] }[];
    expect(i01.flatMap((g) => g.codes)).toEqual(expect.arrayContaining(['PD3005', 'PD3001', 'PD3007', 'PD3004', 'PD1006']));
    const i15 = doc.ids.find((i) => i.id === 'I15')!.guarantees as { codes: string[] }[];
    expect(i15.flatMap((g) => g.codes)).toEqual(expect.arrayContaining(['PD4001', 'PD4002', 'PD5001', 'PD5002']));
  });
});
