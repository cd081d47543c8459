/** `policyc explain` and `policyc explain-region` on the national baseline. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { policyFiles, repoRoot } from '../support/golden.js';
import { policyc, STACK_FRAME } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'policyc-explain-'));
const input = join(tmp, 'employed-2022.json');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** An employed person before the reform, built from the region's declared inputs so new inputs do not break the test. */
beforeAll(() => {
  const sources = policyFiles('policies').map((p) => ({ path: p, text: readFileSync(join(repoRoot, p), 'utf8') }));
  const national = compile(sources).regions.find((r) => r.name === 'national');
  if (!national) throw new Error('policies/ has no region `national`');
  const json: Record<string, unknown> = {};
  for (const i of national.inputs) {
    if (i.ty.k === 'enum') json[i.name] = i.ty.members.includes('employed') ? 'employed' : i.ty.members[0];
    else if (i.ty.k === 'month') json[i.name] = '2022-06';
    else if (i.ty.k === 'money') json[i.name] = i.name === 'base' ? 500000 : 0;
    else if (i.ty.k === 'bool') json[i.name] = false;
    else if (i.ty.k === 'int') json[i.name] = Math.max(40, Number(i.low?.num ?? 0n));
    else if (i.ty.k === 'rate') json[i.name] = { num: Number(i.low?.num ?? 0n), den: Number(i.low?.den ?? 1n) };
  }
  writeFileSync(input, JSON.stringify(json));
});

describe('policyc explain', () => {
  it('explains in English with policy lines and citations', async () => {
    const r = await policyc(['explain', '--region', 'national', '--input', input]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^How region `national`/);
    expect(r.stdout).toMatch(/^ {2}employer_to_account = 105\.00 yuan per month$/m);
    expect(r.stdout).toMatch(/^ {6}rule: policies\/national\.policy:\d+ · .*F019/m);
    expect(r.stdout).toMatch(/^ {6}because: for employed › before reform_date$/m);
  });

  it('explains in Chinese with --lang zh', async () => {
    const r = await policyc(['--lang', 'zh', 'explain', '--region', 'national', '--input', input]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^地区 `national`.*的计算说明：/);
    expect(r.stdout).toMatch(/^ {6}依据: policies\/national\.policy:\d+ · .*F019/m);
    expect(r.stdout).toContain('适用情形: 适用于 employed');
  });

  it('--format json prints exactly one JSON document with every step', async () => {
    const r = await policyc(['--format', 'json', 'explain', '--region', 'national', '--input', input]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { schema: string; region: string; steps: { name: string; value: string; branch: string | null; cites: string[] }[]; diagnostics: unknown[] };
    expect(doc.schema).toBe('policyc-explain/1');
    expect(doc.region).toBe('national');
    expect(doc.steps).toContainEqual(expect.objectContaining({ name: 'employer_to_account', value: '105.00', branch: 'for employed › before reform_date' }));
    expect(doc.diagnostics).toEqual([]);
  });

  it('an unknown region exits 2 and lists the regions', async () => {
    const r = await policyc(['explain', '--region', 'atlantis', '--input', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown region `atlantis`; regions are .*national/);
    expect(r.stderr).not.toContain(STACK_FRAME);
  });

  it('a bad input value exits 1 and names the input', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ status: 'astronaut' }));
    const r = await policyc(['explain', '--region', 'national', '--input', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('`status` must be one of');
    expect(r.stderr).not.toContain(STACK_FRAME);
  });
});

describe('policyc explain-region', () => {
  it('lists what national declares, with lines and citations', async () => {
    const r = await policyc(['explain-region', 'national']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^region `national` extends nothing; it declares:$/m);
    expect(r.stdout).toMatch(/^ {2}adds parameter `reform_date` {2}policies\/national\.policy:\d+ · F036/m);
    expect(r.stdout).toMatch(/^ {2}adds output `credit` {2}policies\/national\.policy:\d+ · /m);
  });

  it('--format json prints one document', async () => {
    const r = await policyc(['--format', 'json', 'explain-region', 'national_reform_2024']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { schema: string; region: string; parent: string; lines: string[] };
    expect([doc.schema, doc.region, doc.parent]).toEqual(['policyc-explain-region/1', 'national_reform_2024', 'national']);
    expect(doc.lines[0]).toBe('region `national_reform_2024` extends `national` and changes:');
  });

  it('shows what a child region overrides', async () => {
    const r = await policyc(['explain-region', 'national_reform_2024']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^region `national_reform_2024` extends `national` and changes:$/m);
    expect(r.stdout).toMatch(/^ {2}overrides parameter `reform_date` /m);
    expect(r.stdout).toMatch(/^ {6}was: policies\/national\.policy:\d+/m);
  });
});
