/**
 * Population specialisation decides every test of the population input, in
 * guards and in values alike: a rule such as `status is retired` used as a
 * value once compiled to a reference to `status` inside a member function that
 * has no such parameter (a ReferenceError at run time, hidden from tsc by the
 * DOM's global `status`). Found by `npm run fuzz:load`.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { Interpreter } from '../../src/interpret/interpret.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { loadGenerated } from '../support/generate.js';
import { toApi } from '../support/policies.js';

const policy = `region pop
  rounding half_up to fen
  horizon from 2020-01
  input status: one of employed, retired, flexible
  input age: years in 16 to 120
  output retired_flag: boolean = status is retired
  output same_as_employed: boolean = status = employed or age > 200
  output label: one of employed, retired, flexible = status
  output pay: money per month
    for employed: 10.00
    for retired, flexible: 0.00
`;

describe('specialised rules never read the population input', () => {
  it('evaluates like the interpreter for every member', async () => {
    const m = await loadGenerated<{ evaluate(i: object): Record<string, unknown> }>('pop', 'policies/pop.policy', policy);
    const r = compile([{ path: 'policies/pop.policy', text: policy }]).regions[0]!;
    for (const status of ['employed', 'retired', 'flexible']) {
      const input = { status, age: 40 };
      const want = new Interpreter(r).run(new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name as keyof typeof input])])));
      const got = m.evaluate(input);
      for (const name of ['retired_flag', 'same_as_employed', 'label', 'pay']) expect(got[name], `${status} ${name}`).toEqual(toApi(want.get(name)!));
    }
  });
});
