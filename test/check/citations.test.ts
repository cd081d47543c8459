/** Citations against FACTS.md: found beside the repository, cached, and a missing catalogue is one warning, never a crash. */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFacts, locateFacts } from '../../src/check/citations.js';
import { compile } from '../../src/index.js';

const policy = `region demo cite F036, "note"
  rounding half_up to fen cite F999, 000:95
  horizon from 2020-01
  input month: month cite 001:3
`;

describe('citation checking', () => {
  afterEach(() => {
    delete process.env['POLICYC_FACTS'];
  });

  it('finds ../shared/domain/FACTS.md from a policy path and reads its ids and seeds', () => {
    const path = locateFacts(['policies/national.policy']);
    expect(path && existsSync(path)).toBeTruthy();
    const facts = loadFacts(path!);
    for (const id of ['F001', 'F140', 'C04', 'C31', 'T01', 'T39', 'I01', 'I15']) expect(facts.ids.has(id), id).toBe(true);
    expect(facts.ids.has('F141')).toBe(false);
    expect([...facts.seeds.keys()]).toEqual(['000', '001', '002', '003', '004']);
    expect(loadFacts(path!)).toBe(facts); // parsed once per process
  });

  it('reports unknown ids with the nearest existing one', () => {
    const r = compile([{ path: 'demo.policy', text: policy }]);
    expect(r.diagnostics.map((d) => [d.code, d.message.args[0], d.fix?.message.en])).toEqual([['PD1010', 'F999', 'did you mean `F140`?']]);
  });

  it('without FACTS.md: one warning, no errors, nothing thrown', () => {
    process.env['POLICYC_FACTS'] = 'no/such/FACTS.md';
    const r = compile([{ path: 'demo.policy', text: policy }]);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning PD1013']);
    expect(r.regions.map((x) => x.name)).toEqual(['demo']);
  });
});
