/**
 * json-rules-engine arm. The rules (arms/jre-rules.json) choose the branch
 * from the facts status, age and monthIndex (a dynamic fact computed from
 * `month` with parseMonth); each rule's event carries the branch's rates in
 * per mille and its flat credit in fen. The money arithmetic is then done in
 * exact integer fen with src/runtime's roundHalfUp (inside the timed loop).
 * A row for which not exactly one rule fires is an error (NaN → mismatch).
 */
import { readFileSync } from 'node:fs';
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import { parseMonth } from '../../src/runtime/month.js';
import { roundHalfUp } from '../../src/runtime/money.js';
import type { Columns } from '../harness.js';
import type { Row } from '../population.js';

interface BranchParams {
  branch: string;
  employeeRate: number;
  employerRate: number;
  transferRate: number;
  pensionRate: number;
  fixedCredit: number;
  pooled: boolean;
}

interface RulesDoc {
  baseFloor: number;
  baseCeiling: number;
  rules: RuleProperties[];
}

const doc = JSON.parse(readFileSync(new URL('./jre-rules.json', import.meta.url), 'utf8')) as RulesDoc;

export function buildEngine(): Engine {
  const engine = new Engine(doc.rules, { allowUndefinedFacts: false });
  engine.addFact('monthIndex', async (_params: Record<string, unknown>, almanac: Almanac) => {
    const m = parseMonth(await almanac.factValue<string>('month'));
    if (m < 0) throw new RangeError('invalid month');
    return m;
  });
  return engine;
}

/** The exact-fen arithmetic applied to the single fired branch. */
export function applyBranch(row: Row, p: BranchParams): { credit: number; pooled: number } {
  const clamped = Math.min(Math.max(row.base, doc.baseFloor), doc.baseCeiling);
  const employee = roundHalfUp(clamped * p.employeeRate, 1000);
  const employer = roundHalfUp(clamped * p.employerRate, 1000);
  const credit = employee + roundHalfUp(clamped * p.transferRate, 1000) + roundHalfUp(row.pension * p.pensionRate, 1000) + p.fixedCredit;
  return { credit, pooled: p.pooled ? employee + employer - credit : 0 };
}

/** One row through the engine. */
export async function evaluateJre(engine: Engine, row: Row): Promise<{ credit: number; pooled: number }> {
  const { events } = await engine.run({
    status: row.status,
    age: row.age,
    base: row.base,
    pension: row.pension,
    month: row.month,
  });
  if (events.length !== 1) throw new Error(`${events.length} rules fired`);
  return applyBranch(row, events[0]!.params as BranchParams);
}

/** Sequential (awaited) per-row pass. */
export function jrePass(engine: Engine) {
  return async (rows: readonly Row[], cols: Columns): Promise<void> => {
    for (let i = 0; i < rows.length; i++) {
      try {
        const o = await evaluateJre(engine, rows[i]!);
        cols.credit[i] = o.credit;
        cols.pooled[i] = o.pooled;
      } catch {
        // left NaN: counted as a mismatch by verify()
      }
    }
  };
}
