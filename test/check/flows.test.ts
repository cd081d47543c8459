/**
 * Declared destinations (FACTS I02, C05): the compiler derives the conservation check from
 * `destination` and `fund` lines; the derived invariants hold on a consistent policy, fail on
 * one whose outputs disagree with the destinations, are derived again (not inherited) when a
 * child overrides a destination, and `policyc facts` counts a destination line under I02.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { runInvariants } from '../../src/harness/run-tests.js';
import { compile } from '../../src/index.js';
import { traceFacts } from '../../src/cli/facts-trace.js';

const base = (pooled: string): string => `region flows_demo
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, flexible
  input base: money per month in 0.00 to 100000.00
  output personal_contribution: money per month = round(base * 2%)
  output employer_contribution: money per month = round(base * 7%)
  output employer_to_account: money per month
    for employed: round(employer_contribution * 30%)
    for flexible: 0
  output credit: money per month = personal_contribution + employer_to_account
  output pooled: money per month = ${pooled}
  destination personal_contribution to account                  cite F001
  destination employer_contribution: employer_to_account to account, rest to pooled_fund   cite C05
  fund account: credit for employed, flexible
  fund pooled_fund: pooled for employed, flexible
`;

const child = `region flows_child extends flows_demo
  output local_supplement: money per month = round(base * 2%)
  override output pooled: money per month = employer_contribution - employer_to_account + local_supplement
  destination local_supplement to pooled_fund                    cite F008
`;

function run(files: { path: string; text: string }[]): { errors: string[]; failed: string[]; names: Map<string, string[]> } {
  const r = compile(files);
  const sink = new DiagnosticSink();
  const outcomes = runInvariants(r.regions, sink, { runs: 100, seed: 1 });
  return {
    errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
    failed: outcomes.filter((o) => !o.passed).map((o) => `${o.region}: ${o.test}`),
    names: new Map(r.regions.map((x) => [x.name, x.invariants.map((i) => i.name).filter((n) => n.startsWith('I02 '))])),
  };
}

describe('destinations and the derived I02', () => {
  it('derives the share bounds, one claim per reported fund and the conservation, which hold', () => {
    const r = run([{ path: 'flows.policy', text: base('employer_contribution - employer_to_account') }]);
    expect(r.errors).toEqual([]);
    expect(r.names.get('flows_demo')).toEqual([
      'I02 the declared shares of employer_contribution lie within it (derived from the destinations)',
      'I02 credit is what account receives (derived from the destinations)',
      'I02 pooled is what pooled_fund receives (derived from the destinations)',
      'I02 every amount reaches a fund, to the fen (derived from the destinations)',
    ]);
    expect(r.failed).toEqual([]);
  });

  it('fails when the pool keeps the account share too', () => {
    const r = run([{ path: 'flows.policy', text: base('employer_contribution') }]);
    expect(r.errors).toEqual([]);
    expect(r.failed).toEqual([
      'flows_demo: invariant I02 pooled is what pooled_fund receives (derived from the destinations)',
      'flows_demo: invariant I02 every amount reaches a fund, to the fen (derived from the destinations)',
    ]);
  });

  it('derives again in a region that adds a destination: the supplement joins the sources', () => {
    const r = run([
      { path: 'flows.policy', text: base('employer_contribution - employer_to_account') },
      { path: 'child.policy', text: child },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.names.get('flows_child')).toHaveLength(4);
    expect(r.failed).toEqual([]);
    // without its destination, the supplement added into the pool is PD2047
    const missing = compile([
      { path: 'flows.policy', text: base('employer_contribution - employer_to_account') },
      { path: 'child.policy', text: child.replace(/ {2}destination local_supplement.*\n/, '') },
    ]);
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['PD2047']);
  });

  it('a destination line traces its rules, and split and fund lines trace I02, in policyc facts', () => {
    const r = compile([{ path: 'flows.policy', text: base('employer_contribution - employer_to_account') }]);
    const t = traceFacts(r.asts, r.sources, ['F001', 'C05', 'I02']);
    expect(t.ids.map((i) => [i.id, i.status, i.sites.map((s) => `${s.line} ${s.kind} ${s.name}`)])).toEqual([
      ['F001', 'computed', ['13 destination personal_contribution']],
      ['C05', 'modelled', ['14 destination employer_contribution']],
      [
        'I02',
        'checked',
        [
          '14 invariant I02 derived from the destination of employer_contribution',
          '15 invariant I02 derived from the fund line of account',
          '16 invariant I02 derived from the fund line of pooled_fund',
        ],
      ],
    ]);
  });
});
