/**
 * Invariants of a stateful region are checked in every month of generated
 * histories (src/harness/timeline-invariants.ts). The seeded bug the issue
 * asks for: a ledger whose change of year CLEARS the prior-years balance fails
 * I09, with a shrunk history whose report names a January, the I09 claim's
 * line and a timeline test that compiles and fails on the buggy policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { renderDiagnostics } from '../../src/diagnostics/render.js';
import { runExampleTests, runInvariants } from '../../src/harness/run-tests.js';
import { checkTimelineInvariant, type EvaluateTimeline } from '../../src/harness/timeline-invariants.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { Interpreter } from '../../src/interpret/interpret.js';
import { PolicyError } from '@policyc/runtime';
import { toApi } from '../support/policies.js';
import { compile } from '../../src/index.js';

const FILE = 'policies/ledger/account-ledger.policy';
const original = readFileSync(FILE, 'utf8');
const ROLL_OVER = 'when year_start: previous(prior_years) + previous(current_year)';
/** the seeded bug: the change of year keeps the current year only, clearing prior years */
const clearing = original.replace(ROLL_OVER, 'when year_start: previous(current_year)');
const claimLine = original.split('\n').findIndex((l) => l.includes('expect balance = previous(current_year) + previous(prior_years)')) + 1;

function compileClean(text: string, path = FILE) {
  const r = compile([{ path, text }]);
  expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
  return r;
}

function runInvariantsText(text: string): { rendered: string; passed: Map<string, boolean> } {
  const r = compileClean(text);
  const sink = new DiagnosticSink();
  const outcomes = runInvariants(r.regions, sink, { runs: 150, seed: 7 });
  const rendered = renderDiagnostics(sink.items, r.sources, { format: 'pretty', lang: 'en', color: false, maxPerFile: 100 });
  return { rendered, passed: new Map(outcomes.map((o) => [o.test, o.passed])) };
}

describe('the ledger invariants over histories', () => {
  it('the seeded bug replaces the roll-over', () => {
    expect(original).toContain(ROLL_OVER);
    expect(clearing).not.toContain(ROLL_OVER);
    expect(claimLine).toBeGreaterThan(0);
  });

  it('hold for the policy as written', () => {
    const { rendered, passed } = runInvariantsText(original);
    expect(rendered).toBe('');
    expect([...passed.values()].every(Boolean)).toBe(true);
    expect(passed.size).toBe(6); // one per invariant the ledger region states or inherits
  });

  it('I09 fails when the change of year clears the prior-years balance: the report names a January, the claim line and a test to paste', () => {
    const { rendered, passed } = runInvariantsText(clearing);
    expect(passed.get('invariant I09 only a payment lowers the balance')).toBe(false);
    expect(passed.get('invariant I05 the account pays at most what it holds; the rest is cash')).toBe(true);
    const report = rendered.split(/\n(?=\S+: error )/).find((d) => d.includes('"I09 only a payment lowers the balance"'))!;
    expect(report).toMatch(/error PD6003: invariant "I09 only a payment lowers the balance" fails for the history .*, in month \d{4}-01\n/);
    expect(report).toContain(`note: the claim: ${FILE}:${claimLine}`);
    expect(report).toContain(`the claim at ${FILE}:${claimLine} is false`);
    expect(report).toMatch(/test "I09 counterexample" cite I09, F065, F066, F068\n\s+over \d{4}-\d{2} to \d{4}-01\n/);
    expect(report).toMatch(/expect at \d{4}-01: balance = \d+\.\d\d\n/);
  });

  it('the printed test compiles under the region, fails on the buggy policy and passes on the policy as written', () => {
    const r = compileClean(clearing);
    const region = r.regions[0]!;
    const inv = region.invariants.find((i) => i.name === 'I09 only a payment lowers the balance')!;
    const f = checkTimelineInvariant(region, inv, { runs: 150, seed: 7 })!;
    expect(f).toBeDefined();
    expect(f.failure.k).toBe(f.failure.history.months.length - 1); // shrunk: nothing after the failing month
    expect((f.failure.history.start + f.failure.k) % 12).toBe(0); // a January
    const withTest = (text: string) => `${text.trimEnd()}\n\n${f.test}\n`;
    const test = (text: string) => {
      const c = compileClean(withTest(text));
      const t = c.regions[0]!.tests.find((x) => x.name === 'I09 counterexample')!;
      expect(t.over).toBeDefined();
      const sink = new DiagnosticSink();
      return runExampleTests([{ ...c.regions[0]!, tests: [t] }], sink)[0]!.passed;
    };
    expect(test(clearing)).toBe(false);
    expect(test(original)).toBe(true);
  });
});

const demo = (state: string, claims: string) => `region demo
  rounding half_up to fen
  horizon from 2020-01
  input month: month
  input credit: money per month in 0.00 to 1000.00
  input paid: boolean
  input r: rate in 0% to 10%
  state total: money in 0.00 to 100000000.00
    initially: 0
${state}
  output interest: money = round(total * r)
  invariant "the claims"
${claims}
`;

describe('claims over histories', () => {
  const check = (text: string) => {
    const r = compileClean(text, 'demo.policy').regions[0]!;
    return checkTimelineInvariant(r, r.invariants[0]!, { runs: 150, seed: 3 });
  };

  it('monotone and independent claims compare two histories month by month', () => {
    const sums = '    otherwise: previous(total) + this_month(credit)';
    expect(check(demo(sums, '    monotone total in credit\n    monotone interest in r\n    independent total of paid'))).toBeUndefined();
    const f = check(demo(sums, '    independent total of credit'))!;
    expect(f.failure.claim?.kind).toBe('independent');
    expect(f.detail).toMatch(
      /`total` changes with `credit` \(the claim at demo\.policy:13\): in \d{4}-\d{2} it is [\d.]+, and [\d.]+ when `credit` differs/,
    );
    expect(f.test).toMatch(/# with credit = .+ instead, total = [\d.]+ in \d{4}-\d{2}/);
    expect(f.test).toMatch(/expect at \d{4}-\d{2}: total = [\d.]+ {3}# the value now/);
    compileClean(`${text(sums)}\n${f.test}\n`, 'demo.policy');
    function text(s: string) {
      return demo(s, '    independent total of credit');
    }
  });

  it('monotone: a state that a larger credit empties falls, in the month or later', () => {
    const empties = '    when this_month(credit) > 500.00: 0\n    otherwise: previous(total) + this_month(credit)';
    const f = check(demo(empties, '    monotone total in credit'))!;
    expect(f.failure.claim?.kind).toBe('monotone');
    expect(f.detail).toMatch(
      /`total` falls as `credit` \(the claim at demo\.policy:14\): in \d{4}-\d{2} it is [\d.]+, and [\d.]+ when `credit` rises/,
    );
    expect(f.failure.other?.history.months.length).toBe(f.failure.history.months.length);
  });

  it('a claim that is no simple equality gets a comment and the value now', () => {
    // a gap (paid = false) resets the total: `total >= previous(total)` fails in the month after a payment, at a gap
    const resets = '    when paid: previous(total) + this_month(credit)\n    when not paid: 0';
    const f = check(demo(resets, '    expect total >= previous(total)'))!;
    expect(f).toBeDefined();
    const month = f.failure.history.months[f.failure.k]!;
    expect(month.paid).toBe(false);
    expect(f.test).toMatch(/# in \d{4}-\d{2}: the claim at demo\.policy:14 is false\n/);
    expect(f.test).toMatch(/expect at \d{4}-\d{2}: total = 0\.00 {3}# the value now/);
    compileClean(`${demo(resets, '    expect total >= previous(total)')}\n${f.test}\n`, 'demo.policy');
  });

  it('a state leaving its domain fails in the month it leaves, with the error', () => {
    const grows = '    otherwise: previous(total) + this_month(credit) + 100000.00';
    const text = demo(grows, '    expect total >= 0').replace('in 0.00 to 100000000.00', 'in 0.00 to 200000.00');
    const f = check(text)!;
    expect(f.detail).toMatch(/out_of_domain: state `total` = [\d.]+ leaves its declared domain/);
    expect(f.failure.history.months.length).toBe(2);
  });
});

describe('the EvaluateTimeline hook (the generated evaluateTimeline, once it exists)', () => {
  const r = compileClean(original).regions[0]!;
  const inv = r.invariants.find((i) => i.name === 'I09 only a payment lowers the balance')!;
  const outputs = r.decls.filter((d) => d.declKind === 'output' || d.declKind === 'state').map((d) => d.name);
  /** an evaluator in the generated API's shape, from the interpreter; `tamper` changes one month's outputs */
  const fromInterpreter =
    (tamper: (month: string, out: Record<string, unknown>) => void = () => {}): EvaluateTimeline =>
    (months) => {
      const evs = new Interpreter(r).timeline(months.map((m) => new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, m[i.name])]))));
      return evs.map((ev, k) => {
        const out = Object.fromEntries(outputs.map((n) => [n, toApi(ev.get(n))]));
        tamper(months[k]!.month as string, out);
        return out;
      });
    };

  it('outputs come from the evaluator under test', () => {
    expect(checkTimelineInvariant(r, inv, { runs: 100, seed: 5, evaluateTimeline: fromInterpreter() })).toBeUndefined();
    const wrongInJanuary = fromInterpreter((month, out) => {
      if (month.endsWith('-01')) out.balance = (out.balance as number) + 1;
    });
    const f = checkTimelineInvariant(r, inv, { runs: 100, seed: 5, evaluateTimeline: wrongInJanuary })!;
    expect(f.counterexample).toMatch(/in month \d{4}-01$/);
    expect(f.test).toMatch(/# the claim at .*account-ledger\.policy:\d+ needs this \(it is [\d.]+ now\)/);
  });

  it('a history the evaluator rejects as not applicable is skipped, other rejections fail', () => {
    const reject =
      (kind: string): EvaluateTimeline =>
      () => {
        throw new PolicyError(kind as never, 'balance', { file: 'x.policy', line: 1, col: 1 }, 'rejected');
      };
    expect(checkTimelineInvariant(r, inv, { runs: 5, seed: 5, evaluateTimeline: reject('not_applicable') })?.detail).toMatch(
      /too many skipped/,
    );
    expect(checkTimelineInvariant(r, inv, { runs: 20, seed: 5, evaluateTimeline: reject('invalid_input') })?.detail).toMatch(/rejected/);
  });
});
