/**
 * Records and lists: aggregates agree between the generated evaluators and the reference interpreter
 * (on random households, on the empty list's identities, with `where`, fields and per-item defines
 * reading parameters), and bad list inputs are rejected by both, naming the item path
 * (`members[2].category`) and the policy line of the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '@policyc/runtime';
import { compile } from '../../src/index.js';
import { regionInputs } from '../../src/harness/arbitraries.js';
import { apiToValue } from '../../src/harness/invariants.js';
import { EvalError, Interpreter, type Value } from '../../src/interpret/interpret.js';
import type { IrRegion } from '../../src/ir/ir.js';
import { loadGenerated } from '../support/generate.js';
import { thrown } from '../support/checks.js';
import { generated, region, sameApiValue, toApi } from '../support/policies.js';

const policy = `region household
  rounding half_up to fen
  horizon from 2024-01 to 2024-12
  record member
    category: one of elderly, adult, child
    income: money per year in 0.00 to 100000.00
    student: boolean
  input members: list of member in 0 to 12
  input month: month
  parameter child_premium: money per year = 330.00
  parameter share: rate = 2.5%
  define premium: money per year for each m in members
    when m.category is elderly: 520.00
    when m.category is adult and m.student: child_premium
    when m.category is adult and not m.student: 540.00 yuan per year + round(m.income * share)
    when m.category is child: child_premium
  define earns: boolean for each m in members = m.income > 0
  output total: money per year = sum(premium)
  output income: money per year = sum(members.income)
  output students: integer = count(members where members.student)
  output adults_premium: money per year = sum(premium where members.category is adult)
  output everyone_earns: boolean = all(earns)
  output anyone_elderly_earns: boolean = any(earns where members.category is elderly)
  output size: integer = count(members)
`;

type Mod = { evaluate(input: Record<string, unknown>): Record<string, unknown> };

function compiled(): IrRegion {
  const c = compile([{ path: 'policies/household.policy', text: policy }]);
  expect(c.diagnostics.map((d) => d.code)).toEqual([]);
  return c.regions[0]!;
}

const values = (r: IrRegion, input: Record<string, unknown>): Map<string, Value> => new Map(r.inputs.map((i) => [i.name, apiToValue(r, i.name, input[i.name])]));

describe('aggregates: generated ≡ interpreter', () => {
  const r = compiled();
  const outputs = r.decls.filter((d) => d.declKind === 'output').map((d) => d.name);

  it('agree on random households, the empty one included', async () => {
    const mod = await loadGenerated<Mod>('household', 'policies/household.policy', policy);
    const interp = new Interpreter(r);
    let empty = 0;
    fc.assert(
      fc.property(regionInputs(r), (input) => {
        if ((input['members'] as unknown[]).length === 0) empty++;
        const want = interp.run(values(r, input));
        const got = mod.evaluate(input);
        for (const o of outputs) expect(sameApiValue(got[o], toApi(want.get(o)!)), `${o} for ${JSON.stringify(input)}`).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(empty, 'the arbitraries produce the shortest list the domain allows').toBeGreaterThan(0);
  });

  it('the empty list has the identities: sum 0, count 0, all true, any false', async () => {
    const mod = await loadGenerated<Mod>('household_empty', 'policies/household.policy', policy);
    const out = mod.evaluate({ members: [], month: '2024-03' });
    expect({ ...out }).toEqual({ total: 0, income: 0, students: 0, adults_premium: 0, everyone_earns: true, anyone_elderly_earns: false, size: 0 });
    const want = new Interpreter(r).run(values(r, { members: [], month: '2024-03' }));
    expect(want.get('everyone_earns')).toEqual({ k: 'bool', value: true });
    expect(want.get('anyone_elderly_earns')).toEqual({ k: 'bool', value: false });
  });

  it('a per-item define reads parameters and rounds per item: 540.00 + round(10000.00 × 2.5%)', async () => {
    const mod = await loadGenerated<Mod>('household_round', 'policies/household.policy', policy);
    const members = [
      { category: 'adult', income: 1000001, student: false }, // 10000.01 × 2.5% = 250.00025 → 250.00
      { category: 'adult', income: 0, student: true },
      { category: 'elderly', income: 500, student: false },
    ];
    const out = mod.evaluate({ members, month: '2024-03' });
    expect(out['total']).toBe(54000 + 25000 + 33000 + 52000);
    expect(out['adults_premium']).toBe(54000 + 25000 + 33000);
    expect(out['anyone_elderly_earns']).toBe(true);
    expect(out['everyone_earns']).toBe(false);
  });
});

describe('list inputs are validated, naming the item', () => {
  it('the generated evaluator rejects a bad item with its path and the input line', async () => {
    const mod = (await generated('jiangsu_residents_2024')) as unknown as Mod;
    const ok = [{ category: 'adult' }, { category: 'elderly' }];
    expect(mod.evaluate({ members: ok, month: '2024-06' })['household_premium']).toBe(106000);
    const bad = thrown(() => mod.evaluate({ members: [...ok, { category: 'retiree' }], month: '2024-06' }));
    expect([bad.kind, bad.field, bad.location.file, bad.location.line]).toEqual(['invalid_input', 'members[2].category', 'policies/households/jiangsu-2024.policy', 15]);
    expect(bad.detail).toContain('must be one of elderly, adult, student_or_child, university_student');
    const missing = thrown(() => mod.evaluate({ members: [{}], month: '2024-06' }));
    expect([missing.kind, missing.field]).toEqual(['invalid_input', 'members[0].category']);
    const notList = thrown(() => mod.evaluate({ members: { category: 'adult' }, month: '2024-06' }));
    expect([notList.kind, notList.field]).toEqual(['invalid_input', 'members']);
    const empty = thrown(() => mod.evaluate({ members: [], month: '2024-06' }));
    expect([empty.kind, empty.field, empty.detail]).toEqual(['out_of_domain', 'members', '`members` has 0 items, outside the declared length 1..20']);
    const long = thrown(() => mod.evaluate({ members: Array.from({ length: 21 }, () => ({ category: 'adult' })), month: '2024-06' }));
    expect(long.kind).toBe('out_of_domain');
    const notObject = thrown(() => mod.evaluate({ members: ['adult'], month: '2024-06' }));
    expect([notObject.kind, notObject.field]).toEqual(['invalid_input', 'members[0]']);
    expect(notObject).toBeInstanceOf(PolicyError);
  });

  it('the interpreter rejects the same inputs, naming the same path', () => {
    const r = region('jiangsu_residents_2024');
    const interp = new Interpreter(r);
    const reject = (members: unknown): EvalError => {
      try {
        interp.evaluate(values(r, { members, month: '2024-06' }));
      } catch (e) {
        if (e instanceof EvalError) return e;
        throw e;
      }
      throw new Error('accepted');
    };
    expect(reject([{ category: 'adult' }, { category: 'adult' }, { category: 'retiree' }]).field).toBe('members[2].category');
    expect(reject([]).field).toBe('members');
    expect(reject([]).where.line).toBe(15);
  });

  it('a numeric field outside its domain, and a fractional one, are rejected', async () => {
    const mod = await loadGenerated<Mod>('household_bad', 'policies/household.policy', policy);
    const e = thrown(() => mod.evaluate({ members: [{ category: 'adult', income: 10000001, student: false }], month: '2024-03' }));
    expect([e.kind, e.field]).toEqual(['out_of_domain', 'members[0].income']);
    const f = thrown(() => mod.evaluate({ members: [{ category: 'adult', income: 1.5, student: false }], month: '2024-03' }));
    expect([f.kind, f.field]).toEqual(['invalid_input', 'members[0].income']);
    const b = thrown(() => mod.evaluate({ members: [{ category: 'adult', income: 0, student: 'yes' }], month: '2024-03' }));
    expect([b.kind, b.field]).toEqual(['invalid_input', 'members[0].student']);
  });

  it('the interpreter rejects a fractional or non-numeric amount and a non-boolean flag too, never reading them as 0 or true', () => {
    const r = compiled();
    const interp = new Interpreter(r);
    const field = (item: Record<string, unknown>): string => {
      try {
        interp.evaluate(values(r, { members: [{ category: 'adult', income: 0, student: false, ...item }], month: '2024-03' }));
      } catch (e) {
        if (e instanceof EvalError) return `${e.kind} ${e.field}`;
        throw e;
      }
      return 'accepted';
    };
    expect(field({})).toBe('accepted');
    expect(field({ income: 1.5 })).toBe('invalid_input members[0].income');
    expect(field({ income: 'abc' })).toBe('invalid_input members[0].income');
    expect(field({ student: 'yes' })).toBe('invalid_input members[0].student');
    expect(field({ category: 3 })).toBe('invalid_input members[0].category');
  });
});
