/**
 * `policyc explain` for a stateful region: one input is a one-month timeline,
 * and the steps that read `previous(…)` cite the states of the month before
 * (each state's `initially` value) in text and in the JSON document.
 */
import { describe, expect, it } from 'vitest';
import { policyc } from './run-cli.js';

const args = ['explain', '--region', 'account_ledger', '--input', 'policies/samples/account_ledger.json'];

describe('policyc explain, stateful region', () => {
  it('cites previous(…) values in text', async () => {
    const r = await policyc(args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // the sample opens with 200.00 in the current year and 1000.00 in prior years; its month is a January
    expect(r.stdout).toContain('month before: previous(prior_years) = 1000.00 yuan, previous(current_year) = 200.00 yuan');
    expect(r.stdout).toMatch(/prior_at_start = 1200\.00 yuan/);
  });

  it('cites previous(…) values in the JSON document', async () => {
    const r = await policyc(['--format', 'json', ...args]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { steps: { name: string; previous?: { name: string; value: string }[] }[] };
    expect(doc.steps.find((s) => s.name === 'current_at_start')?.previous).toEqual([{ name: 'current_year', value: '200.00' }]);
    expect(doc.steps.find((s) => s.name === 'balance')?.previous).toBeUndefined();
  });
});
